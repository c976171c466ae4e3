#include "ReviewIndex.h"

#include "SqliteReadOnly.h"
#include "UtcTime.h"

#include <QMetaObject>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <numeric>

namespace turnback {

namespace {

/// SQLite's LIKE folds ASCII letters only: so does every comparison here, so both find the same rows.
void lowerAscii(char* begin, char* end) {
    for (char* c = begin; c != end; ++c)
        if (*c >= 'A' && *c <= 'Z')
            *c = char(*c + ('a' - 'A'));
}

QByteArray lowerAscii(const QString& text) {
    QByteArray bytes = text.toUtf8();
    lowerAscii(bytes.data(), bytes.data() + bytes.size());
    return bytes;
}

bool containsFolded(const QString& haystack, const QByteArray& needle) {
    return lowerAscii(haystack).contains(needle);
}

/// Days from 1970-01-01 to a civil date (Howard Hinnant's algorithm): parsing a million times with
/// QDateTime costs seconds, this a few milliseconds.
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d) {
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

/// at_utc as utc::format writes it ("yyyy-MM-ddTHH:mm:ss.zzzZ"); anything else through utc::parse.
qint64 msOfUtcText(const char* text, int size) {
    auto digits = [text](int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    if (size == 24 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' && text[16] == ':' &&
        text[19] == '.' && text[23] == 'Z') {
        const int y = digits(0, 4), mo = digits(5, 2), d = digits(8, 2), h = digits(11, 2), mi = digits(14, 2),
                  s = digits(17, 2), ms = digits(20, 3);
        if (y >= 0 && mo >= 1 && d >= 1 && h >= 0 && mi >= 0 && s >= 0 && ms >= 0)
            return ((daysFromCivil(y, unsigned(mo), unsigned(d)) * 24 + h) * 60 + mi) * 60000 + s * 1000 + ms;
    }
    const QDateTime at = utc::parse(QString::fromUtf8(text, size));
    return at.isValid() ? at.toMSecsSinceEpoch() : 0;
}

/// Row numbers grouped by `keyOf` (a rank), each group in recorded order: a counting sort, linear.
void groupBy(std::vector<quint32>& rows, const std::vector<int>& rank, const std::function<int(quint32)>& keyOf) {
    const int groups = rank.empty() ? 0 : *std::max_element(rank.begin(), rank.end()) + 1;
    std::vector<size_t> start(size_t(groups) + 1, 0);
    for (quint32 row : rows)
        ++start[size_t(rank[size_t(keyOf(row))]) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<quint32> sorted(rows.size());
    for (quint32 row : rows)
        sorted[start[size_t(rank[size_t(keyOf(row))])]++] = row;
    rows.swap(sorted);
}

/// Each name's place in case-insensitive alphabetical order.
std::vector<int> ranks(const QStringList& names) {
    std::vector<int> order(size_t(names.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&names](int a, int b) {
        const int folded = QString::compare(names.at(a), names.at(b), Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : names.at(a) < names.at(b);
    });
    std::vector<int> rank(order.size());
    for (size_t i = 0; i < order.size(); ++i)
        rank[size_t(order[i])] = int(i);
    return rank;
}

} // namespace

qint64 ReviewIndex::bytes() const {
    return qint64(m_seqs.capacity() * sizeof(qint64) + m_ms.capacity() * sizeof(qint64) +
                  m_actor.capacity() * sizeof(quint32) + m_kind.capacity() * sizeof(quint16) +
                  m_offsets.capacity() * sizeof(quint32)) +
           m_text.capacity();
}

std::vector<quint32> ReviewIndex::textMatches(const QByteArray& needle) const {
    std::vector<quint32> rows;
    const char* begin = m_text.constData();
    const char* end = begin + m_text.size();
    const char* from = begin;
    while (from < end) {
        // glibc's memmem (two-way, with a vectorised skip) runs at memory speed on this buffer.
        const auto* hit =
            static_cast<const char*>(memmem(from, size_t(end - from), needle.constData(), size_t(needle.size())));
        if (!hit)
            break;
        // The row holding the hit; the search goes on from the next row (one hit a row is enough).
        const auto next = std::upper_bound(m_offsets.begin(), m_offsets.end(), quint32(hit - begin));
        rows.push_back(quint32(next - m_offsets.begin() - 1));
        from = next == m_offsets.end() ? end : begin + *next;
    }
    return rows;
}

std::vector<quint32> ReviewIndex::select(const ReviewFilter& filter, ReviewSort sort, bool descending) const {
    const size_t n = m_seqs.size();
    // The per-name parts of the filter, decided once per actor and per kind.
    std::vector<char> kindOk(size_t(m_kinds.size()), filter.kinds.isEmpty());
    for (int k = 0; k < m_kinds.size(); ++k)
        kindOk[size_t(k)] = kindOk[size_t(k)] || filter.kinds.contains(m_kinds.at(k));
    const QByteArray actorNeedle = lowerAscii(filter.actor);
    const QByteArray textNeedle = lowerAscii(filter.text);
    std::vector<char> actorOk(size_t(m_actors.size())), actorHasText(size_t(m_actors.size()));
    for (int a = 0; a < m_actors.size(); ++a) {
        actorOk[size_t(a)] = actorNeedle.isEmpty() || containsFolded(m_actors.at(a), actorNeedle);
        actorHasText[size_t(a)] = !textNeedle.isEmpty() && containsFolded(m_actors.at(a), textNeedle);
    }
    std::vector<char> kindHasText(size_t(m_kinds.size()));
    for (int k = 0; k < m_kinds.size(); ++k)
        kindHasText[size_t(k)] = !textNeedle.isEmpty() && containsFolded(m_kinds.at(k), textNeedle);
    std::vector<char> textHit;
    if (!textNeedle.isEmpty()) {
        textHit.assign(n, 0);
        for (quint32 row : textMatches(textNeedle))
            textHit[row] = 1;
    }
    // As ReviewFilter::sql compares at_utc's text with utc::format's, to the millisecond.
    const qint64 fromMs = filter.from.isValid() ? filter.from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    const qint64 toMs = filter.to.isValid() ? filter.to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();

    std::vector<quint32> rows;
    for (size_t i = 0; i < n; ++i) {
        if (!kindOk[m_kind[i]] || !actorOk[m_actor[i]] || m_ms[i] < fromMs || m_ms[i] > toMs)
            continue;
        if (!textHit.empty() && !textHit[i] && !actorHasText[m_actor[i]] && !kindHasText[m_kind[i]])
            continue;
        rows.push_back(quint32(i));
    }
    if (sort == ReviewSort::Actor) {
        const std::vector<int> rank = ranks(m_actors);
        groupBy(rows, rank, [this](quint32 row) { return int(m_actor[row]); });
    } else if (sort == ReviewSort::Kind) {
        const std::vector<int> rank = ranks(m_kinds);
        groupBy(rows, rank, [this](quint32 row) { return int(m_kind[row]); });
    }
    if (descending)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

std::shared_ptr<const ReviewIndex> ReviewIndex::build(const QString& uri, const QString& incident, qint64 expectedRows,
                                                      const std::function<bool(qint64)>& progress, QString* error) {
    sqlite3* db = nullptr;
    const auto fail = [&](const QString& why) -> std::shared_ptr<const ReviewIndex> {
        if (error)
            *error = why;
        sqlite3_close(db);
        return nullptr;
    };
    if (sqlite3_open_v2(uri.toUtf8().constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_exec(db, "PRAGMA query_only = ON", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "PRAGMA mmap_size = 1073741824", nullptr, nullptr, nullptr);
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT seq, at_utc, actor, kind, target, payload FROM audit_log WHERE incident = ?"
                           " ORDER BY seq",
                           -1, &statement, nullptr) != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    const QByteArray id = incident.toUtf8();
    sqlite3_bind_text(statement, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);

    auto index = std::make_shared<ReviewIndex>();
    const size_t expected = size_t(std::max<qint64>(0, expectedRows));
    index->m_seqs.reserve(expected);
    index->m_ms.reserve(expected);
    index->m_actor.reserve(expected);
    index->m_kind.reserve(expected);
    index->m_offsets.reserve(expected + 1);
    QHash<QByteArray, quint32> actorIds, kindIds;
    auto intern = [](QHash<QByteArray, quint32>& ids, QStringList& names, const char* text, int size) {
        const QByteArray key(text, size);
        const auto found = ids.constFind(key);
        if (found != ids.cend())
            return *found;
        names << QString::fromUtf8(key);
        return *ids.insert(key, quint32(names.size() - 1));
    };
    int step = 0;
    for (;;) {
        const int stepped = sqlite3_step(statement);
        if (stepped == SQLITE_DONE)
            break;
        if (stepped != SQLITE_ROW) {
            const QString why = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_finalize(statement);
            return fail(why);
        }
        auto text = [statement](int column) {
            return reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
        };
        auto size = [statement](int column) { return sqlite3_column_bytes(statement, column); };
        index->m_seqs.push_back(sqlite3_column_int64(statement, 0));
        index->m_ms.push_back(msOfUtcText(text(1), size(1)));
        index->m_actor.push_back(intern(actorIds, index->m_actors, text(2), size(2)));
        if (kindIds.size() >= 0xffff && !kindIds.contains(QByteArray(text(3), size(3)))) {
            sqlite3_finalize(statement);
            return fail(QStringLiteral("more than 65,535 kinds of event"));
        }
        index->m_kind.push_back(quint16(intern(kindIds, index->m_kinds, text(3), size(3))));
        const qint64 at = index->m_text.size();
        if (at + size(4) + size(5) + 2 > kMaxTextBytes) {
            sqlite3_finalize(statement);
            return fail(QStringLiteral("more than %1 MiB of recorded text").arg(kMaxTextBytes >> 20));
        }
        index->m_offsets.push_back(quint32(at));
        index->m_text.append(text(5), size(5)).append('\0').append(text(4), size(4)).append('\0');
        lowerAscii(index->m_text.data() + at, index->m_text.data() + index->m_text.size());
        if (++step == 16384) {
            step = 0;
            if (progress && !progress(qint64(index->m_seqs.size()))) {
                sqlite3_finalize(statement);
                sqlite3_close(db);
                return nullptr;
            }
        }
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    index->m_offsets.push_back(quint32(index->m_text.size()));
    index->m_text.squeeze();
    return index;
}

ReviewIndexBuilder::ReviewIndexBuilder(QObject* parent)
    : QObject(parent) {}

ReviewIndexBuilder::~ReviewIndexBuilder() {
    stop(); // before the members the job reads are gone
}

bool ReviewIndexBuilder::isRunning() const {
    return m_worker.isRunning();
}

void ReviewIndexBuilder::stop() {
    ++m_generation;
    m_worker.stop();
}

void ReviewIndexBuilder::start(const QString& path, const QString& incident, qint64 rows) {
    stop();
    m_incident = incident;
    m_index.reset();
    m_error.clear();
    m_percent = 0;
    m_startedAt = QDateTime::currentDateTime();
    const quint64 generation = m_generation;
    const QString uri = sqlite::readOnlyOpen(path).uri;
    m_worker.start([this, uri, incident, rows, generation] {
        QString error;
        auto report = [this, rows, generation](qint64 done) {
            const int percent = rows > 0 ? int(std::min<qint64>(99, 100 * done / rows)) : 0;
            QMetaObject::invokeMethod(
                this,
                [this, percent, generation] {
                    if (generation != m_generation)
                        return;
                    m_percent = percent;
                    emit progress(percent);
                },
                Qt::QueuedConnection);
            return !m_worker.stopRequested();
        };
        std::shared_ptr<const ReviewIndex> index = ReviewIndex::build(uri, incident, rows, report, &error);
        if (m_worker.stopRequested())
            return;
        QMetaObject::invokeMethod(
            this,
            [this, index, error, generation] {
                if (generation != m_generation)
                    return;
                m_index = index;
                m_error = error;
                m_percent = 100;
                emit finished();
            },
            Qt::QueuedConnection);
    });
}

} // namespace turnback
