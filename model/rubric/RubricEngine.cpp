#include "RubricEngine.h"

#include <cmath>
#include <limits>

namespace turnback {

namespace {

constexpr Milliseconds never = Milliseconds::max();
/// About 31,700 years: far beyond any stream, and far from overflowing when a window is added.
constexpr Milliseconds latestTime{1'000'000'000'000'000};
/// Small kits are scanned: comparing a handful of short ids beats hashing one.
constexpr int scanLimit = 16;

bool satisfies(Comparison comparison, double value, double limit) {
    switch (comparison) {
    case Comparison::Greater:
        return value > limit;
    case Comparison::GreaterOrEqual:
        return value >= limit;
    case Comparison::Less:
        return value < limit;
    case Comparison::LessOrEqual:
        return value <= limit;
    }
    return false;
}

/// For ">" and ">=", the smallest whole count that satisfies the comparison; 0 when every count does.
int minimumCount(Comparison comparison, double limit) {
    double m = 0;
    if (comparison == Comparison::Greater)
        m = std::floor(limit) + 1;
    else if (comparison == Comparison::GreaterOrEqual)
        m = std::ceil(limit);
    else
        return 0;
    if (!(m > 0))
        return 0;
    if (m > std::numeric_limits<int>::max())
        return std::numeric_limits<int>::max();
    return static_cast<int>(m);
}

} // namespace

RubricEngine::RubricEngine(const Kit& kit) {
    m_signals.reserve(static_cast<std::size_t>(kit.signalList.size()));
    for (const Signal& signal : kit.signalList) {
        Tracked t;
        t.id = signal.id;
        t.kind = signal.threshold.kind;
        t.comparison = signal.threshold.comparison;
        t.limit = signal.threshold.limit;
        t.sustain = signal.threshold.sustain.value_or(Milliseconds{0});
        t.window = signal.threshold.window;
        t.action = signal.action;
        t.minCount = minimumCount(t.comparison, t.limit);
        m_signals.push_back(std::move(t));
    }
    if (m_signals.size() > static_cast<std::size_t>(scanLimit)) {
        for (int i = 0; i < static_cast<int>(m_signals.size()); ++i)
            m_index.insert(m_signals[static_cast<std::size_t>(i)].id, i);
    }
}

int RubricEngine::indexOf(const QString& signalId) const {
    if (!m_index.isEmpty())
        return m_index.value(signalId, -1);
    for (std::size_t i = 0; i < m_signals.size(); ++i) {
        if (m_signals[i].id == signalId)
            return static_cast<int>(i);
    }
    return -1;
}

QList<RubricTransition> RubricEngine::observe(const Observation& obs, QString* error) {
    QList<RubricTransition> out;
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return QList<RubricTransition>();
    };
    if (obs.at < m_now) {
        return fail(QStringLiteral("observation of '%1' at %2 s is earlier than the previous one at %3 s")
                        .arg(obs.signalId, streamSecondsText(obs.at), streamSecondsText(m_now)));
    }
    if (obs.at > latestTime)
        return fail(QStringLiteral("observation of '%1' is too far in the future").arg(obs.signalId));
    const int index = indexOf(obs.signalId);
    if (index < 0)
        return fail(QStringLiteral("unknown signal '%1'").arg(obs.signalId));
    Tracked& s = m_signals[static_cast<std::size_t>(index)];
    if (s.kind == Threshold::Kind::Measured) {
        if (!obs.value)
            return fail(QStringLiteral("measured signal '%1' needs a value").arg(obs.signalId));
        if (!std::isfinite(*obs.value))
            return fail(QStringLiteral("value of '%1' is not a finite number").arg(obs.signalId));
    }
    if (error)
        error->clear();

