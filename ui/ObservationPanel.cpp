#include "ObservationPanel.h"

#include "MessageBoxes.h"
#include "ObservationValue.h"
#include "ReversalSession.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>

namespace turnback {

ObservationPanel::ObservationPanel(ReversalSession& session, QWidget* parent)
    : QGroupBox(tr("Record what you see"), parent)
    , m_session(session) {
    setObjectName(QStringLiteral("observationPanel"));
    auto* grid = new QGridLayout(this);
    // Compact rows: at 1280x720 the rubric table above needs the height more (TestLayout).
    grid->setVerticalSpacing(1);
    grid->setContentsMargins(6, 4, 6, 4);
    int row = 0;
    for (const Signal& signal : session.kit().signalList) {
        // "1 " before the name says which Alt+digit jumps here; it is no mnemonic,
        // because a label's mnemonic clicks a button buddy (issue 8: Alt+4 declared
        // a regulator inquiry).
        const QString jump = row < 9 ? QStringLiteral("%1  ").arg(row + 1) : QString();
        auto* label = new QLabel(jump + signal.name, this);
        label->setTextFormat(Qt::PlainText);
        label->setObjectName(QStringLiteral("observeLabel-%1").arg(signal.id));
        auto* hint = new QLabel(signal.threshold.text(), this);
        hint->setObjectName(QStringLiteral("observeHint-%1").arg(signal.id));
        hint->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
        grid->addWidget(label, row, 0);
        if (signal.threshold.kind == Threshold::Kind::Measured) {
            addMeasuredRow(signal, row);
        } else {
            auto* button = new QPushButton(tr("Occurred"), this);
            button->setObjectName(QStringLiteral("observeOccurred-%1").arg(signal.id));
            connect(button, &QPushButton::clicked, this, [this, id = signal.id] { record(id, nullptr); });
            grid->addWidget(button, row, 1, 1, 2);
            addJumpKey(row, button);
        }
        grid->addWidget(hint, row, 4);
        ++row;
    }
    grid->setColumnStretch(4, 1);
}

void ObservationPanel::addMeasuredRow(const Signal& signal, int row) {
    auto* grid = static_cast<QGridLayout*>(layout());
    auto* value = new QLineEdit(this);
    value->setObjectName(QStringLiteral("observeValue-%1").arg(signal.id));
    value->setPlaceholderText(signal.threshold.unit.isEmpty() ? tr("value")
                                                              : tr("value in %1").arg(signal.threshold.unit));
    value->setMaximumWidth(140);
    value->setMaxLength(64);
    addJumpKey(row, value);
    auto* button = new QPushButton(tr("Record"), this);
    button->setObjectName(QStringLiteral("observeRecord-%1").arg(signal.id));
    auto* previewLabel = new QLabel(this);
    previewLabel->setObjectName(QStringLiteral("observePreview-%1").arg(signal.id));
    connect(button, &QPushButton::clicked, this, [this, id = signal.id, value] { record(id, value); });
    connect(value, &QLineEdit::returnPressed, this, [this, id = signal.id, value] { record(id, value); });
    connect(value, &QLineEdit::textChanged, this,
            [this, id = signal.id, previewLabel](const QString& text) { preview(id, text, previewLabel); });
    grid->addWidget(value, row, 1);
    grid->addWidget(button, row, 2);
    grid->addWidget(previewLabel, row, 3);
}

void ObservationPanel::addJumpKey(int row, QWidget* target) {
    if (row >= 9)
        return;
    auto* jump = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + row)), this);
    jump->setObjectName(QStringLiteral("observeJump-%1").arg(row + 1));
    // Only the focus moves: recording is Return in a value field, Space on an
    // Occurred button.
    connect(jump, &QShortcut::activated, target, [target] { target->setFocus(Qt::ShortcutFocusReason); });
}

bool ObservationPanel::confirmRaise(const Signal& signal, std::optional<double> value) {
    const QList<RubricTransition> raised = m_session.levelRaisedBy(signal.id, value);
    if (raised.isEmpty())
        return true;
    const Kit& kit = m_session.kit();
    const RubricTransition& highest = raised.first();
    const Signal* trigger = kit.signal(highest.signalId);
    const QString calls =
        tr("This calls for %1 (owner: %2).")
            .arg(kit.levelLabel(highest.level).toUpper(), kit.roleTitle(trigger ? trigger->owner : QString()));
    const QString question =
        value ? tr("Record %1 = %2%3? %4")
                    .arg(signal.name, ObservationValue::display(*value, QLocale()), signal.threshold.unit, calls)
              : tr("Record an occurrence of %1? %2").arg(signal.name, calls);
    // Default No: an irreversible fact takes a deliberate second key (issue 8).
    return MessageBoxes::ask(this, QMessageBox::Warning,
                             tr("Raise the level to %1?").arg(kit.levelLabel(highest.level)), question,
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

void ObservationPanel::preview(const QString& signalId, const QString& text, QLabel* previewLabel) const {
    const Signal& signal = *m_session.kit().signal(signalId);
    if (text.trimmed().isEmpty()) {
        previewLabel->clear();
        return;
    }
    QString why;
    const QLocale locale;
    const std::optional<double> value = ObservationValue::fromTyped(text, locale, &why);
    if (!value) {
        previewLabel->setText(tr("not a number: %1").arg(why));
        return;
    }
    const QString shown = ObservationValue::display(*value, locale) + signal.threshold.unit;
    const QString problem = ObservationValue::rangeProblem(signal.threshold, *value);
    previewLabel->setText(problem.isEmpty() ? tr("will record %1").arg(shown)
                                            : tr("will record %1 (out of range: asks first)").arg(shown));
}

void ObservationPanel::record(const QString& signalId, QLineEdit* valueField) {
    const Signal* signal = m_session.kit().signal(signalId);
    const QLocale locale;
    std::optional<double> value;
    if (valueField) {
        QString why;
        value = ObservationValue::fromTyped(valueField->text(), locale, &why);
        if (!value) {
            emit message(tr("Not recorded: %1.").arg(why));
            valueField->setFocus();
            return;
        }
        if (const QString problem = ObservationValue::rangeProblem(signal->threshold, *value); !problem.isEmpty()) {
            const auto answer = MessageBoxes::ask(
                this, QMessageBox::Warning, tr("Value out of range"),
                tr("%1 = %2%3 is outside what it can measure (%4). Record it anyway?")
                    .arg(signal->name, ObservationValue::display(*value, locale), signal->threshold.unit, problem),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes) {
                emit message(tr("Not recorded: %1.").arg(problem));
                valueField->setFocus();
                return;
            }
        }
    }
    if (!confirmRaise(*signal, value)) {
        emit message(tr("Not recorded: %1.").arg(signal->name));
        if (valueField)
            valueField->setFocus();
        return;
    }
    if (!m_session.recordObservation(signalId, value)) {
        emit message(m_session.errorString());
        return;
    }
    if (valueField)
        valueField->selectAll();
    emit message(value ? tr("Recorded %1 = %2%3")
                             .arg(signal->name, ObservationValue::display(*value, locale), signal->threshold.unit)
                       : tr("Recorded one %1").arg(signal->name));
}

} // namespace turnback
