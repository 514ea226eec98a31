#!/usr/bin/env bash
# Configures the sanitizer build (clang, ASan + UBSan, libFuzzer coverage) in BUILD_DIR: the
# one build behind scripts/test.sh --sanitize and scripts/fuzz.sh. Bench programs are left
# out (speed is not measured under sanitizers; they pull in Lucene++ and SQLite).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-asan}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DQADEX_FUZZ=ON -DQADEX_BUILD_BENCH=OFF >/dev/null
