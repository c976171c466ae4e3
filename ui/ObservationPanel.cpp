#include "ObservationPanel.h"

#include "ReversalSession.h"

#include <QDoubleValidator>
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
            auto* value = new QLineEdit(this);
            value->setObjectName(QStringLiteral("observeValue-%1").arg(signal.id));
            value->setPlaceholderText(signal.threshold.unit.isEmpty() ? tr("value")
                                                                      : tr("value in %1").arg(signal.threshold.unit));
            value->setValidator(new QDoubleValidator(value));
            value->setMaximumWidth(140);
            label->setBuddy(value);
            auto* button = new QPushButton(tr("Record"), this);
            button->setObjectName(QStringLiteral("observeRecord-%1").arg(signal.id));
            connect(button, &QPushButton::clicked, this, [this, id = signal.id, value] { record(id, value); });
            connect(value, &QLineEdit::returnPressed, this, [this, id = signal.id, value] { record(id, value); });
            grid->addWidget(value, row, 1);
            grid->addWidget(button, row, 2);
        } else {
            auto* button = new QPushButton(tr("Occurred"), this);
            button->setObjectName(QStringLiteral("observeOccurred-%1").arg(signal.id));
            label->setBuddy(button);
            connect(button, &QPushButton::clicked, this, [this, id = signal.id] { record(id, nullptr); });
            grid->addWidget(button, row, 1, 1, 2);
        }
        grid->addWidget(hint, row, 3);
        ++row;
    }
    grid->setColumnStretch(3, 1);
}

void ObservationPanel::record(const QString& signalId, QLineEdit* valueField) {
    std::optional<double> value;
    if (valueField) {
        bool ok = false;
        const double number = QLocale().toDouble(valueField->text(), &ok);
        const double cNumber = ok ? number : valueField->text().toDouble(&ok);
        if (!ok) {
            emit message(tr("Type a number first."));
            valueField->setFocus();
            return;
        }
        value = cNumber;
    }
    if (!m_session.recordObservation(signalId, value)) {
        emit message(m_session.errorString());
        return;
    }
    if (valueField)
        valueField->selectAll();
    const Signal* signal = m_session.kit().signal(signalId);
    emit message(value ? tr("Recorded %1 = %2").arg(signal->name).arg(*value)
                       : tr("Recorded one %1").arg(signal->name));
}

} // namespace turnback
