#include "LiveRubricModel.h"

#include "Clock.h"
#include "Incident.h"
#include "IncidentView.h"
#include "Kit.h"
#include "RubricEngine.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace turnback {

LiveRubricModel::LiveRubricModel(const IncidentView& view, QObject* parent)
    : QAbstractTableModel(parent)
    , m_view(view) {
    // Any recorded event may change any row; rows themselves (the kit's signals) never change.
    connect(&view, &IncidentView::changed, this, &LiveRubricModel::refresh);
}

int LiveRubricModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_view.kit().signalList.size());
}

int LiveRubricModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

void LiveRubricModel::refresh() {
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::BackgroundRole, Qt::ForegroundRole, Qt::FontRole});
}

QString LiveRubricModel::latestText(const Signal& signal) const {
    const SignalStatus status = m_view.engine().status(signal.id);
    switch (signal.threshold.kind) {
    case Threshold::Kind::Measured:
        return status.latestValue ? QString::number(*status.latestValue, 'g', 6) + signal.threshold.unit
                                  : QStringLiteral("—");
    case Threshold::Kind::Count:
        if (!signal.threshold.unit.isEmpty())
            return tr("%1 %2 in %3")
                .arg(status.windowCount)
                .arg(signal.threshold.unit, Duration::humanText(signal.threshold.window));
        return tr("%1 in %2").arg(status.windowCount).arg(Duration::humanText(signal.threshold.window));
    case Threshold::Kind::Any:
        return status.windowCount ? tr("occurred ×%1").arg(status.windowCount) : QStringLiteral("—");
    }
    return {};
}

QString LiveRubricModel::stateText(const Signal& signal, const QDateTime& now) const {
    const SignalStatus status = m_view.engine().status(signal.id);
    switch (status.phase) {
    case SignalPhase::Quiet: {
        const Obligation* o = m_view.incident().latestObligation(signal.id);
        return o && o->signalCleared ? tr("cleared") : tr("quiet");
    }
    case SignalPhase::Pending: {
        const QDateTime firesAt =
            m_view.incident().startedAt().addMSecs(status.firesAt.value_or(Milliseconds(0)).count());
        return tr("pending — fires in %1").arg(Duration::clockText(Milliseconds(now.msecsTo(firesAt))));
    }
    case SignalPhase::Triggered:
        return tr("TRIGGERED");
    }
    return {};
}

QVariant LiveRubricModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Kit& kit = m_view.kit();
    const Signal& signal = kit.signalList.at(index.row());
    const Obligation* obligation = m_view.incident().latestObligation(signal.id);
    const QDateTime now = m_view.clock().utcNow();
    const Countdown countdown = countdownFor(obligation, now);
    const SignalPhase phase = m_view.engine().status(signal.id).phase;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SignalColumn:
            return signal.name;
        case ThresholdColumn:
            return signal.threshold.text();
        case LatestColumn:
            return latestText(signal);
        case StateColumn:
            return stateText(signal, now);
        case LevelColumn:
            return kit.levelLabel(signal.action);
        case OwnerColumn: {
            const Role* owner = kit.role(signal.owner);
            return owner && !owner->person.isEmpty() ? QStringLiteral("%1 (%2)").arg(owner->title, owner->person)
                                                     : kit.roleTitle(signal.owner);
        }
        case CountdownColumn:
            if (!obligation)
                // "Immediate" from Duration is the kit's own English wording (kit show); on screen it is translated.
                return signal.timer.count() == 0 ? tr("Immediately once triggered")
                                                 : tr("%1 once triggered").arg(Duration::humanText(signal.timer));
            if (obligation->acknowledgedAt && obligation->isOpen())
                return QString(countdown.text + tr(" · ack'd"));
            return countdown.text;
        }
        break;
    case Qt::BackgroundRole:
        // Colour always doubles text that says the same thing (OVERDUE, DUE SOON, TRIGGERED).
        if (index.column() == CountdownColumn) {
            if (countdown.phase == CountdownPhase::Overdue)
                return QBrush(QColor(0xc62828));
            if (countdown.phase == CountdownPhase::DueSoon)
                return QBrush(QColor(0xffb300));
            // Green is for carried out; a hold is answered, not done: grey, and its text says HELD.
            if (countdown.phase == CountdownPhase::Done)
                return QBrush(QColor(obligation->decision == Decision::Hold ? 0xe0e0e0 : 0xc8e6c9));
        }
        if (index.column() == StateColumn && phase == SignalPhase::Triggered)
            return QBrush(QColor(0xffcdd2));
        if (index.column() == StateColumn && phase == SignalPhase::Pending)
            return QBrush(QColor(0xfff4cc));
        break;
    case Qt::ForegroundRole:
        if (index.column() == CountdownColumn && countdown.phase == CountdownPhase::Overdue)
            return QBrush(Qt::white);
        break;
    case Qt::FontRole:
        if ((index.column() == CountdownColumn && countdown.phase >= CountdownPhase::DueSoon &&
             countdown.phase != CountdownPhase::Done) ||
            (index.column() == StateColumn && phase == SignalPhase::Triggered)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        // The threshold may be wrapped in a narrow column: the whole of it on hover.
        if (index.column() == ThresholdColumn)
            return signal.description.isEmpty()
                       ? signal.threshold.text()
                       : QStringLiteral("%1\n%2").arg(signal.threshold.text(), signal.description);
        if (obligation && index.column() == CountdownColumn)
            return tr("Triggered %1 UTC; due %2 UTC")
                .arg(obligation->triggeredAt.toString(QStringLiteral("HH:mm:ss.zzz")),
                     obligation->deadline.toString(QStringLiteral("HH:mm:ss.zzz")));
        return signal.description.isEmpty() ? QVariant() : QVariant(signal.description);
    case SignalIdRole:
        return signal.id;
    case ObligationIdRole:
        return obligation ? obligation->id : qint64(0);
    case CountdownPhaseRole:
        return int(countdown.phase);
    case SignalPhaseRole:
        return int(phase);
    case RemainingMsRole:
        return qint64(countdown.remaining.count());
    }
    return {};
}

QVariant LiveRubricModel::headerData(int section, Qt::Orientation orientation, int role) const {
    // A narrow column elides its title: the whole title on hover.
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return headerData(section, orientation, Qt::DisplayRole);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SignalColumn:
        return tr("Signal");
    case ThresholdColumn:
        return tr("Threshold");
    case LatestColumn:
        return tr("Latest");
    case StateColumn:
        return tr("State");
    case LevelColumn:
        return tr("Level");
    case OwnerColumn:
        return tr("Owner");
    case CountdownColumn:
        return tr("Owner's countdown");
    }
    return {};
}

} // namespace turnback
