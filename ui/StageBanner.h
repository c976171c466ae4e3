#pragma once

#include <QWidget>

class QLabel;

namespace turnback {

class Incident;
struct Kit;

/// Beside the level banner in the live console: a NO-GO that stands (red, like the level) and the
/// rollback window's own countdown (OPEN 1:45:12, CLOSED / OVERDUE when its time ran out, never
/// silently). Hidden while neither applies.
class StageBanner : public QWidget {
    Q_OBJECT
public:
    explicit StageBanner(QWidget* parent = nullptr);
    void refresh(const Incident& incident, const Kit& kit, const QDateTime& now);
    QString text() const;

private:
    QLabel* m_noGo = nullptr;
    QLabel* m_window = nullptr;
};

} // namespace turnback
