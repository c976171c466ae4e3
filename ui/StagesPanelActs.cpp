// StagesPanel: the acts, each in a StageActDialog that records through the session (which refuses,
// on record, what is not allowed: the dialog shows why and stays open). The tree is in StagesPanel.cpp.
#include "StagesPanel.h"

#include "Clock.h"
#include "DataWizard.h"
#include "Incident.h"
#include "MessageBoxes.h"
#include "ReversalSession.h"
#include "StageActDialog.h"
#include "StageText.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QTreeWidget>

namespace turnback {

namespace {
constexpr int KindRole = Qt::UserRole;
constexpr int StageRole = Qt::UserRole + 1;
constexpr int ItemRole = Qt::UserRole + 2;
using Outcome = events::StageItemRecorded::Outcome;
} // namespace

void StagesPanel::actOnSelected() {
    QTreeWidgetItem* row = m_tree->currentItem();
    if (!row)
        return;
    const auto kind = Row(row->data(0, KindRole).toInt());
    if (kind == Row::Prompt) {
        emit goToImpactPrompts();
        return;
    }
    const StageChecklist* stage = m_kit.stageChecklist(row->data(0, StageRole).toString());
    if (!stage || !canRecord())
        return;
    switch (kind) {
    case Row::Gate:
    case Row::Step:
        if (const ChecklistItem* item = stage->item(row->data(0, ItemRole).toString()))
            recordItem(*stage, *item);
        break;
    case Row::GateDecision:
        decideGate(*stage);
        break;
    case Row::Window:
        actOnWindow(*stage);
        break;
    case Row::Harm:
        recordHarm(*stage);
        break;
    case Row::Relaunch:
        decideRelaunch(*stage);
        break;
    default:
        break;
    }
}

void StagesPanel::run(StageActDialog* dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, m_tree, [this] {
        refresh();
        m_tree->setFocus();
    });
    dialog->open();
}

void StagesPanel::recordItem(const StageChecklist& stage, const ChecklistItem& item) {
    const bool gate = stage.stage == QLatin1String("pre-release");
    QString about = QStringLiteral("<b>%1</b><br>%2").arg(stage.title.toHtmlEscaped(), item.text.toHtmlEscaped());
    if (!item.owner.isEmpty())
        about +=
            QStringLiteral("<br>") +
            tr("Owner: %1. Recording it for them needs a reason.").arg(m_kit.roleTitle(item.owner).toHtmlEscaped());
    auto* dialog = new StageActDialog(gate ? tr("Sign off a gate") : tr("Record a step"), about, this);
    dialog->addChoice(gate ? tr("&Met") : tr("&Done"), QStringLiteral("stagePositiveChoice"));
    dialog->addChoice(gate ? tr("&Not met") : tr("&Blocked"), QStringLiteral("stageNegativeChoice"));
    dialog->addReason(gate ? tr("R&eason (required when not met):") : tr("R&eason (required when blocked):"));
    const QString stageId = stage.id, itemId = item.id;
    const Outcome positive = gate ? Outcome::Met : Outcome::Done;
    const Outcome negative = gate ? Outcome::NotMet : Outcome::Blocked;
    dialog->setRecorder(
        [this, dialog, stageId, itemId, positive, negative] {
            return m_session && m_session->recordStageItem(stageId, itemId, dialog->choice() == 0 ? positive : negative,
                                                           dialog->reason());
        },
        [this] { return m_session ? m_session->errorString() : QString(); });
    run(dialog);
}

void StagesPanel::decideGate(const StageChecklist& stage) {
    const QStringList unmet = m_view->incident().stages().unmetGates(stage);
    const QString about =
        unmet.isEmpty()
            ? tr("<b>%1</b><br>Every gate is met.").arg(stage.title.toHtmlEscaped())
            : tr("<b>%1</b><br><span style='color:#b71c1c'>Not met or not recorded: %2.</span> A go needs a reason.")
                  .arg(stage.title.toHtmlEscaped(), unmet.join(QStringLiteral(", ")).toHtmlEscaped());
    auto* dialog = new StageActDialog(tr("Go / no-go"), about, this);
    // No-go first, so the choice that lets a risky release go ahead is never the one already made.
    dialog->addChoice(tr("N&o-go"), QStringLiteral("stageNoGoChoice"));
    dialog->addChoice(tr("&Go"), QStringLiteral("stageGoChoice"));
    dialog->addReason(tr("R&eason:"));
    const QString stageId = stage.id;
    dialog->setRecorder(
        [this, dialog, stageId] {
            return m_session && m_session->decideGate(stageId, dialog->choice() == 1, dialog->reason());
        },
        [this] { return m_session ? m_session->errorString() : QString(); });
    run(dialog);
}

