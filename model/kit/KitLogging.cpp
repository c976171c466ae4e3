#include "KitLogging.h"

namespace turnback {
// Debug output is off unless enabled with QT_LOGGING_RULES="turnback.kit.debug=true".
Q_LOGGING_CATEGORY(lcKit, "turnback.kit", QtInfoMsg)
} // namespace turnback
