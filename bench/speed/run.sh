#!/usr/bin/env bash
# Runs the speed benchmark from a clean clone: installs the Debian packages, builds in
# Release, and runs qadex_speed_bench with any options given (default: ×1 and ×10, 11-14 min
# on 2 cores).
#   bash bench/speed/run.sh                      # results on stdout, JSON in build-bench/speed.json
#   bash bench/speed/run.sh --scales 10,100 --engines qadex,qadex-hits   # ×100 for qadex: ~9 min
#   bash bench/speed/run.sh --scales 1,10,100    # ×100 (~1.6 M records) with the peers: hours
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${QADEX_BENCH_BUILD_DIR:-$root/build-bench}"
bash "$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DQADEX_BUILD_TESTS=OFF \
  -DQADEX_BUILD_EXAMPLES=OFF >/dev/null
cmake --build "$build" --target qadex_speed_bench -j "${QADEX_BUILD_JOBS:-2}"
cd "$build"
exec ./bench/speed/qadex_speed_bench --json "$build/speed.json" "$@"
