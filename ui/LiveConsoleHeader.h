#pragma once

#include <QObject>

class QDateTime;
class QLabel;
class QPushButton;
class QVBoxLayout;
class QWidget;

namespace turnback {

class ExerciseBanner;

struct Countdown;
class IncidentView;
struct OwedItem;
class ReversalSession;
class StageBanner;

/// The top of the live console, read at a glance: the exercise, recording-problem and following
/// banners; the level on its colour and since when, beside the stages' banner; what is owed NEXT
/// (with "Send this update..." when it is a comms update); and the reversal's context line.
///
/// Not a widget of its own: its labels and button are children of the console, as they were when
/// the console built them, so the object paths that `ui.click` records (".../liveConsole/
/// nextCommsButton") and the console's layout stay what they were.
class LiveConsoleHeader : public QObject {
    Q_OBJECT
public:
    /// Builds the header's widgets as children of `console`; `session` null: a read-only console
    /// (the following banner shows, NEXT offers no comms wizard).
    LiveConsoleHeader(IncidentView& view, ReversalSession* session, QWidget* console);

    /// Adds the banners, the level row, NEXT and the context line, top to bottom, to the console's layout.
    void addTo(QVBoxLayout* layout);

    /// Rereads the incident at `now`: the level and its age, what is owed next, the stages, the context.
    void refresh(const QDateTime& now);
    /// Shows the recording-problem banner while the session holds events it could not write yet.
    void updateRecordingProblem();
    /// The session's own words on what it holds and that it will be written: never "try again",
    /// which recorded a held act twice (issue 9).
    void showRecordingProblem(const QString& text);

    QString nextOwedText() const;
    QString levelBannerText() const;
    QString stageBannerText() const;

signals:
    /// NEXT's "Send this update...": the comms wizard is asked for on that template.
    void commsRequested(const QString& templateId);

private:
    void refreshLevel(const QDateTime& now);
    void refreshNextOwed(const QDateTime& now);
    void refreshContext(const QDateTime& now);
    QString nextOwedSentence(const OwedItem& owed, const Countdown& countdown) const;

    IncidentView& m_view;
    ReversalSession* m_session = nullptr; ///< null: read-only

    ExerciseBanner* m_exerciseBanner = nullptr;
    QLabel* m_recordingProblem = nullptr;
    QLabel* m_following = nullptr;
    QLabel* m_levelBanner = nullptr;      ///< "STOP (HALT DEPLOY)" on the level's colour
    QLabel* m_levelSince = nullptr;       ///< "since 18:21:03 (18:21:03 UTC), 3:12 ago"
    StageBanner* m_stageBanner = nullptr; ///< a NO-GO that stands, the rollback window's countdown
    QLabel* m_nextOwed = nullptr;
    QPushButton* m_nextComms = nullptr;
    QString m_nextCommsTemplate; ///< the comms template NEXT names; empty when it names something else
    QLabel* m_context = nullptr;
    // What the styled labels show now: restyling only when these change keeps the 1 Hz refresh cheap.
    int m_bannerLevel = -1;
    int m_nextOwedPhase = -1;
};

} // namespace turnback
