# bench_review: the review of a 1,000,000-event log (first screen, scrolling, a text filter) against
# floors read with the sqlite3 C API in the same run, with verification running beside it.
# Included from tests/bench/CMakeLists.txt. `bench_review [N]`; the smoke test runs 3,000 events. The
# log is built once and cached in ${CMAKE_BINARY_DIR}/bench-cache.
find_package(SQLite3 REQUIRED)
add_executable(bench_review ${CMAKE_CURRENT_LIST_DIR}/bench_review.cpp)
target_link_libraries(bench_review PRIVATE turnback_review turnback_kit turnback_settings Qt6::Core SQLite::SQLite3)
target_compile_definitions(bench_review PRIVATE BASELINE_KIT="${CMAKE_SOURCE_DIR}/resources/kits/baseline.yaml"
                           BENCH_CACHE_DIR="${CMAKE_BINARY_DIR}/bench-cache")

add_test(NAME bench_review_smoke
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/../run-test.sh plain ${TURNBACK_TEST_SCRATCH}/bench_review
            $<TARGET_FILE:bench_review> 3000)
set_tests_properties(bench_review_smoke PROPERTIES
    ENVIRONMENT "LC_ALL=C.UTF-8;LANG=C.UTF-8;TZ=UTC"
    TIMEOUT 300
    LABELS "bench-smoke;review"
    PASS_REGULAR_EXPRESSION "bench_review: [0-9]+ events; first screen .* ratio [0-9.]+; scroll .* ratio [0-9.]+; filter .* ratio [0-9.]+;")
