# bench_replay: IncidentReplay over one reversal of 100,000 events (load, and the state at an
# instant in the middle) against a floor measured in the same run: the same rows read with the
# sqlite3 C API. Included from tests/bench/CMakeLists.txt. `bench_replay [N]` runs N events; the
# smoke test runs a few thousand so that a benchmark that no longer builds or runs fails the suite.
find_package(SQLite3 REQUIRED)
add_executable(bench_replay ${CMAKE_CURRENT_LIST_DIR}/bench_replay.cpp)
target_link_libraries(bench_replay PRIVATE turnback_incident turnback_kit turnback_settings Qt6::Core SQLite::SQLite3)
target_compile_definitions(bench_replay PRIVATE BASELINE_KIT="${CMAKE_SOURCE_DIR}/resources/kits/baseline.yaml")

add_test(NAME bench_replay_smoke
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/../run-test.sh plain ${TURNBACK_TEST_SCRATCH}/bench_replay
            $<TARGET_FILE:bench_replay> 3000)
set_tests_properties(bench_replay_smoke PROPERTIES
    ENVIRONMENT "LC_ALL=C.UTF-8;LANG=C.UTF-8;TZ=UTC"
    TIMEOUT 300
    LABELS "bench-smoke;incident"
    PASS_REGULAR_EXPRESSION "bench_replay: [0-9]+ events, floor .* load .* ratio [0-9.]+; at\\(middle.* ratio [0-9.]+; peak RSS [0-9]+ MB")
