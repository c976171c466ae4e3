#include "ExerciseLogging.h"

namespace turnback {
// Debug output is off unless enabled with QT_LOGGING_RULES="turnback.exercise.debug=true".
Q_LOGGING_CATEGORY(lcExercise, "turnback.exercise", QtInfoMsg)
} // namespace turnback
