#include "EvidenceExport.h"

#include "AuditLog.h"
#include "EvidenceExportPicker.h"
#include "FileDialogs.h"
#include "MessageBoxes.h"
#include "SigningKey.h"

#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>

namespace turnback {

EvidenceExport* EvidenceExport::start(QWidget* parent, const AuditLog& log, const QString& incident,
                                      const QString& actor) {
    EvidencePackRequest request;
    request.databasePath = log.path();
    request.key = log.signingKey();
    request.exportedBy = actor;
    // Which reversal first: the one on screen unless another is chosen (live and exercises apart).
    // The picker is opened, not exec'd: nothing blocks, and the export goes on once it is accepted.
    EvidenceExportPicker* picker = EvidenceExportPicker::open(parent, log.path(), incident);
    if (!picker)
        return nullptr;
    auto* job = new EvidenceExport(parent, std::move(request));
    connect(picker, &QDialog::accepted, job,
            [job, picker] { job->askAndRun(picker->chosen(), picker->chosenIsExercise()); });
    connect(picker, &QDialog::rejected, job, &QObject::deleteLater);
    return job;
}

/// After the reversal is chosen: without a key, whether an unsigned pack will do; then where.
void EvidenceExport::askAndRun(const QString& incident, bool exercise) {
    m_request.incident = incident;
    if (!m_request.key) {
        const auto answer = MessageBoxes::ask(
            m_parent, QMessageBox::Warning, tr("Export evidence pack"),
            tr("No signing key is set for this log, so the pack's manifest cannot be signed. The events are still "
               "vouched for by the log's signed checkpoints, but nobody can check who made the pack.\n\n"
               "Export it UNSIGNED (the report and README say so)? To sign it, choose No and set up signing "
               "(status bar) first."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            deleteLater();
            return;
        }
        m_request.allowUnsigned = true;
    }
    // An exercise's pack says so in its very name, wherever the file is copied to (not tr(): the
    // pack itself says EXERCISE in every language).
    const QString name =
        QStringLiteral("%1evidence-%2.zip").arg(exercise ? QStringLiteral("EXERCISE-") : QString(), m_request.incident);
    const QString suggested = QFileInfo(m_request.databasePath).absoluteDir().filePath(name);
    m_request.outputPath = FileDialogs::saveEvidencePack(m_parent, suggested);
    if (m_request.outputPath.isEmpty()) {
        deleteLater();
        return;
    }
    run();
}

EvidenceExport::EvidenceExport(QWidget* parent, EvidencePackRequest request)
    : QObject(parent)
    , m_parent(parent)
    , m_request(std::move(request)) {}

EvidenceExport::~EvidenceExport() {
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void EvidenceExport::run() {
    m_progress = new QProgressDialog(tr("Exporting the evidence pack of %1...").arg(m_request.incident), tr("Cancel"),
                                     0, 100, m_parent);
    m_progress->setObjectName(QStringLiteral("evidenceProgress"));
    m_progress->setWindowTitle(tr("Export evidence pack"));
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    m_progress->setWindowModality(Qt::WindowModal);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_cancel = true;
        if (m_progress)
            m_progress->setLabelText(tr("Cancelling..."));
    });
    m_progress->open();

    const EvidencePackRequest request = m_request;
    m_thread = QThread::create([this, request] {
        const EvidencePackResult result = EvidencePackExporter::run(
            request,
            [this](int percent, const QString& stage) {
                QMetaObject::invokeMethod(this, [this, percent, stage] {
                    if (m_progress && !m_cancel) {
                        m_progress->setValue(percent);
                        m_progress->setLabelText(stage);
                    }
                });
            },
            &m_cancel);
        QMetaObject::invokeMethod(this, [this, result] { onFinished(result); });
    });
    m_thread->start();
}

void EvidenceExport::onFinished(const EvidencePackResult& result) {
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_progress)
        m_progress->deleteLater();
    QString text;
    QMessageBox::Icon icon = QMessageBox::Information;
    if (result.ok) {
        text = tr("%1 written: %2 events, %3 attached files, %4.\n\n%5\n\nREADME.txt in the pack tells anyone how "
                  "to verify it without Turnback.")
                   .arg(QDir::toNativeSeparators(m_request.outputPath))
                   .arg(result.events)
                   .arg(result.artifacts)
                   .arg(result.isSigned ? tr("signed with key %1").arg(m_request.key->keyId()) : tr("UNSIGNED"),
                        result.verification);
        if (result.isExercise)
            text.prepend(tr("EXERCISE pack: this reversal was an exercise, not live evidence.") +
                         QStringLiteral("\n\n"));
    } else {
        icon = result.cancelled ? QMessageBox::Information : QMessageBox::Critical;
        text = result.cancelled ? tr("The export was cancelled. Nothing was written under %1.")
                                      .arg(QDir::toNativeSeparators(m_request.outputPath))
                                : tr("The evidence pack was not written: %1\nNothing was written under %2.")
                                      .arg(result.error, QDir::toNativeSeparators(m_request.outputPath));
    }
    MessageBoxes::tell(m_parent, icon, tr("Export evidence pack"), text,
                       {QStringLiteral("evidenceResultBox"), QStringLiteral("evidenceResultCloseButton")});
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace turnback
