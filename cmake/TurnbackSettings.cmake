# One INTERFACE target carries the language level, warnings and strict Qt defines;
# every project target links it instead of touching global flags.
add_library(turnback_settings INTERFACE)
target_compile_features(turnback_settings INTERFACE cxx_std_20)
target_compile_options(turnback_settings INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(turnback_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    TURNBACK_VERSION="${PROJECT_VERSION}")
