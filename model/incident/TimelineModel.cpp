#include "TimelineModel.h"

#include "Incident.h"
#include "IncidentView.h"
#include "Kit.h"
#include "RubricEngine.h"
#include "TimelineText.h"

namespace turnback {

TimelineModel::TimelineModel(const IncidentView& view, QObject* parent)
    : QAbstractListModel(parent)
    , m_view(view) {
    connect(&view, &IncidentView::changed, this, &TimelineModel::sync);
    m_rows = int(view.incident().timeline().size());
}

void TimelineModel::sync() {
    const int rows = int(m_view.incident().timeline().size());
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
}

int TimelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_rows;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry& entry = m_view.incident().timeline().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2").arg(entry.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                            TimelineText::render(entry, &m_view.kit()));
    case Qt::ToolTipRole:
        return tr("%1 UTC · seq %2 · %3 · %4")
            .arg(entry.at.toString(Qt::ISODateWithMs))
            .arg(entry.seq)
            .arg(entry.kind(), entry.actor);
    case SeqRole:
        return entry.seq;
    case KindRole:
        return entry.kind();
    }
    return {};
}

} // namespace turnback
