#include "RegulatorClocks.h"

#include "BusinessCalendar.h"

#include <QTimeZone>

#include <algorithm>
#include <chrono>

namespace turnback {

using namespace std::chrono_literals;

namespace {

QString str(const char* text) {
    return QString::fromLatin1(text);
}

QString sentFrom(const QString& key) {
    return QStringLiteral("sent:") + key;
}

/// Builds the clocks of one kit from one set of facts, one rule per report.
class ClockBuilder {
public:
    ClockBuilder(const Kit& kit, const RegulatorFacts& facts)
        : m_kit(kit)
        , m_facts(facts) {}

    QList<RegulatorClock> build() {
        const auto aware = trigger(RegulatorTrigger::BecameAware);
        // GDPR Art. 33(1): 72 hours after becoming aware; hours run through weekends and holidays.
        hoursAfter(str("gdpr"), str("notification"), RegulatorTrigger::BecameAware, 72h);
        // NIS2 Art. 23(4)(a), (b), (d).
        hoursAfter(str("nis2"), str("early-warning"), RegulatorTrigger::BecameAware, 24h);
        hoursAfter(str("nis2"), str("notification"), RegulatorTrigger::BecameAware, 72h);
        monthAfterFirst(str("nis2"), str("final"), str("nis2/notification"));
        // DORA Art. 19(4) with Delegated Regulation (EU) 2025/301 Art. 5.
        doraInitial(aware);
        if (const auto initial = firstSent(str("dora/initial")))
            add(str("dora"), str("intermediate"), sentFrom(str("dora/initial")), *initial,
                initial->addMSecs(72 * 3'600'000LL));
        if (const auto intermediate = latestSent(str("dora/intermediate")))
            add(str("dora"), str("final"), sentFrom(str("dora/intermediate")), *intermediate,
                RegulatorClocks::addOneMonth(*intermediate));
        // SEC Form 8-K Item 1.05.
        if (const auto determined = trigger(RegulatorTrigger::DeterminedMaterial))
            add(str("sec"), str("form-8k"), regulatorTriggerId(RegulatorTrigger::DeterminedMaterial), *determined,
                RegulatorClocks::secForm8kDue(*determined));
        // HIPAA, 45 CFR 164.404(b): 60 calendar days after discovery, counted as 60 x 24 hours.
        hoursAfter(str("hipaa"), str("individuals"), RegulatorTrigger::Discovered, 60 * 24h);
        return m_clocks;
    }

private:
    std::optional<QDateTime> trigger(RegulatorTrigger which) const {
        const auto it = m_facts.triggers.constFind(which);
        if (it == m_facts.triggers.cend() || !it->isValid())
            return std::nullopt;
        return it->toUTC();
    }
    std::optional<QDateTime> firstSent(const QString& key) const {
        const QList<QDateTime> times = m_facts.sent.value(key);
        if (times.isEmpty())
            return std::nullopt;
        return std::min_element(times.cbegin(), times.cend())->toUTC();
    }
    std::optional<QDateTime> latestSent(const QString& key) const {
        const QList<QDateTime> times = m_facts.sent.value(key);
        if (times.isEmpty())
            return std::nullopt;
        return std::max_element(times.cbegin(), times.cend())->toUTC();
    }

    void hoursAfter(const QString& regime, const QString& report, RegulatorTrigger anchor, Milliseconds allowance) {
        if (const auto at = trigger(anchor))
            add(regime, report, regulatorTriggerId(anchor), *at, at->addMSecs(allowance.count()));
    }
    void monthAfterFirst(const QString& regime, const QString& report, const QString& anchorKey) {
        if (const auto at = firstSent(anchorKey))
            add(regime, report, sentFrom(anchorKey), *at, RegulatorClocks::addOneMonth(*at));
    }
    /// The earlier of classified-major + 4 hours and became-aware + 24 hours, from whichever is recorded.
    void doraInitial(const std::optional<QDateTime>& aware) {
        const auto major = trigger(RegulatorTrigger::ClassifiedMajor);
        std::optional<QDateTime> fromMajor = major ? std::optional(major->addMSecs(4 * 3'600'000LL)) : std::nullopt;
        std::optional<QDateTime> fromAware = aware ? std::optional(aware->addMSecs(24 * 3'600'000LL)) : std::nullopt;
        if (fromMajor && (!fromAware || *fromMajor <= *fromAware))
            add(str("dora"), str("initial"), regulatorTriggerId(RegulatorTrigger::ClassifiedMajor), *major, *fromMajor);
        else if (fromAware)
            add(str("dora"), str("initial"), regulatorTriggerId(RegulatorTrigger::BecameAware), *aware, *fromAware);
    }

