#pragma once
// Shared by the review tests: a real log file with a live reversal (every kind of event, a decision
// recorded late, more rows than two pages) and an exercise, written by the real session and then
// closed, so the file sits on disk as a policy lead would receive it.

#include "IncidentFixtures.h"
#include "ModelFixtures.h"
#include "ReversalSession.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace turnback::test {

/// Everything a review must not change: each file's name, size, bytes and modification time.
inline QStringList folderState(const QString& folder) {
    QStringList state;
    const QDir dir(folder);
    for (const QFileInfo& info : dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name)) {
        QFile file(info.absoluteFilePath());
        QByteArray digest;
        if (file.open(QIODevice::ReadOnly))
            digest = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
        state << QStringLiteral("%1 %2 %3 %4")
                     .arg(info.fileName())
                     .arg(info.size())
                     .arg(QString::fromLatin1(digest))
                     .arg(info.lastModified().toMSecsSinceEpoch());
    }
    return state;
}

struct ReviewLog {
    Bench bench;
    QString liveId, exerciseId;
    static constexpr int kExtraObservations = 450; ///< more than two pages of the review timeline

    /// Writes the two reversals; `close` closes the log (no -wal left beside it).
    bool write(bool close = true) {
        if (!bench.open())
            return false;
        {
            ReversalSession live(bench.log, bench.clock, bench.kit);
            playShortReversal(bench.clock, live);
            if (QTest::currentTestFailed())
                return false;
            liveId = live.incident().id();
            // The data-loss item, decided 20 min after it triggered: past its deadline.
            bench.setTime(7 * kMinute);
            if (!live.recordObservation(kDataLoss))
                return false;
            const qint64 dataLoss = live.incident().latestObligation(kDataLoss)->id;
            bench.setTime(27 * kMinute);
            if (!live.decide(dataLoss, Decision::CarryOut, QStringLiteral("Restore from the 50% snapshot")))
                return false;
            // Whoever is at the keyboard takes another role and goes on: the rows before keep the
            // role held then, the rows after carry the new one.
            bench.setTime(28 * kMinute);
            if (!live.changeOperator({live.incident().currentOperator().name, QStringLiteral("policy-lead")}))
                return false;
            for (int i = 0; i < kExtraObservations; ++i) {
                bench.setTime(30 * kMinute + i * kSecond);
                if (!live.recordObservation(kErrorRate, 0.5 + (i % 10) * 0.1))
                    return false;
            }
            bench.setTime(40 * kMinute);
            if (!live.close(QStringLiteral("Rolled back; error rate normal")))
                return false;
        }
        {
            ReversalSession drill(bench.log, bench.clock, bench.kit);
            bench.setTime(50 * kMinute);
            ReversalSetup setup = liveSetup();
            setup.title = QStringLiteral("Quarterly drill");
            setup.exercise = true;
            if (!drill.start(setup))
                return false;
            exerciseId = drill.incident().id();
            bench.setTime(51 * kMinute);
            if (!drill.recordObservation(kErrorRate, 7.0))
                return false;
        }
        if (close)
            bench.log.close();
        return true;
    }
};

} // namespace turnback::test
