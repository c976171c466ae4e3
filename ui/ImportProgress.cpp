#include "ImportProgress.h"

#include "ObservationImportJob.h"

#include <QDir>
#include <QProgressDialog>
#include <QPushButton>

namespace turnback {

ImportProgress* ImportProgress::start(ReversalSession& session, const QString& file, QWidget* parent) {
    return new ImportProgress(session, file, parent);
}

ImportProgress::ImportProgress(ReversalSession& session, const QString& file, QWidget* parent)
    : QObject(parent)
    , m_file(file)
    , m_job(new ObservationImportJob(session, file, this)) {
    m_dialog = new QProgressDialog(parent);
    m_dialog->setObjectName(QStringLiteral("importProgressDialog"));
    m_dialog->setWindowTitle(tr("Importing observations"));
    m_cancel = new QPushButton(tr("&Cancel import"), m_dialog);
    m_cancel->setObjectName(QStringLiteral("importCancelButton"));
    m_dialog->setCancelButton(m_cancel);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumDuration(0);
    m_dialog->setMinimumWidth(480);
    m_dialog->setRange(0, 100);
    connect(m_dialog, &QProgressDialog::canceled, m_job, &ObservationImportJob::cancel);
    connect(m_dialog, &QDialog::rejected, m_job, &ObservationImportJob::cancel); // the window closed
    connect(m_job, &ObservationImportJob::progress, this,
            [this](ObservationImportJob::Phase phase, qint64 done, qint64 total) {
                showProgress(int(phase), done, total);
            });
    connect(m_job, &ObservationImportJob::finished, this, [this](const ObservationImportResult& result) {
        m_dialog->hide();
        m_dialog->deleteLater();
        deleteLater(); // and the job with it
        emit finished(result);
    });
    showProgress(int(ObservationImportJob::Phase::Reading), 0, 0);
    m_dialog->show();
    m_job->start();
}

void ImportProgress::showProgress(int phase, qint64 done, qint64 total) {
    const QString name = QDir::toNativeSeparators(m_file);
    switch (ObservationImportJob::Phase(phase)) {
    case ObservationImportJob::Phase::Reading:
        m_dialog->setLabelText(
            tr("Reading and checking %1 ...\nNothing is recorded until the whole file is checked.").arg(name));
        break;
    case ObservationImportJob::Phase::Recording:
        m_dialog->setLabelText(
            tr("Recording %L1 of %L2 observations from %3 ...\nNone of them is on record until all are in; Cancel "
               "records none.")
                .arg(done)
                .arg(total)
                .arg(name));
        break;
    case ObservationImportJob::Phase::Showing:
        m_cancel->setEnabled(false); // committed: too late to cancel
        m_dialog->setLabelText(tr("All %L1 observations are on record. Showing them on the console (%L2 so far) ...")
                                   .arg(total)
                                   .arg(done));
        break;
    }
    // Percent, so that a file of any size fits the dialog's int range.
    m_dialog->setValue(total > 0 ? int(std::min<qint64>(100, done * 100 / total)) : 0);
}

} // namespace turnback
