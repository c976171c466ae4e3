#include "KitLoader.h"
#include "YamlDocument.h"

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace std::chrono_literals;
using namespace turnback;

namespace {

/// Errors as "name.yaml:LINE:COL: error: ..." with the folder taken off, to compare with the rows below.
QStringList errorLines(const KitLoadResult& result, const QString& folder) {
    QStringList lines;
    for (const KitDiagnostic& error : result.errors) {
        QString line = error.toString();
        if (line.startsWith(folder + QLatin1Char('/')))
            line.remove(0, folder.size() + 1);
        lines << line;
    }
    return lines;
}

KitLoadResult loadBytes(const QByteArray& bytes) {
    return KitLoader::loadFromBytes(bytes, QStringLiteral("hostile.yaml"));
}

QByteArray baselineBytes() {
    QFile file(QStringLiteral(TURNBACK_BASELINE_KIT));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// The kit format and its strict loader: the baseline kit, and every way a kit can be wrong.
class TestKitLoader : public QObject {
    Q_OBJECT

private slots:
    void baselineLoadsCompletely();
    void baselineSignals();
    void baselineFromQtResource();
    void minimalKitLoads();
    void fingerprintsTheKitAndEachOverlay();
    void versionIsOptional();
    void malformed_data();
    void malformed();
    void everyBadKitHasAFileBadge();
    void missingFile();
    void columnsCountCharacters();
    void aliasesAreFollowed();

    // Hostile input, generated here rather than committed. Each must simply finish with an error.
    void hugeFileIsRefused();
    void hugeFileOnDiskIsRefused();
    void binaryJunk();
    void invalidUtf8();
    void controlCharacter();
    void deepFlowNesting();
    void deepBlockNesting();
    void billionLaughs();
    void selfReferentialAlias();
    void tooManyNodes();
    void mutatedBaselineNeverCrashes();
};

void TestKitLoader::baselineLoadsCompletely() {
    const KitLoadResult result = KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT));
    QVERIFY2(result.ok(), qPrintable(diagnosticsText(result.errors)));
    const Kit& kit = *result.kit;
    QCOMPARE(kit.formatVersion, 1);
    QCOMPARE(kit.id, QStringLiteral("baseline"));
    QVERIFY(!kit.name.isEmpty());
    QVERIFY(!kit.description.isEmpty());
    QCOMPARE(kit.sourceFile, QStringLiteral(TURNBACK_BASELINE_KIT));
    QVERIFY(kit.overlayFiles.isEmpty());

    QStringList titles;
    for (const Role& role : kit.roles) {
        titles << role.title;
        QVERIFY(role.where.line > 0);
        QVERIFY2(!role.notifies.isEmpty(), qPrintable(role.id));
    }
    QCOMPARE(titles, (QStringList{QStringLiteral("Incident commander"), QStringLiteral("Engineering lead"),
                                  QStringLiteral("Service owner"), QStringLiteral("Policy lead"),
                                  QStringLiteral("Communications lead")}));

    QCOMPARE(kit.levels.size(), 3);
    QCOMPARE(kit.levelLabel(Level::Slow), QStringLiteral("Slow (canary only)"));
    QCOMPARE(kit.levelLabel(Level::Stop), QStringLiteral("Stop (halt deploy)"));
    QCOMPARE(kit.levelLabel(Level::Reverse), QStringLiteral("Reverse (roll back)"));
    for (const LevelDefinition& level : kit.levels)
        QVERIFY(!level.description.isEmpty());

    QStringList audiences;
    for (const CommsTemplate& comms : kit.comms) {
        audiences << comms.audience;
        QVERIFY(kit.role(comms.owner));
        QVERIFY(!comms.recipient.isEmpty());
        // Regulator reports have no `due`: their regulator clocks say when they are owed.
        QCOMPARE(comms.dueFromStart,
                 comms.audience != QLatin1String("regulator") || comms.id == QLatin1String("regulator-update"));
        if (comms.dueFromStart)
            QVERIFY(comms.due > 0ms);
        QVERIFY(!comms.subject.isEmpty());
        QVERIFY(!comms.placeholders().isEmpty());
    }
    QCOMPARE(audiences.mid(0, 3),
             (QStringList{QStringLiteral("customer"), QStringLiteral("regulator"), QStringLiteral("internal")}));
    QCOMPARE(audiences.mid(3), QStringList(9, QStringLiteral("regulator")));

    QStringList kinds;
    for (const DataProcedure& procedure : kit.dataProcedures) {
        kinds << procedure.kind;
        QVERIFY(procedure.steps.size() >= 3);
        QVERIFY(std::any_of(procedure.steps.cbegin(), procedure.steps.cend(),
                            [](const DataStep& step) { return step.checkpoint && !step.evidence.isEmpty(); }));
    }
    QCOMPARE(kinds, (QStringList{QStringLiteral("snapshot"), QStringLiteral("delete"), QStringLiteral("quarantine")}));

