// turnback-cli comms clocks: the regulator clocks that a set of events starts (docs/regulator-clocks.md).
#include "ArgumentParser.h"
#include "Cli.h"
#include "KitLoader.h"
#include "RegulatorCatalog.h"
#include "RegulatorClocks.h"
#include "UtcTime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace turnback::cli {

namespace {

const QString kClocksUsage =
    QStringLiteral("comms clocks --kit FILE [--overlay FILE]... --event NAME=UTC [--event NAME=UTC]...");

QString quoted(const QString& text) {
    QString json = QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact));
    return json.mid(1, json.size() - 2);
}

/// A time the user typed: ISO 8601 with a zone (Z or an offset), read as the instant it names.
/// A time without a zone is refused: guessing the zone of a legal deadline's anchor would mislead.
QDateTime readInstant(const QString& text, QString* why) {
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid()) {
        *why = QStringLiteral("'%1' is not an ISO 8601 date-time such as 2026-11-30T08:00:00Z").arg(text);
        return {};
    }
    if (at.timeSpec() == Qt::LocalTime) {
        *why = QStringLiteral("'%1' has no time zone; write it in UTC with a Z (2026-11-30T08:00:00Z) or with an "
                              "offset (+01:00)")
                   .arg(text);
        return {};
    }
    return at.toUTC();
}

QString knownEventNames() {
    QStringList names;
    for (const RegulatorTrigger trigger : allRegulatorTriggers())
        names << regulatorTriggerId(trigger);
    for (const QString& regime : RegulatorCatalog::regimes())
        for (const QString& report : RegulatorCatalog::reports(regime))
            names << QStringLiteral("sent:%1/%2").arg(regime, report);
    return names.join(QStringLiteral(", "));
}

/// Reads one --event NAME=UTC into the facts; false with `why` set when it is not one.
bool addEvent(const QString& argument, RegulatorFacts& facts, QString* why) {
    const qsizetype equals = argument.indexOf(QLatin1Char('='));
    if (equals <= 0) {
        *why = QStringLiteral("--event '%1' must be NAME=UTC").arg(argument);
        return false;
    }
    const QString name = argument.left(equals);
    const QDateTime at = readInstant(argument.mid(equals + 1), why);
    if (!at.isValid()) {
        *why = QStringLiteral("--event %1: %2").arg(name, *why);
        return false;
    }
    if (const auto trigger = regulatorTriggerFromId(name)) {
        if (facts.triggers.contains(*trigger)) {
            *why = QStringLiteral("--event %1 is given twice; each trigger happens once").arg(name);
            return false;
        }
        facts.triggers.insert(*trigger, at);
        return true;
    }
    if (name.startsWith(QLatin1String("sent:"))) {
        const QStringList parts = name.mid(5).split(QLatin1Char('/'));
        if (parts.size() == 2 && RegulatorCatalog::reports(parts[0]).contains(parts[1])) {
            facts.sent[name.mid(5)] << at;
            return true;
        }
    }
    *why = QStringLiteral("unknown event '%1'; events are: %2").arg(name, knownEventNames());
    return false;
}

QString clockLine(const RegulatorClock& clock) {
    QString line = QStringLiteral("{\"regime\": %1, \"report\": %2, \"template\": %3, \"from\": %4, \"due_utc\": %5")
                       .arg(quoted(clock.regime), quoted(clock.report), quoted(clock.templateId), quoted(clock.from),
                            quoted(utc::format(clock.dueUtc)));
    // A submitted report's clock has stopped: it says when, and whether it was in time.
    if (clock.submittedUtc)
        line += QStringLiteral(", \"submitted_utc\": %1, \"met\": %2, \"late_ms\": %3")
                    .arg(quoted(utc::format(*clock.submittedUtc)),
                         clock.met() ? QStringLiteral("true") : QStringLiteral("false"),
                         QString::number(clock.lateBy().count()));
    return line + QLatin1Char('}');
}

int runClocks(Context& context) {
    ArgumentParser parser;
    parser.option(QStringLiteral("kit")).option(QStringLiteral("overlay")).option(QStringLiteral("event"));
    if (!parser.parse(context.args))
        return context.usageError(parser.error(), kClocksUsage);
    if (!parser.positionals().isEmpty())
        return context.usageError(QStringLiteral("unexpected argument '%1'").arg(parser.positionals().first()),
                                  kClocksUsage);
    if (!parser.isSet(QStringLiteral("kit")) || !parser.isSet(QStringLiteral("event")))
        return context.usageError(QStringLiteral("--kit and at least one --event are required"), kClocksUsage);

    RegulatorFacts facts;
    for (const QString& event : parser.values(QStringLiteral("event"))) {
        QString why;
        if (!addEvent(event, facts, &why)) {
            context.err << context.program << ": error: " << why << '\n';
            return BadInput;
        }
    }
    const KitLoadResult loaded =
        KitLoader::load(parser.value(QStringLiteral("kit")), parser.values(QStringLiteral("overlay")));
    for (const KitDiagnostic& diagnostic : loaded.errors)
        context.err << diagnostic.toString() << '\n';
    if (!loaded.ok())
        return BadInput;
    const QList<RegulatorClock> clocks = RegulatorClocks::clocks(*loaded.kit, facts);
    for (const RegulatorClock& clock : clocks) {
        if (!clock.dueUtc.isValid()) {
            context.err << context.program
                        << ": error: the time zone America/New_York is not installed (Debian package tzdata); "
                           "the SEC clock cannot be counted\n";
            return BadInput;
        }
    }
    for (const RegulatorClock& clock : clocks)
        context.out << clockLine(clock) << '\n';
    return Success;
}

} // namespace

int runCommsClocks(Context& context) {
    return runClocks(context);
}

} // namespace turnback::cli
