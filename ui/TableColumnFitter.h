#pragma once

#include <QList>
#include <QObject>

class QTableView;

namespace turnback {

/// Keeps a table's columns inside its width, so nothing hides behind a horizontal scroll bar on a
/// small screen or in a longer language. `whole` columns (the signal, its countdown) keep the width
/// of their cells; the others give up width in proportion and wrap their text onto more lines, the
/// rows growing to show it all. Refits when the table is resized and when fit() is called (after
/// the text changed). Cheap enough for every recorded event; not meant for every 1 Hz repaint.
class TableColumnFitter : public QObject {
    Q_OBJECT
public:
    /// `whole` columns keep their widest cell; `unbroken` ones may wrap but keep their longest word.
    TableColumnFitter(QTableView* table, const QList<int>& whole, const QList<int>& unbroken = {});

    void fit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// The width each column would like: its widest cell; `least`: what it can be squeezed to,
    /// keeping the longest word of the unbroken columns when `keepWords`.
    QList<int> wantedWidths(QList<int>* least, bool keepWords) const;
    /// The width of the longest word in the column's cells, in each cell's font, with its margins.
    int longestWord(int column) const;
    void fitOnce();

    QTableView* m_table;
    QList<int> m_whole;
    QList<int> m_unbroken;
    bool m_fitting = false;
};

} // namespace turnback
