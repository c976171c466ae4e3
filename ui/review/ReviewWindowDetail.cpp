// The review window's detail pane and its console at an instant (docs/review.md): what one row or one
// moment of the reversal was, in full. Split from ReviewWindow.cpp along that seam.
#include "ReviewWindow.h"

#include "ReviewSnapshot.h"
#include "ReviewTimelineModel.h"
#include "UtcTime.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace turnback {

namespace {

QString localText(const QDateTime& at) {
    return QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

void ReviewWindow::showDetail() {
    const qint64 seq = m_model->seqAt(m_timeline->currentIndex().row());
    const auto record = seq > 0 ? m_database->record(seq) : std::nullopt;
    if (!record) {
        m_detail->clear();
        return;
    }
    const QDateTime at = utc::parse(record->atUtc);
    const QJsonDocument payload = QJsonDocument::fromJson(record->payload.toUtf8());
    QString html = QStringLiteral("<table cellspacing=\"2\">");
    auto row = [&html](const QString& name, const QString& value) {
        html +=
            QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const QModelIndex current = m_timeline->currentIndex();
    row(tr("what happened"), current.siblingAtColumn(ReviewTimelineModel::SummaryColumn).data().toString());
    row(tr("seq"), QString::number(record->seq));
    row(tr("time"), tr("%1 local, %2 UTC").arg(localText(at), record->atUtc));
    row(tr("actor"), record->actor);
    row(tr("kind"), record->kind);
    row(tr("target"), record->target);
    row(tr("reversal"), record->incident);
    // An attached file named in the payload: is it still what was recorded?
    const QJsonObject fields = payload.object();
    if (fields.contains(QStringLiteral("sha256")) && fields.contains(QStringLiteral("path"))) {
        const QString file =
            QFileInfo(m_database->path()).dir().filePath(fields.value(QStringLiteral("path")).toString());
        QFile artifact(file);
        QString state = tr("missing: %1 is not there").arg(file);
        if (artifact.open(QIODevice::ReadOnly)) {
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(&artifact);
            state = QString::fromLatin1(hash.result().toHex()) == fields.value(QStringLiteral("sha256")).toString()
                        ? tr("matches the recorded SHA-256")
                        : tr("CHANGED: the file no longer has the recorded SHA-256");
        }
        row(tr("artifact"), state);
    }
    html += QStringLiteral("</table><pre>%1</pre><table cellspacing=\"2\">")
                .arg(QString::fromUtf8(payload.toJson(QJsonDocument::Indented)).toHtmlEscaped());
    // The hashes after the payload: what a person reads first is what happened.
    row(tr("hash"), record->hash);
    row(tr("previous hash"), record->prevHash);
    if (record->incidentSeq > 0)
        row(tr("in the reversal's chain"), tr("#%1, hash %2").arg(record->incidentSeq).arg(record->incidentHash));
    html += QStringLiteral("</table>");
    m_detail->setHtml(html);
}

QWidget* ReviewWindow::buildConsoleTab() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* row = new QHBoxLayout;
    m_consoleTime = new QLineEdit(page);
    m_consoleTime->setObjectName(QStringLiteral("consoleTime"));
    m_consoleTime->setPlaceholderText(tr("HH:MM or YYYY-MM-DD HH:MM, local time"));
    auto* label = new QLabel(tr("What did the console show at this &instant:"), page);
    label->setBuddy(m_consoleTime);
    auto* show = new QPushButton(tr("S&how"), page);
    show->setObjectName(QStringLiteral("showConsoleButton"));
    connect(show, &QPushButton::clicked, this, &ReviewWindow::showConsoleAt);
    connect(m_consoleTime, &QLineEdit::returnPressed, this, &ReviewWindow::showConsoleAt);
    row->addWidget(label);
    row->addWidget(m_consoleTime, 1);
    row->addWidget(show);
    layout->addLayout(row);
    m_console = new QTextBrowser(page);
    m_console->setObjectName(QStringLiteral("consoleView"));
    layout->addWidget(m_console, 1);
    return page;
}

void ReviewWindow::showConsoleAt() {
    if (m_incident.isEmpty() || !m_kit) {
        m_console->setPlainText(m_incident.isEmpty() ? tr("Choose a reversal first.")
                                                     : tr("No kit is loaded to rebuild the rubric with."));
        return;
    }
    const QDateTime instant = parseInstant(m_consoleTime->text());
    if (!instant.isValid()) {
        m_console->setPlainText(tr("Type a time: HH:MM or YYYY-MM-DD HH:MM, local time."));
        return;
    }
    QString error;
    const auto snapshot = ReviewSnapshot::at(*m_database, m_incident, *m_kit, instant, &error);
    if (!snapshot) {
        m_console->setPlainText(error);
        return;
    }
    m_console->setHtml(ReviewSnapshot::html(*snapshot, *m_kit));
}

} // namespace turnback
