#pragma once

#include <QAbstractListModel>

namespace turnback {

class IncidentView;

/// The incident's timeline, newest last: local time, UTC in the tooltip, who, what. Each line is
/// rendered from the recorded fact (TimelineText), with the kit's names. A retracted entry stays,
/// struck through (FontRole), with who retracted it and why beside it.
class TimelineModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        SeqRole = Qt::UserRole,
        KindRole,
        RetractedRole,   ///< the entry was taken back (shown struck through)
        RetractableRole, ///< the entry can be taken back now (an observation or a tick that stands)
    };

    explicit TimelineModel(const IncidentView& view, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    void sync();
    void syncRetracted();

    const IncidentView& m_view;
    int m_rows = 0;
    int m_retracted = 0; ///< retracted entries shown as such
};

} // namespace turnback
