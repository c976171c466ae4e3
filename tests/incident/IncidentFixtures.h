#pragma once
// Shared by the incident tests: the baseline kit, a fixed start instant on a simulated clock, a real
// SQLite audit log in a scratch folder, and small readers for the rows a reversal writes.

#include "AuditLog.h"
#include "Clock.h"
#include "KitLoader.h"
#include "ReversalSession.h"
#include "TestSupport.h"
#include "UtcTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace turnback::test {

/// The baseline kit's signals, by id.
inline const QString kErrorRate = QStringLiteral("error-rate");
inline const QString kP1 = QStringLiteral("p1-count");
inline const QString kDataLoss = QStringLiteral("data-loss");

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;

/// Every reversal in these tests starts here (a Saturday morning, UTC).
inline QDateTime startInstant() {
    return QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC);
}
/// The instant `ms` after the start.
inline QDateTime at(qint64 ms) {
    return startInstant().addMSecs(ms);
}
/// The audit log's wording of that instant: "2026-03-14T09:02:00.000Z".
inline QString utcText(qint64 ms) {
    return utc::format(at(ms));
}

inline Kit baselineKit() {
    const KitLoadResult loaded = KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT));
    if (!loaded.ok())
        qFatal("the baseline kit does not load: %s", TURNBACK_BASELINE_KIT);
    return *loaded.kit;
}

inline ReversalSetup liveSetup() {
    return {QStringLiteral("Checkout v2.3 rollout"),
            QStringLiteral("checkout"),
            {QStringLiteral("Ana"), QStringLiteral("incident-commander")},
            false};
}

inline QJsonObject payloadOf(const AuditRecord& record) {
    return QJsonDocument::fromJson(record.payload.toUtf8()).object();
}

/// The rows of one incident, optionally of one kind, in seq order.
inline QList<AuditRecord> rowsOf(const AuditLog& log, const QString& incidentId, const QString& kind = {}) {
    QList<AuditRecord> rows;
    for (const AuditRecord& r : log.records())
        if (r.incident == incidentId && (kind.isEmpty() || r.kind == kind))
            rows.append(r);
    return rows;
}

/// A clock at the start instant, a kit, and an audit log opened on a file in a scratch folder.
struct Bench {
    ScratchDir dir;
    SimulatedClock clock{startInstant()};
    AuditLog log{clock};
    Kit kit = baselineKit();

    QString dbPath() const { return dir.file(QStringLiteral("audit.db")); }
    bool open() { return log.open(dbPath()); }
    void setTime(qint64 msAfterStart) { clock.setNow(at(msAfterStart)); }
};

} // namespace turnback::test
