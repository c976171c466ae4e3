#pragma once

#include <QAbstractListModel>

namespace turnback {

class IncidentView;

/// Every triggered signal's notification list as one checklist: who must be told, about what.
/// Ticking an item does not change the model: it asks (confirmRequested) whoever records to write
/// NotificationConfirmed, and the row shows the tick once that event is on record. A read-only
/// view (a replay) simply has nobody listening.
class NotificationModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        ObligationIdRole = Qt::UserRole,
        RoleIdRole,
        ConfirmedRole,
        ConfirmedSeqRole, ///< the NotificationConfirmed row of a tick (to retract it by); 0 when not ticked
    };

    explicit NotificationModel(const IncidentView& view, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    int unconfirmedCount() const;

signals:
    /// The operator ticked a row: record that `roleTold` was told about obligation `obligationId`.
    void confirmRequested(qint64 obligationId, const QString& roleTold);

private:
    struct Row {
        qint64 obligationId;
        int item;
    };
    void rebuild();

    const IncidentView& m_view;
    QList<Row> m_rows;
};

} // namespace turnback
