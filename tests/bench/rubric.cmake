# bench_rubric_engine: RubricEngine throughput against a floor (the same loop only reading the
# observations), measured in the same run. Included from tests/bench/CMakeLists.txt.
# `bench_rubric_engine [N]` runs N observations (default 1,000,000); the smoke test runs a few.
add_executable(bench_rubric_engine ${CMAKE_CURRENT_LIST_DIR}/bench_rubric_engine.cpp)
target_link_libraries(bench_rubric_engine PRIVATE turnback_rubric turnback_settings)
add_test(NAME bench_rubric_engine_smoke COMMAND bench_rubric_engine 20000)
set_tests_properties(bench_rubric_engine_smoke PROPERTIES
    LABELS "bench-smoke;rubric"
    TIMEOUT 120
    PASS_REGULAR_EXPRESSION "bench_rubric_engine: 20000 observations, [0-9]+ obs/s, floor [0-9]+ obs/s, ratio [0-9.]+")
