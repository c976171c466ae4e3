#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;

namespace turnback {

class ReversalSession;
struct Signal;

/// Fast entry of what the operator sees: one row per signal, a value field with a Record button
/// for measured signals, an Occurred button for counted and "any" signals. Keyboard first:
/// Alt+1..9 jump to a row, Return records.
///
/// A value is read exactly or not at all (ObservationValue::fromTyped): the locale's decimal
/// separator (6,5 in German) or '.', never a group separator or a second separator, and the row
/// shows what it will record while it is typed. A value outside what the signal can measure (a
/// percentage of 200) is recorded only after the operator confirms it.
class ObservationPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit ObservationPanel(ReversalSession& session, QWidget* parent = nullptr);

signals:
    void message(const QString& text);

private:
    void addMeasuredRow(const Signal& signal, int row, QLabel* label);
    void preview(const QString& signalId, const QString& text, QLabel* previewLabel) const;
    void record(const QString& signalId, QLineEdit* valueField);

    ReversalSession& m_session;
};

} // namespace turnback
