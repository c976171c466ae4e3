#include "ReviewTimelineModel.h"

#include "ReviewDatabase.h"
#include "UtcTime.h"

#include <QScopedValueRollback>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace turnback {

ReviewTimelineModel::ReviewTimelineModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ReviewTimelineModel::setSource(ReviewDatabase* database, const QString& incident, const Kit* kit) {
    m_database = database;
    m_incident = incident;
    m_kit = kit;
    m_index.reset(); // an index belongs to one reversal
    m_result.clear();
    loadSideTables();
    showFrom(0);
}

void ReviewTimelineModel::clear() {
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_database = nullptr;
    m_incident.clear();
    m_rows.clear();
    m_index.reset();
    m_result.clear();
    m_endReached = m_startReached = true;
    endResetModel();
}

void ReviewTimelineModel::setFilter(const ReviewFilter& filter) {
    setView(filter, m_sort, m_descending);
}

void ReviewTimelineModel::setDescending(bool descending) {
    setView(m_filter, m_sort, descending);
}

void ReviewTimelineModel::setFilterAndOrder(const ReviewFilter& filter, bool descending) {
    setView(filter, m_sort, descending);
}

void ReviewTimelineModel::setView(const ReviewFilter& filter, ReviewSort sort, bool descending) {
    m_filter = filter;
    m_sort = sort;
    m_descending = descending;
    reselect();
    showFrom(0);
}

void ReviewTimelineModel::setIndex(std::shared_ptr<const ReviewIndex> index) {
    const bool used = usesIndex();
    m_index = std::move(index);
    reselect();
    if (!used && !usesIndex())
        return; // the rows shown stay as they are: the log's own paging is as fast without a filter
    // The same rows, now counted and in the order asked for, from the first row held on.
    showFrom(m_startReached || m_rows.isEmpty() ? 0 : m_rows.constFirst().seq);
}

void ReviewTimelineModel::reselect() {
    m_result = usesIndex() ? m_index->select(m_filter, m_sort, m_descending) : std::vector<quint32>();
}

/// The first place in m_result at or past `seq` in the order shown (in recorded order, a bisection;
/// grouped by actor or kind, the row itself), or 0.
qint64 ReviewTimelineModel::positionOfSeq(qint64 seq) const {
    if (m_sort == ReviewSort::Recorded) {
        const auto found = std::partition_point(m_result.begin(), m_result.end(), [&](quint32 row) {
            return m_descending ? m_index->seqOf(row) > seq : m_index->seqOf(row) < seq;
        });
        return found == m_result.end() ? 0 : qint64(found - m_result.begin());
    }
    for (size_t p = 0; p < m_result.size(); ++p)
        if (m_index->seqOf(m_result[p]) == seq)
            return qint64(p);
    return 0;
}

void ReviewTimelineModel::showFrom(qint64 anchorSeq) {
    if (usesIndex()) {
        const qint64 position = anchorSeq > 0 ? positionOfSeq(anchorSeq) : 0;
        resetFrom(position - 1, position == 0);
        return;
    }
    const bool ascending = !m_descending;
    // The anchor row itself belongs to the page: start one step before it.
    qint64 boundary = ascending ? 0 : std::numeric_limits<qint64>::max();
    if (anchorSeq > 0)
        boundary = ascending ? anchorSeq - 1 : anchorSeq + 1;
    resetFrom(boundary, anchorSeq == 0);
}

void ReviewTimelineModel::resetFrom(qint64 boundary, bool startReached) {
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_rows.clear();
    m_endReached = m_startReached = true;
    if (m_database && m_database->isOpen() && readPage(!m_descending, boundary, m_rows)) {
        m_endReached = m_rows.size() < kPageSize;
        m_startReached = startReached;
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
    if (usesIndex()) {
        // The first row shown at or after the instant (newest first in recorded order: at or before it).
        const qint64 ms = instant.toMSecsSinceEpoch();
        const bool before = m_sort == ReviewSort::Recorded && m_descending;
        const auto found = std::find_if(m_result.begin(), m_result.end(), [&](quint32 row) {
            return before ? m_index->msOf(row) <= ms : m_index->msOf(row) >= ms;
        });
        if (found == m_result.end()) {
            showFrom(0);
            return -1;
        }
        const qint64 position = qint64(found - m_result.begin());
        resetFrom(position - 1, position == 0);
        return 0;
    }
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
    if (usesIndex())
        return readIndexPage(ascending != m_descending, boundary, page);
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

bool ReviewTimelineModel::readIndexPage(bool forward, qint64 boundary, QList<Row>& page) {
    QList<qint64> positions;
    for (qint64 p = forward ? boundary + 1 : boundary - 1;
         p >= 0 && p < qint64(m_result.size()) && positions.size() < kPageSize; p += forward ? 1 : -1)
        positions << p;
    if (positions.isEmpty())
        return true;
    // The page's rows by seq (the primary key): a page costs the same wherever it is and whatever the order.
    QStringList marks;
    QSqlQuery query(m_database->database());
    query.setForwardOnly(true);
    for (int i = 0; i < positions.size(); ++i)
        marks << QStringLiteral("?");
    query.prepare(QStringLiteral("SELECT l.seq, l.at_utc, l.actor, l.kind, l.target, l.payload FROM audit_log l"
                                 " WHERE l.seq IN (%1)")
                      .arg(marks.join(QLatin1Char(','))));
    for (qint64 p : std::as_const(positions))
        query.addBindValue(m_index->seqOf(m_result[size_t(p)]));
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    QHash<qint64, Row> bySeq;
    while (query.next()) {
        const qint64 seq = query.value(0).toLongLong();
        bySeq.insert(seq, makeRow(seq, query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                                  query.value(4).toString(), query.value(5).toString()));
    }
    for (qint64 p : std::as_const(positions)) {
        Row row = bySeq.value(m_index->seqOf(m_result[size_t(p)]));
        row.pos = p;
        page.append(row);
    }
    return true;
}

/// Keeps at most kMaxPages pages: those furthest from where the reader went (the start after
/// fetchMore, the end after fetchEarlier) are let go and read again if scrolled back to.
void ReviewTimelineModel::dropFarPages(bool fromTheStart) {
    const int excess = int(m_rows.size()) - kMaxPages * kPageSize;
    if (excess <= 0)
        return;
    if (fromTheStart) {
        beginRemoveRows({}, 0, excess - 1);
        m_rows.remove(0, excess);
        endRemoveRows();
        m_startReached = false;
    } else {
        beginRemoveRows({}, int(m_rows.size()) - excess, int(m_rows.size()) - 1);
        m_rows.resize(m_rows.size() - excess);
        endRemoveRows();
        m_endReached = false;
    }
}

bool ReviewTimelineModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_endReached && !m_changing;
}

void ReviewTimelineModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || m_endReached || m_rows.isEmpty() || m_changing)
        return;
    const QScopedValueRollback changing(m_changing, true);
    QList<Row> page;
    if (!readPage(!m_descending, boundaryOf(m_rows.constLast()), page)) {
        m_endReached = true;
        return;
    }
    m_endReached = page.size() < kPageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
    dropFarPages(true);
}

int ReviewTimelineModel::fetchEarlier() {
    if (m_startReached || m_rows.isEmpty() || m_changing)
        return 0;
    const QScopedValueRollback changing(m_changing, true);
    QList<Row> page;
    // The rows before the first one, read in the opposite order, nearest first.
    if (!readPage(m_descending, boundaryOf(m_rows.constFirst()), page)) {
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
    dropFarPages(false);
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

} // namespace turnback