    advance(obs.at, out);
    apply(s, obs, out);
    return out;
}

QList<RubricTransition> RubricEngine::advanceTo(Milliseconds now) {
    QList<RubricTransition> out;
    if (now >= m_now)
        advance(now, out);
    return out;
}

void RubricEngine::advance(Milliseconds target, QList<RubricTransition>& out) {
    // Run scheduled changes one instant at a time, earliest first; on a tie, kit order.
    for (;;) {
        Milliseconds earliest = never;
        Tracked* next = nullptr;
        for (Tracked& s : m_signals) {
            const Milliseconds at = nextChangeOf(s);
            if (at < earliest) {
                earliest = at;
                next = &s;
            }
        }
        if (!next || earliest > target)
            break;
        runScheduled(*next, earliest, out);
    }
    m_now = target;
}

void RubricEngine::runScheduled(Tracked& s, Milliseconds at, QList<RubricTransition>& out) {
    switch (s.kind) {
    case Threshold::Kind::Measured:
        // The only scheduled change of a measured signal is a "for" wait running out.
        s.phase = SignalPhase::Triggered;
        s.since = at;
        out.append({at, s.id, RubricTransition::Event::Triggered, s.action});
        break;
    case Threshold::Kind::Count:
        // The window is (at - window, at]: an occurrence at exactly at - window has left it.
        while (!s.occurrences.empty() && s.occurrences.front() + s.window <= at)
            s.occurrences.pop_front();
        if (s.phase == SignalPhase::Triggered &&
            !satisfies(s.comparison, static_cast<double>(s.occurrences.size()), s.limit)) {
            s.phase = SignalPhase::Quiet;
            out.append({at, s.id, RubricTransition::Event::Cleared, s.action});
        }
        break;
    case Threshold::Kind::Any:
        break;
    }
}

void RubricEngine::apply(Tracked& s, const Observation& obs, QList<RubricTransition>& out) {
    switch (s.kind) {
    case Threshold::Kind::Measured: {
        const double value = *obs.value;
        s.latest = value;
        const bool holds = satisfies(s.comparison, value, s.limit);
        switch (s.phase) {
        case SignalPhase::Quiet:
            if (!holds)
                break;
            if (s.sustain > Milliseconds{0}) {
                s.phase = SignalPhase::Pending;
                s.since = obs.at;
                s.firesAt = obs.at + s.sustain;
            } else {
                s.phase = SignalPhase::Triggered;
                s.since = obs.at;
                out.append({obs.at, s.id, RubricTransition::Event::Triggered, s.action});
            }
            break;
        case SignalPhase::Pending:
            // A sample that keeps the condition true does not restart the wait; one that breaks it
            // cancels it, and the next true sample starts a new wait from its own time.
            if (!holds)
                s.phase = SignalPhase::Quiet;
            break;
        case SignalPhase::Triggered:
            if (!holds) {
                s.phase = SignalPhase::Quiet;
                out.append({obs.at, s.id, RubricTransition::Event::Cleared, s.action});
            }
            break;
        }
        break;
    }
    case Threshold::Kind::Count: {
        s.occurrences.push_back(obs.at);
        const bool holds = satisfies(s.comparison, static_cast<double>(s.occurrences.size()), s.limit);
        if (s.phase == SignalPhase::Quiet && holds) {
            s.phase = SignalPhase::Triggered;
            s.since = obs.at;
            out.append({obs.at, s.id, RubricTransition::Event::Triggered, s.action});
        } else if (s.phase == SignalPhase::Triggered && !holds) {
            // Only a "<" / "<=" count can stop holding because of a new occurrence.
            s.phase = SignalPhase::Quiet;
            out.append({obs.at, s.id, RubricTransition::Event::Cleared, s.action});
        }
        break;
    }
    case Threshold::Kind::Any:
        ++s.occurrenceCount;
        if (s.phase == SignalPhase::Quiet) {
            s.phase = SignalPhase::Triggered;
            s.since = obs.at;
            out.append({obs.at, s.id, RubricTransition::Event::Triggered, s.action});
        }
        break;
    }
}

Milliseconds RubricEngine::nextChangeOf(const Tracked& s) {
    switch (s.kind) {
    case Threshold::Kind::Measured:
        return s.phase == SignalPhase::Pending ? s.firesAt : never;
    case Threshold::Kind::Count:
        if (s.window <= Milliseconds{0} || s.occurrences.empty())
            return never;
        return s.occurrences.front() + s.window;
    case Threshold::Kind::Any:
        return never;
    }
    return never;
}

Milliseconds RubricEngine::nextTransitionOf(const Tracked& s) {
    switch (s.kind) {
    case Threshold::Kind::Measured:
        return s.phase == SignalPhase::Pending ? s.firesAt : never;
    case Threshold::Kind::Count: {
        // Only ">" / ">=" counts clear by expiry: when the count drops below minCount, i.e. when
        // the occurrence minCount places from the newest leaves the window.
        if (s.phase != SignalPhase::Triggered || s.window <= Milliseconds{0} || s.minCount <= 0)
            return never;
        const std::size_t n = s.occurrences.size();
        const auto m = static_cast<std::size_t>(s.minCount);
        if (n < m)
            return never;
        return s.occurrences[n - m] + s.window;
    }
    case Threshold::Kind::Any:
        return never;
    }
    return never;
}

std::optional<Milliseconds> RubricEngine::nextScheduledChange() const {
    Milliseconds earliest = never;
    for (const Tracked& s : m_signals)
        earliest = std::min(earliest, nextChangeOf(s));
    if (earliest == never)
        return std::nullopt;
    return earliest;
}

std::optional<Milliseconds> RubricEngine::nextScheduledTransition() const {
    Milliseconds earliest = never;
    for (const Tracked& s : m_signals)
        earliest = std::min(earliest, nextTransitionOf(s));
    if (earliest == never)
        return std::nullopt;
    return earliest;
}

SignalStatus RubricEngine::statusOf(const Tracked& s) const {
    SignalStatus status;
    status.signalId = s.id;
    status.phase = s.phase;
    if (s.phase != SignalPhase::Quiet)
        status.since = s.since;
    if (s.phase == SignalPhase::Pending)
        status.firesAt = s.firesAt;
    switch (s.kind) {
    case Threshold::Kind::Measured:
        status.latestValue = s.latest;
        break;
    case Threshold::Kind::Count:
        status.windowCount = static_cast<int>(s.occurrences.size());
        break;
    case Threshold::Kind::Any:
        status.windowCount = s.occurrenceCount;
        break;
    }
    return status;
}

SignalStatus RubricEngine::status(const QString& signalId) const {
    const int index = indexOf(signalId);
    if (index < 0) {
        SignalStatus unknown;
        unknown.signalId = signalId;
        return unknown;
    }
    return statusOf(m_signals[static_cast<std::size_t>(index)]);
}

QList<SignalStatus> RubricEngine::statuses() const {
    QList<SignalStatus> out;
    out.reserve(static_cast<qsizetype>(m_signals.size()));
    for (const Tracked& s : m_signals)
        out.append(statusOf(s));
    return out;
}

Level RubricEngine::calledLevel() const {
    Level level = Level::Normal;
    for (const Tracked& s : m_signals) {
        if (s.phase == SignalPhase::Triggered && s.action > level)
            level = s.action;
    }
    return level;
}

Level RubricEngine::actionLevel(const QString& signalId) const {
    const int index = indexOf(signalId);
    return index < 0 ? Level::Normal : m_signals[static_cast<std::size_t>(index)].action;
}

QStringList RubricEngine::signalIds() const {
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(m_signals.size()));
    for (const Tracked& s : m_signals)
        ids.append(s.id);
    return ids;
}

} // namespace turnback
