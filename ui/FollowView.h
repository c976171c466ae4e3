#pragma once

#include "IncidentView.h"

#include <QObject>
#include <QPointer>

namespace turnback {

/// Points a kit tab's panel at the reversal `next` shows, or at none: `refresh` runs on each change of
/// `next`, and nothing of the view the panel followed before reaches it any more.
template <class Panel>
void followView(QPointer<IncidentView>& followed, IncidentView* next, Panel* panel, void (Panel::*refresh)()) {
    if (followed)
        QObject::disconnect(followed, nullptr, panel, nullptr);
    followed = next;
    if (next)
        QObject::connect(next, &IncidentView::changed, panel, refresh);
}

} // namespace turnback
