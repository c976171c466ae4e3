#pragma once

#include "Incident.h"

#include <QCoreApplication>

namespace turnback {

/// Renders a timeline entry as a sentence for people, through tr(), so it can be translated. With a
/// kit, ids become the kit's names (signals, roles, levels); without one (an old log, a kit that is
/// not at hand) the ids are shown. Only the recorded facts' slots are filled: what an operator typed
/// (a reason, a summary, a title) is shown exactly as recorded, never rewritten.
class TimelineText {
    Q_DECLARE_TR_FUNCTIONS(TimelineText)
public:
    static QString render(const TimelineEntry& entry, const Kit* kit = nullptr);
    /// "Ana clicked “Record”", and for navigation "Ana looked at “Notifications”".
    static QString render(const ClickEntry& entry);
    /// "Ana sent the Internal alert to Engineering (clipboard), SHA-256 ab12cd34…; late: …".
    static QString render(const CommsEntry<events::CommsSent>& sent, const Kit* kit = nullptr);
    /// "Ana attached snapshot.txt (SHA-256 ab12…, 1.2 KiB) at Snapshot the data / take".
    static QString render(const CommsEntry<EvidenceAttached>& attached, const Kit* kit = nullptr);
    /// Why a decision was refused, in plain words naming the items (the session's message too).
    static QString refusal(const events::DecisionRefused& refused, const Kit* kit = nullptr);
    /// Why an acknowledgement, a tick or a retraction was refused (the session's message too).
    static QString refusal(const events::ActRefused& refused, const Kit* kit = nullptr);
    /// For a retracted entry, who took it back, when and why (shown beside it); empty otherwise.
    static QString retractionNote(const TimelineEntry& entry);
    /// A regulator trigger as a fact: "Became aware of the incident" (docs/regulator-clocks.md).
    static QString regulatorTrigger(const QString& triggerId);
    /// What a clock counts from, in a few words: "became aware", "determined material".
    static QString regulatorAnchor(const QString& triggerId);
    /// A regulator clock's report: "GDPR notification" from "gdpr/notification", with the kit's regime title.
    static QString regulatorReport(const QString& key, const Kit* kit = nullptr);
};

} // namespace turnback
