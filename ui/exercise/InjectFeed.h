#pragma once

#include "ExerciseEvents.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

class QTextBrowser;

namespace turnback {

struct Kit;

/// What has reached the room during an exercise, newest on top, each addressed role in bold:
/// "To Policy lead: The regulator calls..." (docs/scenario-format.md, "In the console").
class InjectFeed : public QWidget {
    Q_OBJECT
public:
    /// `kit` names the roles and signals; it must outlive the feed.
    explicit InjectFeed(const Kit& kit, QWidget* parent = nullptr);

    void add(const events::ExerciseInject& inject, const QDateTime& at);
    int count() const { return int(m_entries.size()); }
    /// The newest entry as plain text (what the status bar says too).
    QString newestText() const;
    /// One inject as a sentence: "To Policy lead: The regulator calls." / "Error rate spike: 6.8 observed."
    static QString sentence(const events::ExerciseInject& inject, const Kit& kit, bool html);

private:
    void render();

    const Kit& m_kit;
    QTextBrowser* m_view = nullptr;
    QList<QPair<QDateTime, events::ExerciseInject>> m_entries; ///< oldest first
};

} // namespace turnback
