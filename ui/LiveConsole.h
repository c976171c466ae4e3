#pragma once

#include <QDateTime>
#include <QSet>
#include <QWidget>

#include <optional>

class QLabel;
class QListView;
class QTableView;
class QTimer;

namespace turnback {

class ClockScheduler;
class LiveConsoleHeader;
class LiveRubricModel;
class NotificationModel;
class ObservationPanel;
class RegulatorClocksPanel;
class CommsDuePanel;
class IncidentView;
class ReversalSession;
class TableColumnFitter;
class TimelineModel;
struct ObservationImportResult;

/// The live reversal at a glance: the level and since when, what is owed next and by whom, the
/// live rubric with each owner's countdown, the notification checklist and the timeline; plus the
/// fast observation entry. Refreshes once a second and wakes at the exact instant the rubric is
/// due to change, so what is recorded happens at the right time even when nothing is typed.
class LiveConsole : public QWidget {
    Q_OBJECT
public:
    /// The console of a reversal this console records.
    explicit LiveConsole(ReversalSession& session, QWidget* parent = nullptr);
    /// The console of any view of a reversal; read-only (every act disabled, a banner says why)
    /// when `session` is null, e.g. following a reversal another console records.
    LiveConsole(IncidentView& view, ReversalSession* session, QWidget* parent = nullptr);

    /// The session that records, or nullptr for a read-only console.
    ReversalSession* session() { return m_session; }
    bool isReadOnly() const { return m_session == nullptr; }

    /// Acknowledges the obligation of the selected rubric row, or what is owed next.
    void acknowledgeSelected();
    /// Opens the decision dialog on what NEXT names (the operator may choose another open item).
    void decideSelected();
    void changeOperator();
    void closeReversal();
    void importObservations();
    /// Chooses a regulator trigger, asks (default No, naming the clocks it starts) and records it.
    void recordRegulatorTrigger();
    /// Takes back the selected notification tick (when the checklist has the focus) or the selected
    /// timeline entry: opens RetractDialog, or says why that entry cannot be retracted.
    void retractSelected();

    /// The header's "next owed" line as shown (for tests and the tray message).
    QString nextOwedText() const;
    QString levelBannerText() const;
    /// The stages' banner beside the level: a NO-GO, the rollback window's countdown; empty when hidden.
    QString stageBannerText() const;

    /// Reads the clock, records what fell due, refreshes the screen and raises overdue alerts.
    /// Runs once a second and at the exact instant of the next rubric change; tests call it directly.
    void refreshNow();

signals:
    /// Something owed ran past its deadline: an owner's timer, an owed comms update or a regulator
    /// report. Raised once per item, at the instant it goes overdue.
    void overdue(const QString& message);
    /// The operator should see this in the status bar.
    void message(const QString& text);
    /// NEXT's "Send this update...": the comms wizard is asked for on that template.
    void commsRequested(const QString& templateId);
    /// The close dialog was left to answer the required human-impact prompts that block closing.
    void goToImpactPrompts();

private:
    /// True when this console records; otherwise says why it cannot, and false.
    bool canAct();
    /// The outcome of an import, in the status bar (or a box naming every bad line).
    void reportImport(const QString& file, const ObservationImportResult& imported);
    void scheduleExactWake();
    /// The header at the clock's now, the regulator clocks, the owed comms and the checklist's title.
    void updateScreen();
    void raiseOverdueAlerts();
    /// The owed comms updates and regulator reports past their deadline not yet alerted (each once).
    void raiseOverdueOwedAlerts(const QDateTime& now);
    /// The earliest deadline still ahead among what is owed (obligations, comms, regulator reports).
    std::optional<QDateTime> nextOwedDeadline(const QDateTime& now) const;
    qint64 targetObligation() const;
    /// Enables what can act: nothing in a read-only console or once the reversal is closed.
    void updateCanAct();
    /// Tab in reading order: record -> what is owed -> the table -> who must be told -> the timeline.
    void orderTabStops();
    /// The tick asked for in the checklist, recorded only once the operator confirms it.
    void confirmNotification(qint64 obligation, const QString& role);
    /// A "Retract..." action (Delete, and the context menu) on a list of recorded facts.
    void addRetractAction(QListView* view);
    /// Opens RetractDialog on the selected line of `view` (the checklist or the timeline).
    void retractFrom(QListView* view);

    IncidentView& m_view;
    ReversalSession* m_session = nullptr; ///< null: read-only
    LiveRubricModel* m_liveModel = nullptr;
    NotificationModel* m_notifications = nullptr;
    TimelineModel* m_timeline = nullptr;
    LiveConsoleHeader* m_header = nullptr; ///< the banners, the level, NEXT and the context line

    QLabel* m_notifyTitle = nullptr;
    QTableView* m_table = nullptr;
    QListView* m_notificationView = nullptr;
    QListView* m_timelineView = nullptr;
    ObservationPanel* m_observe = nullptr;
    RegulatorClocksPanel* m_regulatorClocks = nullptr;
    CommsDuePanel* m_commsDue = nullptr;
    TableColumnFitter* m_columns = nullptr;
    QList<QWidget*> m_acts; ///< the buttons that record: disabled when nothing can be recorded
    QTimer* m_tick = nullptr;
    ClockScheduler* m_exactWake = nullptr;
    QSet<qint64> m_alerted;
    QSet<QString> m_alertedOwed; ///< "comms:<template>", "report:<regime>/<report>": alerted once each
};

} // namespace turnback
