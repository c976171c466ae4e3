#pragma once

#include <QAbstractListModel>

namespace turnback {

class ReversalSession;

/// The incident's timeline, newest last: local time, UTC in the tooltip, who, what.
class TimelineModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { SeqRole = Qt::UserRole, KindRole };

    explicit TimelineModel(const ReversalSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    void sync();
    QString readable(QString text) const;

    const ReversalSession& m_session;
    int m_rows = 0;
    mutable QList<QPair<QString, QString>> m_names; ///< (id, name) of signals and roles, longest id first
};

} // namespace turnback
