# Audit log benchmarks (docs/architecture.md, "Storage", and docs/audit-log.md), included from tests/bench/CMakeLists.txt.
# Each reports a ratio against a floor measured in the same run:
#   bench_audit_append [N=2000]       durable append latency vs a raw sqlite3 insert (WAL, synchronous=FULL)
#   bench_audit_verify [N=1000000]    AuditVerifier::verify vs sha256sum over the same canonical bytes
#   bench_audit_open [N=100000]       the console's open (chain and guards checked) vs a sqlite3 read of every row
# ctest runs them small (labels "bench-smoke" and "audit") so a benchmark that no longer builds or runs
# fails the suite; run the binaries with no argument for the real figures.
find_package(SQLite3 REQUIRED)

foreach(bench bench_audit_append bench_audit_verify bench_audit_open)
    add_executable(${bench} ${CMAKE_CURRENT_LIST_DIR}/${bench}.cpp)
    target_link_libraries(${bench} PRIVATE turnback_settings turnback_audit Qt6::Core SQLite::SQLite3)
endforeach()

if(NOT TURNBACK_TEST_SCRATCH)
    set(TURNBACK_TEST_SCRATCH ${CMAKE_BINARY_DIR}/test-scratch)
endif()
add_test(NAME bench_audit_append
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/../run-test.sh plain ${TURNBACK_TEST_SCRATCH}/bench_audit_append
            $<TARGET_FILE:bench_audit_append> 200)
add_test(NAME bench_audit_verify
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/../run-test.sh plain ${TURNBACK_TEST_SCRATCH}/bench_audit_verify
            $<TARGET_FILE:bench_audit_verify> 20000)
add_test(NAME bench_audit_open
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/../run-test.sh plain ${TURNBACK_TEST_SCRATCH}/bench_audit_open
            $<TARGET_FILE:bench_audit_open> 3000)
set_tests_properties(bench_audit_open PROPERTIES PASS_REGULAR_EXPRESSION "bench_audit_open: .* ratio [0-9.]+; .* ratio [0-9.]+")
set_tests_properties(bench_audit_append PROPERTIES PASS_REGULAR_EXPRESSION "bench_audit_append: median .* ratio [0-9.]+")
set_tests_properties(bench_audit_verify PROPERTIES PASS_REGULAR_EXPRESSION "bench_audit_verify: .* speed ratio [0-9.]+")
set_tests_properties(bench_audit_append bench_audit_verify bench_audit_open PROPERTIES
    ENVIRONMENT "LC_ALL=C.UTF-8;LANG=C.UTF-8;TZ=UTC"
    TIMEOUT 600
    LABELS "bench-smoke;audit")
