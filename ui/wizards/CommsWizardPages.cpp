#include "CommsWizardPages.h"

#include "CommsSending.h"

#include "Clock.h"
#include "CommsPrefill.h"
#include "CommsSuggestion.h"
#include "CommsWizard.h"
#include "Countdown.h"
#include "Duration.h"
#include "Eml.h"
#include "FileDialogs.h"
#include "Incident.h"
#include "OwedItems.h"
#include "ReversalSession.h"
#include "TimelineText.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFile>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace turnback {

namespace {
constexpr char kProblemStyle[] = "QLabel { color: #b71c1c; font-weight: bold; }";

QString utcText(const QDateTime& at) {
    return QStringLiteral("%1 UTC (%2 local)")
        .arg(at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             at.toLocalTime().toString(QStringLiteral("HH:mm")));
}

} // namespace

QLabel* wrappedLabel(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    return label;
}

// --- Fill -------------------------------------------------------------------------------------

CommsWizardPageFill::CommsWizardPageFill(CommsWizard& wizard)
    : m_wizard(wizard) {
    setTitle(tr("Fill in the blanks"));
    auto* area = new QScrollArea(this);
    area->setObjectName(QStringLiteral("commsBlankArea"));
    area->setWidgetResizable(true);
    area->setFocusPolicy(Qt::NoFocus); // Tab goes from blank to blank, not to the frame around them
    auto* form = new QWidget(area);
    form->setObjectName(QStringLiteral("commsBlankForm"));
    m_form = new QFormLayout(form);
    area->setWidget(form);
    m_problems = wrappedLabel(this, QStringLiteral("commsBlankProblemLabel"));
    m_problems->setStyleSheet(QString::fromLatin1(kProblemStyle));
    m_draftStatus = wrappedLabel(this, QStringLiteral("commsDraftStatusLabel"));
    m_saveDraft = new QPushButton(tr("Save dra&ft"), this);
    m_saveDraft->setObjectName(QStringLiteral("commsSaveDraftButton"));
    connect(m_saveDraft, &QPushButton::clicked, this, [this] {
        collect();
        m_draftStatus->setText(m_wizard.saveDraft()
                                   ? tr("Draft saved and recorded at %1 UTC.")
                                         .arg(m_wizard.session().clock().utcNow().toString(QStringLiteral("HH:mm:ss")))
                                   : tr("Draft NOT saved: %1").arg(m_wizard.session().errorString()));
    });
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_draftStatus, 1);
    bottom->addWidget(m_saveDraft);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(area, 1);
    layout->addWidget(m_problems);
    layout->addLayout(bottom);
}

QWidget* CommsWizardPageFill::editorFor(const CommsBlank& blank, const QString& value) {
    const auto changed = [this] {
        collect();
        emit completeChanged();
    };
    QWidget* editor = nullptr;
    switch (blank.type) {
    case BlankType::Multiline: {
        auto* edit = new QPlainTextEdit(value, m_form->parentWidget());
        edit->setTabChangesFocus(true); // Tab moves on; Ctrl+Return is Next (TurnbackWizard)
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
        connect(edit, &QPlainTextEdit::textChanged, this, changed);
        editor = edit;
        break;
    }
    case BlankType::Choice: {
        auto* combo = new QComboBox(m_form->parentWidget());
        combo->addItem(blank.required ? tr("— choose —") : tr("— none —"), QString());
        for (const QString& choice : blank.choices)
            combo->addItem(choice, choice);
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
        editor = combo;
        break;
    }
    default: {
        auto* edit = new QLineEdit(value, m_form->parentWidget());
        if (blank.type == BlankType::DateTime)
            edit->setPlaceholderText(tr("UTC, as %1").arg(CommsRender::formatUtc(m_wizard.session().clock().utcNow())));
        else if (blank.type == BlankType::Number)
            edit->setPlaceholderText(tr("a number, as 1200 or 12.5"));
        connect(edit, &QLineEdit::textChanged, this, changed);
        editor = edit;
    }
    }
    editor->setObjectName(QStringLiteral("commsBlank_%1").arg(blank.name));
    if (!blank.help.isEmpty())
        editor->setToolTip(blank.help);
    return editor;
}

QString CommsWizardPageFill::valueOf(const CommsBlank& blank) const {
    QWidget* editor = m_editors.value(blank.name);
    if (auto* edit = qobject_cast<QLineEdit*>(editor))
        return edit->text();
    if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
        return text->toPlainText();
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        return combo->currentData().toString();
    return {};
}

