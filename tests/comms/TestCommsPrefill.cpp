// CommsPrefill from a real reversal: besides the service, start, level, owners and decisions, the
// impact answers (a blank named like the prompt, or impact.<prompt>), the files attached as evidence
// (name and SHA-256, copied into the real evidence store) and the regulator triggers' times.
#include "CommsPrefill.h"
#include "CommsRender.h"
#include "EvidenceStore.h"
#include "IncidentFixtures.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace turnback;
using namespace turnback::test;
using namespace Qt::Literals::StringLiterals;

class TestCommsPrefill : public QObject {
    Q_OBJECT
private slots:
    void impactAnswersFillBlanksNamedLikeThePrompt();
    void attachedFilesFillTheArtifactsWithTheirHashes();
    void regulatorTriggersAndReportsFillTheirTimes();
    void aValueTheBlankRefusesIsLeftEmpty();
    void theInternalAlertSaysWhenTheLevelWasEnteredNotWhenTheReversalStarted();

private:
    /// A template whose body uses `placeholders`; `types` gives some of them a type.
    static CommsTemplate templateWith(const QStringList& placeholders, const QList<CommsBlank>& typed = {});
};

CommsTemplate TestCommsPrefill::templateWith(const QStringList& placeholders, const QList<CommsBlank>& typed) {
    CommsTemplate comms;
    comms.id = u"probe"_s;
    comms.subject = u"probe"_s;
    for (const QString& name : placeholders)
        comms.body += u"{{"_s + name + u"}}\n"_s;
    comms.blanks = typed;
    return comms;
}

void TestCommsPrefill::impactAnswersFillBlanksNamedLikeThePrompt() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    QVERIFY2(session.answerImpact(u"users-affected"_s, u"1200"_s), qPrintable(session.errorString()));
    QVERIFY(session.answerImpact(u"partners-downstream"_s, {}, true, u"Ledger team not reached yet"_s));
    const CommsRender render(templateWith({u"users-affected"_s, u"impact.users-affected"_s, u"users_affected"_s,
                                           u"impact.partners-downstream"_s, u"impact.operators-load"_s},
                                          {{u"users_affected"_s, u"Users"_s, BlankType::Number, true, {}, {}}}));
    const BlankValues v = CommsPrefill::from(render, session.incident(), bench.kit, {});
    QCOMPARE(v.value(u"users-affected"_s), u"1200"_s);
    QCOMPARE(v.value(u"impact.users-affected"_s), u"1200"_s);
    QCOMPARE(v.value(u"users_affected"_s), u"1200"_s); // a number blank takes it
    QCOMPARE(v.value(u"impact.partners-downstream"_s), u"Unknown: Ledger team not reached yet"_s);
    QVERIFY(!v.contains(u"impact.operators-load"_s)); // not answered: left for the operator

    // A later answer supersedes: the one that stands is filled in.
    QVERIFY(session.answerImpact(u"users-affected"_s, u"1350"_s));
    QCOMPARE(CommsPrefill::from(render, session.incident(), bench.kit, {}).value(u"impact.users-affected"_s),
             u"1350"_s);
}

void TestCommsPrefill::attachedFilesFillTheArtifactsWithTheirHashes() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    const QString file = bench.dir.file(u"snapshot-manifest.txt"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    const QByteArray bytes = "snapshot snap-0042 of orders, 1200 rows\n";
    out.write(bytes);
    out.close();
    const EvidenceStore::Result attached = EvidenceStore::attach(session, file, u"data:snapshot/take"_s);
    QVERIFY2(attached.seq, qPrintable(attached.error));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QCOMPARE(session.incident().attachments().size(), 1);

    const CommsRender render(templateWith({u"artifacts"_s, u"evidence_refs"_s}));
    const BlankValues v = CommsPrefill::from(render, session.incident(), bench.kit, u"7:ab12-cd34-ef56-7890"_s);
    QCOMPARE(v.value(u"artifacts"_s), u"snapshot-manifest.txt  sha256:"_s + sha);
    QCOMPARE(v.value(u"evidence_refs"_s),
             u"snapshot-manifest.txt  sha256:"_s + sha + u"\nAudit log head: 7:ab12-cd34-ef56-7890"_s);

    // After a restart the fold finds the same file in the log.
    ReversalSession resumed(bench.log, bench.clock, bench.kit);
    QVERIFY(resumed.resume(session.incident().id()));
    QCOMPARE(CommsPrefill::from(render, resumed.incident(), bench.kit, {}).value(u"artifacts"_s),
             u"snapshot-manifest.txt  sha256:"_s + sha);
}

