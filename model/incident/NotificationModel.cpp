#include "NotificationModel.h"

#include "Incident.h"
#include "IncidentView.h"
#include "Kit.h"
#include "RubricEngine.h"

namespace turnback {

NotificationModel::NotificationModel(const IncidentView& view, QObject* parent)
    : QAbstractListModel(parent)
    , m_view(view) {
    connect(&view, &IncidentView::changed, this, &NotificationModel::rebuild);
    rebuild();
}

void NotificationModel::rebuild() {
    QList<Row> rows;
    for (const Obligation& o : m_view.incident().obligations())
        for (int i = 0; i < o.notifications.size(); ++i)
            rows.append({o.id, i});
    // Rows only ever grow (obligations are never removed): append, so selection and scroll stay put.
    if (rows.size() > m_rows.size()) {
        beginInsertRows({}, int(m_rows.size()), int(rows.size()) - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows.size() < m_rows.size()) { // a different incident
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
}

int NotificationModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NotificationModel::unconfirmedCount() const {
    int count = 0;
    for (int row = 0; row < m_rows.size(); ++row)
        count += index(row).data(ConfirmedRole).toBool() ? 0 : 1;
    return count;
}

QVariant NotificationModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const Obligation* o = m_view.incident().obligation(row.obligationId);
    if (!o || row.item >= o->notifications.size())
        return {};
    const NotificationItem& item = o->notifications.at(row.item);
    const Kit& kit = m_view.kit();
    const Signal* signal = kit.signal(o->signalId);
    const QString about = signal ? signal->name : o->signalId;
    switch (role) {
    case Qt::DisplayRole:
        if (item.confirmedAt)
            return tr("%1 told about %2 — %3 UTC by %4")
                .arg(kit.roleTitle(item.role), about, item.confirmedAt->toString(QStringLiteral("HH:mm:ss")),
                     item.confirmedBy);
        return tr("Tell %1 about %2 (%3)").arg(kit.roleTitle(item.role), about, kit.levelLabel(o->level));
    case Qt::CheckStateRole:
        return item.confirmedAt ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole: {
        const Role* r = kit.role(item.role);
        return r ? QStringLiteral("%1 %2").arg(r->person, r->contacts.join(QStringLiteral(", "))).trimmed()
                 : QVariant();
    }
    case ObligationIdRole:
        return row.obligationId;
    case RoleIdRole:
        return item.role;
    case ConfirmedRole:
        return item.confirmedAt.has_value();
    case ConfirmedSeqRole:
        return item.confirmedSeq;
    }
    return {};
}

bool NotificationModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        value.value<Qt::CheckState>() != Qt::Checked || index.data(ConfirmedRole).toBool())
        return false;
    // Shown as ticked only once recorded: whoever records answers the request, and the view's
    // changed() brings the tick back here. True only when it is on record now.
    emit confirmRequested(m_rows.at(index.row()).obligationId, index.data(RoleIdRole).toString());
    return index.data(ConfirmedRole).toBool();
}

Qt::ItemFlags NotificationModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!index.data(ConfirmedRole).toBool() && !m_view.incident().isClosed() && m_view.canRecord())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

} // namespace turnback
