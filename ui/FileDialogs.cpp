#include "FileDialogs.h"

#include <QCoreApplication>
#include <QFileDialog>

#include <optional>

namespace turnback {

namespace {
std::optional<QStringList>& nextAnswer() {
    static std::optional<QStringList> answer;
    return answer;
}

QString& suggestion() {
    static QString suggested;
    return suggested;
}

QString kitFilter() {
    return QCoreApplication::translate("FileDialogs", "Reversibility kits (*.yaml *.yml);;All files (*)");
}
} // namespace

QStringList FileDialogs::takeNextAnswer(bool* answered, const QString& suggested) {
    suggestion() = suggested;
    *answered = nextAnswer().has_value();
    const QStringList files = nextAnswer().value_or(QStringList());
    nextAnswer().reset();
    return files;
}

void FileDialogs::setNextAnswer(const QStringList& files) {
    nextAnswer() = files;
}

QString FileDialogs::lastSuggestion() {
    return suggestion();
}

QString FileDialogs::openKitFile(QWidget* parent) {
    bool answered = false;
    const QStringList files = takeNextAnswer(&answered);
    if (answered)
        return files.value(0);
    return QFileDialog::getOpenFileName(parent, QCoreApplication::translate("FileDialogs", "Open a kit"), QString(),
                                        kitFilter());
}

QStringList FileDialogs::openOverlayFiles(QWidget* parent) {
    bool answered = false;
    const QStringList files = takeNextAnswer(&answered);
    if (answered)
        return files;
    return QFileDialog::getOpenFileNames(parent, QCoreApplication::translate("FileDialogs", "Add service overlays"),
                                         QString(), kitFilter());
}

QString FileDialogs::openObservationsFile(QWidget* parent) {
    bool answered = false;
    const QStringList files = takeNextAnswer(&answered);
    if (answered)
        return files.value(0);
    return QFileDialog::getOpenFileName(
        parent, QCoreApplication::translate("FileDialogs", "Import observations"), QString(),
        QCoreApplication::translate("FileDialogs", "Observations, seconds from the start (*.csv);;All files (*)"));
}

QString FileDialogs::openScenarioFile(QWidget* parent) {
    bool answered = false;
    const QStringList files = takeNextAnswer(&answered);
    if (answered)
        return files.value(0);
    return QFileDialog::getOpenFileName(
        parent, QCoreApplication::translate("FileDialogs", "Run an exercise"), QString(),
        QCoreApplication::translate("FileDialogs", "Tabletop scenarios (*.yaml *.yml);;All files (*)"));
}

QString FileDialogs::openEvidenceFile(QWidget* parent) {
    bool answered = false;
    const QStringList files = takeNextAnswer(&answered);
    if (answered)
        return files.value(0);
    return QFileDialog::getOpenFileName(parent, QCoreApplication::translate("FileDialogs", "Attach evidence"),
                                        QString(), QCoreApplication::translate("FileDialogs", "All files (*)"));
}

QString FileDialogs::chooseKeyFile(QWidget* parent) {
    bool answered = false;
    const QStringList files = takeNextAnswer(&answered);
    if (answered)
        return files.value(0);
    return QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("FileDialogs", "Signing key file"), QString(),
        QCoreApplication::translate("FileDialogs", "Key files (*.key *.pem);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
}

QString FileDialogs::newLogFile(QWidget* parent, const QString& suggested) {
    bool answered = false;
    const QStringList files = takeNextAnswer(&answered, suggested);
    if (answered)
        return files.value(0);
    return QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("FileDialogs", "Start a new audit log"), suggested,
        QCoreApplication::translate("FileDialogs", "Audit logs (*.sqlite *.db);;All files (*)"));
}

QString FileDialogs::openLogForReview(QWidget* parent) {
    bool answered = false;
    const QStringList files = takeNextAnswer(&answered);
    if (answered)
        return files.value(0);
    return QFileDialog::getOpenFileName(
        parent, QCoreApplication::translate("FileDialogs", "Open a log for review (read-only)"), QString(),
        QCoreApplication::translate("FileDialogs", "Turnback audit logs (*.sqlite *.db);;All files (*)"));
}

QString FileDialogs::saveEvidencePack(QWidget* parent, const QString& suggested) {
    bool answered = false;
    const QStringList files = takeNextAnswer(&answered, suggested);
    if (answered)
        return files.value(0);
    return QFileDialog::getSaveFileName(parent, QCoreApplication::translate("FileDialogs", "Export evidence pack"),
                                        suggested,
                                        QCoreApplication::translate("FileDialogs", "Evidence packs (*.zip)"));
}

QString FileDialogs::saveReportPdf(QWidget* parent, const QString& suggested) {
    bool answered = false;
    const QStringList files = takeNextAnswer(&answered, suggested);
    if (answered)
        return files.value(0);
    return QFileDialog::getSaveFileName(parent,
                                        QCoreApplication::translate("FileDialogs", "Export after-action report"),
                                        suggested, QCoreApplication::translate("FileDialogs", "PDF documents (*.pdf)"));
}

QString FileDialogs::saveEmlFile(QWidget* parent, const QString& suggested) {
    bool answered = false;
    const QStringList files = takeNextAnswer(&answered, suggested);
    if (answered)
        return files.value(0);
    return QFileDialog::getSaveFileName(parent, QCoreApplication::translate("FileDialogs", "Save the message"),
                                        suggested,
                                        QCoreApplication::translate("FileDialogs", "E-mail messages (*.eml)"));
}

} // namespace turnback