    // The destructive steps ask for what they delete or change, filled from an earlier step's evidence.
    const DataStep* deletion = kit.dataProcedure(QStringLiteral("delete"))->step(QStringLiteral("delete-records"));
    QVERIFY(deletion && deletion->destructive && deletion->twoPerson);
    QCOMPARE(deletion->confirm, QStringLiteral("{{count-before: dataset}}"));
    const DataStep* isolation = kit.dataProcedure(QStringLiteral("quarantine"))->step(QStringLiteral("isolate"));
    QVERIFY(isolation && isolation->destructive && !isolation->twoPerson);
    const auto recorded = [](const QString& step, const QString& evidence) -> QString {
        return step + u'/' + evidence;
    };
    QCOMPARE(isolation->confirmText(recorded), QStringLiteral("quarantine identify/row count records"));
    for (const DataStep& step : kit.dataProcedure(QStringLiteral("snapshot"))->steps)
        QVERIFY(!step.destructive && !step.twoPerson && step.confirm.isEmpty());

    QCOMPARE(kit.stages.size(), 3);
    QCOMPARE(kit.stages[0].stage, QStringLiteral("pre-release"));
    QCOMPARE(kit.stages[0].summary,
             QStringLiteral("Criteria that must be met before a risky feature moves from staging to production."));
    QCOMPARE(kit.stages[1].stage, QStringLiteral("live-rollback"));
    QCOMPARE(
        kit.stages[1].summary,
        QStringLiteral("Time-bound scripts for pausing traffic, preserving evidence, and notifying stakeholders."));
    QCOMPARE(kit.stages[2].stage, QStringLiteral("post-reversal"));
    QCOMPARE(kit.stages[2].summary,
             QStringLiteral("Follow-up steps for restoring trust, documenting harm, and deciding "
                            "whether a relaunch is appropriate."));
    for (const StageChecklist& stage : kit.stages)
        QVERIFY(!stage.items.isEmpty());

    QSet<QString> groups;
    for (const ImpactPrompt& prompt : kit.impactPrompts)
        groups << prompt.group;
    QCOMPARE(groups, (QSet<QString>{QStringLiteral("affected-users"), QStringLiteral("operators"),
                                    QStringLiteral("partner-teams")}));
}

void TestKitLoader::baselineSignals() {
    const KitLoadResult result = KitLoader::load(QStringLiteral(TURNBACK_BASELINE_KIT));
    QVERIFY2(result.ok(), qPrintable(diagnosticsText(result.errors)));
    const Kit& kit = *result.kit;
    QCOMPARE(kit.signalList.size(), 4);

    const Signal* errorRate = kit.signal(QStringLiteral("error-rate"));
    QVERIFY(errorRate);
    QCOMPARE(errorRate->name, QStringLiteral("Error rate spike"));
    QCOMPARE(errorRate->threshold.kind, Threshold::Kind::Measured);
    QCOMPARE(errorRate->threshold.comparison, Comparison::Greater);
    QCOMPARE(errorRate->threshold.limit, 5.0);
    QCOMPARE(errorRate->threshold.unit, QStringLiteral("%"));
    QCOMPARE(errorRate->threshold.of, QStringLiteral("of traffic"));
    QCOMPARE(errorRate->threshold.sustain, std::optional<Milliseconds>(2min));
    QCOMPARE(errorRate->threshold.text(), QStringLiteral(">5% of traffic for 2 min"));
    QCOMPARE(errorRate->action, Level::Slow);
    QCOMPARE(errorRate->owner, QStringLiteral("engineering-lead"));
    QCOMPARE(errorRate->timer, Milliseconds(5min));

    const Signal* p1 = kit.signal(QStringLiteral("p1-count"));
    QVERIFY(p1);
    QCOMPARE(p1->name, QStringLiteral("P1 count"));
    QCOMPARE(p1->threshold.kind, Threshold::Kind::Count);
    QCOMPARE(p1->threshold.limit, 3.0);
    QCOMPARE(p1->threshold.unit, QStringLiteral("P1s"));
    QCOMPARE(p1->threshold.window, Milliseconds(1h));
    QVERIFY(!p1->threshold.sustain);
    QCOMPARE(p1->threshold.text(), QStringLiteral(">3 P1s in 1 hr"));
    QCOMPARE(p1->action, Level::Stop);
    QCOMPARE(p1->owner, QStringLiteral("incident-commander"));
    QCOMPARE(p1->timer, Milliseconds(2min));

    const Signal* loss = kit.signal(QStringLiteral("data-loss"));
    QVERIFY(loss);
    QCOMPARE(loss->name, QStringLiteral("User-facing data loss"));
    QCOMPARE(loss->threshold.kind, Threshold::Kind::Any);
    QCOMPARE(loss->threshold.text(), QStringLiteral("Any confirmed loss"));
    QCOMPARE(loss->action, Level::Reverse);
    QCOMPARE(loss->owner, QStringLiteral("service-owner"));
    QCOMPARE(loss->timer, Milliseconds(0));

    const Signal* inquiry = kit.signal(QStringLiteral("regulator-inquiry"));
    QVERIFY(inquiry);
    QCOMPARE(inquiry->name, QStringLiteral("Regulator inquiry received"));
    QCOMPARE(inquiry->threshold.text(), QStringLiteral("Any"));
    QCOMPARE(inquiry->action, Level::Reverse);
    QCOMPARE(inquiry->owner, QStringLiteral("policy-lead"));
    QCOMPARE(inquiry->timer, Milliseconds(0));

    for (const Signal& signal : kit.signalList) {
        QVERIFY2(!signal.notify.isEmpty(), qPrintable(signal.id));
        for (const QString& role : signal.notify)
            QVERIFY(kit.role(role));
        QCOMPARE(signal.where.file, QStringLiteral(TURNBACK_BASELINE_KIT));
        QVERIFY(signal.where.line > 0 && signal.where.column > 0);
    }
}

