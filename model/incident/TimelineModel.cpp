#include "TimelineModel.h"

#include "ReversalSession.h"

namespace turnback {

TimelineModel::TimelineModel(const ReversalSession& session, QObject* parent)
    : QAbstractListModel(parent)
    , m_session(session) {
    connect(&session, &ReversalSession::changed, this, &TimelineModel::sync);
    m_rows = int(session.incident().timeline().size());
}

void TimelineModel::sync() {
    const int rows = int(m_session.incident().timeline().size());
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

QString TimelineModel::readable(QString text) const {
    // The fold writes ids (it needs no kit); on screen, people read names. Longest ids first, so
    // an id that is part of another is not replaced inside it.
    if (m_names.isEmpty()) {
        for (const Signal& signal : m_session.kit().signalList)
            m_names.append({signal.id, signal.name});
        for (const Role& role : m_session.kit().roles)
            m_names.append({role.id, role.title});
        std::sort(m_names.begin(), m_names.end(),
                  [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    }
    for (const auto& [id, name] : std::as_const(m_names))
        text.replace(id, name);
    return text;
}

int TimelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_rows;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry& entry = m_session.incident().timeline().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2").arg(entry.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                            readable(entry.text));
    case Qt::ToolTipRole:
        return tr("%1 UTC · seq %2 · %3 · %4")
            .arg(entry.at.toString(Qt::ISODateWithMs))
            .arg(entry.seq)
            .arg(entry.kind, entry.actor);
    case SeqRole:
        return entry.seq;
    case KindRole:
        return entry.kind;
    }
    return {};
}

} // namespace turnback
