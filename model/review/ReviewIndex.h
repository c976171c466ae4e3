#pragma once

#include "ReviewFilter.h"
#include "StoppableWorker.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace turnback {

/// The order a review timeline is shown in (docs/review.md, "Sort"). Recorded is the log's own order
/// (seq), which is also the order of time; the others group the rows, each group in recorded order.
enum class ReviewSort { Recorded, Actor, Kind };

/// One reversal's rows held in memory for filtering and sorting, outside the reviewed file (docs/review.md, "The
/// side index"): a read-only file cannot take an index, and a word found in one row of a million otherwise
/// reads every row (about 4 s). Per row: seq, time, the actor and the kind (as numbers into two small
/// dictionaries), and the recorded text a text filter searches (the payload and the target, ASCII
/// lower-cased, as SQLite's LIKE compares) packed in one buffer. A filter is then one pass of a
/// substring search over that buffer and a few vector reads: the same rows the SQL filter finds
/// (ReviewFilter::sql), in a fraction of the time. Immutable once built; shared between threads.
class ReviewIndex {
public:
    /// Larger reversals are not indexed (the filters keep scanning the log): the memory stays bounded.
    static constexpr qint64 kMaxTextBytes = qint64(1) << 30;

    qint64 rows() const { return qint64(m_seqs.size()); }
    qint64 seqOf(quint32 row) const { return m_seqs[row]; }
    qint64 msOf(quint32 row) const { return m_ms[row]; }
    QString actorOf(quint32 row) const { return m_actors.at(m_actor[row]); }
    QString kindOf(quint32 row) const { return m_kinds.at(m_kind[row]); }
    /// Bytes held (the vectors and the text), for the figures.
    qint64 bytes() const;

    /// The rows matching `filter`, in the order asked for (ties in recorded order, reversed when
    /// descending), as row numbers for seqOf().
    std::vector<quint32> select(const ReviewFilter& filter, ReviewSort sort, bool descending) const;

    /// Reads `incident`'s rows from `uri` (a sqlite::readOnlyOpen URI) with the sqlite3 C API. `progress`
    /// is called now and then with the rows read; it returns false to stop (nullptr back, as on an
    /// error, with `error` set unless stopped). `expectedRows` sizes the vectors up front (0: unknown).
    static std::shared_ptr<const ReviewIndex> build(const QString& uri, const QString& incident, qint64 expectedRows,
                                                    const std::function<bool(qint64)>& progress, QString* error);

private:
    std::vector<quint32> textMatches(const QByteArray& needle) const;

    std::vector<qint64> m_seqs;
    std::vector<qint64> m_ms;       ///< at_utc as milliseconds since the epoch
    std::vector<quint32> m_actor;   ///< into m_actors
    std::vector<quint16> m_kind;    ///< into m_kinds
    std::vector<quint32> m_offsets; ///< where row i's text starts in m_text; one more at the end
    QByteArray m_text;              ///< per row: payload '\0' target '\0', ASCII lower-cased
    QStringList m_actors, m_kinds;
};

/// Builds a ReviewIndex on a worker thread after a reversal is shown (its own read-only connection,
/// as ReviewVerification has), with progress; the review filters by scanning the log meanwhile.
/// Destroying this object, or starting another build, stops the one running and waits for it.
class ReviewIndexBuilder : public QObject {
    Q_OBJECT
public:
    explicit ReviewIndexBuilder(QObject* parent = nullptr);
    ~ReviewIndexBuilder() override;

    /// Starts indexing `incident` (`rows` of it, 0 if unknown) of the log at `path`.
    void start(const QString& path, const QString& incident, qint64 rows);
    void stop();
    bool isRunning() const;
    QString incident() const { return m_incident; }
    /// The finished index of incident(), or null (still building, failed, or too large).
    std::shared_ptr<const ReviewIndex> index() const { return m_index; }
    QString errorString() const { return m_error; }
    /// When the build began: the index holds the rows written up to about then.
    QDateTime startedAt() const { return m_startedAt; }
    /// Percent done of the build running (0 to 100).
    int percent() const { return m_percent; }

signals:
    void progress(int percent);
    void finished(); ///< index() is set, or errorString() says why not

private:
    StoppableWorker m_worker;
    QString m_incident;
    std::shared_ptr<const ReviewIndex> m_index;
    QString m_error;
    int m_percent = 0;
    QDateTime m_startedAt;
    quint64 m_generation = 0; ///< results of a build that was stopped are dropped
};

} // namespace turnback
