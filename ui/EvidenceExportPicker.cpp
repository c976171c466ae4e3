#include "EvidenceExportPicker.h"

#include "MessageBoxes.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace turnback {

namespace {

enum Column { TitleColumn, ServiceColumn, StartColumn, EndColumn, IdColumn };

QString localText(const QDateTime& at) {
    return QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

EvidenceExportPicker::EvidenceExportPicker(const QList<ReviewReversal>& reversals, const QString& shown,
                                           QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("evidencePicker"));
    setWindowTitle(tr("Export evidence pack"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("&Which reversal? An exercise is exported as an EXERCISE pack, never as live "
                                "evidence."),
                             this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("evidencePickerList"));
    m_list->setHeaderLabels({tr("Reversal"), tr("Service"), tr("Started"), tr("Ended"), tr("Id")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setObjectName(QStringLiteral("evidencePickerHeader"));
    m_list->setAccessibleName(tr("Reversals in this log"));
    label->setBuddy(m_list);
    layout->addWidget(m_list, 1);

    auto* live = new QTreeWidgetItem(m_list);
    auto* exercise = new QTreeWidgetItem(m_list);
    int lives = 0;
    QTreeWidgetItem* current = nullptr;
    for (const ReviewReversal& r : reversals) {
        lives += r.exercise ? 0 : 1;
        const QString title = r.exercise ? tr("EXERCISE: %1").arg(r.title) : r.title;
        auto* item =
            new QTreeWidgetItem(r.exercise ? exercise : live, {title, r.service, localText(r.startedAt),
                                                               r.closedAt ? localText(*r.closedAt) : tr("open"), r.id});
        item->setData(TitleColumn, Qt::UserRole, r.exercise);
        if (!current || r.id == shown) // the one on screen; else the first listed
            current = item;
    }
    live->setText(TitleColumn, tr("LIVE reversals (%1)").arg(lives));
    exercise->setText(TitleColumn, tr("EXERCISES, not live evidence (%1)").arg(reversals.size() - lives));
    for (QTreeWidgetItem* group : {live, exercise}) {
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(TitleColumn, bold);
        group->setFlags(Qt::ItemIsEnabled); // a heading, not a choice (the arrow keys pass over it, below)
        group->setFirstColumnSpanned(true);
    }
    m_list->expandAll();
    for (int c = 0; c < IdColumn; ++c)
        m_list->resizeColumnToContents(c);
    m_list->setCurrentItem(current);

    auto* buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("evidencePickerButtons"));
    m_export = buttons->addButton(tr("&Export..."), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("evidencePickerExport"));
    m_export->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("evidencePickerCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!chosen().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* now, QTreeWidgetItem* before) { passOverHeading(now, before); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (!chosen().isEmpty())
            accept();
    });
    m_export->setEnabled(!chosen().isEmpty());
    layout->addWidget(buttons);
    m_list->setFocus();
    resize(940, 420);
}

/// A heading reached with the arrow keys is passed over, on in the direction moved (back where it
/// was when there is no reversal further on), so that the choice is always a reversal.
void EvidenceExportPicker::passOverHeading(QTreeWidgetItem* now, QTreeWidgetItem* before) {
    if (now && now->text(IdColumn).isEmpty()) {
        const bool down = !before || m_list->visualItemRect(before).top() < m_list->visualItemRect(now).top();
        QTreeWidgetItem* next = down ? m_list->itemBelow(now) : m_list->itemAbove(now);
        while (next && next->text(IdColumn).isEmpty())
            next = down ? m_list->itemBelow(next) : m_list->itemAbove(next);
        if (next || before) {
            m_list->setCurrentItem(next ? next : before);
            return;
        }
    }
    m_export->setEnabled(!chosen().isEmpty());
}

QString EvidenceExportPicker::chosen() const {
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->text(IdColumn) : QString();
}

bool EvidenceExportPicker::chosenIsExercise() const {
    const QTreeWidgetItem* item = m_list->currentItem();
    return item && item->data(TitleColumn, Qt::UserRole).toBool();
}

EvidenceExportPicker* EvidenceExportPicker::open(QWidget* parent, const QString& databasePath, const QString& shown) {
    ReviewDatabase database;
    const auto reversals = database.open(databasePath) ? database.reversals() : std::nullopt;
    if (!reversals) {
        MessageBoxes::tell(parent, QMessageBox::Warning, tr("Export evidence pack"),
                           tr("The reversals of this log cannot be read: %1").arg(database.errorString()),
                           {QStringLiteral("evidencePickerErrorBox"), QStringLiteral("evidencePickerErrorClose")});
        return nullptr;
    }
    database.close();
    auto* picker = new EvidenceExportPicker(*reversals, shown, parent);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setWindowModality(Qt::WindowModal);
    picker->QDialog::open();
    return picker;
}

} // namespace turnback