void TestKitLoader::baselineFromQtResource() {
    const KitLoadResult result = KitLoader::load(QStringLiteral(":/kits/baseline.yaml"));
    QVERIFY2(result.ok(), qPrintable(diagnosticsText(result.errors)));
    QCOMPARE(result.kit->id, QStringLiteral("baseline"));
    QCOMPARE(result.kit->sourceFile, QStringLiteral(":/kits/baseline.yaml"));
}

void TestKitLoader::minimalKitLoads() {
    const KitLoadResult result = KitLoader::load(test::dataFile(QStringLiteral("kits/good/minimal.yaml")));
    QVERIFY2(result.ok(), qPrintable(diagnosticsText(result.errors)));
    QCOMPARE(result.kit->signalList.size(), 2);
    QCOMPARE(result.kit->signalList[0].where.line, 17);
    QCOMPARE(result.kit->signalList[0].where.column, 7);
}

void TestKitLoader::fingerprintsTheKitAndEachOverlay() {
    // An auditor must know exactly which rubric was in force: the SHA-256 of every file read.
    const auto sha256 = [](const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly)
                   ? QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex())
                   : QString();
    };
    const QString kit = QStringLiteral(TURNBACK_BASELINE_KIT);
    const QString overlay = QStringLiteral(TURNBACK_EXAMPLE_OVERLAY);
    const KitLoadResult result = KitLoader::load(kit, {overlay});
    QVERIFY2(result.ok(), qPrintable(diagnosticsText(result.errors)));
    QCOMPARE(result.kit->sourceSha256.size(), 64);
    QCOMPARE(result.kit->sourceSha256, sha256(kit));
    QCOMPARE(result.kit->overlaySha256, QStringList{sha256(overlay)});
    QVERIFY(result.kit->sourceSha256 != result.kit->overlaySha256.first());

    const KitLoadResult bare = KitLoader::loadFromBytes(baselineBytes(), QStringLiteral("baseline.yaml"));
    QVERIFY(bare.ok());
    QCOMPARE(bare.kit->sourceSha256, sha256(kit));
    QCOMPARE(bare.kit->overlaySha256, QStringList{});
}

void TestKitLoader::versionIsOptional() {
    QByteArray minimal = test::readText(test::dataFile(QStringLiteral("kits/good/minimal.yaml"))).toUtf8();
    QVERIFY(!minimal.isEmpty());
    const KitLoadResult without = KitLoader::loadFromBytes(minimal, QStringLiteral("minimal.yaml"));
    QVERIFY2(without.ok(), qPrintable(diagnosticsText(without.errors)));
    QCOMPARE(without.kit->version, QString());
    minimal.replace("id: mini\n", "id: mini\nversion: 2026.11-2\n");
    const KitLoadResult with = KitLoader::loadFromBytes(minimal, QStringLiteral("minimal.yaml"));
    QVERIFY2(with.ok(), qPrintable(diagnosticsText(with.errors)));
    QCOMPARE(with.kit->version, QStringLiteral("2026.11-2"));
}

