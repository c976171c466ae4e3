#pragma once

#include <QDateTime>
#include <QStringList>
#include <QVariantList>

namespace turnback {

/// What the review timeline is narrowed to, turned into SQL (docs/review.md, "The timeline, in pages"). Every part
/// is a WHERE clause on audit_log's own columns, so a page of a filtered timeline costs a LIMIT
/// query, never a pass over the rows in C++. The text is searched in what was recorded (the payload,
/// the target, the actor and the kind), case-insensitively for ASCII, as SQLite's LIKE does; not in
/// the rendered (translated) sentence, which exists only on screen.
struct ReviewFilter {
    QStringList kinds; ///< empty: every kind
    QString actor;     ///< part of the actor's name; empty: anyone
    QString text;      ///< part of the recorded row; empty: anything
    QDateTime from;    ///< invalid: from the start
    QDateTime to;      ///< invalid: to the end

    bool isEmpty() const {
        return kinds.isEmpty() && actor.isEmpty() && text.isEmpty() && !from.isValid() && !to.isValid();
    }

    /// " AND ..." clauses on the columns of audit_log aliased `l`, with their values appended to
    /// `values` in order (positional '?' placeholders).
    QString sql(QVariantList& values) const;

    /// The kinds a category of the review's kind filter stands for.
    static QStringList decisionKinds();
    static QStringList levelKinds();
    static QStringList correctionKinds();
    static QStringList observationKinds();
    static QStringList triggerKinds();
    static QStringList ownerKinds();
    static QStringList commsAndDataKinds();
    static QStringList clickKinds();

    friend bool operator==(const ReviewFilter&, const ReviewFilter&) = default;
};

} // namespace turnback
