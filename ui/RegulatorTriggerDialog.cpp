#include "RegulatorTriggerDialog.h"

#include "DialogKeys.h"
#include "RegulatorClocks.h"
#include "TimelineText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace turnback {

namespace {
constexpr int TriggerRole = Qt::UserRole;
} // namespace

RegulatorTriggerDialog::RegulatorTriggerDialog(const IncidentView& view, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("regulatorTriggerDialog"));
    setWindowTitle(tr("Record a regulator trigger"));
    auto* intro = new QLabel(tr("Which fact do you record now? Its regulator clocks start at this moment and "
                                "cannot be taken back. The kit's rules are not legal advice."),
                             this);
    intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("regulatorTriggerList"));
    m_list->setWordWrap(true);
    const Incident& incident = view.incident();
    for (const RegulatorTrigger trigger : allRegulatorTriggers()) {
        const QString id = regulatorTriggerId(trigger);
        const QString fact = TimelineText::regulatorTrigger(id);
        auto* item = new QListWidgetItem(m_list);
        item->setData(TriggerRole, id);
        if (incident.regulatorTriggers().contains(id)) {
            item->setText(
                tr("%1 — recorded at %2 UTC")
                    .arg(fact, incident.regulatorTriggers().value(id).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            continue;
        }
        const QStringList clocks = clockNames(view.kit(), id);
        item->setText(clocks.isEmpty() ? tr("%1 — starts no clock in this kit").arg(fact)
                                       : tr("%1 — starts: %2").arg(fact, clocks.join(QStringLiteral("; "))));
    }
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->flags() & Qt::ItemIsEnabled) {
            m_list->setCurrentRow(row);
            break;
        }
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Continue..."));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("regulatorTriggerContinue"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosenTrigger().isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    DialogKeys::submitOnCtrlReturn(this);
    m_list->setFocus();
    resize(720, 320);
}

QString RegulatorTriggerDialog::chosenTrigger() const {
    const QListWidgetItem* item = m_list->currentItem();
    return item && (item->flags() & Qt::ItemIsEnabled) ? item->data(TriggerRole).toString() : QString();
}

QStringList RegulatorTriggerDialog::clockNames(const Kit& kit, const QString& trigger) {
    QStringList names;
    if (const auto which = regulatorTriggerFromId(trigger))
        for (const QString& key : RegulatorClocks::startedBy(kit, *which))
            names << TimelineText::regulatorReport(key, &kit);
    return names;
}

} // namespace turnback