void TestKitLoader::malformed_data() {
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("any-with-limit") << QStringList{
        QStringLiteral("any-with-limit.yaml:18:30: error: 'limit' does not apply to an 'any' threshold, which fires on "
                       "any single occurrence"),
    };
    QTest::newRow("bad-duration") << QStringList{
        QStringLiteral("bad-duration.yaml:30:14: error: 'timer' must be a duration such as '30s', '2m', '5 min', '1h' "
                       "or 'immediate', found 'soon'"),
    };
    QTest::newRow("bad-id") << QStringList{
        QStringLiteral("bad-id.yaml:16:11: error: 'id' must be lowercase letters, digits, '-', '_' or '.', starting "
                       "with a letter or digit; found 'Error Rate'"),
    };
    QTest::newRow("bad-placeholder") << QStringList{
        QStringLiteral("bad-placeholder.yaml:40:11: error: 'body' has a malformed placeholder; write blanks as "
                       "{{name}} with letters, digits, '_', '-' or '.'"),
    };
    QTest::newRow("bad-threshold-kind") << QStringList{
        QStringLiteral("bad-threshold-kind.yaml:18:25: error: 'kind' must be one of: measured, count, any; found "
                       "'measurd'; did you mean 'measured'?"),
    };
    QTest::newRow("checkpoint-not-bool") << QStringList{
        QStringLiteral("checkpoint-not-bool.yaml:50:23: error: 'checkpoint' must be true or false, found 'yes'"),
    };
    QTest::newRow("checkpoint-without-evidence") << QStringList{
        QStringLiteral("checkpoint-without-evidence.yaml:48:11: error: step 'take' is a checkpoint and must list its "
                       "'evidence': what to capture before the step counts as done"),
    };
    QTest::newRow("destructive-without-confirm") << QStringList{
        QStringLiteral("destructive-without-confirm.yaml:50:24: error: step 'take' is destructive and must say in "
                       "'confirm' what the operator types to confirm it (e.g. the dataset's name)"),
    };
    QTest::newRow("confirm-not-destructive") << QStringList{
        QStringLiteral("confirm-not-destructive.yaml:50:20: error: step 'take' has 'confirm' but is not 'destructive: "
                       "true'; only a destructive step asks for a typed confirmation"),
    };
    QTest::newRow("confirm-unknown-step") << QStringList{
        QStringLiteral("confirm-unknown-step.yaml:54:20: error: 'confirm' refers to step 'tak', which is not an "
                       "earlier step of this procedure"),
    };
    QTest::newRow("confirm-unknown-evidence") << QStringList{
        QStringLiteral("confirm-unknown-evidence.yaml:54:20: error: 'confirm' refers to 'data set' of step 'take', "
                       "which that step does not list in its 'evidence' (dataset)"),
    };
    QTest::newRow("two-person-not-bool") << QStringList{
        QStringLiteral("two-person-not-bool.yaml:52:23: error: 'two-person' must be true or false, found 'maybe'"),
    };
    QTest::newRow("comments-only") << QStringList{
        QStringLiteral("comments-only.yaml:1:1: error: the file is empty; expected a YAML mapping of kit keys"),
    };
    QTest::newRow("comms-owner-unknown") << QStringList{
        QStringLiteral("comms-owner-unknown.yaml:36:12: error: 'owner' refers to role 'press', which this kit does not "
                       "define; roles are: lead, owner"),
    };
    QTest::newRow("contacts-string") << QStringList{
        QStringLiteral("contacts-string.yaml:9:15: error: 'contacts' must be a list of strings, found "
                       "'owner@example.com'; write one '- item' per line or [a, b]"),
    };
    QTest::newRow("count-fractional-limit") << QStringList{
        QStringLiteral(
            "count-fractional-limit.yaml:26:16: error: 'limit' of a count threshold must be a whole number, found 2.5"),
    };
    QTest::newRow("duplicate-role-id") << QStringList{
        QStringLiteral("duplicate-role-id.yaml:7:9: error: duplicate role id 'lead'; the first is at line 5"),
        QStringLiteral("duplicate-role-id.yaml:29:14: error: 'owner' refers to role 'owner', which this kit does not "
                       "define; roles are: lead"),
        QStringLiteral("duplicate-role-id.yaml:46:14: error: 'owner' refers to role 'owner', which this kit does not "
                       "define; roles are: lead"),
    };
    QTest::newRow("duplicate-signal-id") << QStringList{
        QStringLiteral("duplicate-signal-id.yaml:22:11: error: duplicate signal id 'errors'; the first is at line 16"),
    };
    QTest::newRow("duplicate-step-id") << QStringList{
        QStringLiteral("duplicate-step-id.yaml:52:15: error: duplicate step id 'take'; the first is at line 48"),
    };
    QTest::newRow("duplicate-yaml-key") << QStringList{
        QStringLiteral("duplicate-yaml-key.yaml:24:7: error: duplicate key 'name' in signal; the first is at line 23"),
    };
    QTest::newRow("empty-name") << QStringList{
        QStringLiteral("empty-name.yaml:23:13: error: 'name' must not be empty"),
    };
    QTest::newRow("empty") << QStringList{
        QStringLiteral("empty.yaml:1:1: error: the file is empty; expected a YAML mapping of kit keys"),
    };
    QTest::newRow("evidence-not-strings") << QStringList{
        QStringLiteral(
            "evidence-not-strings.yaml:51:22: error: each entry of 'evidence' must be a string, found a mapping"),
        QStringLiteral("evidence-not-strings.yaml:51:31: error: entries of 'evidence' must not be empty"),
    };
    QTest::newRow("for-on-count") << QStringList{
        QStringLiteral("for-on-count.yaml:28:9: error: 'for' applies only to a measured threshold; a count threshold "
                       "counts over 'within'"),
    };
    QTest::newRow("format-newer") << QStringList{
        QStringLiteral("format-newer.yaml:1:9: error: kit format 2 is not supported; this Turnback reads kit format 1"),
    };
    QTest::newRow("format-not-number") << QStringList{
        QStringLiteral("format-not-number.yaml:1:9: error: 'format' must be the kit format version, 1; found 'one'"),
    };
    QTest::newRow("level-undefined") << QStringList{
        QStringLiteral("level-undefined.yaml:27:15: error: 'action' is level 'stop', which this kit does not define "
                       "under 'levels'"),
    };
    QTest::newRow("missing-format") << QStringList{
        QStringLiteral("missing-format.yaml:1:1: error: the kit is missing required key 'format'"),
    };
    QTest::newRow("missing-owner") << QStringList{
        QStringLiteral("missing-owner.yaml:16:7: error: signal 'errors' is missing required key 'owner'"),
    };
    QTest::newRow("missing-required-many") << QStringList{
        QStringLiteral(
            "missing-required-many.yaml:33:5: error: comms template 'notice' is missing required key 'title'"),
        QStringLiteral(
            "missing-required-many.yaml:33:5: error: comms template 'notice' is missing required key 'owner'"),
        QStringLiteral(
            "missing-required-many.yaml:33:5: error: comms template 'notice' is missing required key 'recipient'"),
    };
    QTest::newRow("missing-threshold") << QStringList{
        QStringLiteral("missing-threshold.yaml:16:7: error: signal 'errors' is missing required key 'threshold'"),
    };
    QTest::newRow("negative-limit") << QStringList{
        QStringLiteral("negative-limit.yaml:18:42: error: 'limit' must not be negative, found -5"),
    };
    QTest::newRow("non-numeric-limit") << QStringList{
        QStringLiteral("non-numeric-limit.yaml:18:42: error: 'limit' must be a number, found 'five'"),
    };
    QTest::newRow("overlay-as-kit") << QStringList{
        QStringLiteral("overlay-as-kit.yaml:1:1: error: this is an overlay, not a kit; load it with --overlay after "
                       "the kit it applies to"),
    };
    QTest::newRow("percent-over-100") << QStringList{
        QStringLiteral(
            "percent-over-100.yaml:18:42: error: 'limit' is a percentage and must be between 0 and 100, found 150"),
    };
    QTest::newRow("quoted-limit") << QStringList{
        QStringLiteral("quoted-limit.yaml:26:16: error: 'limit' must be a number, found the string \"3\""),
    };
    QTest::newRow("roles-empty") << QStringList{
        QStringLiteral("roles-empty.yaml:4:8: error: 'roles' must not be empty"),
        QStringLiteral("roles-empty.yaml:15:14: error: 'owner' refers to role 'lead', which this kit does not define; "
                       "it defines no roles"),
        QStringLiteral("roles-empty.yaml:24:14: error: 'owner' refers to role 'owner', which this kit does not define; "
                       "it defines no roles"),
        QStringLiteral("roles-empty.yaml:26:16: error: 'notify' refers to role 'lead', which this kit does not define; "
                       "it defines no roles"),
        QStringLiteral("roles-empty.yaml:31:12: error: 'owner' refers to role 'lead', which this kit does not define; "
                       "it defines no roles"),
        QStringLiteral("roles-empty.yaml:41:14: error: 'owner' refers to role 'owner', which this kit does not define; "
                       "it defines no roles"),
        QStringLiteral("roles-empty.yaml:54:16: error: 'owner' refers to role 'lead', which this kit does not define; "
                       "it defines no roles"),
    };
    QTest::newRow("several-errors") << QStringList{
        QStringLiteral("several-errors.yaml:8:5: error: 'title' must not be empty"),
        QStringLiteral("several-errors.yaml:21:7: error: unknown key 'timr' in signal; did you mean 'timer'?"),
        QStringLiteral("several-errors.yaml:63:14: error: 'group' must be one of: affected-users, operators, "
                       "partner-teams; found 'users'"),
    };
    QTest::newRow("signals-not-list") << QStringList{
        QStringLiteral("signals-not-list.yaml:15:12: error: 'signals' must be a list, found 'errors'"),
        QStringLiteral("signals-not-list.yaml:16:3: error: unknown key 'x' in 'rubric'; expected one of: signals"),
    };
    QTest::newRow("syntax-indent") << QStringList{
        QStringLiteral("syntax-indent.yaml:4:7: error: YAML syntax error: illegal map value"),
    };
    QTest::newRow("syntax-unclosed-flow") << QStringList{
        QStringLiteral("syntax-unclosed-flow.yaml:32:6: error: YAML syntax error: end of sequence flow not found"),
    };
    QTest::newRow("top-is-list") << QStringList{
        QStringLiteral("top-is-list.yaml:1:1: error: the kit must be a mapping of keys, found a list"),
    };
    QTest::newRow("two-documents") << QStringList{
        QStringLiteral("two-documents.yaml:65:1: error: a kit file holds one YAML document; a second one starts here"),
    };
    QTest::newRow("undefined-alias") << QStringList{
        QStringLiteral("undefined-alias.yaml:29:14: error: YAML syntax error: the referenced anchor is not defined"),
    };
    QTest::newRow("unknown-action") << QStringList{
        QStringLiteral("unknown-action.yaml:28:15: error: 'action' must be one of: slow, stop, reverse; found 'halt'"),
    };
    QTest::newRow("unknown-key-far") << QStringList{
        QStringLiteral("unknown-key-far.yaml:7:5: error: unknown key 'colour' in role; expected one of: id, title, "
                       "person, contacts, notifies"),
    };
    QTest::newRow("unknown-key-typo") << QStringList{
        QStringLiteral("unknown-key-typo.yaml:21:7: error: unknown key 'timr' in signal; did you mean 'timer'?"),
    };
    QTest::newRow("unknown-notifies") << QStringList{
        QStringLiteral("unknown-notifies.yaml:9:16: error: 'notifies' refers to role 'nobody', which this kit does not "
                       "define; roles are: lead, owner"),
    };
    QTest::newRow("unknown-notify") << QStringList{
        QStringLiteral("unknown-notify.yaml:31:22: error: 'notify' refers to role 'ceo', which this kit does not "
                       "define; roles are: lead, owner"),
    };
    QTest::newRow("unknown-owner") << QStringList{
        QStringLiteral("unknown-owner.yaml:20:14: error: 'owner' refers to role 'leed', which this kit does not "
                       "define; did you mean 'lead'?"),
    };
    QTest::newRow("unknown-stage") << QStringList{
        QStringLiteral("unknown-stage.yaml:54:12: error: 'stage' must be one of: pre-release, live-rollback, "
                       "post-reversal; found 'prerelease'; did you mean 'pre-release'?"),
    };
    QTest::newRow("unknown-top-key") << QStringList{
        QStringLiteral("unknown-top-key.yaml:14:1: error: unknown key 'rubrik' in the kit; did you mean 'rubric'?"),
    };
    QTest::newRow("impact-prompt-answers") << QStringList{
        QStringLiteral("impact-prompt-answers.yaml:66:14: error: 'stage' must be one of: pre-release, live-rollback, "
                       "post-reversal; found 'after'"),
        QStringLiteral("impact-prompt-answers.yaml:70:13: error: 'type' must be one of: text, number, choice; found "
                       "'numbr'; did you mean 'number'?"),
        QStringLiteral("impact-prompt-answers.yaml:71:17: error: 'required' must be true or false, found 'maybe'"),
        QStringLiteral("impact-prompt-answers.yaml:72:7: error: impact prompt 'pick' is missing required key "
                       "'choices'"),
        QStringLiteral("impact-prompt-answers.yaml:79:16: error: 'choices' needs 'type: choice'"),
        QStringLiteral("impact-prompt-answers.yaml:84:16: error: 'choices' must not list the same answer twice"),
    };
    QTest::newRow("within-missing") << QStringList{
        QStringLiteral("within-missing.yaml:25:9: error: the threshold of signal 'incidents' is missing required key "
                       "'within': a count threshold counts over a trailing window such as '1h'"),
    };
    QTest::newRow("yaml-tag") << QStringList{
        QStringLiteral("yaml-tag.yaml:23:13: error: YAML tag '!!str' is not allowed in a kit; write the plain value "
                       "without a tag"),
    };
    QTest::newRow("zero-window") << QStringList{
        QStringLiteral("zero-window.yaml:27:17: error: 'within' must be longer than zero"),
    };
}

