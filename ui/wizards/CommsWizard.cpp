#include "CommsWizard.h"

#include "Clock.h"
#include "CommsSending.h"
#include "CommsSuggestion.h"
#include "CommsWizardPages.h"
#include "Countdown.h"
#include "Duration.h"
#include "Incident.h"
#include "ReversalSession.h"

#include <algorithm>

namespace turnback {

CommsWizard::CommsWizard(ReversalSession& session, const QString& templateId, QWidget* parent)
    : TurnbackWizard(QStringLiteral("commsWizard"), parent)
    , m_session(session)
    , m_initialTemplate(templateId) {
    setWindowTitle(tr("Send a comms update"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    addNamedPage(new CommsWizardPageChoose(*this), QStringLiteral("commsChoosePage"));
    addNamedPage(new CommsWizardPageFill(*this), QStringLiteral("commsFillPage"));
    addNamedPage(new CommsWizardPageAccountability(*this), QStringLiteral("commsAccountabilityPage"));
    addNamedPage(new CommsWizardPagePreview(*this), QStringLiteral("commsPreviewPage"));
    addNamedPage(new CommsWizardPageSend(*this), QStringLiteral("commsSendPage"));
    resize(900, 640);
}

const Kit& CommsWizard::kit() const {
    return m_session.kit();
}

const CommsTemplate* CommsWizard::chosen() const {
    return kit().commsTemplate(m_chosen);
}

void CommsWizard::choose(const QString& templateId) {
    if (templateId == m_chosen && m_render)
        return;
    m_chosen = templateId;
    const CommsTemplate* comms = chosen();
    m_render.reset();
    values.clear();
    recipients.clear();
    if (!comms)
        return;
    m_render.emplace(*comms);
    // A saved draft is resumed as it was left; otherwise what the record already knows is filled in.
    CommsSending::Start start = CommsSending::startingPoint(m_session, *m_render);
    values = std::move(start.values);
    recipients = std::move(start.recipients);
}

QString CommsWizard::stateText(const CommsTemplate& comms) const {
    const Incident& incident = m_session.incident();
    if (const auto* sent = incident.firstSent(comms.id))
        return tr("sent %1 UTC").arg(sent->at.toString(QStringLiteral("HH:mm")));
    const QDateTime due = commsDueAt(incident, kit(), comms.id);
    if (!due.isValid())
        return tr("no clock running");
    const Countdown countdown = countdownTo(due, m_session.clock().utcNow());
    switch (countdown.phase) {
    case CountdownPhase::Overdue:
        return countdown.text;
    case CountdownPhase::DueSoon:
        return tr("DUE SOON, %1 left").arg(Duration::clockText(countdown.remaining));
    default:
        return tr("due in %1").arg(countdown.text);
    }
}

CommsRender::Rendered CommsWizard::message() const {
    if (!m_render)
        return {};
    return CommsSending::withLogHeadLine(m_render->render(values), withLogHead ? logHead : QString());
}

QDateTime CommsWizard::dueAt() const {
    return chosen() ? commsDueAt(m_session.incident(), kit(), m_chosen) : QDateTime();
}

bool CommsWizard::isLate() const {
    return chosen() && CommsSending::isLate(m_session.incident(), kit(), m_chosen, m_session.clock().utcNow());
}

bool CommsWizard::saveDraft() {
    events::CommsDraftSaved draft{m_chosen, {}, {}, recipients};
    for (auto it = values.begin(); it != values.end(); ++it)
        if (!it.value().isEmpty())
            draft.values.insert(it.key(), it.value());
    const auto* previous = m_session.incident().draft(m_chosen);
    const QHash<QString, QString> before = previous ? previous->event.values : QHash<QString, QString>();
    QStringList names = draft.values.keys() + before.keys();
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    for (const QString& name : names)
        if (draft.values.value(name) != before.value(name))
            draft.changed << name;
    if (previous && draft.changed.isEmpty() && previous->event.recipients == recipients)
        return true; // nothing changed since the last draft: nothing to record
    return m_session.recordComms(draft);
}

} // namespace turnback
