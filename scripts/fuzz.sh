#!/usr/bin/env bash
# Builds the libFuzzer harnesses (tests/fuzz, clang, ASan + UBSan) and runs each for SECONDS.
#   scripts/fuzz.sh [-j JOBS] [SECONDS] [HARNESS...]   default: 600 s each, every harness, one at a time
# -j runs up to JOBS harnesses at once (each still gets SECONDS of wall time; on a shared machine
# prefix `nice -n 19` so the fuzzers take only idle CPU, and compare their exec/s in the logs).
# libFuzzer's -timeout is wall time: a fuzzer starved of CPU by other work reports inputs that
# run in 0.2 s as 10 s timeouts, so give niced runs QADEX_FUZZ_ARGS=-timeout=120.
# Harnesses: jsonl csv medquad analyzer search. Build folder: build-asan (the sanitizer
# suite's build, scripts/test.sh --sanitize: one clang build serves both), or $QADEX_FUZZ_BUILD.
# Inputs that found new coverage go to build-asan/fuzz/corpus/<harness> (seeds stay as they
# are); crashes, leaks and timeouts to build-asan/fuzz/crashes/<harness>/. Exits 1 if any
# harness failed. docs/testing.md says how a crash becomes a regression input.
# QADEX_FUZZ_ARGS adds libFuzzer options, e.g. "-fork=1 -ignore_crashes=1" to go on past a
# known crash and collect the others.
set -euo pipefail
cd "$(dirname "$0")/.."
all=(jsonl csv medquad analyzer search)
jobs=1
if [ "${1:-}" = -j ]; then
  jobs=${2:?"fuzz.sh: -j needs a number"}
  shift 2
fi
seconds=${1:-600}
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -eq 0 ] && harnesses=("${all[@]}")
for h in "${harnesses[@]}"; do
  [[ " ${all[*]} " == *" $h "* ]] || { echo "fuzz.sh: unknown harness '$h' (${all[*]})" >&2; exit 2; }
done
build=${QADEX_FUZZ_BUILD:-build-asan}
bash scripts/configure-sanitize.sh "$build"
targets=()
for h in "${harnesses[@]}"; do targets+=("fuzz_$h"); done
cmake --build "$build" -j2 --target "${targets[@]}"

# Longest input tried: a few records or one MedQuAD file; a person's message for a query.
declare -A max_len=([jsonl]=4096 [csv]=4096 [medquad]=8192 [analyzer]=2048 [search]=512)
declare -A dict=([jsonl]=jsonl [csv]=csv [medquad]=medquad [search]=search)
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# Runs one harness; its report goes to $build/fuzz/<harness>.report, its exit status to .status.
run_harness() {
  local h=$1 work crashes log status=0
  work="$build/fuzz/corpus/$h"
  crashes="$build/fuzz/crashes/$h"
  log="$build/fuzz/$h.log"
  mkdir -p "$work" "$crashes"
  local args=(-max_total_time="$seconds" -max_len="${max_len[$h]}" -timeout=10 -rss_limit_mb=2048
        -artifact_prefix="$crashes/" -print_final_stats=1)
  [ -n "${dict[$h]:-}" ] && args+=(-dict="tests/fuzz/dict/${dict[$h]}.dict")
  # shellcheck disable=SC2206  # split on purpose: several options in one variable
  [ -n "${QADEX_FUZZ_ARGS:-}" ] && args+=(${QADEX_FUZZ_ARGS})
  echo "fuzz.sh: $h for ${seconds}s (log: $log)"
  "$build/tests/fuzz/fuzz_$h" "${args[@]}" "$work" "tests/fuzz/corpus/$h" >"$log" 2>&1 || status=$?
  {
    # The last status line (#runs ... cov: ... ft: ... exec/s: ...) and the final stats.
    echo "fuzz.sh: $h:"
    grep -E '^#[0-9]+' "$log" | tail -1 || true
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" || true
    if [ $status -ne 0 ]; then
      echo "fuzz.sh: $h FAILED (exit $status); $(ls "$crashes" | wc -l) inputs in $crashes:"
      ls "$crashes" | head -5 || true
      grep -E 'ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer)|runtime error|fuzz check failed|SUMMARY' \
        "$log" | head -5 || true
    fi
  } >"$build/fuzz/$h.report"
  echo $status >"$build/fuzz/$h.status"
}

for h in "${harnesses[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
  run_harness "$h" &
done
wait
failed=()
for h in "${harnesses[@]}"; do
  cat "$build/fuzz/$h.report"
  if [ "$(cat "$build/fuzz/$h.status")" != 0 ]; then failed+=("$h"); fi
done
if [ ${#failed[@]} -ne 0 ]; then
  echo "fuzz.sh: failed: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz.sh: ${harnesses[*]}: no crash in ${seconds}s each"
