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
#include <QJsonDocument>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

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

ReviewTimelineModel::ReviewTimelineModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ReviewTimelineModel::setSource(ReviewDatabase* database, const QString& incident, const Kit* kit) {
    m_database = database;
    m_incident = incident;
    m_kit = kit;
    loadSideTables();
    showFrom(0);
}

void ReviewTimelineModel::clear() {
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_database = nullptr;
    m_incident.clear();
    m_rows.clear();
    m_endReached = m_startReached = true;
    endResetModel();
}

void ReviewTimelineModel::setFilter(const ReviewFilter& filter) {
    m_filter = filter;
    showFrom(0);
}

void ReviewTimelineModel::setDescending(bool descending) {
    m_descending = descending;
    showFrom(0);
}

void ReviewTimelineModel::setFilterAndOrder(const ReviewFilter& filter, bool descending) {
    m_filter = filter;
    m_descending = descending;
    showFrom(0);
}

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

void ReviewTimelineModel::showFrom(qint64 anchorSeq) {
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_rows.clear();
    m_endReached = m_startReached = true;
    if (m_database && m_database->isOpen()) {
        const bool ascending = !m_descending;
        // The anchor row itself belongs to the page: start one step before it.
        qint64 boundary = ascending ? 0 : std::numeric_limits<qint64>::max();
        if (anchorSeq > 0)
            boundary = ascending ? anchorSeq - 1 : anchorSeq + 1;
        if (readPage(ascending, boundary, m_rows)) {
            m_endReached = m_rows.size() < kPageSize;
            m_startReached = anchorSeq == 0;
        }
    }
    endResetModel();
}

/// The reversal's first row (by incident_seq) written after `instant` (or at it, `orAt`), found by bisection on
/// audit_incident_chain's (incident, incident_seq) index: about 20 look-ups at a million rows, where a
/// scan for at_utc (which has no index) would read every row before it. Times grow with seq: rows are
/// recorded in the order they happened, queued ones with their original times (docs/audit-log.md,
/// "AuditTrail"); only a wall clock set back breaks that, and the jump then lands on a row near the
/// instant rather than the first one, each row still showing its own time. Returns N + 1 for none.
qint64 ReviewTimelineModel::firstIncidentSeqAfter(const QDateTime& instant, bool orAt) const {
    QSqlQuery query(m_database->database());
    query.setForwardOnly(true);
    qint64 count = 0;
    query.prepare(QStringLiteral("SELECT max(incident_seq) FROM audit_incident_chain WHERE incident = ?"));
    query.addBindValue(m_incident);
    if (query.exec() && query.next())
        count = query.value(0).toLongLong();
    query.finish();
    query.prepare(QStringLiteral("SELECT l.at_utc FROM audit_incident_chain c JOIN audit_log l ON l.seq = c.seq"
                                 " WHERE c.incident = ? AND c.incident_seq = ?"));
    const QString target = utc::format(instant.toUTC());
    qint64 low = 1, high = count + 1;
    while (low < high) {
        const qint64 middle = low + (high - low) / 2;
        query.bindValue(0, m_incident);
        query.bindValue(1, middle);
        const bool atOrAfter = query.exec() && query.next() &&
                               (orAt ? query.value(0).toString() >= target : query.value(0).toString() > target);
        query.finish();
        if (atOrAfter)
            high = middle;
        else
            low = middle + 1;
    }
    return low;
}

qint64 ReviewTimelineModel::seqOfIncidentSeq(qint64 incidentSeq) const {
    QSqlQuery query(m_database->database());
    query.prepare(QStringLiteral("SELECT seq FROM audit_incident_chain WHERE incident = ? AND incident_seq = ?"));
    query.addBindValue(m_incident);
    query.addBindValue(incidentSeq);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

int ReviewTimelineModel::jumpTo(const QDateTime& instant) {
    if (!m_database || !m_database->isOpen())
        return -1;
    // Oldest first: the first matching row from the first row at or after the instant on; newest
    // first: the last matching row from the last row before it back.
    const qint64 first = firstIncidentSeqAfter(instant, !m_descending);
    const qint64 boundary = seqOfIncidentSeq(m_descending ? first - 1 : first);
    if (boundary == 0) {
        showFrom(0);
        return -1;
    }
    QVariantList values{m_incident};
    QString sql = QStringLiteral("SELECT l.seq FROM audit_log l WHERE l.incident = ?") + m_filter.sql(values);
    sql += m_descending ? QStringLiteral(" AND l.seq <= ? ORDER BY l.seq DESC LIMIT 1")
                        : QStringLiteral(" AND l.seq >= ? ORDER BY l.seq LIMIT 1");
    values << boundary;
    QSqlQuery query(m_database->database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        showFrom(0);
        return -1;
    }
    const qint64 seq = query.value(0).toLongLong();
    query.finish();
    showFrom(seq);
    return 0;
}

bool ReviewTimelineModel::readPage(bool ascending, qint64 boundary, QList<Row>& page) {
    QVariantList values{m_incident};
    QString sql =
        QStringLiteral(
            "SELECT l.seq, l.at_utc, l.actor, l.kind, l.target, l.payload FROM audit_log l WHERE l.incident = ?") +
        m_filter.sql(values);
    // Keyset paging on seq, served by audit_log_by_incident (incident, seq) in either direction.
    sql += ascending ? QStringLiteral(" AND l.seq > ? ORDER BY l.seq LIMIT ?")
                     : QStringLiteral(" AND l.seq < ? ORDER BY l.seq DESC LIMIT ?");
    values << boundary << kPageSize;
    QSqlQuery query(m_database->database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    while (query.next())
        page.append(makeRow(query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toString(), query.value(4).toString(), query.value(5).toString()));
    return true;
}

ReviewTimelineModel::Row ReviewTimelineModel::makeRow(qint64 seq, const QString& atUtc, const QString& actor,
                                                      const QString& kind, const QString& target,
                                                      const QString& payload) const {
    Row row{seq, utc::parse(atUtc), actor, m_roles.value(actor), kind, {}, emphasisOfKind(kind), false};
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

bool ReviewTimelineModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_endReached && !m_changing;
}

void ReviewTimelineModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || m_endReached || m_rows.isEmpty() || m_changing)
        return;
    const QScopedValueRollback changing(m_changing, true);
    QList<Row> page;
    if (!readPage(!m_descending, m_rows.constLast().seq, page)) {
        m_endReached = true;
        return;
    }
    m_endReached = page.size() < kPageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

int ReviewTimelineModel::fetchEarlier() {
    if (m_startReached || m_rows.isEmpty() || m_changing)
        return 0;
    const QScopedValueRollback changing(m_changing, true);
    QList<Row> page;
    // The rows before the first one, read in the opposite order, nearest first.
    if (!readPage(m_descending, m_rows.constFirst().seq, page)) {
        m_startReached = true;
        return 0;
    }
    m_startReached = page.size() < kPageSize;
    if (page.isEmpty())
        return 0;
    std::reverse(page.begin(), page.end());
    beginInsertRows({}, 0, int(page.size() - 1));
    m_rows = page + m_rows;
    endInsertRows();
    return int(page.size());
}

qint64 ReviewTimelineModel::seqAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).seq : 0;
}

int ReviewTimelineModel::rowOfSeq(qint64 seq) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).seq == seq)
            return i;
    return -1;
}

int ReviewTimelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewTimelineModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
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
