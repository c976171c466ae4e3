#pragma once

#include "ObservationImport.h"

#include <QObject>

class QProgressDialog;
class QPushButton;
class QWidget;

namespace turnback {

class ObservationImportJob;
class ReversalSession;

/// An observation import as the operator sees it (issue 9): ObservationImportJob runs beside the
/// console, whose refresh and alerts keep going, while a window-modal progress dialog says which
/// step it is in and offers Cancel until the observations are committed. Modal because an
/// act recorded meanwhile would have to wait for the import's transaction anyway; the console stays
/// in view and live behind it. Deletes itself once finished() is emitted.
class ImportProgress : public QObject {
    Q_OBJECT
public:
    /// Starts importing `file` into `session`; the dialog is a child of `parent`.
    static ImportProgress* start(ReversalSession& session, const QString& file, QWidget* parent);

signals:
    void finished(const turnback::ObservationImportResult& result);

private:
    ImportProgress(ReversalSession& session, const QString& file, QWidget* parent);
    void showProgress(int phase, qint64 done, qint64 total);

    QString m_file;
    ObservationImportJob* m_job = nullptr;
    QProgressDialog* m_dialog = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace turnback
