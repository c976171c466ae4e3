#include "KitLogging.h"

namespace turnback {
Q_LOGGING_CATEGORY(lcKit, "turnback.kit")
}