void TestKitLoader::malformed() {
    QFETCH(QStringList, expected);
    const QString folder = test::dataFile(QStringLiteral("kits/bad"));
    const QString file =
        folder + QLatin1Char('/') + QString::fromUtf8(QTest::currentDataTag()) + QStringLiteral(".yaml");
    QVERIFY(QFile::exists(file));
    const KitLoadResult result = KitLoader::load(file);
    QVERIFY(!result.ok());
    QVERIFY(!result.kit);
    QCOMPARE(errorLines(result, folder), expected);
}

void TestKitLoader::everyBadKitHasAFileBadge() {
    // Every file under bad/ is a row above, so a new bad kit cannot be added without its expected errors.
    const QDir folder(test::dataFile(QStringLiteral("kits/bad")));
    const QStringList files = folder.entryList({QStringLiteral("*.yaml")}, QDir::Files);
    QVERIFY(files.size() >= 30);
    for (const QString& name : files) {
        const KitLoadResult result = KitLoader::load(folder.filePath(name));
        QVERIFY2(!result.errors.isEmpty(), qPrintable(name));
        for (const KitDiagnostic& error : result.errors) {
            QCOMPARE(error.where.file, folder.filePath(name));
            QVERIFY(error.where.line >= 1);
            QVERIFY(error.where.column >= 1);
            QVERIFY(!error.message.isEmpty());
        }
    }
}

