#pragma once

#include <QGroupBox>

class QLineEdit;

namespace turnback {

class ReversalSession;

/// Fast entry of what the operator sees: one row per signal, a value field with a Record button
/// for measured signals, an Occurred button for counted and "any" signals. Keyboard first:
/// Alt+1..9 jump to a row, Return records.
class ObservationPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit ObservationPanel(ReversalSession& session, QWidget* parent = nullptr);

signals:
    void message(const QString& text);

private:
    void record(const QString& signalId, QLineEdit* valueField);

    ReversalSession& m_session;
};

} // namespace turnback