void StagesPanel::actOnWindow(const StageChecklist& stage) {
    const StageProgress& progress = m_view->incident().stages();
    if (!progress.windowOpened) {
        // Opening starts a deadline that cannot be taken back: a second, deliberate step, default No.
        const QString text = tr("Open the %1 now?\n\nIt closes %2 from now; each step's deadline counts from now. "
                                "This is recorded and cannot be taken back.")
                                 .arg(stage.title, Duration::humanText(*stage.window));
        if (MessageBoxes::ask(this, QMessageBox::Question, tr("Open the rollback window?"), text,
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes)
            m_session->openWindow();
        refresh();
        m_tree->setFocus();
        return;
    }
    if (progress.windowClosed)
        return;
    const bool early = m_view->clock().utcNow() < progress.windowOpened->event.closesAt;
    auto* dialog = new StageActDialog(
        tr("Close the rollback window"),
        early ? tr("<b>%1</b><br>Its time has not run out: closing early needs a reason.")
                    .arg(stage.title.toHtmlEscaped())
              : tr("<b>%1</b><br>Its time ran out; close it on record.").arg(stage.title.toHtmlEscaped()),
        this);
    dialog->addReason(early ? tr("R&eason (required):") : tr("R&eason:"));
    dialog->setRecorder([this, dialog] { return m_session && m_session->closeWindow(dialog->reason()); },
                        [this] { return m_session ? m_session->errorString() : QString(); });
    run(dialog);
}

void StagesPanel::recordHarm(const StageChecklist& stage) {
    const auto* standing = m_view->incident().stages().harmRecord(stage.id);
    auto* dialog =
        new StageActDialog(tr("Record the harm"),
                           standing ? tr("<b>%1</b><br>This corrects the record that stands; both stay in the log.")
                                          .arg(stage.title.toHtmlEscaped())
                                    : tr("<b>%1</b><br>Who was affected, how many, for how long, and what data.")
                                          .arg(stage.title.toHtmlEscaped()),
                           this);
    QLineEdit* affected = dialog->addField(tr("&Who was affected:"), QStringLiteral("harmAffectedEdit"));
    QLineEdit* count =
        dialog->addField(tr("&How many:"), QStringLiteral("harmCountEdit"), tr("as known, e.g. about 1,200"));
    QLineEdit* duration = dialog->addField(tr("&For how long:"), QStringLiteral("harmDurationEdit"), tr("e.g. 41 min"));
    QLineEdit* data =
        dialog->addField(tr("What &data:"), QStringLiteral("harmDataEdit"), tr("none, or what was exposed"));
    QLineEdit* note = dialog->addField(tr("N&ote:"), QStringLiteral("harmNoteEdit"));
    if (standing) {
        affected->setText(standing->event.affected);
        count->setText(standing->event.count);
        duration->setText(standing->event.duration);
        data->setText(standing->event.data);
    }
    const QString stageId = stage.id;
    dialog->setRecorder(
        [this, stageId, affected, count, duration, data, note] {
            events::StageHarmRecorded harm;
            harm.stage = stageId;
            harm.affected = affected->text();
            harm.count = count->text();
            harm.duration = duration->text();
            harm.data = data->text();
            harm.note = note->text();
            return m_session && m_session->recordHarm(harm);
        },
        [this] { return m_session ? m_session->errorString() : QString(); });
    run(dialog);
}

void StagesPanel::decideRelaunch(const StageChecklist& stage) {
    auto* dialog = new StageActDialog(
        tr("Decide on a relaunch"),
        tr("<b>%1</b><br>Tick each criterion that is met; a relaunch with any not met needs a reason.")
            .arg(stage.title.toHtmlEscaped()),
        this);
    dialog->addChoice(tr("Do &not relaunch"), QStringLiteral("relaunchNoChoice"));
    dialog->addChoice(tr("Re&launch"), QStringLiteral("relaunchYesChoice"));
    QList<QPair<QString, QCheckBox*>> checks;
    for (int i = 0; i < stage.relaunchCriteria.size(); ++i) {
        const RelaunchCriterion& c = stage.relaunchCriteria.at(i);
        checks.append({c.id, dialog->addCheck(QStringLiteral("&%1 %2").arg(i + 1).arg(c.text),
                                              QStringLiteral("criterion_%1").arg(c.id))});
    }
    dialog->addReason(tr("R&eason:"));
    dialog->setRecorder(
        [this, dialog, checks] {
            QList<events::CriterionJudged> judged;
            for (const auto& check : checks)
                judged.append({check.first, check.second->isChecked(), {}});
            return m_session && m_session->decideRelaunch(dialog->choice() == 1, judged, dialog->reason());
        },
        [this] { return m_session ? m_session->errorString() : QString(); });
    run(dialog);
}

void StagesPanel::openProcedure() {
    QTreeWidgetItem* row = m_tree->currentItem();
    const StageChecklist* stage = row ? m_kit.stageChecklist(row->data(0, StageRole).toString()) : nullptr;
    const ChecklistItem* item = stage ? stage->item(row->data(0, ItemRole).toString()) : nullptr;
    if (!item || item->procedure.isEmpty() || !canRecord())
        return;
    auto* wizard = new DataWizard(*m_session, item->procedure, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    wizard->resize(900, 640);
    connect(wizard, &QDialog::finished, this, [this] { refresh(); });
    wizard->show();
}

void StagesPanel::openComms() {
    QTreeWidgetItem* row = m_tree->currentItem();
    const StageChecklist* stage = row ? m_kit.stageChecklist(row->data(0, StageRole).toString()) : nullptr;
    const ChecklistItem* item = stage ? stage->item(row->data(0, ItemRole).toString()) : nullptr;
    if (!item || item->comms.isEmpty() || !canRecord())
        return;
    // The first template not yet sent; once all are, the first again (to send a follow-up).
    QString chosen = item->comms.first();
    for (const QString& id : item->comms)
        if (!m_view->incident().firstSent(id)) {
            chosen = id;
            break;
        }
    emit commsRequested(chosen);
}

} // namespace turnback
