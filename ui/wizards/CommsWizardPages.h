#pragma once

#include "CommsRender.h"

#include <QWizardPage>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace turnback {

class CommsWizard;

/// A word-wrapped label named `name`, as the pages use for their explanations.
QLabel* wrappedLabel(QWidget* parent, const QString& name);

/// Page 1: which template. What the level's updates and the running regulator clocks call for is listed
/// (commsCalledFor); the one due first is suggested and selected, and the page says why.
class CommsWizardPageChoose : public QWizardPage {
    Q_OBJECT
public:
    explicit CommsWizardPageChoose(CommsWizard& wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    CommsWizard& m_wizard;
    QLabel* m_suggestion = nullptr;
    QListWidget* m_list = nullptr;
};

/// Page 2: the blanks, one typed editor each; Next stays disabled while any is missing or ill-typed,
/// and the label under them says which and why.
class CommsWizardPageFill : public QWizardPage {
    Q_OBJECT
public:
    explicit CommsWizardPageFill(CommsWizard& wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QWidget* editorFor(const CommsBlank& blank, const QString& value);
    QString valueOf(const CommsBlank& blank) const;
    void collect();

    CommsWizard& m_wizard;
    QFormLayout* m_form = nullptr;
    QLabel* m_problems = nullptr;
    QLabel* m_draftStatus = nullptr;
    QPushButton* m_saveDraft = nullptr;
    QHash<QString, QWidget*> m_editors;
    QString m_builtFor;
};

/// Page 3: who owes it, to whom, by when; the recipients and the sender.
class CommsWizardPageAccountability : public QWizardPage {
    Q_OBJECT
public:
    explicit CommsWizardPageAccountability(CommsWizard& wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    CommsWizard& m_wizard;
    QLabel* m_owed = nullptr;
    QLineEdit* m_recipients = nullptr;
    QLineEdit* m_from = nullptr;
};

/// Page 4: exactly what will be sent.
class CommsWizardPagePreview : public QWizardPage {
    Q_OBJECT
public:
    explicit CommsWizardPagePreview(CommsWizard& wizard);
    void initializePage() override;

private:
    void refresh();
    CommsWizard& m_wizard;
    QCheckBox* m_withLogHead = nullptr;
    QPlainTextEdit* m_preview = nullptr;
};

/// Page 5: send by clipboard, .eml file or mail client; each is recorded as `comms.sent`.
class CommsWizardPageSend : public QWizardPage {
    Q_OBJECT
public:
    explicit CommsWizardPageSend(CommsWizard& wizard);
    void initializePage() override;
    bool isComplete() const override;

    /// Tests: the mail client is not started when this is set; the URL it would open is kept.
    static inline bool s_dontOpenMailClient = false;
    static inline QString s_lastOpenedUrl;

private:
    enum class Channel { Clipboard, Eml, MailClient };
    void send(Channel channel);
    bool record(Channel channel, const QByteArray& bytes, const QString& file);

    CommsWizard& m_wizard;
    QLabel* m_late = nullptr;
    QLineEdit* m_lateReason = nullptr;
    QLabel* m_status = nullptr;
    int m_sent = 0;
};

} // namespace turnback
