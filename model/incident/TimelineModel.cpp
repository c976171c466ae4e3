#include "TimelineModel.h"

#include "Incident.h"
#include "IncidentView.h"
#include "Kit.h"
#include "RubricEngine.h"
#include "TimelineText.h"

#include <QFont>

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
    syncRetracted();
}

void TimelineModel::syncRetracted() {
    // A retraction changes an entry already shown: its row is repainted struck through.
    int retracted = 0;
    for (const TimelineEntry& entry : m_view.incident().timeline())
        retracted += entry.isRetracted() ? 1 : 0;
    if (retracted != m_retracted && m_rows > 0)
        emit dataChanged(index(0), index(m_rows - 1));
    m_retracted = retracted;
}

int TimelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_rows;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry& entry = m_view.incident().timeline().at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString line = QStringLiteral("%1  %2").arg(entry.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                                          TimelineText::render(entry, &m_view.kit()));
        return entry.isRetracted() ? QStringLiteral("%1  — %2").arg(line, TimelineText::retractionNote(entry)) : line;
    }
    case Qt::FontRole:
        if (entry.isRetracted()) {
            QFont struck;
            struck.setStrikeOut(true);
            return struck;
        }
        return {};
    case RetractedRole:
        return entry.isRetracted();
    case RetractableRole:
        return m_view.canRecord() && m_view.incident().canRetract(entry.seq);
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
