# bench_import: an observation import of 100,000 rows through the model (ObservationImport, as the
# console runs it) against a floor measured in the same run: `turnback-cli rubric replay` of the same
# file. Included from tests/bench/CMakeLists.txt. `bench_import [N]` imports N rows; the smoke test
# runs a few thousand so that a benchmark that no longer builds or runs fails the suite.
add_executable(bench_import ${CMAKE_CURRENT_LIST_DIR}/bench_import.cpp)
target_link_libraries(bench_import PRIVATE turnback_console turnback_kit turnback_settings Qt6::Core)
target_compile_definitions(bench_import PRIVATE BASELINE_KIT="${CMAKE_SOURCE_DIR}/resources/kits/baseline.yaml"
                           TURNBACK_CLI="$<TARGET_FILE:turnback-cli>")
add_dependencies(bench_import turnback-cli)

add_test(NAME bench_import_smoke
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/../run-test.sh plain ${TURNBACK_TEST_SCRATCH}/bench_import
            $<TARGET_FILE:bench_import> 3000)
set_tests_properties(bench_import_smoke PROPERTIES
    ENVIRONMENT "LC_ALL=C.UTF-8;LANG=C.UTF-8;TZ=UTC"
    TIMEOUT 300
    LABELS "bench-smoke;console"
    PASS_REGULAR_EXPRESSION "bench_import: [0-9]+ rows, floor .* ratio [0-9.]+; peak RSS [0-9]+ MB")
