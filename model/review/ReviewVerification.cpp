#include "ReviewVerification.h"

#include "AuditVerificationText.h"
#include "ReviewDatabase.h"

#include <QDir>
#include <QMetaObject>
#include <QPointer>
#include <QSqlQuery>
#include <QThread>

namespace turnback {

namespace {

qint64 rowsIn(const QString& path) {
    ReviewDatabase database;
    if (!database.open(path))
        return 0;
    QSqlQuery query(database.database());
    return query.exec(QStringLiteral("SELECT max(seq) FROM audit_log")) && query.next() ? query.value(0).toLongLong()
                                                                                        : 0;
}

} // namespace

ReviewVerification::ReviewVerification(QObject* parent)
    : QObject(parent) {}

ReviewVerification::~ReviewVerification() {
    stop();
}

bool ReviewVerification::isRunning() const {
    return m_thread && m_thread->isRunning();
}

void ReviewVerification::stop() {
    if (!m_thread)
        return;
    m_stop = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void ReviewVerification::start(const QString& path) {
    stop();
    m_stop = false;
    m_path = path;
    m_total = rowsIn(path);
    const qint64 total = m_total;
    m_thread = QThread::create([this, path, total] {
        AuditVerifyOptions options;
        options.progress = [this, total](qint64 done) {
            // Queued to this object's thread: the signal is emitted where the window lives.
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
            return !m_stop.load();
        };
        AuditVerification result = AuditVerifier::verify(path, options);
        const QStringList lines = auditVerificationLines(QDir::toNativeSeparators(path), result);
        QMetaObject::invokeMethod(
            this,
            [this, result, lines] {
                m_result = result;
                m_lines = lines;
                emit finished();
            },
            Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace turnback
