#pragma once
// Shared by the headless exercise tests: the baseline kit, the fixed start, and a scratch log with its
// own simulated clock, as `turnback-cli exercise run` sets them up.

#include "AuditLog.h"
#include "Clock.h"
#include "ExerciseRunner.h"
#include "KitLoader.h"

#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace turnback::test {

inline const Kit& exerciseBaselineKit() {
    static const KitLoadResult loaded = KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT));
    return *loaded.kit;
}

inline const QDateTime kExerciseStart = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);

inline QJsonObject exercisePayloadOf(const AuditRecord& record) {
    return QJsonDocument::fromJson(record.payload.toUtf8()).object();
}

/// A scratch database with its own simulated clock at kExerciseStart.
struct ExerciseFixture {
    ScratchDir scratch;
    QString path = scratch.file(QStringLiteral("exercise.sqlite"));
    SimulatedClock clock{kExerciseStart};
    AuditLog log{clock};

    ExerciseFixture() { QVERIFY(log.open(path)); }
    ExerciseResult run(const Scenario& scenario) {
        return ExerciseRunner(log, clock, exerciseBaselineKit()).run(scenario);
    }
    /// The rows of one reversal, in log order.
    QList<AuditRecord> records(const QString& incidentId) const {
        QList<AuditRecord> rows;
        for (const AuditRecord& r : log.records())
            if (r.incident == incidentId)
                rows << r;
        return rows;
    }
    /// The rows of one kind, in log order.
    QList<AuditRecord> rowsOfKind(const QString& kind) const {
        QList<AuditRecord> rows;
        for (const AuditRecord& r : log.records())
            if (r.kind == kind)
                rows << r;
        return rows;
    }
};

} // namespace turnback::test