void TestKitLoader::missingFile() {
    const test::ScratchDir scratch;
    const QString path = scratch.file(QStringLiteral("nope.yaml"));
    const KitLoadResult result = KitLoader::load(path);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors[0].toString().startsWith(path + QStringLiteral(":1:1: error: cannot read the file: ")),
             qPrintable(result.errors[0].toString()));
}

void TestKitLoader::columnsCountCharacters() {
    // "é" and "—" are several bytes each; editors count them as one column each.
    const QByteArray yaml = "format: 1\nid: x\nname: \"Café — ok\"\nroles: [{id: a, title: \"Ré\", colr: 1}]\n";
    const QStringList errors = errorLines(loadBytes(yaml), {});
    QVERIFY2(
        errors.contains(QStringLiteral("hostile.yaml:4:30: error: unknown key 'colr' in role; expected one of: id, "
                                       "title, person, contacts, notifies")),
        qPrintable(errors.join(QLatin1Char('\n'))));
}

void TestKitLoader::aliasesAreFollowed() {
    // Anchors are legal YAML and useful (one contact list for two roles); aliases are followed, not copied.
    QByteArray yaml = baselineBytes();
    yaml.replace("  - id: engineering-lead\n    title: Engineering lead\n",
                 "  - id: engineering-lead\n    title: Engineering lead\n    contacts: &oncall [pager, \"#ops\"]\n");
    yaml.replace("  - id: service-owner\n    title: Service owner\n",
                 "  - id: service-owner\n    title: Service owner\n    contacts: *oncall\n");
    const KitLoadResult result = loadBytes(yaml);
    QVERIFY2(result.ok(), qPrintable(diagnosticsText(result.errors)));
    QCOMPARE(result.kit->role(QStringLiteral("service-owner"))->contacts,
             (QStringList{QStringLiteral("pager"), QStringLiteral("#ops")}));
}

