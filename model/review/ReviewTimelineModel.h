#pragma once

#include "Incident.h"
#include "ReviewFilter.h"
#include "ReviewIndex.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <memory>
#include <vector>

namespace turnback {

class Kit;
class ReviewDatabase;

/// One reversal's timeline for review, fetched from the log in pages (docs/review.md, "The timeline, in pages"):
/// canFetchMore/fetchMore append the next page in the chosen order, fetchEarlier() prepends the page
/// before the first row after a jump. Filters and the order are pushed into SQL (WHERE, ORDER BY seq,
/// LIMIT, keyset on seq, never OFFSET), so a page costs the same deep in a million rows as at the
/// start, and only the pages looked at are ever read. Each row is rendered from its typed event
/// (TimelineText, translated, with the kit's names); decisions, level changes, corrections, comms
/// and data steps, and decisions recorded after their deadline are marked (EmphasisRole).
///
/// Once a ReviewIndex of the reversal is given (setIndex), a filter or a sort by actor or kind is
/// answered from it instead: the matching rows' seqs in order, and each page read by seq. At most
/// kMaxPages pages are held: scrolling on drops the pages furthest behind (they are read again when
/// scrolled back to), so memory stays bounded however far the timeline is scrolled.
class ReviewTimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LocalTimeColumn, UtcColumn, ActorColumn, RoleColumn, KindColumn, SummaryColumn, ColumnCount };
    enum Roles {
        SeqRole = Qt::UserRole,
        KindRole,
        EmphasisRole, ///< an Emphasis value
        AtRole,       ///< the row's instant (QDateTime, UTC)
    };
    enum class Emphasis { None, Decision, Level, Correction, Overdue, CommsOrData };
    Q_ENUM(Emphasis)
    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 32;

    explicit ReviewTimelineModel(QObject* parent = nullptr);

    /// Shows one reversal of `database` (which must outlive the model), first page read at once.
    /// `kit` (may be null) gives the names; it is not kept beyond the model's life.
    void setSource(ReviewDatabase* database, const QString& incident, const Kit* kit);
    void clear();
    QString incident() const { return m_incident; }

    ReviewFilter filter() const { return m_filter; }
    void setFilter(const ReviewFilter& filter);
    bool isDescending() const { return m_descending; }
    void setDescending(bool descending);
    /// Both at once, with one read (a window applying its filter bar).
    void setFilterAndOrder(const ReviewFilter& filter, bool descending);
    /// Filter, sort and direction at once. A sort other than Recorded needs the index: until it is
    /// given the rows stay in recorded order and isSortPending() says so.
    void setView(const ReviewFilter& filter, ReviewSort sort, bool descending);
    ReviewSort sortKey() const { return m_sort; }
    bool isSortPending() const { return m_sort != ReviewSort::Recorded && !usesIndex(); }

    /// The index of this reversal (built by ReviewIndexBuilder), or null to read the log again.
    /// Re-reads from the first row held when the current view needs it.
    void setIndex(std::shared_ptr<const ReviewIndex> index);
    bool hasIndex() const { return m_index != nullptr; }
    /// True when the rows shown come from the index (a filter or a sort, with an index given).
    bool usesIndex() const { return m_index && (!m_filter.isEmpty() || m_sort != ReviewSort::Recorded); }
    /// How many rows match in all when known (from the index), else -1.
    qint64 matchCount() const { return usesIndex() ? qint64(m_result.size()) : -1; }
    /// Re-reads from the first row (in the current order and filter) at or after `instant` (at or
    /// before it, newest first); earlier rows come back with fetchEarlier(). Returns the row of that
    /// entry (0), or -1 when no row matches (the model then shows the rows from the start).
    int jumpTo(const QDateTime& instant);
    /// Re-reads from row `seq` of the log (0: from the start), as a scroll bar dragged there would.
    void showFrom(qint64 seq);
    bool canFetchEarlier() const { return !m_startReached; }
    /// Prepends up to a page of the rows before the first one; returns how many.
    int fetchEarlier();

    qint64 seqAt(int row) const;
    int rowOfSeq(qint64 seq) const;
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;

private:
    struct Row {
        qint64 seq = 0;
        QDateTime at;
        QString actor, role, kind, summary;
        Emphasis emphasis = Emphasis::None;
        bool retracted = false;
        qint64 pos = -1; ///< the row's place in m_result when read through the index
    };
    /// A page in seq order `ascending` from `boundary` (exclusive; 0 or max for none). False on error.
    bool readPage(bool ascending, qint64 boundary, QList<Row>& page);
    /// Up to a page of m_result after position `boundary` (`forward`) or before it, nearest first.
    bool readIndexPage(bool forward, qint64 boundary, QList<Row>& page);
    /// Where a page continues from a row: its seq, or its place in m_result through the index.
    qint64 boundaryOf(const Row& row) const { return usesIndex() ? row.pos : row.seq; }
    /// Resets to the page starting after `boundary` (exclusive; a seq, or a position in m_result).
    void resetFrom(qint64 boundary, bool startReached);
    void reselect();
    qint64 positionOfSeq(qint64 seq) const;
    void dropFarPages(bool fromTheStart);
    Row makeRow(qint64 seq, const QString& atUtc, const QString& actor, const QString& kind, const QString& target,
                const QString& payload) const;
    void loadSideTables();
    qint64 firstIncidentSeqAfter(const QDateTime& instant, bool orAt) const;
    qint64 seqOfIncidentSeq(qint64 incidentSeq) const;

    ReviewDatabase* m_database = nullptr;
    QString m_incident;
    const Kit* m_kit = nullptr;
    ReviewFilter m_filter;
    bool m_descending = false;
    ReviewSort m_sort = ReviewSort::Recorded;
    std::shared_ptr<const ReviewIndex> m_index;
    std::vector<quint32> m_result; ///< the index's rows matching m_filter in the order shown
    QList<Row> m_rows;
    bool m_endReached = true;
    bool m_startReached = true;
    QHash<qint64, QDateTime> m_deadlines;                      ///< obligation (its SignalTriggered seq) -> deadline
    QHash<qint64, Retraction> m_retractions;                   ///< seq taken back -> by whom, when, why
    QHash<QString, QList<std::pair<qint64, QString>>> m_roles; ///< actor -> (from seq, role id), in seq order
    /// The role `actor` held at row `seq`: the newest they took at or before it; empty when none.
    QString roleAt(const QString& actor, qint64 seq) const;
    QString m_error;
    /// True between a begin*() and its end*(), and while their signals are delivered: a view or a
    /// tester asking for more from inside a reset or an insertion is told there is nothing to fetch.
    bool m_changing = false;
};

} // namespace turnback
