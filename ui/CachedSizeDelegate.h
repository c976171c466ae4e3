#pragma once

#include <QStyledItemDelegate>
#include <QVector>

namespace turnback {

/// A QStyledItemDelegate that measures each row once per width, for a list whose rows are only ever
/// appended (the timeline). QListView lays out every row again on every insertion, asking each one's
/// size; measuring a word-wrapped entry costs tens of microseconds, so a timeline of thousands of
/// entries made every new event cost more than the one before (issue 9: a 10,000-row import froze
/// the console for minutes). With the sizes kept, a layout is a lookup per row. Rows that change,
/// move or go, a reset, a new font or style and a new width measure again.
class CachedSizeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit CachedSizeDelegate(QObject* parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    /// Forgets every size (the model, the font or the language changed).
    void forget();
    /// Watches `model` and `view` for what invalidates the sizes; call it after setModel().
    void watch(const QAbstractItemModel* model, QWidget* view);

    /// Rows measured so far (for tests: a new row costs one measurement, not one per row).
    qint64 measurements() const { return m_measurements; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Size {
        int width = -1; ///< the width it was measured at; -1: not measured
        QSize size;
    };
    mutable QVector<Size> m_sizes;
    QObject* m_view = nullptr;
    mutable qint64 m_measurements = 0;
};

} // namespace turnback