void TestKitLoader::hugeFileIsRefused() {
    QByteArray yaml = "format: 1\n";
    yaml += QByteArray(YamlDocument::MaxFileBytes, '#');
    const KitLoadResult result = loadBytes(yaml);
    QCOMPARE(errorLines(result, {}),
             QStringList{QStringLiteral("hostile.yaml:1:1: error: file is 4194314 bytes; kit files larger than 4194304 "
                                        "bytes (4 MiB) are refused")});
}

void TestKitLoader::hugeFileOnDiskIsRefused() {
    const test::ScratchDir scratch;
    const QString path = scratch.file(QStringLiteral("huge.yaml"));
    QVERIFY(test::writeText(path, "format: 1\n# " + QByteArray(5 * 1024 * 1024, 'x') + "\n"));
    const KitLoadResult result = KitLoader::load(path);
    QCOMPARE(errorLines(result, scratch.path()),
             QStringList{QStringLiteral("huge.yaml:1:1: error: file is 5242893 bytes; kit files larger than 4194304 "
                                        "bytes (4 MiB) are refused")});
}

void TestKitLoader::binaryJunk() {
    const test::ScratchDir scratch;
    QRandomGenerator random(20240229);
    QByteArray junk = "format: 1\nid: junk\n";
    for (int i = 0; i < 64 * 1024; ++i)
        junk += char(random.bounded(256));
    junk[20] = '\0';
    const QString path = scratch.file(QStringLiteral("junk.bin"));
    QVERIFY(test::writeText(path, junk));
    const KitLoadResult result = KitLoader::load(path);
    QCOMPARE(errorLines(result, scratch.path()),
             QStringList{
                 QStringLiteral("junk.bin:3:2: error: NUL byte: this is not a text file; a kit must be UTF-8 text")});

    // Pure random data of many seeds: never a crash, always an error.
    for (quint32 seed = 1; seed <= 200; ++seed) {
        QRandomGenerator noise(seed);
        QByteArray bytes(int(noise.bounded(1, 2048)), Qt::Uninitialized);
        for (char& c : bytes)
            c = char(noise.bounded(256));
        QVERIFY(!loadBytes(bytes).ok());
    }
}

void TestKitLoader::invalidUtf8() {
    const KitLoadResult result = loadBytes("format: 1\nid: x\nname: \"Ré\xff\"\n");
    QCOMPARE(
        errorLines(result, {}),
        QStringList{QStringLiteral("hostile.yaml:3:10: error: invalid UTF-8 byte 0xff: a kit must be UTF-8 text")});
    // Overlong encoding of '/', a UTF-16 surrogate, and a truncated sequence at the end.
    QCOMPARE(errorLines(loadBytes("a: \xc0\xaf\n"), {}),
             QStringList{QStringLiteral("hostile.yaml:1:4: error: invalid UTF-8 byte 0xc0: a kit must be UTF-8 text")});
    QCOMPARE(errorLines(loadBytes("a: b\nc: \xed\xa0\x80\n"), {}),
             QStringList{QStringLiteral("hostile.yaml:2:4: error: invalid UTF-8 byte 0xed: a kit must be UTF-8 text")});
    QCOMPARE(errorLines(loadBytes("a: \xe2\x80"), {}),
             QStringList{QStringLiteral("hostile.yaml:1:4: error: invalid UTF-8 byte 0xe2: a kit must be UTF-8 text")});
    // A UTF-8 byte order mark is fine, and not counted as a column.
    QCOMPARE(errorLines(loadBytes("\xef\xbb\xbf"
                                  "format: 7\n"),
                        {}),
             QStringList{QStringLiteral("hostile.yaml:1:9: error: kit format 7 is not supported; this Turnback reads "
                                        "kit format 1")});
}

