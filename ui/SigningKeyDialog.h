#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace turnback {

class AuditSigner;

/// Shown when the OS keychain cannot hold the signing key (no Secret Service, locked, refused).
/// Says so plainly, says that recording goes on (checkpoints wait for a signature), and offers
/// the explicit alternatives: retry the keychain, or keep the key in a passphrase-protected file
/// the operator names. Never a silent plaintext fallback.
class SigningKeyDialog : public QDialog {
    Q_OBJECT
public:
    SigningKeyDialog(AuditSigner& signer, const QString& problem, QWidget* parent = nullptr);

private:
    void retryKeychain();
    void useKeyFile();
    void browse();
    void showProblem(const QString& text);
    /// Back to why the dialog opened, once the operator changes what was complained about.
    void clearProblem();

    AuditSigner& m_signer;
    QLabel* m_problem = nullptr;
    QString m_openedFor; ///< the keychain problem the dialog was opened with
    QLineEdit* m_path = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
};

} // namespace turnback
