#include "ObservationPanel.h"

#include "MessageBoxes.h"
#include "ObservationValue.h"
#include "ReversalSession.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace turnback {

ObservationPanel::ObservationPanel(ReversalSession& session, QWidget* parent)
    : QGroupBox(tr("Record what you see"), parent)
    , m_session(session) {
    setObjectName(QStringLiteral("observationPanel"));
    auto* grid = new QGridLayout(this);
    int row = 0;
    for (const Signal& signal : session.kit().signalList) {
        const QString shortcut = row < 9 ? QStringLiteral("&%1 ").arg(row + 1) : QString();
        auto* label = new QLabel(shortcut + signal.name, this);
        label->setObjectName(QStringLiteral("observeLabel-%1").arg(signal.id));
        auto* hint = new QLabel(signal.threshold.text(), this);
        hint->setObjectName(QStringLiteral("observeHint-%1").arg(signal.id));
        hint->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
        grid->addWidget(label, row, 0);
        if (signal.threshold.kind == Threshold::Kind::Measured) {
            addMeasuredRow(signal, row, label);
        } else {
            auto* button = new QPushButton(tr("Occurred"), this);
            button->setObjectName(QStringLiteral("observeOccurred-%1").arg(signal.id));
            label->setBuddy(button);
            connect(button, &QPushButton::clicked, this, [this, id = signal.id] { record(id, nullptr); });
            grid->addWidget(button, row, 1, 1, 2);
        }
        grid->addWidget(hint, row, 4);
        ++row;
    }
    grid->setColumnStretch(4, 1);
}

void ObservationPanel::addMeasuredRow(const Signal& signal, int row, QLabel* label) {
    auto* grid = static_cast<QGridLayout*>(layout());
    auto* value = new QLineEdit(this);
    value->setObjectName(QStringLiteral("observeValue-%1").arg(signal.id));
    value->setPlaceholderText(signal.threshold.unit.isEmpty() ? tr("value")
                                                              : tr("value in %1").arg(signal.threshold.unit));
    value->setMaximumWidth(140);
    value->setMaxLength(64);
    label->setBuddy(value);
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