    void add(const QString& regime, const QString& report, const QString& from, const QDateTime& anchor,
             const QDateTime& due) {
        const Regulator* regulator = m_kit.regulator(regime);
        const RegulatorReport* kitReport = regulator ? regulator->report(report) : nullptr;
        if (!regulator || !regulator->enabled || !kitReport)
            return;
        RegulatorClock clock{regime, report, kitReport->templateId, from, anchor, due, std::nullopt};
        clock.submittedUtc = firstSent(clock.key());
        m_clocks << clock;
    }

    const Kit& m_kit;
    const RegulatorFacts& m_facts;
    QList<RegulatorClock> m_clocks;
};

} // namespace

QString regulatorTriggerId(RegulatorTrigger trigger) {
    switch (trigger) {
    case RegulatorTrigger::BecameAware:
        return str("became-aware");
    case RegulatorTrigger::ClassifiedMajor:
        return str("classified-major");
    case RegulatorTrigger::DeterminedMaterial:
        return str("determined-material");
    case RegulatorTrigger::Discovered:
        return str("discovered");
    }
    return {};
}

std::optional<RegulatorTrigger> regulatorTriggerFromId(const QString& id) {
    for (const RegulatorTrigger trigger : allRegulatorTriggers())
        if (regulatorTriggerId(trigger) == id)
            return trigger;
    return std::nullopt;
}

QList<RegulatorTrigger> allRegulatorTriggers() {
    return {RegulatorTrigger::BecameAware, RegulatorTrigger::ClassifiedMajor, RegulatorTrigger::DeterminedMaterial,
            RegulatorTrigger::Discovered};
}

Milliseconds RegulatorClock::lateBy() const {
    if (!submittedUtc || met())
        return Milliseconds(0);
    return Milliseconds(dueUtc.msecsTo(*submittedUtc));
}

QList<RegulatorClock> RegulatorClocks::clocks(const Kit& kit, const RegulatorFacts& facts) {
    QList<RegulatorClock> all = ClockBuilder(kit, facts).build();
    // Equal deadlines keep the order the rules are listed in (regime, then report).
    std::stable_sort(all.begin(), all.end(),
                     [](const RegulatorClock& a, const RegulatorClock& b) { return a.dueUtc < b.dueUtc; });
    return all;
}

QList<RegulatorClock> RegulatorClocks::running(const Kit& kit, const RegulatorFacts& facts) {
    QList<RegulatorClock> all = clocks(kit, facts);
    all.removeIf([](const RegulatorClock& clock) { return !clock.isRunning(); });
    return all;
}

QDateTime RegulatorClocks::addOneMonth(const QDateTime& at) {
    const QDateTime utc = at.toUTC();
    // QDate::addMonths clamps to the last day of a shorter month; spelled out so the rule is visible.
    const QDate first(utc.date().year(), utc.date().month(), 1);
    const QDate nextFirst = first.addMonths(1);
    const int day = std::min(utc.date().day(), nextFirst.daysInMonth());
    return QDateTime(QDate(nextFirst.year(), nextFirst.month(), day), utc.time(), Qt::UTC);
}

bool RegulatorClocks::easternTimeAvailable() {
    return QTimeZone::isTimeZoneIdAvailable(QByteArrayLiteral("America/New_York"));
}

QDateTime RegulatorClocks::secForm8kDue(const QDateTime& determinedAt) {
    const QTimeZone eastern(QByteArrayLiteral("America/New_York"));
    if (!eastern.isValid())
        return {};
    // The determination's date is its date in Washington, where the Commission keeps its business days.
    const QDate determined = determinedAt.toTimeZone(eastern).date();
    // On a business day the count starts the day after; on a weekend or holiday it starts on, and
    // includes, the next business day (General Instruction B.1).
    const QDate fourth = BusinessCalendar::isBusinessDay(determined)
                             ? BusinessCalendar::addBusinessDays(determined, 4)
                             : BusinessCalendar::addBusinessDays(BusinessCalendar::nextBusinessDay(determined), 3);
    // An EDGAR filing after 17:30 Eastern counts as filed the next business day (17 CFR 232.13(a)(2)).
    return QDateTime(fourth, QTime(17, 30), eastern).toUTC();
}

QStringList RegulatorClocks::startedBy(const Kit& kit, RegulatorTrigger trigger) {
    RegulatorFacts facts;
    facts.triggers.insert(trigger, QDateTime(QDate(2000, 1, 3), QTime(12, 0), Qt::UTC));
    QStringList keys;
    for (const RegulatorClock& clock : clocks(kit, facts))
        keys << clock.key();
    return keys;
}

} // namespace turnback
