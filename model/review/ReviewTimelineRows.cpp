// The review timeline's rows as shown (docs/review.md, "The timeline, in pages"): each row rendered from
// its typed event, marked, and the side tables that rendering needs. Split from ReviewTimelineModel.cpp,
// which pages the rows in.
#include "ReviewTimelineModel.h"

#include "IncidentEvents.h"
#include "Kit.h"
#include "ReviewDatabase.h"
#include "TimelineText.h"
#include "UtcTime.h"
#include "events/IncidentEvent.h"
#include "events/UiClick.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace turnback {

namespace {

ReviewTimelineModel::Emphasis emphasisOfKind(const QString& kind) {
    using E = ReviewTimelineModel::Emphasis;
    if (ReviewFilter::decisionKinds().contains(kind))
        return E::Decision;
    if (ReviewFilter::levelKinds().contains(kind))
        return E::Level;
    if (ReviewFilter::correctionKinds().contains(kind))
        return E::Correction;
    if (ReviewFilter::commsAndDataKinds().contains(kind))
        return E::CommsOrData;
    return E::None;
}

QString lateBy(qint64 ms) {
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

/// The few rows every page needs to know about, read once per reversal: deadlines (to mark a late
/// decision), retractions (to strike an entry through) and who holds which role.
void ReviewTimelineModel::loadSideTables() {
    m_deadlines.clear();
    m_retractions.clear();
    m_roles.clear();
    if (!m_database)
        return;
    m_roles = m_database->actorRoles(m_incident);
    QSqlQuery query(m_database->database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT seq, kind, at_utc, actor, json_extract(payload, '$.deadline'),"
                                 " json_extract(payload, '$.retracts'), json_extract(payload, '$.reason')"
                                 " FROM audit_log WHERE kind IN ('SignalTriggered', 'EntryRetracted')"
                                 " AND +incident = ? ORDER BY seq")); // by kind, not by incident
    query.addBindValue(m_incident);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return;
    }
    while (query.next()) {
        const QDateTime at = utc::parse(query.value(2).toString());
        if (query.value(1).toString() == EventKind::SignalTriggered)
            m_deadlines.insert(query.value(0).toLongLong(), utc::parse(query.value(4).toString()));
        else
            m_retractions.insert(query.value(5).toLongLong(), {query.value(0).toLongLong(), at,
                                                               query.value(3).toString(), query.value(6).toString()});
    }
}

QString ReviewTimelineModel::roleAt(const QString& actor, qint64 seq) const {
    QString role;
    for (const auto& [from, held] : m_roles.value(actor)) {
        if (from > seq)
            break;
        role = held;
    }
    return role;
}

ReviewTimelineModel::Row ReviewTimelineModel::makeRow(qint64 seq, const QString& atUtc, const QString& actor,
                                                      const QString& kind, const QString& target,
                                                      const QString& payload) const {
    Row row{seq, utc::parse(atUtc), actor, roleAt(actor, seq), kind, {}, emphasisOfKind(kind), false};
    AuditRecord record;
    record.seq = seq;
    record.atUtc = atUtc;
    record.actor = actor;
    record.kind = kind;
    record.target = target;
    record.incident = m_incident;
    record.payload = payload;
    if (const auto event = events::fromRecord(record)) {
        TimelineEntry entry{seq, row.at, actor, *event, std::nullopt, std::nullopt};
        const auto retraction = m_retractions.constFind(seq);
        if (retraction != m_retractions.cend())
            entry.retractedBy = *retraction;
        row.retracted = entry.isRetracted();
        row.summary = TimelineText::render(entry, m_kit);
        if (row.retracted)
            row.summary += QStringLiteral("  — ") + TimelineText::retractionNote(entry);
        if (const auto* decision = std::get_if<events::DecisionRecorded>(&*event)) {
            if (row.role.isEmpty())
                row.role = decision->role;
            const auto deadline = m_deadlines.constFind(decision->obligation);
            if (deadline != m_deadlines.cend() && row.at > *deadline) {
                row.emphasis = Emphasis::Overdue;
                row.summary += tr(" — recorded %1 after its deadline").arg(lateBy(deadline->msecsTo(row.at)));
            }
        }
    } else if (const auto click = events::UiClick::fromRecord(record)) {
        row.summary = TimelineText::render(ClickEntry{seq, row.at, actor, *click});
    } else {
        // A kind this build does not render (a newer one, or a console-level row): what was recorded.
        row.summary = target.isEmpty() ? kind : tr("%1: %2").arg(kind, target);
    }
    if (m_kit && !row.role.isEmpty())
        if (const Role* role = m_kit->role(row.role); role && !role->title.isEmpty())
            row.role = role->title;
    return row;
}

QVariant ReviewTimelineModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LocalTimeColumn:
            return QLocale().toString(row.at.toLocalTime(), QStringLiteral("HH:mm:ss"));
        case UtcColumn:
            return row.at.toUTC().toString(QStringLiteral("HH:mm:ss"));
        case ActorColumn:
            return row.actor;
        case RoleColumn:
            return row.role;
        case KindColumn:
            return row.kind;
        case SummaryColumn:
            return row.summary;
        }
        return {};
    case Qt::ToolTipRole:
        // The full date and the milliseconds live in the tooltip (and the detail pane), so that the
        // sentence, the column that matters most, keeps the width.
        if (index.column() == LocalTimeColumn)
            return QLocale().toString(row.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz t"));
        if (index.column() == UtcColumn)
            return utc::format(row.at);
        return index.column() == SummaryColumn ? row.summary : QVariant();
    case Qt::FontRole:
        if (row.retracted || row.emphasis != Emphasis::None) {
            QFont font;
            font.setStrikeOut(row.retracted);
            font.setBold(row.emphasis != Emphasis::None);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        // Late decisions in red, so that what was overdue stands out at a glance (bold alone does not).
        return row.emphasis == Emphasis::Overdue ? QVariant(QColor(0xb0, 0x00, 0x20)) : QVariant();
    case SeqRole:
        return row.seq;
    case KindRole:
        return row.kind;
    case EmphasisRole:
        return QVariant::fromValue(row.emphasis);
    case AtRole:
        return row.at;
    }
    return {};
}

QVariant ReviewTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LocalTimeColumn:
        return tr("Local time");
    case UtcColumn:
        return tr("UTC");
    case ActorColumn:
        return tr("Actor");
    case RoleColumn:
        return tr("Role");
    case KindColumn:
        return tr("Kind");
    case SummaryColumn:
        return tr("What happened");
    }
    return {};
}

} // namespace turnback
