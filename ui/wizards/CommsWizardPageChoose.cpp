#include "CommsWizardPages.h"

#include "Clock.h"
#include "CommsSuggestion.h"
#include "CommsWizard.h"
#include "Duration.h"
#include "ReversalSession.h"
#include "TimelineText.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include <cstdlib>

namespace turnback {

namespace {
/// "in 3 hr", "in 14 min", "45 min ago": the time to a deadline in whole minutes, as people say it.
QString relativeText(const QDateTime& due, const QDateTime& now) {
    const qint64 ms = now.msecsTo(due);
    const qint64 minutes = std::abs(ms) / 60'000;
    const QString span = minutes ? Duration::humanText(Milliseconds(minutes * 60'000))
                                 : Duration::humanText(Milliseconds((std::abs(ms) / 1000) * 1000));
    return ms >= 0 ? CommsWizard::tr("in %1").arg(span) : CommsWizard::tr("OVERDUE by %1").arg(span);
}

/// Why the wizard suggests `first`: its deadline, and for a regulator report what its clock counts from.
QString suggestionReason(const CommsWizard& wizard, const CalledForComms& first, const CommsTemplate& comms) {
    const Kit& kit = wizard.kit();
    const QDateTime now = wizard.session().clock().utcNow();
    const QString due =
        CommsWizard::tr("due %1 UTC (%2)")
            .arg(first.dueUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), relativeText(first.dueUtc, now));
    if (first.isRegulatorReport()) {
        const QString from =
            first.from.startsWith(QLatin1String("sent:"))
                ? CommsWizard::tr("sent: %1").arg(TimelineText::regulatorReport(first.from.mid(5), &kit))
                : TimelineText::regulatorAnchor(first.from);
        return CommsWizard::tr("The regulator clock due first: <b>%1</b> %2, counted from %3 at %4 UTC; owed by %5.")
            .arg(TimelineText::regulatorReport(first.report, &kit).toHtmlEscaped(), due, from.toHtmlEscaped(),
                 first.anchorUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 kit.roleTitle(first.owner).toHtmlEscaped());
    }
    const Level level = wizard.session().incident().level();
    return CommsWizard::tr("At %1, the update due first: <b>%2</b> %3; owed by %4.")
        .arg(level == Level::Normal ? CommsWizard::tr("Normal") : kit.levelLabel(level), comms.title.toHtmlEscaped(),
             due, kit.roleTitle(first.owner).toHtmlEscaped());
}

} // namespace

// --- Choose -----------------------------------------------------------------------------------

CommsWizardPageChoose::CommsWizardPageChoose(CommsWizard& wizard)
    : m_wizard(wizard) {
    setTitle(tr("Which update?"));
    setSubTitle(tr("The kit's comms templates, with when each is owed. Choose one with the arrow keys."));
    m_suggestion = wrappedLabel(this, QStringLiteral("commsSuggestionLabel"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("commsTemplateList"));
    auto* label = new QLabel(tr("&Template:"), this);
    label->setObjectName(QStringLiteral("commsTemplateLabel"));
    label->setBuddy(m_list);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_suggestion);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::currentRowChanged, this, &QWizardPage::completeChanged);
}

void CommsWizardPageChoose::initializePage() {
    const Kit& kit = m_wizard.kit();
    // What the level's updates and the running regulator clocks call for; the deadline due first wins.
    const QList<CalledForComms> called = commsCalledFor(m_wizard.session().incident(), kit);
    const QString suggested = called.isEmpty() ? QString() : called.first().templateId;
    const QString start = m_wizard.initialTemplate().isEmpty() ? suggested : m_wizard.initialTemplate();
    m_list->clear();
    const CommsTemplate* first = nullptr;
    for (const CommsTemplate& comms : kit.comms) {
        auto* item = new QListWidgetItem(
            tr("%1 — to %2 (%3) — %4").arg(comms.title, comms.recipient, comms.audience, m_wizard.stateText(comms)),
            m_list);
        item->setData(Qt::UserRole, comms.id);
        if (comms.id == start)
            m_list->setCurrentItem(item);
        if (comms.id == suggested)
            first = &comms;
    }
    if (!m_list->currentItem() && m_list->count())
        m_list->setCurrentRow(0);
    QString text = first ? tr("Suggested: %1").arg(suggestionReason(m_wizard, called.first(), *first))
                         : tr("Every update the kit owes has been sent, and no regulator clock is running. You can "
                              "send any of them again.");
    if (called.size() > 1) {
        QStringList then;
        for (qsizetype i = 1; i < called.size(); ++i) {
            const CalledForComms& next = called.at(i);
            const QString title = next.isRegulatorReport() ? TimelineText::regulatorReport(next.report, &kit)
                                                           : commsTitle(kit, next.templateId);
            then << tr("%1 (due %2 UTC)")
                        .arg(title.toHtmlEscaped(), next.dueUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        }
        text += QStringLiteral("<br>") + tr("Then: %1.").arg(then.join(QStringLiteral("; ")));
    }
    m_suggestion->setText(text);
    m_list->setFocus();
}

bool CommsWizardPageChoose::isComplete() const {
    return m_list->currentItem() != nullptr;
}

bool CommsWizardPageChoose::validatePage() {
    m_wizard.choose(m_list->currentItem()->data(Qt::UserRole).toString());
    return m_wizard.chosen() != nullptr;
}

} // namespace turnback
