#include "CachedSizeDelegate.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QWidget>

namespace turnback {

CachedSizeDelegate::CachedSizeDelegate(QObject* parent)
    : QStyledItemDelegate(parent) {}

QSize CachedSizeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const int row = index.row();
    if (index.parent().isValid() || index.column() != 0 || row < 0)
        return QStyledItemDelegate::sizeHint(option, index);
    if (row >= m_sizes.size())
        m_sizes.resize(row + 1);
    Size& kept = m_sizes[row];
    if (kept.width != option.rect.width()) {
        kept.size = QStyledItemDelegate::sizeHint(option, index);
        kept.width = option.rect.width();
        ++m_measurements;
    }
    return kept.size;
}

void CachedSizeDelegate::forget() {
    m_sizes.clear();
}

bool CachedSizeDelegate::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_view) // an editor's events: the base class handles those
        return QStyledItemDelegate::eventFilter(watched, event);
    const QEvent::Type type = event->type();
    if (type == QEvent::FontChange || type == QEvent::StyleChange || type == QEvent::LanguageChange)
        forget();
    return false; // only watched, never taken
}

void CachedSizeDelegate::watch(const QAbstractItemModel* model, QWidget* view) {
    forget();
    m_view = view;
    view->installEventFilter(this);
    connect(model, &QAbstractItemModel::modelReset, this, &CachedSizeDelegate::forget);
    connect(model, &QAbstractItemModel::layoutChanged, this, &CachedSizeDelegate::forget);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &CachedSizeDelegate::forget);
    connect(model, &QAbstractItemModel::rowsMoved, this, &CachedSizeDelegate::forget);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent, int first) {
        if (!parent.isValid() && first < m_sizes.size()) // not appended: the rows after it moved
            m_sizes.resize(first);
    });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                for (int row = topLeft.row(); row <= bottomRight.row() && row < m_sizes.size(); ++row)
                    m_sizes[row].width = -1;
            });
}

} // namespace turnback
