#!/usr/bin/env bash
# Builds everything and runs every test on a fresh Debian 12 machine (the README's test
# command; CI runs it too). Extra arguments go to ctest, e.g. -L unit.
#   scripts/test.sh --sanitize [ctest args]: the sanitizer suite instead: a clang build with
#   ASan + UBSan (and libFuzzer coverage, so scripts/fuzz.sh reuses it) in build-asan/, its
#   tests run with leak detection, undefined behaviour fatal. Left out there: the install
#   test (it builds an unsanitized project against the sanitized library, which cannot link:
#   undefined __asan_* symbols; packaging is tested in the normal build), the benchmarks and
#   the tests labelled slow (the kill -9 campaign: timing, not memory, is what it tests).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
# axe-core for the browser test's accessibility check (npm, into the build directory). Under
# CI=true it must install; elsewhere the browser test says "skipped" without it.
axe() {
  bash scripts/install-axe.sh "$1" && return
  [ "${CI:-}" = true ] && exit 1
  echo "test.sh: going on without axe-core; e2e_serve_browser will skip its accessibility check" >&2
}
if [ "${1:-}" = --sanitize ]; then
  shift
  axe build-asan
  bash scripts/configure-sanitize.sh build-asan
  cmake --build build-asan -j2
  export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
  ctest --test-dir build-asan --output-on-failure -j2 -E '^e2e_install$' -LE slow "$@"
  exit
fi
werror=OFF
[ "${CI:-}" = true ] && werror=ON
axe build
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQADEX_WERROR=$werror >/dev/null
cmake --build build -j2
ctest --test-dir build --output-on-failure -j2 "$@"
