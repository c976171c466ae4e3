#include "KitErrorDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace turnback {

KitErrorDialog::KitErrorDialog(const QString& kitFile, const QStringList& errors, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("kitErrorDialog"));
    setWindowTitle(tr("The kit could not be loaded"));

    auto* summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("kitErrorSummary"));
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    summary->setText((errors.size() == 1 ? tr("1 problem in %1.").arg(kitFile)
                                         : tr("%1 problems in %2.").arg(errors.size()).arg(kitFile)) +
                     QLatin1Char(' ') + tr("Nothing was changed: fix the file and open it again."));

    m_errors = new QPlainTextEdit(this);
    m_errors->setObjectName(QStringLiteral("kitErrorList"));
    m_errors->verticalScrollBar()->setObjectName(QStringLiteral("verticalScrollBar"));
    m_errors->horizontalScrollBar()->setObjectName(QStringLiteral("horizontalScrollBar"));
    m_errors->setReadOnly(true);
    m_errors->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_errors->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_errors->setPlainText(errors.join(QLatin1Char('\n')));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("kitErrorButtons"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    auto* copy = buttons->addButton(tr("Co&py errors"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyErrorsButton"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(errorText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_errors, 1);
    layout->addWidget(buttons);
    resize(820, 360);
}

QString KitErrorDialog::errorText() const {
    return m_errors->toPlainText();
}

} // namespace turnback
