#!/usr/bin/env bash
# fuzz.sh [SECONDS]: builds the libFuzzer targets with clang in build-fuzz (only them and the model
# libraries they link, all with -fsanitize=fuzzer-no-link,address,undefined) and runs each for
# SECONDS (default 60): first on its committed regression inputs, then fuzzing from its seed corpus.
# Exits non-zero if any target crashes, leaks, hangs or trips a sanitizer; the input that did is
# left in build-fuzz/artifacts/TARGET/. Ends with "fuzz: N passed, M failed".
# TURNBACK_FUZZ_BUILD overrides the build folder; TURNBACK_FUZZ_JOBS runs the targets in parallel.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
seconds=${1:-60}
build=${TURNBACK_FUZZ_BUILD:-$root/build-fuzz}
fuzz=$root/tests/fuzz
targets=(fuzz_kit_loader fuzz_audit_reader fuzz_observation_csv)
[[ $seconds =~ ^[0-9]+$ ]] || { echo "usage: fuzz.sh [SECONDS]" >&2; exit 2; }

start=$(date +%s)
if [[ ! -f $build/build.ninja ]]; then
  flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
  CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTURNBACK_BUILD_FUZZERS=ON -DCMAKE_CXX_FLAGS="$flags" >/dev/null
fi
mkdir -p "$build/logs"
if ! cmake --build "$build" --target "${targets[@]}" fuzz_audit_seeds >"$build/logs/build.log" 2>&1; then
  grep -vE '^\[[0-9]+/[0-9]+\] ' "$build/logs/build.log" | tail -n 40
  echo "fuzz: the build failed (log $build/logs/build.log)"
  echo "fuzz: 0 passed, ${#targets[@]} failed"
  exit 1
fi
echo "fuzz: built in $(($(date +%s) - start)) s"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 TZ=UTC

# Seeds each target starts from; libFuzzer adds what it finds to build-fuzz/corpus/TARGET.
seeds() {
  case $1 in
    fuzz_kit_loader)
      local gen=$build/corpus-generated/kit
      mkdir -p "$gen"
      # Kit and overlays in one input, split on NUL bytes (see FuzzKitLoader.cpp).
      for o in "$root"/tests/data/kits/overlays/*.yaml; do
        printf '\0' | cat - "$o" >"$gen/$(basename "$o").nul"
      done
      { cat "$root/resources/kits/baseline.yaml"; printf '\0'
        cat "$root/resources/kits/examples/checkout-service.overlay.yaml"; } >"$gen/baseline+checkout.nul"
      echo "$root/resources/kits" "$root/tests/data/kits" "$gen" ;;
    fuzz_audit_reader) echo "$fuzz/corpus/audit" ;;
    fuzz_observation_csv) echo "$fuzz/corpus/csv" "$root/tests/data/observations" ;;
  esac
}
options() {
  case $1 in
    fuzz_kit_loader) echo "-dict=$fuzz/kit.dict -max_len=20000" ;;
    fuzz_audit_reader) echo "-max_len=32768" ;;
    fuzz_observation_csv) echo "-dict=$fuzz/csv.dict -max_len=16384" ;;
  esac
}

run_target() {
  local target=$1 bin=$build/tests/fuzz/$1 log=$build/logs/$1.log
  local corpus=$build/corpus/$target artifacts=$build/artifacts/$target/
  mkdir -p "$corpus" "$artifacts" "$build/logs"
  local regressions
  mapfile -t regressions < <(find "$fuzz/regressions/${target#fuzz_}" -type f ! -name '.*' 2>/dev/null | sort)
  if ((${#regressions[@]})) && ! "$bin" "${regressions[@]}" >"$log.regressions" 2>&1; then
    echo "fuzz: $target: FAILED on a committed regression input:"; tail -n 30 "$log.regressions"
    return 1
  fi
  # shellcheck disable=SC2046 # word splitting of seeds and options is intended
  if "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
       -artifact_prefix="$artifacts" $(options "$target") "$corpus" $(seeds "$target") >"$log" 2>&1; then
    local execs rate units
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    units=$(find "$corpus" -type f | wc -l)
    echo "fuzz: $target: passed, ${execs:-?} executions in $seconds s (${rate:-?}/s), ${#regressions[@]} regression inputs, corpus $units"
  else
    echo "fuzz: $target: FAILED (log $log; the input is in $artifacts):"
    grep -E 'ERROR|SUMMARY|runtime error|==[0-9]+==|Test unit written' "$log" | head -n 20 || tail -n 30 "$log"
    return 1
  fi
}

passed=0 failed=0
if [[ ${TURNBACK_FUZZ_JOBS:-1} -gt 1 ]]; then
  pids=()
  for t in "${targets[@]}"; do run_target "$t" & pids+=($!); done
  for p in "${pids[@]}"; do if wait "$p"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi; done
else
  for t in "${targets[@]}"; do if run_target "$t"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi; done
fi
echo "fuzz: $passed passed, $failed failed ($(($(date +%s) - start)) s in all)"
((failed == 0))
