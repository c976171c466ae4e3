#include "ScenarioCommsDataSteps.h"

#include "CommsRender.h"
#include "CommsSending.h"
#include "DataStepRules.h"
#include "Duration.h"
#include "Incident.h"
#include "ReversalSession.h"

namespace turnback::ScenarioCommsDataSteps {

namespace {

QString str(const char* text) {
    return QString::fromLatin1(text);
}

/// A value written as "+DURATION" ("+1h", "+9m 30s"): the exercise's start plus that, so a scenario
/// never writes a fixed date that contradicts the day it is played. Nullopt for any other value.
std::optional<Milliseconds> relativeTime(const QString& value) {
    if (!value.startsWith(u'+'))
        return std::nullopt;
    return Duration::parse(value.mid(1).trimmed());
}

/// `value` with a "+DURATION" replaced by the instant it names in the exercise being played (a value
/// that is not one, such as a phone number "+49 30 1234", stays as written).
QString resolved(const QString& value, const ReversalSession& session) {
    const std::optional<Milliseconds> offset = relativeTime(value);
    return offset ? CommsRender::formatUtc(session.incident().startedAt().addMSecs(offset->count())) : value;
}

/// A value that starts with '+' must be a duration; an error on `key` of `map` when it is not.
bool checkRelative(YamlMap& map, const QString& key, const QString& value) {
    if (!value.startsWith(u'+') || relativeTime(value))
        return true;
    map.error(key, QStringLiteral("'%1' starts with '+' but '%2' is not a time since the start of the exercise, "
                                  "such as '+1h' or '+9m 30s'")
                       .arg(key, value));
    return false;
}

void readSend(YamlMap& map, const Kit& kit, ScenarioStep& step) {
    step.action = ScenarioStep::Action::Send;
    step.templateId = map.text(str("send"), Need::Required);
    const CommsTemplate* comms = kit.commsTemplate(step.templateId);
    if (!step.templateId.isEmpty() && !comms) {
        QStringList ids;
        for (const CommsTemplate& t : kit.comms)
            ids << t.id;
        const QString hint = YamlReader::didYouMean(step.templateId, ids);
        map.error(str("send"),
                  QStringLiteral("'send' refers to comms template '%1', which the kit does not define%2")
                      .arg(step.templateId, hint.isEmpty() ? str("; templates are: ") + ids.join(str(", ")) : hint));
    }
    step.recipients = map.textList(str("recipients"), Need::Optional);
    step.reason = map.text(str("reason"), Need::Optional); // why it goes late, when it does
    if (const std::optional<bool> logHead = map.boolean(str("log-head"), Need::Optional))
        step.withLogHead = *logHead;
    if (!comms || !map.has(str("values")))
        return;
    const CommsRender render(*comms);
    QStringList names;
    for (const CommsBlank& blank : render.blanks())
        names << blank.name;
    YamlMap values = map.child(str("values"), QStringLiteral("values of '%1'").arg(comms->id), names);
    if (!values.isMap())
        return;
    for (const CommsBlank& blank : render.blanks()) {
        if (!values.has(blank.name))
            continue;
        const QString value = values.text(blank.name, Need::Optional);
        if (blank.type == BlankType::DateTime && value.startsWith(u'+')) {
            checkRelative(values, blank.name, value);
        } else if (const std::optional<BlankProblem> problem = CommsRender::check(blank, value);
                   problem && !value.isEmpty()) {
            values.error(blank.name, problem->message());
        }
        step.blankValues.insert(blank.name, value);
    }
}

void readDataStep(YamlMap& map, const Kit& kit, ScenarioStep& step) {
    step.action = ScenarioStep::Action::DataStep;
    const QString path = map.text(str("data-step"), Need::Required);
    step.procedure = path.section(u'/', 0, 0);
    step.dataStep = path.section(u'/', 1);
    const DataProcedure* procedure = kit.dataProcedure(step.procedure);
    const DataStep* kitStep = procedure ? procedure->step(step.dataStep) : nullptr;
    if (!path.isEmpty() && !kitStep) {
        QStringList known;
        for (const DataProcedure& p : kit.dataProcedures)
            for (const DataStep& s : p.steps)
                known << p.id + u'/' + s.id;
        const QString hint = YamlReader::didYouMean(path, known);
        map.error(str("data-step"),
                  QStringLiteral("'data-step' must name a step of the kit's data procedures as PROCEDURE/STEP, "
                                 "such as 'snapshot/scope'; found '%1'%2")
                      .arg(path, hint));
    }
    step.outcome = map.choice(str("outcome"), {str("done"), str("blocked")}, Need::Optional);
    if (step.outcome.isEmpty())
        step.outcome = str("done");
    step.reason = map.text(str("reason"), Need::Optional);
    if (step.outcome == QLatin1String("blocked") && step.reason.isEmpty())
        map.error(str("data-step"), str("a 'blocked' data step needs a 'reason'"));
    step.confirm = map.text(str("confirm"), Need::Optional);
    if (map.has(str("second"))) {
        YamlMap second = map.child(str("second"), str("second person"), {str("name"), str("role")});
        if (second.isMap())
            step.second = events::SecondPerson{second.text(str("name"), Need::Required),
                                               second.text(str("role"), Need::Required)};
    }
    if (!kitStep)
        return;
    if (map.has(str("evidence"))) {
        YamlMap evidence = map.child(str("evidence"), QStringLiteral("evidence of '%1'").arg(path), kitStep->evidence);
        if (evidence.isMap())
            for (const QString& name : kitStep->evidence)
                if (evidence.has(name)) {
                    step.evidence.append({name, evidence.text(name, Need::Optional)});
                }
    }
    if (step.outcome != QLatin1String("done"))
        return;
    if (kitStep->checkpoint)
        for (const QString& name : kitStep->evidence) {
            const bool given = std::any_of(step.evidence.cbegin(), step.evidence.cend(),
                                           [&](const auto& e) { return e.name == name && !e.value.isEmpty(); });
            if (!given)
                map.error(str("data-step"),
                          QStringLiteral("step '%1' is a checkpoint: 'evidence' needs '%2'").arg(path, name));
        }
    if (kitStep->twoPerson && !step.second)
        map.error(str("data-step"),
                  QStringLiteral("step '%1' needs a second person: add 'second: {name: ..., role: ...}'").arg(path));
    if (!step.confirm.isEmpty() && !kitStep->destructive)
        map.error(str("confirm"),
                  QStringLiteral("step '%1' does not delete or change data: it takes no 'confirm'").arg(path));
}

bool performDataStep(ReversalSession& session, const ScenarioStep& step, QString* why) {
    if (!session.startDataProcedure(step.procedure)) {
        *why = session.errorString();
        return false;
    }
    events::DataStepRecorded recorded;
    recorded.procedure = step.procedure;
    recorded.step = step.dataStep;
    recorded.outcome = step.outcome == QLatin1String("blocked") ? events::DataStepRecorded::Outcome::Blocked
                                                                : events::DataStepRecorded::Outcome::Done;
    recorded.reason = step.reason;
    for (const events::EvidenceValue& given : step.evidence)
        recorded.evidence.append({given.name, resolved(given.value, session)});
    recorded.secondPerson = step.second;
    recorded.confirmation = step.confirm;
    // A script types the confirmation as the kit asks for it, unless the scenario says what it types.
    const DataProcedure* procedure = session.kit().dataProcedure(step.procedure);
    const DataStep* kitStep = procedure ? procedure->step(step.dataStep) : nullptr;
    const DataProgress* progress = session.incident().dataProgress(step.procedure);
    if (recorded.confirmation.isEmpty() && kitStep && kitStep->destructive && progress)
        recorded.confirmation = DataStepRules::expectedConfirmation(*kitStep, *progress);
    if (!session.recordDataStep(recorded)) {
        *why = session.errorString();
        return false;
    }
    return true;
}

} // namespace

QStringList actionKeys() {
    return {str("send"), str("data-step")};
}

QStringList stepKeys(const QString& action) {
    if (action == QLatin1String("send"))
        return {str("send"), str("values"), str("recipients"), str("reason"), str("log-head"), str("by")};
    if (action == QLatin1String("data-step"))
        return {str("data-step"), str("outcome"), str("reason"), str("evidence"),
                str("confirm"),   str("second"),  str("by")};
    return {};
}

void read(YamlMap& map, const QString& action, const Kit& kit, ScenarioStep& step) {
    if (action == QLatin1String("send"))
        readSend(map, kit, step);
    else if (action == QLatin1String("data-step"))
        readDataStep(map, kit, step);
}

bool perform(ReversalSession& session, const ScenarioStep& step, QString* why) {
    if (step.action == ScenarioStep::Action::Send) {
        CommsSending::Scripted send;
        send.templateId = step.templateId;
        const CommsTemplate* comms = session.kit().commsTemplate(step.templateId);
        const std::optional<CommsRender> render = comms ? std::optional<CommsRender>(*comms) : std::nullopt;
        for (auto it = step.blankValues.cbegin(); it != step.blankValues.cend(); ++it) {
            const CommsBlank* blank = render ? render->blank(it.key()) : nullptr;
            const bool dateTime = blank && blank->type == BlankType::DateTime;
            send.values.insert(it.key(), dateTime ? resolved(it.value(), session) : it.value());
        }
        send.recipients = step.recipients;
        send.lateReason = step.reason;
        send.withLogHead = step.withLogHead;
        return CommsSending::sendScripted(session, send, why);
    }
    if (step.action == ScenarioStep::Action::DataStep)
        return performDataStep(session, step, why);
    *why = QStringLiteral("not a comms or data step");
    return false;
}

QString describe(const ScenarioStep& step) {
    const QString verb = scenarioActionId(step.action);
    if (step.action == ScenarioStep::Action::Send)
        return QStringLiteral("%1 %2").arg(verb, step.templateId);
    return QStringLiteral("%1 %2/%3 (%4)").arg(verb, step.procedure, step.dataStep, step.outcome);
}

} // namespace turnback::ScenarioCommsDataSteps
