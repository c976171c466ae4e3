#pragma once

#include "Kit.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace turnback {

/// The Comms tab: the kit's templates as a list (who sends it, to whom, when it is owed, its blanks
/// and their types) with "Send...", which asks for the comms wizard on the chosen template. Return
/// on a row does the same.
class CommsPanel : public QWidget {
    Q_OBJECT
public:
    explicit CommsPanel(QWidget* parent = nullptr);
    void showKit(const Kit& kit);

signals:
    void sendRequested(const QString& templateId);

private:
    void requestSend();

    QTreeWidget* m_list = nullptr;
    QLabel* m_body = nullptr;
    QPushButton* m_send = nullptr;
    Kit m_kit;
};

} // namespace turnback
