#pragma once

#include <QGroupBox>

#include <optional>

class QLabel;
class QLineEdit;

namespace turnback {

class ReversalSession;
struct Signal;

/// Fast entry of what the operator sees: one row per signal, a value field with
/// a Record button for measured signals, an Occurred button for counted and
/// "any" signals. Keyboard first: Alt+1..9 only move the focus to a row's field
/// or button; Return (or Space on a button) records. An observation that would
/// raise the level is recorded only after the operator confirms it (default
/// No), naming the level it calls for and its owner: the engine's dry run says
/// so.
///
/// A value is read exactly or not at all (ObservationValue::fromTyped): the
/// locale's decimal separator (6,5 in German) or '.', never a group separator
/// or a second separator, and the row shows what it will record while it is
/// typed. A value outside what the signal can measure (a percentage of 200) is
/// recorded only after the operator confirms it.
class ObservationPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit ObservationPanel(ReversalSession& session, QWidget* parent = nullptr);

signals:
    void message(const QString& text);

private:
    void addMeasuredRow(const Signal& signal, int row);
    void addJumpKey(int row, QWidget* target);
    /// True when the observation raises nothing, or the operator confirmed the
    /// level it calls for.
    bool confirmRaise(const Signal& signal, std::optional<double> value);
    void preview(const QString& signalId, const QString& text, QLabel* previewLabel) const;
    void record(const QString& signalId, QLineEdit* valueField);

    ReversalSession& m_session;
};

} // namespace turnback
