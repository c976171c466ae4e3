#pragma once

#include <QThread>

#include <atomic>
#include <functional>

namespace turnback {

/// One job at a time on a worker thread of its own, that can be asked to stop: start() first stops the
/// job running and waits for it, and so does stop() and the destructor. The job reads stopRequested()
/// (in its progress callback) and returns early. ReviewIndexBuilder and ReviewVerification each run on
/// one; their results reach their own thread as queued calls.
class StoppableWorker {
public:
    StoppableWorker() = default;
    StoppableWorker(const StoppableWorker&) = delete;
    StoppableWorker& operator=(const StoppableWorker&) = delete;
    ~StoppableWorker() { stop(); }

    /// Stops the job running, if any, then runs `job` on a new thread at `priority`.
    void start(std::function<void()> job, QThread::Priority priority = QThread::LowPriority);
    /// Asks the job running to stop and waits until it has.
    void stop();
    bool isRunning() const { return m_thread && m_thread->isRunning(); }
    /// True once stop() was asked for the job running (read from the worker thread).
    bool stopRequested() const { return m_stop.load(); }

private:
    QThread* m_thread = nullptr;
    std::atomic_bool m_stop{false};
};

} // namespace turnback
