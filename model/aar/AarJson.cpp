// `turnback-cli exercise report --format json` (docs/after-action-report.md, "JSON"): the report's
// figures, keys in the documented shape.
#include "AfterActionReport.h"

#include "UtcTime.h"

#include <QJsonArray>

namespace turnback {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonValue timeOrNull(const std::optional<QDateTime>& at) {
    return at && at->isValid() ? QJsonValue(utc::format(*at)) : QJsonValue(QJsonValue::Null);
}

QJsonObject timerJson(const AarTimer& t) {
    return {{"kind"_L1, t.kind},
            {"item"_L1, t.item},
            {"owner"_L1, t.owner},
            {"started_utc"_L1, timeOrNull(t.started)},
            {"due_utc"_L1, timeOrNull(t.due)},
            {"acted_utc"_L1, timeOrNull(t.acted)},
            {"met"_L1, t.met},
            {"margin_s"_L1, double(t.marginMs) / 1000.0}};
}

QJsonObject expectationJson(const AarExpectation& e) {
    QJsonObject o{{"act"_L1, e.act},
                  {"item"_L1, e.item},
                  {"role"_L1, e.role.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.role)},
                  {"within_ms"_L1, e.withinMs ? QJsonValue(double(*e.withinMs)) : QJsonValue(QJsonValue::Null)},
                  {"due_utc"_L1, timeOrNull(e.due)},
                  {"acted_utc"_L1, timeOrNull(e.acted)},
                  {"acted_by"_L1, e.actedBy},
                  {"acted_by_script"_L1, e.actedByScript},
                  {"outcome"_L1, expectationOutcomeId(e.outcome)}};
    return o;
}

QJsonObject injectJson(const AarInject& inject) {
    QJsonArray expects;
    for (const AarExpectation& e : inject.expects)
        expects.append(expectationJson(e));
    return {{"inject"_L1, inject.id},
            {"at_utc"_L1, utc::format(inject.at)},
            {"kind"_L1, inject.kind},
            {"to"_L1, inject.to},
            {"text"_L1, inject.text},
            {"expects"_L1, expects},
            {"gap"_L1, inject.expects.isEmpty() || std::any_of(inject.expects.cbegin(), inject.expects.cend(),
                                                               [](const AarExpectation& e) { return !e.isMet(); })}};
}

QJsonObject overviewJson(const AarOverview& o) {
    QJsonArray participants;
    for (const AarParticipant& p : o.participants)
        participants.append(QJsonObject{{"name"_L1, p.name}, {"role"_L1, p.role}});
    return {{"title"_L1, o.title},
            {"service"_L1, o.service},
            {"mode"_L1, o.exercise ? u"exercise"_s : u"live"_s},
            {"scenario_title"_L1, o.scenarioTitle},
            {"scenario_file"_L1, o.scenarioFile},
            {"scenario_sha256"_L1, o.scenarioSha256},
            {"started_utc"_L1, timeOrNull(o.started)},
            {"closed_utc"_L1, timeOrNull(o.closed)},
            {"end_of_record_utc"_L1, timeOrNull(o.endOfRecord)},
            {"objectives"_L1, QJsonArray::fromStringList(o.objectives)},
            {"participants"_L1, participants}};
}

} // namespace

QJsonObject AfterActionReport::toJson() const {
    QJsonArray timerArray, injectArray, gapArray, levelArray;
    for (const AarTimer& t : timers)
        timerArray.append(timerJson(t));
    for (const AarInject& inject : injects)
        injectArray.append(injectJson(inject));
    for (const AarGap& gap : gaps)
        gapArray.append(QJsonObject{{"inject"_L1, gap.inject},
                                    {"at_utc"_L1, utc::format(gap.at)},
                                    {"reason"_L1, gap.reason},
                                    {"act"_L1, gap.act},
                                    {"item"_L1, gap.item},
                                    {"role"_L1, gap.role}});
    for (const AarLevelPoint& point : levels)
        levelArray.append(QJsonObject{{"at_utc"_L1, utc::format(point.at)}, {"level"_L1, levelId(point.level)}});
    return {{"incident"_L1, incident},
            {"overview"_L1, overviewJson(overview)},
            {"timers"_L1, timerArray},
            {"injects"_L1, injectArray},
            {"gaps"_L1, gapArray},
            {"score"_L1, QJsonObject{{"injects"_L1, score.injects},
                                     {"expectations"_L1, score.expectations},
                                     {"met"_L1, score.met},
                                     {"met_by_script"_L1, score.metByScript},
                                     {"counted"_L1, score.counted},
                                     {"gaps"_L1, score.gaps},
                                     {"percent"_L1, qRound(score.percent() * 10) / 10.0}}},
            {"levels"_L1, levelArray},
            {"review"_L1, review ? QJsonValue(review->toJson()) : QJsonValue(QJsonValue::Null)}};
}

} // namespace turnback
