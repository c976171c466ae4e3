#include "RetractDialog.h"

#include "ReversalSession.h"
#include "TimelineText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace turnback {

RetractDialog::RetractDialog(ReversalSession& session, qint64 seq, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_seq(seq) {
    setObjectName(QStringLiteral("retractDialog"));
    setWindowTitle(tr("Retract an entry"));
    const TimelineEntry* entry = session.incident().entry(seq);
    const bool observation = entry && entry->kind() == EventKind::ObservationRecorded;

    auto* what = new QLabel(this);
    what->setObjectName(QStringLiteral("retractSubjectLabel"));
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    what->setText(tr("Retract this entry, recorded at %1 UTC by %2?\n\n%3")
                      .arg(entry ? entry->at.toString(QStringLiteral("HH:mm:ss")) : QString(),
                           entry ? entry->actor : QString(),
                           entry ? TimelineText::render(*entry, &session.kit()) : QString()));
    auto* consequence = new QLabel(this);
    consequence->setObjectName(QStringLiteral("retractConsequenceLabel"));
    consequence->setWordWrap(true);
    consequence->setText(observation
                             ? tr("It stays in the record, struck through, with your reason. The rubric is recomputed "
                                  "from the observations that stand; a level it raised stays until its owner decides.")
                             : tr("It stays in the record, struck through, with your reason. The person is shown as "
                                  "not told again."));

    auto* label = new QLabel(tr("&Why is it wrong?"), this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("retractReasonEdit"));
    m_reason->setPlaceholderText(tr("Goes into the audit trail word for word"));
    m_reason->setMaxLength(500);
    label->setBuddy(m_reason);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("retractProblemLabel"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("retractButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Retract"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("retractButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("retractCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(consequence);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_reason->setFocus();
    resize(520, sizeHint().height());
}

void RetractDialog::accept() {
    if (!m_session.retract(m_seq, m_reason->text())) {
        m_problem->setText(m_session.errorString());
        m_problem->show();
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace turnback
