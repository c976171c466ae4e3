#pragma once

#include "Kit.h"

#include <QAbstractTableModel>

namespace turnback {

/// The kit's rubric as a table: one row per signal, the columns of the product brief's sample rubric.
class RubricTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SignalColumn, ThresholdColumn, ActionColumn, OwnerColumn, TimerColumn, ColumnCount };
    enum Roles {
        SignalIdRole = Qt::UserRole, ///< QString: "error-rate"
        LevelRole,                   ///< int: Level, for sorting and colouring by severity
        TimerMsRole,                 ///< qint64: the owner's allowance in milliseconds
        OwnerRoleIdRole              ///< QString: the owner's role id
    };

    explicit RubricTableModel(QObject* parent = nullptr);

    /// Replaces the kit shown (a model reset). An empty kit shows no rows.
    void setKit(const Kit& kit);
    const Kit& kit() const { return m_kit; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Kit m_kit;
};

} // namespace turnback
