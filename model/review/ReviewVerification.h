#pragma once

#include "AuditVerifier.h"
#include "StoppableWorker.h"

#include <QObject>
#include <QStringList>

namespace turnback {

/// `audit verify` of a log, run on a worker thread so the review stays usable (docs/review.md,
/// "Verification"): progress while it walks the chain, then the same lines the command line prints
/// (AuditVerificationText). The worker opens the file read-only itself (AuditVerifier), so it shares
/// no connection with the review. Destroying this object stops the walk and waits for the thread.
class ReviewVerification : public QObject {
    Q_OBJECT
public:
    explicit ReviewVerification(QObject* parent = nullptr);
    ~ReviewVerification() override;

    /// Starts verifying `path` (stopping a run in progress first).
    void start(const QString& path);
    bool isRunning() const;
    /// The newest finished result, and its lines as `audit verify` prints them.
    const AuditVerification& result() const { return m_result; }
    QStringList lines() const { return m_lines; }
    /// Rows in the log when the run started, for a progress bar's maximum (0 if unknown).
    qint64 total() const { return m_total; }

signals:
    void progress(qint64 rowsVerified, qint64 total);
    void finished();

private:
    StoppableWorker m_worker;
    QString m_path;
    qint64 m_total = 0;
    AuditVerification m_result;
    QStringList m_lines;
};

} // namespace turnback
