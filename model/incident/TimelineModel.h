#pragma once

#include <QAbstractListModel>
#include <QList>

namespace turnback {

class IncidentView;

/// The incident's timeline, newest last: local time, UTC in the tooltip, who, what. Each line is
/// rendered from the recorded fact (TimelineText), with the kit's names. Besides the events it
/// shows each message sent (template, recipients, channel, SHA-256), each file attached as evidence
/// (name, SHA-256, where) and the clicks that were acts; clicks that were navigation (a tab, a look at the kit) only
/// when asked to (setShowNavigation): they stay recorded either way. A retracted entry stays,
/// struck through (FontRole), with who retracted it and why beside it.
class TimelineModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        SeqRole = Qt::UserRole,
        KindRole,
        NatureRole,      ///< a click's "act" / "navigation" ("" when unmarked); empty for events
        RetractedRole,   ///< the entry was taken back (shown struck through)
        RetractableRole, ///< the entry can be taken back now (an observation or a tick that stands)
    };

    explicit TimelineModel(const IncidentView& view, QObject* parent = nullptr);

    bool showsNavigation() const { return m_showNavigation; }
    void setShowNavigation(bool show);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    /// Where a line comes from: the fold's timeline, or a row kept beside it.
    enum class Source { Event, Click, CommsSent, Attachment };
    /// One line: an event of the timeline, a click, a message sent or a file attached, by its index
    /// in the incident's list of that kind.
    struct Line {
        Source source = Source::Event;
        qsizetype index = 0;
        friend bool operator==(const Line&, const Line&) = default;
    };
    QList<Line> lines() const;
    qint64 seqOf(const Line& line) const;
    void sync();
    void syncRetracted();

    const IncidentView& m_view;
    bool m_showNavigation = false;
    QList<Line> m_lines;
    int m_retracted = 0; ///< retracted entries shown as such
};

} // namespace turnback