void CommsWizardPageFill::collect() {
    if (!m_wizard.render())
        return;
    for (const CommsBlank& blank : m_wizard.render()->blanks())
        m_wizard.values.insert(blank.name, valueOf(blank));
    const QList<BlankProblem> problems = m_wizard.render()->problems(m_wizard.values);
    m_problems->setText(
        problems.isEmpty()
            ? QString()
            : tr("Next is disabled until every required blank is valid:\n%1").arg(problemsText(problems)));
}

void CommsWizardPageFill::initializePage() {
    const CommsRender* render = m_wizard.render();
    const CommsTemplate* comms = m_wizard.chosen();
    setSubTitle(tr("%1: every blank marked * is required. Values Turnback knows from the record are filled in; "
                   "check them. Tab moves on, Ctrl+Return is Next.")
                    .arg(comms->title));
    if (m_builtFor != comms->id) {
        while (m_form->rowCount() > 0)
            m_form->removeRow(0);
        m_editors.clear();
        for (const CommsBlank& blank : render->blanks()) {
            QWidget* editor = editorFor(blank, m_wizard.values.value(blank.name));
            auto* label =
                new QLabel(blank.label + (blank.required ? QStringLiteral(" *") : QString()), m_form->parentWidget());
            label->setObjectName(QStringLiteral("commsBlankLabel_%1").arg(blank.name));
            label->setBuddy(editor);
            m_form->addRow(label, editor);
            m_editors.insert(blank.name, editor);
            // Tab goes from blank to blank in the form's order, then to Save draft.
            QWidget::setTabOrder(editor, m_saveDraft);
        }
        m_builtFor = comms->id;
    }
    const auto* draft = m_wizard.session().incident().draft(comms->id);
    m_draftStatus->setText(draft ? tr("Resumed the draft saved at %1 UTC by %2.")
                                       .arg(draft->at.toString(QStringLiteral("HH:mm:ss")), draft->actor)
                                 : QString());
    collect();
    if (!render->blanks().isEmpty())
        m_editors.value(render->blanks().first().name)->setFocus();
}

bool CommsWizardPageFill::isComplete() const {
    return m_wizard.render() && m_wizard.render()->problems(m_wizard.values).isEmpty();
}

bool CommsWizardPageFill::validatePage() {
    collect();
    return isComplete();
}

// --- Accountability ---------------------------------------------------------------------------

