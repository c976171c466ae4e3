#pragma once

#include <QAbstractListModel>

namespace turnback {

class ReversalSession;

/// Every triggered signal's notification list as one checklist: who must be told, about what.
/// Ticking an item records NotificationConfirmed (with time and actor) through the session;
/// a tick is a record, so it cannot be taken back.
class NotificationModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { ObligationIdRole = Qt::UserRole, RoleIdRole, ConfirmedRole };

    explicit NotificationModel(ReversalSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    int unconfirmedCount() const;

private:
    struct Row {
        qint64 obligationId;
        int item;
    };
    void rebuild();

    ReversalSession& m_session;
    QList<Row> m_rows;
};

} // namespace turnback
