#include "Incident.h"

#include "AuditRecord.h"
#include "UtcTime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace turnback {

QString decisionId(Decision decision) {
    switch (decision) {
    case Decision::CarryOut:
        return QStringLiteral("carry-out");
    case Decision::Hold:
        return QStringLiteral("hold");
    case Decision::DeEscalate:
        return QStringLiteral("de-escalate");
    }
    return {};
}

bool decisionFromId(const QString& id, Decision* decision) {
    for (Decision d : {Decision::CarryOut, Decision::Hold, Decision::DeEscalate})
        if (decisionId(d) == id) {
            *decision = d;
            return true;
        }
    return false;
}

int Obligation::unconfirmedNotifications() const {
    int count = 0;
    for (const NotificationItem& item : notifications)
        count += item.confirmedAt ? 0 : 1;
    return count;
}

namespace {
QString levelWord(const QString& id) {
    return id.isEmpty() ? id : id.at(0).toUpper() + id.mid(1);
}
} // namespace

Incident Incident::fold(const QList<AuditRecord>& records, const QString& incidentId) {
    Incident incident;
    for (const AuditRecord& record : records)
        if (record.incident == incidentId)
            incident.apply(record);
    return incident;
}

bool Incident::apply(const AuditRecord& record) {
    const QJsonObject p = QJsonDocument::fromJson(record.payload.toUtf8()).object();
    const QDateTime at = utc::parse(record.atUtc);
    const QString& kind = record.kind;

    if (kind == EventKind::ReversalStarted) {
        if (isStarted())
            return false;
        m_id = record.incident;
        m_title = p.value(QStringLiteral("title")).toString();
        m_service = p.value(QStringLiteral("service")).toString();
        m_kitId = p.value(QStringLiteral("kit_id")).toString();
        m_exercise = p.value(QStringLiteral("mode")).toString() == QLatin1String("exercise");
        m_operator = {record.actor, p.value(QStringLiteral("role")).toString()};
        m_startedAt = at;
        m_levelSince = at;
        addTimeline(record, QStringLiteral("%1 started the reversal \"%2\" of %3 (%4)")
                                .arg(record.actor, m_title, m_service,
                                     m_exercise ? QStringLiteral("EXERCISE") : QStringLiteral("live")));
        return true;
    }
    if (!isStarted() || record.incident != m_id || isClosed())
        return false;

    if (kind == EventKind::ObservationRecorded) {
        const QString signal = p.value(QStringLiteral("signal")).toString();
        LastObservation& last = m_observations[signal];
        last.at = utc::parse(p.value(QStringLiteral("observed_at")).toString());
        const QJsonValue value = p.value(QStringLiteral("value"));
        last.value = value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
        ++last.occurrences;
        addTimeline(record, last.value ? QStringLiteral("Observed %1 = %2").arg(signal).arg(*last.value)
                                       : QStringLiteral("Observed one occurrence of %1").arg(signal));
        return true;
    }
    if (kind == EventKind::SignalTriggered) {
        Obligation o;
        o.id = record.seq;
        o.signalId = p.value(QStringLiteral("signal")).toString();
        o.level = levelFromId(p.value(QStringLiteral("level")).toString()).value_or(Level::Slow);
        o.ownerRole = p.value(QStringLiteral("owner")).toString();
        o.triggeredAt = utc::parse(p.value(QStringLiteral("at")).toString());
        o.deadline = utc::parse(p.value(QStringLiteral("deadline")).toString());
        o.timerMs = p.value(QStringLiteral("timer_ms")).toInteger();
        const QJsonArray notify = p.value(QStringLiteral("notify")).toArray();
        for (const QJsonValue& role : notify)
            o.notifications.append({role.toString(), std::nullopt, {}});
        m_obligations.append(o);
        ++m_transitionEvents;
        // The trigger itself raises the level: a crash between this row and its LevelEntered row
        // must not leave the incident below what the rubric called for.
        if (o.level > m_level) {
            m_level = o.level;
            m_levelSince = o.triggeredAt;
            m_levelSignal = o.signalId;
        }
        addTimeline(record, QStringLiteral("%1 triggered: %2 called for; %3 owes a decision by %4 UTC")
                                .arg(o.signalId, levelWord(levelId(o.level)), o.ownerRole,
                                     o.deadline.toString(QStringLiteral("HH:mm:ss"))));
        return true;
    }
    if (kind == EventKind::SignalCleared) {
        const QString signal = p.value(QStringLiteral("signal")).toString();
        for (auto it = m_obligations.rbegin(); it != m_obligations.rend(); ++it)
            if (it->signalId == signal) {
                it->signalCleared = true;
                break;
            }
        ++m_transitionEvents;
        addTimeline(record, QStringLiteral("%1 cleared (the level stays until a decision lowers it)").arg(signal));
        return true;
    }
    if (kind == EventKind::LevelEntered) {
        const std::optional<Level> level = levelFromId(p.value(QStringLiteral("level")).toString());
        if (!level)
            return false;
        // Entering a level only ever raises it (lowering is a decision): a late row cannot undo a higher one.
        m_recordedLevel = std::max(m_recordedLevel, *level);
        if (*level > m_level) {
            m_level = *level;
            m_levelSince = utc::parse(p.value(QStringLiteral("at")).toString());
        }
        addTimeline(record, QStringLiteral("Level %1 entered").arg(levelWord(levelId(*level))));
        return true;
    }
    if (kind == EventKind::OwnerAcknowledged) {
        Obligation* o = findObligation(p.value(QStringLiteral("obligation")).toInteger());
        if (!o)
            return false;
        o->acknowledgedAt = at;
        o->acknowledgedBy = record.actor;
        addTimeline(record, QStringLiteral("%1 acknowledged %2").arg(record.actor, o->signalId));
        return true;
    }
    if (kind == EventKind::NotificationConfirmed) {
        Obligation* o = findObligation(p.value(QStringLiteral("obligation")).toInteger());
        if (!o)
            return false;
        const QString told = p.value(QStringLiteral("told")).toString();
        for (NotificationItem& item : o->notifications)
            if (item.role == told && !item.confirmedAt) {
                item.confirmedAt = at;
                item.confirmedBy = record.actor;
                addTimeline(record,
                            QStringLiteral("%1 confirmed %2 was told about %3").arg(record.actor, told, o->signalId));
                return true;
            }
        return false;
    }
    if (kind == EventKind::DecisionRecorded) {
        const qint64 obligationId = p.value(QStringLiteral("obligation")).toInteger();
        Decision decision;
        if (!decisionFromId(p.value(QStringLiteral("decision")).toString(), &decision))
            return false;
        // Obligation 0: standing the whole incident down when no signal's decision is open.
        Obligation* o = obligationId ? findObligation(obligationId) : nullptr;
        if ((obligationId && (!o || o->decision)) || (!obligationId && decision != Decision::DeEscalate))
            return false;
        const QString role = p.value(QStringLiteral("role")).toString();
        const QString reason = p.value(QStringLiteral("reason")).toString();
        if (o) {
            o->decision = decision;
            o->decidedAt = at;
            o->decidedBy = record.actor;
            o->decidedByRole = role;
            o->decisionReason = reason;
        }
        QString text = QStringLiteral("%1 (%2) decided to %3").arg(record.actor, role, decisionId(decision));
        if (o)
            text += QStringLiteral(" on %1").arg(o->signalId);
        if (decision == Decision::DeEscalate) {
            const QString toId = p.value(QStringLiteral("level")).toString();
            const std::optional<Level> to =
                toId == QLatin1String("normal") ? std::optional<Level>(Level::Normal) : levelFromId(toId);
            if (to && *to < m_level) {
                m_level = *to;
                m_recordedLevel = *to;
                m_levelSince = at;
                text += QStringLiteral(": level lowered to %1").arg(levelWord(levelId(*to)));
            }
        }
        const QString onBehalf = p.value(QStringLiteral("on_behalf_of")).toString();
        if (!onBehalf.isEmpty())
            text += QStringLiteral(", acting for %1").arg(onBehalf);
        if (!reason.isEmpty())
            text += QStringLiteral(" — \"%1\"").arg(reason);
        addTimeline(record, text);
        return true;
    }
    if (kind == EventKind::OperatorChanged) {
        m_operator = {p.value(QStringLiteral("name")).toString(), p.value(QStringLiteral("role")).toString()};
        addTimeline(record, QStringLiteral("%1 (%2) took the keyboard").arg(m_operator.name, m_operator.role));
        return true;
    }
    if (kind == EventKind::ReversalClosed) {
        m_closedAt = at;
        m_closingSummary = p.value(QStringLiteral("summary")).toString();
        addTimeline(record, QStringLiteral("%1 closed the reversal: %2").arg(record.actor, m_closingSummary));
        return true;
    }
    return false;
}

const Obligation* Incident::obligation(qint64 id) const {
    for (const Obligation& o : m_obligations)
        if (o.id == id)
            return &o;
    return nullptr;
}

Obligation* Incident::findObligation(qint64 id) {
    return const_cast<Obligation*>(std::as_const(*this).obligation(id));
}

const Obligation* Incident::latestObligation(const QString& signalId) const {
    for (auto it = m_obligations.crbegin(); it != m_obligations.crend(); ++it)
        if (it->signalId == signalId)
            return &*it;
    return nullptr;
}

const Obligation* Incident::nextOwed() const {
    const Obligation* next = nullptr;
    for (const Obligation& o : m_obligations)
        if (o.isOpen() && (!next || o.deadline < next->deadline))
            next = &o;
    return next;
}

void Incident::addTimeline(const AuditRecord& record, const QString& text) {
    m_timeline.append({record.seq, utc::parse(record.atUtc), record.actor, record.kind, text});
}

} // namespace turnback
