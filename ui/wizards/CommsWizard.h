#pragma once

#include "CommsRender.h"
#include "TurnbackWizard.h"

#include <optional>

namespace turnback {

class ReversalSession;

/// Fill in, check, preview and send one of the kit's comms templates (docs/incident-events.md,
/// "Comms"): choose the template (the first one owed is suggested), fill its typed blanks (pre-filled
/// from the reversal; Next stays disabled with the reason shown until every required blank is valid),
/// see who owes it to whom by when, preview exactly what goes out, and send it by clipboard, .eml file
/// or the mail client. Sending and saving a draft are recorded through the session.
class CommsWizard : public TurnbackWizard {
    Q_OBJECT
public:
    /// `templateId`: the template to start on (the suggested one when empty).
    CommsWizard(ReversalSession& session, const QString& templateId = {}, QWidget* parent = nullptr);

    ReversalSession& session() const { return m_session; }
    const Kit& kit() const;
    QString initialTemplate() const { return m_initialTemplate; }

    /// The template chosen on the first page, and what the later pages work on.
    const CommsTemplate* chosen() const;
    void choose(const QString& templateId);
    const CommsRender* render() const { return m_render ? &*m_render : nullptr; }

    BlankValues values;
    QStringList recipients;
    QString from;
    QString logHead;         ///< fingerprint shown in the preview and sent with the message
    bool withLogHead = true; ///< whether the body ends with the fingerprint line

    /// The text that goes out: subject and body (with the fingerprint line when asked for).
    CommsRender::Rendered message() const;
    /// Where `comms` stands: "due in 14:33", "DUE SOON, 0:40 left", "OVERDUE +0:12", "sent 18:02 UTC";
    /// a regulator report whose clock has not started: "no clock running".
    QString stateText(const CommsTemplate& comms) const;
    /// When the chosen template is owed: the reversal's start plus its `due`, or its regulator clock's
    /// deadline (commsDueAt); invalid when it owes none.
    QDateTime dueAt() const;
    /// Whether sending now is late: past dueAt() and not sent before.
    bool isLate() const;
    /// Records a draft of the values and recipients as they stand (nothing when nothing changed since
    /// the last draft); false when the log refuses it (the session's errorString() says why).
    bool saveDraft();

private:
    ReversalSession& m_session;
    QString m_initialTemplate;
    QString m_chosen;
    std::optional<CommsRender> m_render;
};

} // namespace turnback