void TestKitLoader::controlCharacter() {
    QCOMPARE(
        errorLines(loadBytes("format: 1\nid: a\x1b[31m\n"), {}),
        QStringList{QStringLiteral("hostile.yaml:2:6: error: control character 0x1b: this is not a text file; a kit "
                                   "must be UTF-8 text")});
}

void TestKitLoader::deepFlowNesting() {
    const QByteArray yaml = "format: 1\nid: " + QByteArray(100'000, '[') + QByteArray(100'000, ']') + "\n";
    QCOMPARE(
        errorLines(loadBytes(yaml), {}),
        QStringList{QStringLiteral("hostile.yaml:2:68: error: nesting deeper than 64 levels; a kit needs far fewer")});
}

void TestKitLoader::deepBlockNesting() {
    QByteArray yaml = "format: 1\n";
    for (int depth = 0; depth < 200; ++depth)
        yaml += QByteArray(depth * 2, ' ') + "k" + QByteArray::number(depth) + ":\n";
    const KitLoadResult result = loadBytes(yaml);
    QCOMPARE(errorLines(result, {}),
             QStringList{
                 QStringLiteral("hostile.yaml:66:129: error: nesting deeper than 64 levels; a kit needs far fewer")});
}

void TestKitLoader::billionLaughs() {
    // Ten levels of ten aliases each: 10^10 strings if expanded. Used where lists of roles are read.
    QByteArray yaml = "format: 1\nid: lol\nname: lol\nx0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i <= 10; ++i) {
        QByteArray line = "x" + QByteArray::number(i) + ": &l" + QByteArray::number(i) + " [";
        for (int k = 0; k < 10; ++k)
            line += (k ? ", *l" : "*l") + QByteArray::number(i - 1);
        yaml += line + "]\n";
    }
    const KitLoadResult flat = loadBytes(yaml);
    QVERIFY(!flat.ok()); // x0..x10 are unknown keys; nothing is expanded to say so
    QCOMPARE(flat.errors.size(), 11 + 3);

    // Where the schema does walk into aliases (a list of signals, each with a list of roles to notify),
    // reuse multiplies: 2000 signals x 2000 notify entries. The visit budget stops it.
    QByteArray bomb = baselineBytes();
    QByteArray roles = "notify-all: &everyone [policy-lead";
    for (int i = 1; i < 2000; ++i)
        roles += ", policy-lead";
    roles += "]\nsignal-template: &signal {id: s, name: n, threshold: {kind: any}, action: slow, owner: policy-lead, "
             "timer: 1m, notify: *everyone}\n";
    QByteArray list = "[*signal";
    for (int i = 1; i < 2000; ++i)
        list += ", *signal";
    list += "]";
    bomb.replace(QByteArray("rubric:\n  signals:\n"), QByteArray(roles + "rubric:\n  signals: " + list + "\n  old:\n"));
    const KitLoadResult result = loadBytes(bomb);
    QVERIFY(!result.ok());
    bool budgetError = false;
    for (const KitDiagnostic& error : result.errors)
        budgetError |= error.message.startsWith(QStringLiteral("aliases expand to more than 1000000 nodes"));
    QVERIFY2(budgetError, qPrintable(diagnosticsText(result.errors)));
}

void TestKitLoader::selfReferentialAlias() {
    const QByteArray yaml =
        "format: 1\nid: loop\nname: loop\nroles: &r [{id: a, title: A, contacts: *r, notifies: *r}]\n";
    const KitLoadResult result = loadBytes(yaml);
    QVERIFY(!result.ok());
    QVERIFY(errorLines(result, {})
                .contains(QStringLiteral(
                    "hostile.yaml:4:12: error: each entry of 'contacts' must be a string, found a mapping")));
}

void TestKitLoader::tooManyNodes() {
    QByteArray yaml = "format: 1\nid: many\nx: [";
    for (int i = 0; i < 250'000; ++i)
        yaml += "a,";
    yaml += "a]\n";
    QCOMPARE(
        errorLines(loadBytes(yaml), {}),
        QStringList{QStringLiteral("hostile.yaml:3:399991: error: more than 200000 YAML nodes; a kit is far smaller "
                                   "than that")});
}

void TestKitLoader::mutatedBaselineNeverCrashes() {
    const QByteArray baseline = baselineBytes();
    QVERIFY(!baseline.isEmpty());
    // Every truncation (in steps) and a few thousand byte flips: the loader answers, never crashes.
    for (qsizetype length = 0; length < baseline.size(); length += 97)
        (void)loadBytes(baseline.left(length));
    QRandomGenerator random(7);
    const char alphabet[] = ":-[]{}&*!|>'\"#\n \t,?%@`";
    for (int round = 0; round < 1500; ++round) {
        QByteArray mutated = baseline;
        for (int flips = 0; flips < 3; ++flips)
            mutated[random.bounded(int(mutated.size()))] = alphabet[random.bounded(int(sizeof alphabet - 1))];
        const KitLoadResult result = loadBytes(mutated);
        QVERIFY(result.ok() || !result.errors.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestKitLoader)
#include "TestKitLoader.moc"
