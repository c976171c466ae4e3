#include "StoppableWorker.h"

namespace turnback {

void StoppableWorker::start(std::function<void()> job, QThread::Priority priority) {
    stop();
    m_stop = false;
    m_thread = QThread::create(std::move(job));
    m_thread->start(priority);
}

void StoppableWorker::stop() {
    if (!m_thread)
        return;
    m_stop = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace turnback
