#include "TimelineModel.h"

#include "Incident.h"
#include "IncidentView.h"
#include "Kit.h"
#include "RubricEngine.h"
#include "TimelineText.h"

#include <QFont>

#include <algorithm>
#include <limits>

namespace turnback {

using events::UiClick;

TimelineModel::TimelineModel(const IncidentView& view, QObject* parent)
    : QAbstractListModel(parent)
    , m_view(view) {
    connect(&view, &IncidentView::changed, this, &TimelineModel::sync);
    m_lines = lines();
}

QList<TimelineModel::Line> TimelineModel::lines() const {
    // Events and shown clicks merged in log order (seq).
    const QList<TimelineEntry>& events = m_view.incident().timeline();
    const QList<ClickEntry>& clicks = m_view.incident().clicks();
    QList<Line> out;
    out.reserve(events.size());
    qsizetype e = 0;
    for (qsizetype c = 0; c <= clicks.size(); ++c) {
        const qint64 before = c < clicks.size() ? clicks[c].seq : std::numeric_limits<qint64>::max();
        for (; e < events.size() && events[e].seq < before; ++e)
            out.append({false, e});
        if (c < clicks.size() && (m_showNavigation || clicks[c].click.nature == UiClick::Nature::Act))
            out.append({true, c});
    }
    return out;
}

void TimelineModel::setShowNavigation(bool show) {
    if (show == m_showNavigation)
        return;
    beginResetModel();
    m_showNavigation = show;
    m_lines = lines();
    endResetModel();
}

void TimelineModel::sync() {
    QList<Line> now = lines();
    // Lines are only ever added at the end while a reversal runs; anything else (another reversal
    // shown) resets.
    if (now.size() > m_lines.size() && std::equal(m_lines.cbegin(), m_lines.cend(), now.cbegin())) {
        beginInsertRows({}, int(m_lines.size()), int(now.size()) - 1);
        m_lines = std::move(now);
        endInsertRows();
    } else if (now != m_lines) {
        beginResetModel();
        m_lines = std::move(now);
        endResetModel();
    }
    syncRetracted();
}

void TimelineModel::syncRetracted() {
    // A retraction changes an entry already shown: its row is repainted struck through.
    int retracted = 0;
    for (const TimelineEntry& entry : m_view.incident().timeline())
        retracted += entry.isRetracted() ? 1 : 0;
    if (retracted != m_retracted && !m_lines.isEmpty())
        emit dataChanged(index(0), index(int(m_lines.size()) - 1));
    m_retracted = retracted;
}

int TimelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line& line = m_lines.at(index.row());
    const Incident& incident = m_view.incident();
    const ClickEntry* click = line.click ? &incident.clicks().at(line.index) : nullptr;
    const TimelineEntry* entry = line.click ? nullptr : &incident.timeline().at(line.index);
    const QDateTime at = click ? click->at : entry->at;
    const qint64 seq = click ? click->seq : entry->seq;
    const QString kind = click ? UiClick::kind : entry->kind();
    switch (role) {
    case Qt::DisplayRole: {
        const QString line = QStringLiteral("%1  %2").arg(at.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                                          click ? TimelineText::render(*click)
                                                                : TimelineText::render(*entry, &m_view.kit()));
        return entry && entry->isRetracted()
                   ? QStringLiteral("%1  — %2").arg(line, TimelineText::retractionNote(*entry))
                   : line;
    }
    case Qt::FontRole:
        if (entry && entry->isRetracted()) {
            QFont struck;
            struck.setStrikeOut(true);
            return struck;
        }
        return {};
    case RetractedRole:
        return entry && entry->isRetracted();
    case RetractableRole:
        return entry && m_view.canRecord() && m_view.incident().canRetract(entry->seq);
    case Qt::ToolTipRole:
        return tr("%1 UTC · seq %2 · %3 · %4")
            .arg(at.toString(Qt::ISODateWithMs))
            .arg(seq)
            .arg(kind, click ? click->actor : entry->actor);
    case SeqRole:
        return seq;
    case KindRole:
        return kind;
    case NatureRole:
        return click ? UiClick::natureId(click->click.nature) : QString();
    }
    return {};
}

} // namespace turnback
