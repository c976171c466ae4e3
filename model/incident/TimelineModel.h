#pragma once

#include <QAbstractListModel>

namespace turnback {

class IncidentView;

/// The incident's timeline, newest last: local time, UTC in the tooltip, who, what. Each line is
/// rendered from the recorded fact (TimelineText), with the kit's names.
class TimelineModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { SeqRole = Qt::UserRole, KindRole };

    explicit TimelineModel(const IncidentView& view, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    void sync();

    const IncidentView& m_view;
    int m_rows = 0;
};

} // namespace turnback
