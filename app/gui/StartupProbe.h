#pragma once

class QWidget;

namespace turnback {

/// For the start-up benchmark: with TURNBACK_QUIT_WHEN_SHOWN set, prints one line the moment
/// the window is first exposed on screen, then quits. Does nothing otherwise.
namespace StartupProbe {
void attachIfRequested(QWidget& window);
}

} // namespace turnback
