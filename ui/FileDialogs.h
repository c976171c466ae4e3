#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace turnback {

/// File dialogs behind one seam, so a test can answer the next dialog instead of blocking on it
/// (as KeePassXC does for its message boxes).
class FileDialogs {
public:
    static QString openKitFile(QWidget* parent);
    static QStringList openOverlayFiles(QWidget* parent);
    static QString openObservationsFile(QWidget* parent);
    /// A tabletop scenario to run (File > Run an exercise).
    static QString openScenarioFile(QWidget* parent);
    /// An audit log to open read-only for review (File > Open a log for review).
    static QString openLogForReview(QWidget* parent);
    /// A file to attach as evidence (a log, a screenshot, a snapshot manifest).
    static QString openEvidenceFile(QWidget* parent);
    /// A signing key file to open or create (the dialog does not insist that it exists).
    static QString chooseKeyFile(QWidget* parent);
    /// A new audit log file to record into (after a broken one); the caller refuses an existing file.
    static QString newLogFile(QWidget* parent, const QString& suggested);
    /// Where to write an evidence pack (.zip); an existing file is replaced only when the pack is whole.
    static QString saveEvidencePack(QWidget* parent, const QString& suggested);
    /// Where to write an after-action report (.pdf).
    static QString saveReportPdf(QWidget* parent, const QString& suggested);
    /// Where to save a comms message as an .eml file.
    static QString saveEmlFile(QWidget* parent, const QString& suggested);

    /// Tests: the next open...() call returns these without showing a dialog.
    static void setNextAnswer(const QStringList& files);
    /// Tests: the file name the latest save...() call suggested (shown or answered by setNextAnswer).
    static QString lastSuggestion();

private:
    static QStringList takeNextAnswer(bool* answered, const QString& suggested = QString());
};

} // namespace turnback
