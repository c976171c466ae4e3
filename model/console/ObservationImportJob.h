#pragma once

#include "ObservationImport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

class QThread;

namespace turnback {

class Kit;

/// One observation import beside the running console (issue 9): the file is read, hashed and
/// checked on a worker thread; the start is recorded; the observations are added to one transaction
/// in slices of about kSliceMs on this thread, so the event loop (the console's 1 Hz refresh, its
/// alerts, the Cancel button) keeps turning; once committed they are shown, again in slices; then
/// the end is recorded. The steps and what is recorded: ObservationImport. Cancel at any point
/// before the commit records none of the observations. Owned by this thread, the session's.
class ObservationImportJob : public QObject {
    Q_OBJECT
public:
    enum class Phase {
        Reading,   ///< done/total: bytes
        Recording, ///< done/total: observations added to the transaction
        Showing,   ///< done/total: observations shown and fed to the rubric
    };
    Q_ENUM(Phase)
    /// The longest a slice keeps the event loop waiting.
    static constexpr int kSliceMs = 30;

    /// `session` must outlive the job.
    ObservationImportJob(ReversalSession& session, const QString& path, QObject* parent = nullptr);
    /// A job destroyed while it runs is cancelled first: nothing of it is recorded but its start and end.
    ~ObservationImportJob() override;

    /// Starts reading on a worker thread; finished() follows, always exactly once.
    void start();
    /// The same steps on this thread at once, without an event loop (the command line, tests).
    ObservationImportResult runHere();
    /// Stops it before the commit: none of the observations is recorded. Too late once committed.
    void cancel();
    bool isCancelled() const { return m_cancel.load(); }

signals:
    void progress(turnback::ObservationImportJob::Phase phase, qint64 done, qint64 total);
    void finished(const turnback::ObservationImportResult& result);

private:
    enum class Step { Idle, Reading, Recording, Showing, Done };
    /// The file is read: check it, record the start and open the transaction.
    void afterRead();
    /// One slice of the current step, within `budgetMs` (negative: no limit). True while work remains.
    bool runSlice(qint64 budgetMs);
    bool recordSlice(const QElapsedTimer& clock, qint64 budgetMs);
    bool showSlice(qint64 budgetMs);
    void scheduleSlice();
    /// Records the end, sets the result and reports it.
    void finish(ObservationImportResult::Outcome outcome, const QStringList& problems, const QString& reason = {});
    void reportReading();

    ReversalSession& m_session;
    QString m_path;
    std::unique_ptr<Kit> m_kit; ///< the reader thread's own copy
    ObservationFile m_file;
    std::atomic<bool> m_cancel{false};
    std::atomic<qint64> m_bytesRead{0};
    QThread* m_reader = nullptr;
    QTimer m_readingProgress;
    QTimer m_slice;
    Step m_step = Step::Idle;
    qsizetype m_next = 0; ///< the next observation to add to the transaction
    std::optional<qint64> m_startedSeq;
    ObservationImportResult m_result;
};

} // namespace turnback

Q_DECLARE_METATYPE(turnback::ObservationImportResult)
