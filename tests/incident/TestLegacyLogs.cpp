// Logs written before the typed events (tests/data/logs, made by commit 44d8ccf) still load: the fold
// of each is, field by field, what that version folded from it, including every timeline sentence.

#include "AuditLog.h"
#include "Clock.h"
#include "IncidentFixtures.h"
#include "IncidentReplay.h"
#include "KitLoader.h"
#include "TestPaths.h"
#include "TimelineText.h"
#include "UtcTime.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace turnback;
using namespace Qt::StringLiterals;

namespace {

QString text(const std::optional<QDateTime>& at) {
    return at ? utc::format(*at) : QString();
}

/// The same shape the old version's dump had (tests/data/logs/README.md).
QJsonObject describe(const Incident& in) {
    QJsonObject o{{u"id"_s, in.id()},
                  {u"title"_s, in.title()},
                  {u"service"_s, in.service()},
                  {u"exercise"_s, in.isExercise()},
                  {u"kit_id"_s, in.kitId()},
                  {u"started"_s, utc::format(in.startedAt())},
                  {u"level"_s, levelId(in.level())},
                  {u"level_since"_s, utc::format(in.levelSince())},
                  {u"recorded_level"_s, levelId(in.recordedLevel())},
                  {u"closed"_s, in.isClosed()},
                  {u"operator"_s, in.currentOperator().name},
                  {u"operator_role"_s, in.currentOperator().role},
                  {u"trigger_events"_s, in.triggerEventCount()}};
    QJsonArray obligations;
    for (const Obligation& b : in.obligations()) {
        QJsonArray told;
        for (const NotificationItem& n : b.notifications)
            told.append(
                QJsonObject{{u"role"_s, n.role}, {u"confirmed_at"_s, text(n.confirmedAt)}, {u"by"_s, n.confirmedBy}});
        obligations.append(QJsonObject{{u"id"_s, b.id},
                                       {u"signal"_s, b.signalId},
                                       {u"level"_s, levelId(b.level)},
                                       {u"owner"_s, b.ownerRole},
                                       {u"triggered_at"_s, utc::format(b.triggeredAt)},
                                       {u"deadline"_s, utc::format(b.deadline)},
                                       {u"timer_ms"_s, b.timerMs},
                                       {u"cleared"_s, b.signalCleared},
                                       {u"acknowledged_at"_s, text(b.acknowledgedAt)},
                                       {u"acknowledged_by"_s, b.acknowledgedBy},
                                       {u"decision"_s, b.decision ? decisionId(*b.decision) : QString()},
                                       {u"decided_at"_s, b.decision ? utc::format(b.decidedAt) : QString()},
                                       {u"decided_by"_s, b.decidedBy},
                                       {u"decided_by_role"_s, b.decidedByRole},
                                       {u"reason"_s, b.decisionReason},
                                       {u"notifications"_s, told}});
    }
    o.insert(u"obligations"_s, obligations);
    QJsonArray timeline;
    for (const TimelineEntry& e : in.timeline())
        timeline.append(QJsonObject{{u"seq"_s, e.seq},
                                    {u"at"_s, utc::format(e.at)},
                                    {u"actor"_s, e.actor},
                                    {u"kind"_s, e.kind()},
                                    {u"text"_s, TimelineText::render(e)}});
    o.insert(u"timeline"_s, timeline);
    return o;
}

/// The old sentences, with the one wording that changed on purpose: decisions read "carry out".
QJsonObject expectedFold(const QString& scenario) {
    QString json = test::readText(QStringLiteral(TURNBACK_TEST_DATA_DIR "/logs/v1-%1.fold.json").arg(scenario));
    json.replace(u"decided to carry-out"_s, u"decided to carry out"_s);
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

class TestLegacyLogs : public QObject {
    Q_OBJECT
private slots:
    void foldsAsTheOldVersionDid_data() {
        QTest::addColumn<QString>("scenario");
        for (const char* name : {"data-loss-and-regulator", "error-spike-canary", "p1-storm"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void foldsAsTheOldVersionDid() {
        QFETCH(QString, scenario);
        test::ScratchDir scratch;
        // A copy: opening a WAL database may create its -shm beside it, and tests/data stays untouched.
        const QString db = scratch.file(u"legacy.sqlite"_s);
        QVERIFY(QFile::copy(QStringLiteral(TURNBACK_TEST_DATA_DIR "/logs/v1-%1.sqlite").arg(scenario), db));
        SystemClock clock;
        AuditLog log(clock);
        QVERIFY2(log.open(db, AuditLog::Access::ReadOnly), qPrintable(log.errorString()));
        const QList<AuditRecord> started = log.recordsOfKind(EventKind::ReversalStarted);
        QCOMPARE(started.size(), 1);

        const KitLoadResult kit = KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT));
        QVERIFY(kit.ok());
        IncidentReplay replay(*kit.kit);
        QVERIFY2(replay.load(log, started.first().incident), qPrintable(replay.errorString()));
        const QJsonObject actual = describe(replay.incident());
        const QJsonObject expected = expectedFold(scenario);
        QVERIFY(!expected.isEmpty());
        for (const QString& key : expected.keys())
            QVERIFY2(actual.value(key) == expected.value(key),
                     qPrintable(QStringLiteral("%1 differs:\nnow:  %2\nthen: %3")
                                    .arg(key,
                                         QString::fromUtf8(QJsonDocument(QJsonObject{{key, actual.value(key)}})
                                                               .toJson(QJsonDocument::Compact)),
                                         QString::fromUtf8(QJsonDocument(QJsonObject{{key, expected.value(key)}})
                                                               .toJson(QJsonDocument::Compact)))));
        QCOMPARE(actual.keys(), expected.keys());
        // The rubric replays too: nothing the old version recorded is missing from what it derives.
        QVERIFY(replay.missingTransitions().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLegacyLogs)
#include "TestLegacyLogs.moc"