CommsWizardPageAccountability::CommsWizardPageAccountability(CommsWizard& wizard)
    : m_wizard(wizard) {
    setTitle(tr("Who owes this update, to whom, by when"));
    m_owed = wrappedLabel(this, QStringLiteral("commsOwedLabel"));
    m_owed->setTextFormat(Qt::RichText);
    m_recipients = new QLineEdit(this);
    m_recipients->setObjectName(QStringLiteral("commsRecipientsEdit"));
    m_recipients->setPlaceholderText(tr("Name <address>; another <address>; or a group's name"));
    m_from = new QLineEdit(this);
    m_from->setObjectName(QStringLiteral("commsFromEdit"));
    auto* form = new QFormLayout;
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setObjectName(QStringLiteral("commsRecipientsLabel"));
    toLabel->setBuddy(m_recipients);
    auto* fromLabel = new QLabel(tr("F&rom:"), this);
    fromLabel->setObjectName(QStringLiteral("commsFromLabel"));
    fromLabel->setBuddy(m_from);
    form->addRow(toLabel, m_recipients);
    form->addRow(fromLabel, m_from);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_owed);
    layout->addLayout(form);
    layout->addStretch();
    connect(m_recipients, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_from, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

void CommsWizardPageAccountability::initializePage() {
    const CommsTemplate* comms = m_wizard.chosen();
    const Kit& kit = m_wizard.kit();
    const Role* owner = kit.role(comms->owner);
    const QString holder = owner && !owner->person.isEmpty() ? owner->person : tr("not named in the kit");
    const QDateTime due = m_wizard.dueAt();
    // A regulator report's deadline is its clock's, counted from its own trigger, not from the start.
    const QString basis =
        comms->dueFromStart
            ? tr("The kit gives %1 from the start of the reversal (%2).")
                  .arg(Duration::humanText(comms->due), utcText(m_wizard.session().incident().startedAt()))
            : tr("Its regulator clock sets the deadline, counted from its own trigger "
                 "(Regulator clocks, beside the rubric).");
    m_owed->setText(tr("<p><b>Owed by:</b> %1 (%2)</p><p><b>Owed to:</b> %3</p><p><b>Due by:</b> %4 — %5</p>"
                       "<p>%6</p>")
                        .arg(kit.roleTitle(comms->owner).toHtmlEscaped(), holder.toHtmlEscaped(),
                             comms->recipient.toHtmlEscaped(), due.isValid() ? utcText(due) : tr("no deadline"),
                             m_wizard.stateText(*comms).toHtmlEscaped(), basis.toHtmlEscaped()));
    m_recipients->setText(m_wizard.recipients.join(QStringLiteral("; ")));
    // The sender: the owner with the first contact that is an address, else Turnback's placeholder.
    QString from = QStringLiteral("Turnback <turnback@localhost.invalid>");
    if (owner)
        for (const QString& contact : owner->contacts)
            if (contact.contains(u'@') && !contact.contains(u' '))
                from = QStringLiteral("%1 <%2>").arg(owner->person.isEmpty() ? owner->title : owner->person, contact);
    if (m_wizard.from.isEmpty())
        m_wizard.from = from;
    m_from->setText(m_wizard.from);
    m_recipients->setFocus();
}

bool CommsWizardPageAccountability::isComplete() const {
    return !m_recipients->text().trimmed().isEmpty() && !EmlAddress::parse(m_from->text()).address.isEmpty();
}

bool CommsWizardPageAccountability::validatePage() {
    m_wizard.recipients.clear();
    for (const QString& part : m_recipients->text().split(u';', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            m_wizard.recipients << part.trimmed();
    m_wizard.from = m_from->text().trimmed();
    return !m_wizard.recipients.isEmpty();
}

// --- Preview ----------------------------------------------------------------------------------

CommsWizardPagePreview::CommsWizardPagePreview(CommsWizard& wizard)
    : m_wizard(wizard) {
    setTitle(tr("Exactly what will be sent"));
    m_withLogHead =
        new QCheckBox(tr("End the message with the audit log's &fingerprint (a witness of the record now)"), this);
    m_withLogHead->setObjectName(QStringLiteral("commsLogHeadCheck"));
    m_withLogHead->setChecked(true);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("commsPreviewText"));
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_withLogHead);
    layout->addWidget(m_preview, 1);
    connect(m_withLogHead, &QCheckBox::toggled, this, [this](bool on) {
        m_wizard.withLogHead = on;
        refresh();
    });
}

void CommsWizardPagePreview::initializePage() {
    m_wizard.logHead = logHeadFingerprint(m_wizard.session().logHeadSeq(), m_wizard.session().logHeadHash());
    refresh();
    m_withLogHead->setFocus();
}

void CommsWizardPagePreview::refresh() {
    const CommsRender::Rendered text = m_wizard.message();
    m_preview->setPlainText(tr("From: %1\nTo: %2\nSubject: %3\nAudit log head: %4\n\n%5")
                                .arg(m_wizard.from, m_wizard.recipients.join(QStringLiteral("; ")), text.subject,
                                     m_wizard.withLogHead ? m_wizard.logHead : tr("(not sent)"), text.body));
}

// --- Send -------------------------------------------------------------------------------------

CommsWizardPageSend::CommsWizardPageSend(CommsWizard& wizard)
    : m_wizard(wizard) {
    setTitle(tr("Send it"));
    setSubTitle(tr("Each way of sending is recorded with the full text and its SHA-256."));
    m_late = wrappedLabel(this, QStringLiteral("commsLateLabel"));
    m_late->setStyleSheet(QString::fromLatin1(kProblemStyle));
    m_lateReason = new QLineEdit(this);
    m_lateReason->setObjectName(QStringLiteral("commsLateReasonEdit"));
    m_lateReason->setPlaceholderText(tr("Why it goes out late, for the recipient and the record"));
    auto* lateLabel = new QLabel(tr("Reason for the &delay:"), this);
    lateLabel->setObjectName(QStringLiteral("commsLateReasonLabel"));
    lateLabel->setBuddy(m_lateReason);
    auto* copy = new QPushButton(tr("&Copy to the clipboard"), this);
    copy->setObjectName(QStringLiteral("commsCopyButton"));
    auto* save = new QPushButton(tr("Save as .&eml file..."), this);
    save->setObjectName(QStringLiteral("commsSaveEmlButton"));
    auto* mail = new QPushButton(tr("Open in the &mail client..."), this);
    mail->setObjectName(QStringLiteral("commsMailClientButton"));
    m_status = wrappedLabel(this, QStringLiteral("commsSendStatusLabel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_late);
    auto* lateRow = new QHBoxLayout;
    lateRow->addWidget(lateLabel);
    lateRow->addWidget(m_lateReason, 1);
    layout->addLayout(lateRow);
    layout->addWidget(copy);
    layout->addWidget(save);
    layout->addWidget(mail);
    layout->addWidget(m_status);
    layout->addStretch();
    connect(copy, &QPushButton::clicked, this, [this] { send(Channel::Clipboard); });
    connect(save, &QPushButton::clicked, this, [this] { send(Channel::Eml); });
    connect(mail, &QPushButton::clicked, this, [this] { send(Channel::MailClient); });
    m_late->setProperty("lateRow", QVariant::fromValue<QObject*>(lateLabel));
}

void CommsWizardPageSend::initializePage() {
    const bool late = m_wizard.isLate();
    m_late->setVisible(late);
    m_lateReason->setVisible(late);
    qobject_cast<QWidget*>(m_late->property("lateRow").value<QObject*>())->setVisible(late);
    if (late)
        m_late->setText(tr("LATE: this update was due at %1. Say why before sending; regulators ask for it.")
                            .arg(utcText(m_wizard.dueAt())));
    m_status->setText(tr("Not sent yet."));
    (late ? static_cast<QWidget*>(m_lateReason) : findChild<QPushButton*>(QStringLiteral("commsCopyButton")))
        ->setFocus();
}

bool CommsWizardPageSend::isComplete() const {
    return m_sent > 0;
}

void CommsWizardPageSend::send(Channel channel) {
    if (m_wizard.isLate() && m_lateReason->text().trimmed().isEmpty()) {
        m_status->setText(tr("Not sent: write the reason for the delay first."));
        m_lateReason->setFocus();
        return;
    }
    const CommsRender::Rendered text = m_wizard.message();
    if (channel == Channel::Clipboard) {
        const QString copied = CommsSending::clipboardText(text);
        QGuiApplication::clipboard()->setText(copied);
        record(channel, copied.toUtf8(), {});
        return;
    }
    EmlMessage message;
    message.from = EmlAddress::parse(m_wizard.from);
    for (const QString& to : m_wizard.recipients)
        message.to << EmlAddress::parse(to);
    message.subject = text.subject;
    message.body = text.body;
    message.date = m_wizard.session().clock().utcNow();
    message.logHead = m_wizard.withLogHead ? m_wizard.logHead : QString();
    QString error;
    const std::optional<QByteArray> eml = Eml::write(message, &error);
    if (!eml) {
        m_status->setText(tr("Not sent: %1").arg(error));
        return;
    }
    const QString file = FileDialogs::saveEmlFile(this, m_wizard.chosen()->id + QStringLiteral(".eml"));
    if (file.isEmpty()) {
        m_status->setText(tr("Not sent: no file was chosen."));
        return;
    }
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(*eml) != eml->size() || !out.flush()) {
        m_status->setText(tr("Not sent: %1 could not be written (%2).").arg(file, out.errorString()));
        return;
    }
    out.close();
    if (!record(channel, *eml, file))
        return;
    if (channel == Channel::MailClient) {
        const QUrl url = QUrl::fromLocalFile(file);
        s_lastOpenedUrl = url.toString();
        if (!s_dontOpenMailClient && !QDesktopServices::openUrl(url))
            m_status->setText(m_status->text() + QLatin1Char(' ') +
                              tr("No mail client opened it: open %1 yourself.").arg(file));
    }
}

bool CommsWizardPageSend::record(Channel channel, const QByteArray& bytes, const QString& file) {
    CommsSending::Sent out;
    out.comms = m_wizard.chosen();
    out.text = m_wizard.message();
    out.recipients = m_wizard.recipients;
    out.channel = channel == Channel::Clipboard ? events::CommsChannel::Clipboard
                  : channel == Channel::Eml     ? events::CommsChannel::EmlFile
                                                : events::CommsChannel::MailClient;
    out.bytes = bytes;
    out.file = file;
    out.logHead = m_wizard.withLogHead ? m_wizard.logHead : QString();
    out.due = m_wizard.dueAt();
    out.lateReason = m_wizard.isLate() ? m_lateReason->text().trimmed() : QString();
    const events::CommsSent sent = CommsSending::record(out);
    if (!m_wizard.session().recordComms(sent)) {
        m_status->setText(tr("Sent, but NOT recorded: %1").arg(m_wizard.session().errorString()));
        return false;
    }
    ++m_sent;
    const QString how = channel == Channel::Clipboard ? tr("Copied to the clipboard")
                        : channel == Channel::Eml     ? tr("Saved to %1").arg(file)
                                                      : tr("Saved to %1 and handed to the mail client").arg(file);
    m_status->setText(tr("%1 and recorded (SHA-256 %2…). Finish with Ctrl+Return.").arg(how, sent.sha256.left(16)));
    emit completeChanged();
    return true;
}

} // namespace turnback
