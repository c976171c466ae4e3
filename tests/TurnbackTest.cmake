# turnback_add_test(NAME SOURCES... [LIBS libs...] [KEYRING] [LABELS labels...])
# One Qt Test executable per class. Each runs offscreen, in a UTF-8 C locale and UTC, with a fresh
# private HOME and runtime dir (tests/run-test.sh), so no test depends on the machine's display,
# language, time zone or user data. KEYRING runs the test inside a private D-Bus session with an
# unlocked gnome-keyring: the real Secret Service, not a mock.
set(TURNBACK_TEST_SCRATCH ${CMAKE_BINARY_DIR}/test-scratch)
function(turnback_add_test name)
    cmake_parse_arguments(ARG "KEYRING" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES} ${ARG_UNPARSED_ARGUMENTS})
    target_link_libraries(${name} PRIVATE turnback_settings turnback_testsupport Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE QT_FORCE_ASSERTS)
    set(mode plain)
    if(ARG_KEYRING)
        set(mode keyring)
    endif()
    add_test(NAME ${name}
        COMMAND ${CMAKE_SOURCE_DIR}/tests/run-test.sh ${mode} ${TURNBACK_TEST_SCRATCH}/${name} $<TARGET_FILE:${name}>)
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;LANGUAGE=;TZ=UTC"
        TIMEOUT 300
        LABELS "${ARG_LABELS}")
endfunction()
