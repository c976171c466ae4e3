#include "SigningKeyDialog.h"

#include "AuditSigner.h"
#include "FileDialogs.h"
#include "RememberedKeyFile.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace turnback {

SigningKeyDialog::SigningKeyDialog(AuditSigner& signer, const QString& problem, QWidget* parent)
    : QDialog(parent)
    , m_signer(signer)
    , m_openedFor(problem) {
    setObjectName(QStringLiteral("signingKeyDialog"));
    setWindowTitle(tr("The signing key has no safe place yet"));

    // Plain words first; the keychain's own message (often D-Bus's) is there for whoever asks.
    m_problem = new QLabel(problem.isEmpty() ? QString()
                                             : tr("No keychain can keep the signing key on this computer "
                                                  "right now."),
                           this);
    m_problem->setObjectName(QStringLiteral("signingProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setToolTip(problem);

    auto* explain = new QLabel(tr("Recording goes on: every event is still written and chained. Only the signed "
                                  "checkpoints wait, and are signed as soon as a key is available.\n\n"
                                  "Or keep the key in a file protected by a passphrase. Store the file and the "
                                  "passphrase apart; without the passphrase the key cannot be used."),
                               this);
    explain->setObjectName(QStringLiteral("signingExplainLabel"));
    explain->setWordWrap(true);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("keyFilePathEdit"));
    m_path->setPlaceholderText(tr("e.g. /media/usb/turnback-signing.key"));
    auto* browse = new QPushButton(tr("&Browse..."), this);
    browse->setObjectName(QStringLiteral("browseKeyFileButton"));
    connect(browse, &QPushButton::clicked, this, &SigningKeyDialog::browse);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("passphraseRepeatEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setPlaceholderText(tr("only for a new key file"));
    for (QLineEdit* field : {m_path, m_passphrase, m_repeat})
        connect(field, &QLineEdit::textEdited, this, &SigningKeyDialog::clearProblem);
    auto* form = new QFormLayout;
    auto* pathLabel = new QLabel(tr("Key &file:"), this);
    pathLabel->setObjectName(QStringLiteral("keyFilePathLabel"));
    pathLabel->setBuddy(m_path); // a row with a layout gets no buddy by itself: the & would show
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Repeat:"), m_repeat);
    // The file chosen last time, so that a restart without a keychain asks only for the passphrase.
    m_path->setText(RememberedKeyFile::path());

    auto* buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("signingKeyButtons"));
    auto* retry = buttons->addButton(tr("Retry the &keychain"), QDialogButtonBox::ActionRole);
    retry->setObjectName(QStringLiteral("retryKeychainButton"));
    auto* useFile = buttons->addButton(tr("&Use this key file"), QDialogButtonBox::AcceptRole);
    useFile->setObjectName(QStringLiteral("useKeyFileButton"));
    auto* later = buttons->addButton(tr("&Not now"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("signingLaterButton"));
    connect(retry, &QPushButton::clicked, this, &SigningKeyDialog::retryKeychain);
    connect(useFile, &QPushButton::clicked, this, &SigningKeyDialog::useKeyFile);
    connect(later, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
    if (!m_path->text().isEmpty())
        m_passphrase->setFocus(Qt::OtherFocusReason);
}

void SigningKeyDialog::showProblem(const QString& text) {
    m_problem->setText(text);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }"));
}

void SigningKeyDialog::clearProblem() {
    m_problem->setText(m_openedFor);
    m_problem->setStyleSheet(QString());
}

void SigningKeyDialog::browse() {
    const QString file = FileDialogs::chooseKeyFile(this);
    if (!file.isEmpty())
        m_path->setText(file);
}

void SigningKeyDialog::retryKeychain() {
    // One answer per attempt: close on success, say why otherwise.
    connect(
        &m_signer, &AuditSigner::finished, this,
        [this](KeyStore::Status status, const QString& message) {
            if (status == KeyStore::Status::Ok)
                accept();
            else
                showProblem(message);
        },
        Qt::SingleShotConnection);
    m_signer.useKeychain();
}

void SigningKeyDialog::useKeyFile() {
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        showProblem(tr("Name the key file first."));
        m_path->setFocus();
        return;
    }
    if (m_passphrase->text().size() < 8) {
        showProblem(tr("Use a passphrase of at least 8 characters."));
        m_passphrase->setFocus();
        return;
    }
    const bool exists = QFileInfo::exists(path);
    if (!exists && m_repeat->text() != m_passphrase->text()) {
        showProblem(tr("The two passphrases differ. Type the same one twice for a new key file."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    SecretBytes passphrase(m_passphrase->text().toUtf8());
    m_passphrase->clear();
    m_repeat->clear();
    const KeyStore::Result result = m_signer.useKeyFile(
        path, passphrase, exists ? AuditSigner::KeyFileMode::OpenExisting : AuditSigner::KeyFileMode::CreateNew);
    if (result.status != KeyStore::Status::Ok) {
        showProblem(result.message);
        return;
    }
    RememberedKeyFile::remember(path); // its path only: the passphrase is asked again next time
    accept();
}

} // namespace turnback
