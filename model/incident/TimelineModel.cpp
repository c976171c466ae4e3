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
    // Events, shown clicks, messages sent and files attached, merged in log order (seq).
    const Incident& incident = m_view.incident();
    QList<Line> out;
    out.reserve(incident.timeline().size() + incident.commsSent().size() + incident.attachments().size());
    for (qsizetype i = 0; i < incident.timeline().size(); ++i)
        out.append({Source::Event, i});
    for (qsizetype i = 0; i < incident.clicks().size(); ++i)
        if (m_showNavigation || incident.clicks()[i].click.nature == UiClick::Nature::Act)
            out.append({Source::Click, i});
    for (qsizetype i = 0; i < incident.commsSent().size(); ++i)
        out.append({Source::CommsSent, i});
    for (qsizetype i = 0; i < incident.attachments().size(); ++i)
        out.append({Source::Attachment, i});
    std::stable_sort(out.begin(), out.end(), [this](const Line& a, const Line& b) { return seqOf(a) < seqOf(b); });
    return out;
}

qint64 TimelineModel::seqOf(const Line& line) const {
    const Incident& incident = m_view.incident();
    switch (line.source) {
    case Source::Event:
        return incident.timeline().at(line.index).seq;
    case Source::Click:
        return incident.clicks().at(line.index).seq;
    case Source::CommsSent:
        return incident.commsSent().at(line.index).seq;
    case Source::Attachment:
        return incident.attachments().at(line.index).seq;
    }
    return 0;
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
    const ClickEntry* click = line.source == Source::Click ? &incident.clicks().at(line.index) : nullptr;
    const TimelineEntry* entry = line.source == Source::Event ? &incident.timeline().at(line.index) : nullptr;
    const auto* sent = line.source == Source::CommsSent ? &incident.commsSent().at(line.index) : nullptr;
    const auto* attached = line.source == Source::Attachment ? &incident.attachments().at(line.index) : nullptr;
    const QDateTime at = click ? click->at : entry ? entry->at : sent ? sent->at : attached->at;
    const qint64 seq = seqOf(line);
    const QString kind = click   ? UiClick::kind
                         : entry ? entry->kind()
                         : sent  ? events::CommsSent::kind
                                 : EvidenceAttached::kind;
    const QString actor = click ? click->actor : entry ? entry->actor : sent ? sent->actor : attached->actor;
    const QString text = click   ? TimelineText::render(*click)
                         : entry ? TimelineText::render(*entry, &m_view.kit())
                         : sent  ? TimelineText::render(*sent, &m_view.kit())
                                 : TimelineText::render(*attached, &m_view.kit());
    switch (role) {
    case Qt::DisplayRole: {
        const QString line = QStringLiteral("%1  %2").arg(at.toLocalTime().toString(QStringLiteral("HH:mm:ss")), text);
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
        return tr("%1 UTC · seq %2 · %3 · %4").arg(at.toString(Qt::ISODateWithMs)).arg(seq).arg(kind, actor);
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
