#pragma once

#include <QLoggingCategory>

namespace turnback {
Q_DECLARE_LOGGING_CATEGORY(lcExercise)
}
