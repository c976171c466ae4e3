#include "ReviewVerification.h"

#include "AuditVerificationText.h"
#include "ReviewDatabase.h"

#include <QDir>
#include <QMetaObject>
#include <QPointer>
#include <QSqlQuery>

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
    m_worker.stop(); // before the members the job reads are gone
}

bool ReviewVerification::isRunning() const {
    return m_worker.isRunning();
}

void ReviewVerification::start(const QString& path) {
    m_worker.stop();
    m_path = path;
    m_total = rowsIn(path);
    const qint64 total = m_total;
    m_worker.start([this, path, total] {
        AuditVerifyOptions options;
        options.progress = [this, total](qint64 done) {
            // Queued to this object's thread: the signal is emitted where the window lives.
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
            return !m_worker.stopRequested();
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
}

} // namespace turnback