void TestCommsPrefill::regulatorTriggersAndReportsFillTheirTimes() {
    Bench bench;
    QVERIFY(bench.open());
    const KitLoadResult loaded =
        KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT),
                        {QStringLiteral(TURNBACK_SOURCE_DIR "/resources/kits/examples/all-regulators.overlay.yaml")});
    QVERIFY(loaded.ok());
    ReversalSession session(bench.log, bench.clock, *loaded.kit);
    QVERIFY(session.start(liveSetup()));
    bench.setTime(10 * kMinute);
    QVERIFY(session.recordRegulatorTrigger(u"became-aware"_s));
    bench.setTime(40 * kMinute);
    QVERIFY(session.recordRegulatorTrigger(u"classified-major"_s));
    bench.setTime(2 * kHour);
    events::CommsSent sent;
    sent.templateId = u"dora-initial"_s;
    QVERIFY(session.recordComms(sent));
    const CommsRender render(
        templateWith({u"aware_at"_s, u"classified_at"_s, u"determined_at"_s, u"dora_initial_sent_at"_s}));
    const BlankValues v = CommsPrefill::from(render, session.incident(), *loaded.kit, {});
    QCOMPARE(v.value(u"aware_at"_s), u"2026-03-14T09:10:00Z"_s);
    QCOMPARE(v.value(u"classified_at"_s), u"2026-03-14T09:40:00Z"_s);
    QVERIFY(!v.contains(u"determined_at"_s)); // never recorded
    QCOMPARE(v.value(u"dora_initial_sent_at"_s), u"2026-03-14T11:00:00Z"_s);
}

void TestCommsPrefill::aValueTheBlankRefusesIsLeftEmpty() {
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    QVERIFY(session.answerImpact(u"operators-load"_s, u"Ana, 6 hours, Ben at 18:00"_s));
    // A number blank named like a text prompt: the answer does not fit, so nothing is filled in.
    const CommsRender render(
        templateWith({u"operators-load"_s}, {{u"operators-load"_s, u"Load"_s, BlankType::Number, true, {}, {}}}));
    QVERIFY(!CommsPrefill::from(render, session.incident(), bench.kit, {}).contains(u"operators-load"_s));
}

QTEST_MAIN(TestCommsPrefill)
#include "TestCommsPrefill.moc"

void TestCommsPrefill::theInternalAlertSaysWhenTheLevelWasEnteredNotWhenTheReversalStarted() {
    // "Level: reverse, entered at ..." must be the instant the level was entered (here 3 min after
    // the start), not the reversal's start: a message that says otherwise misleads its readers.
    Bench bench;
    QVERIFY(bench.open());
    ReversalSession session(bench.log, bench.clock, bench.kit);
    QVERIFY(session.start(liveSetup()));
    bench.setTime(3 * kMinute);
    QVERIFY2(session.recordObservation(u"data-loss"_s, std::nullopt), qPrintable(session.errorString()));
    QCOMPARE(session.incident().level(), Level::Reverse);
    const CommsTemplate* alert = nullptr;
    for (const CommsTemplate& comms : bench.kit.comms)
        if (comms.id == u"internal-alert"_s)
            alert = &comms;
    QVERIFY(alert);
    const CommsRender render(*alert);
    BlankValues v = CommsPrefill::from(render, session.incident(), bench.kit, {});
    const QString entered = CommsRender::formatUtc(at(3 * kMinute));
    for (const QString& name :
         {u"instructions"_s, u"next_update_at"_s, u"channel"_s, u"release_id"_s, u"incident_commander"_s})
        if (!v.contains(name))
            v.insert(name, name == u"next_update_at"_s ? entered : u"x"_s);
    QVERIFY2(render.problems(v).isEmpty(), qPrintable(problemsText(render.problems(v))));
    const QString body = render.render(v).body;
    QVERIFY2(body.startsWith(u"Level: reverse, entered at "_s + entered), qPrintable(body));
}
