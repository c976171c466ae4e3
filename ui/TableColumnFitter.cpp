#include "TableColumnFitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>
#include <numeric>

namespace turnback {

namespace {
/// Room for the header's sort indicator and margins around its text.
constexpr int kHeaderPadding = 16;
/// Room around a cell's text: the delegate's margins on both sides and the grid line.
constexpr int kCellPadding = 8;
} // namespace

int TableColumnFitter::longestWord(int column) const {
    const QAbstractItemModel* model = m_table->model();
    int longest = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex cell = model->index(r, column);
        const QVariant font = cell.data(Qt::FontRole);
        // As the delegate draws it: the cell's font (bold) filled in from the table's (its size).
        const QFontMetrics metrics(font.isValid() ? font.value<QFont>().resolve(m_table->font()) : m_table->font());
        const QStringList words = cell.data().toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString& word : words)
            longest = std::max(longest, metrics.horizontalAdvance(word));
    }
    return longest + kCellPadding;
}

TableColumnFitter::TableColumnFitter(QTableView* table, const QList<int>& whole, const QList<int>& unbroken)
    : QObject(table)
    , m_table(table)
    , m_whole(whole)
    , m_unbroken(unbroken) {
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->viewport()->installEventFilter(this);
}

QList<int> TableColumnFitter::wantedWidths(QList<int>* least, bool keepWords) const {
    const QAbstractItemModel* model = m_table->model();
    const QFontMetrics header(m_table->horizontalHeader()->font());
    QList<int> wanted;
    for (int c = 0; c < model->columnCount(); ++c) {
        const QString title = model->headerData(c, Qt::Horizontal).toString();
        // A long first word (German) may be elided in a narrow column: the title shows on hover.
        const int firstWord = std::min(header.horizontalAdvance(title.section(QLatin1Char(' '), 0, 0)),
                                       header.horizontalAdvance(QStringLiteral("MMMMM"))) +
                              kHeaderPadding;
        const int full = header.horizontalAdvance(title) + kHeaderPadding;
        // QTableView hides sizeHintForColumn; the QAbstractItemView one is public and the same.
        const int cells = static_cast<const QAbstractItemView*>(m_table)->sizeHintForColumn(c);
        // A whole column never goes below its widest cell; the others down to a word of the header.
        // An unbroken column keeps its longest word: text wraps between words, a word cannot, and a
        // state cut to "AUSGELÖ…" is not one to read at 3 a.m.
        if (m_whole.contains(c))
            least->append(std::max(cells, firstWord));
        else if (keepWords && m_unbroken.contains(c))
            least->append(std::max(firstWord, longestWord(c)));
        else
            least->append(firstWord);
        wanted.append(std::max(cells, full));
    }
    return wanted;
}

void TableColumnFitter::fit() {
    if (m_fitting || !m_table->model())
        return;
    m_fitting = true;
    // Taller rows may bring the vertical scroll bar, which narrows the table: then once more.
    for (int pass = 0; pass < 2; ++pass) {
        const int before = m_table->viewport()->width();
        fitOnce();
        if (m_table->viewport()->width() == before)
            break;
    }
    m_fitting = false;
}

void TableColumnFitter::fitOnce() {
    const int available = m_table->viewport()->width();
    QList<int> least;
    QList<int> widths = wantedWidths(&least, true);
    // When even the unbroken words cannot stand side by side (a long language on a small screen),
    // a cut word beats a table that scrolls sideways and hides a column: the words give way.
    if (std::accumulate(least.cbegin(), least.cend(), 0) > available) {
        least.clear();
        widths = wantedWidths(&least, false);
    }
    const int total = std::accumulate(widths.cbegin(), widths.cend(), 0);
    // Too wide: each column gives up a share of what it has above its least, in proportion.
    if (total > available) {
        int slack = 0;
        for (qsizetype c = 0; c < widths.size(); ++c)
            slack += widths.at(c) - least.at(c);
        const double keep = slack > 0 ? std::max(0.0, 1.0 - double(total - available) / slack) : 0.0;
        for (qsizetype c = 0; c < widths.size(); ++c)
            widths[c] = least.at(c) + int((widths.at(c) - least.at(c)) * keep);
    }
    QHeaderView* header = m_table->horizontalHeader();
    for (qsizetype c = 0; c < widths.size(); ++c)
        header->resizeSection(int(c), widths.at(c));
    m_table->resizeRowsToContents();
}

bool TableColumnFitter::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace turnback
