#include "RubricTableModel.h"

#include <QColor>

namespace turnback {

namespace {
/// Severity tints, always paired with the level's words in the Action column (never colour alone).
QColor levelTint(Level level) {
    switch (level) {
    case Level::Slow:
        return QColor(0xfff4cc);
    case Level::Stop:
        return QColor(0xffe0b2);
    case Level::Reverse:
        return QColor(0xffcdd2);
    case Level::Normal:
        break;
    }
    return {};
}
} // namespace

RubricTableModel::RubricTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void RubricTableModel::setKit(const Kit& kit) {
    beginResetModel();
    m_kit = kit;
    endResetModel();
}

int RubricTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_kit.signalList.size());
}

int RubricTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RubricTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Signal& signal = m_kit.signalList.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SignalColumn:
            return signal.name;
        case ThresholdColumn:
            return signal.threshold.text();
        case ActionColumn:
            return m_kit.levelLabel(signal.action);
        case OwnerColumn:
            return m_kit.roleTitle(signal.owner);
        case TimerColumn:
            return Duration::humanText(signal.timer);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == OwnerColumn) {
            const Role* owner = m_kit.role(signal.owner);
            return owner && !owner->person.isEmpty() ? owner->person : QVariant();
        }
        return signal.description.isEmpty() ? QVariant() : QVariant(signal.description);
    case Qt::BackgroundRole:
        if (index.column() == ActionColumn)
            return levelTint(signal.action);
        break;
    case SignalIdRole:
        return signal.id;
    case LevelRole:
        return int(signal.action);
    case TimerMsRole:
        return qint64(signal.timer.count());
    case OwnerRoleIdRole:
        return signal.owner;
    }
    return {};
}

QVariant RubricTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SignalColumn:
        return tr("Signal");
    case ThresholdColumn:
        return tr("Threshold");
    case ActionColumn:
        return tr("Action");
    case OwnerColumn:
        return tr("Owner");
    case TimerColumn:
        return tr("Timer");
    }
    return {};
}

} // namespace turnback
