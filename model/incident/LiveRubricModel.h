#pragma once

#include "Countdown.h"

#include <QAbstractTableModel>

namespace turnback {

class IncidentView;

/// The live rubric table: per signal, its threshold, latest value, state (quiet / pending with its
/// own countdown / triggered), level, owner and the owner's countdown. Everything is derived from
/// the session and the clock's now; refresh() re-reads the time-dependent columns (call it at 1 Hz).
class LiveRubricModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// The owner's countdown comes right after the signal: on a small laptop screen it is the
    /// column that must never be scrolled out of sight.
    enum Column {
        SignalColumn,
        CountdownColumn,
        OwnerColumn,
        StateColumn,
        LevelColumn,
        LatestColumn,
        ThresholdColumn,
        ColumnCount
    };
    enum Roles {
        SignalIdRole = Qt::UserRole, ///< QString
        ObligationIdRole,            ///< qint64, 0 when nothing is owed
        CountdownPhaseRole,          ///< int: CountdownPhase
        SignalPhaseRole,             ///< int: SignalPhase
        RemainingMsRole,             ///< qint64: deadline - now
    };

    explicit LiveRubricModel(const IncidentView& view, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Time moved on: the state and countdown columns may read differently now.
    void refresh();

private:
    QString latestText(const Signal& signal) const;
    QString stateText(const Signal& signal, const QDateTime& now) const;

    const IncidentView& m_view;
};

} // namespace turnback
