#include "CommsPanel.h"

#include "Duration.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace turnback {

namespace {
/// "Reversal started (UTC) (datetime)*, What happened (multiline)*, ..."
QString blanksText(const CommsTemplate& comms) {
    QStringList parts;
    for (const CommsBlank& blank : comms.allBlanks())
        parts << QStringLiteral("%1 (%2)%3")
                     .arg(blank.label, blankTypeId(blank.type), blank.required ? QStringLiteral("*") : QString());
    return parts.join(QStringLiteral(", "));
}
} // namespace

CommsPanel::CommsPanel(QWidget* parent)
    : QWidget(parent) {
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("commsTemplateTree"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Template"), tr("Audience"), tr("Sent by"), tr("To"), tr("Owed"), tr("Blanks")});
    m_list->header()->setObjectName(QStringLiteral("commsTemplateHeader"));
    // Named like every scroll bar in the window, so a click on one is recorded by name.
    m_list->verticalScrollBar()->setObjectName(QStringLiteral("verticalScrollBar"));
    m_list->horizontalScrollBar()->setObjectName(QStringLiteral("horizontalScrollBar"));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setWordWrap(true);
    m_body = new QLabel(this);
    m_body->setObjectName(QStringLiteral("commsTemplateBody"));
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_send = new QPushButton(tr("Send..."), this);
    m_send->setObjectName(QStringLiteral("commsSendButton"));
    m_send->setToolTip(tr("Fill in, preview and send the chosen template (Return on a row does the same)"));
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_send);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_body, 1);
    layout->addLayout(row);
    connect(m_send, &QPushButton::clicked, this, &CommsPanel::requestSend);
    connect(m_list, &QTreeWidget::itemActivated, this, &CommsPanel::requestSend);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        const int index = item ? m_list->indexOfTopLevelItem(item) : -1;
        if (index < 0 || index >= m_kit.comms.size()) {
            m_body->clear();
            return;
        }
        const CommsTemplate& comms = m_kit.comms.at(index);
        m_body->setText(tr("Subject: %1\n\n%2").arg(comms.subject, comms.body));
    });
}

void CommsPanel::showKit(const Kit& kit) {
    m_kit = kit;
    m_list->clear();
    for (const CommsTemplate& comms : kit.comms) {
        auto* item = new QTreeWidgetItem(
            m_list, {comms.title, comms.audience, kit.roleTitle(comms.owner), comms.recipient,
                     tr("%1 after the start").arg(Duration::humanText(comms.due)), blanksText(comms)});
        item->setData(0, Qt::UserRole, comms.id);
    }
    if (m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_send->setEnabled(!kit.comms.isEmpty());
}

void CommsPanel::requestSend() {
    if (QTreeWidgetItem* item = m_list->currentItem())
        emit sendRequested(item->data(0, Qt::UserRole).toString());
}

} // namespace turnback
