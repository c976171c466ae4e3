#pragma once

#include "EvidencePack.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <atomic>

class QThread;
class QWidget;

namespace turnback {

class AuditLog;

/// File > Export evidence pack...: asks which reversal (EvidenceExportPicker) and where, then exports one reversal on a
/// worker thread (EvidencePackExporter opens its own read-only connection), with a progress dialog whose Cancel stops
/// it and leaves nothing under the chosen name. Tells the outcome in a box when done.
class EvidenceExport : public QObject {
    Q_OBJECT
public:
    /// Opens the picker for which reversal of `log` (`incident`, the one on screen, chosen to begin with)
    /// and, once one is chosen, asks the rest and exports it
    /// (signed with the log's key; without one, only if the operator agrees to an unsigned pack). Deletes itself when
    /// finished. nullptr when the operator declined or chose no file.
    static EvidenceExport* start(QWidget* parent, const AuditLog& log, const QString& incident, const QString& actor);
    ~EvidenceExport() override;

    QProgressDialog* progressDialog() const { return m_progress; }

Q_SIGNALS:
    void finished(const turnback::EvidencePackResult& result);

private:
    EvidenceExport(QWidget* parent, EvidencePackRequest request);
    void askAndRun(const QString& incident, bool exercise);
    void run();
    void onFinished(const EvidencePackResult& result);

    QWidget* m_parent;
    EvidencePackRequest m_request;
    QPointer<QProgressDialog> m_progress;
    QThread* m_thread = nullptr;
    std::atomic_bool m_cancel{false};
};

} // namespace turnback
