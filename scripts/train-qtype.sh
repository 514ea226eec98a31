#!/usr/bin/env bash
# Remakes models/qtype-model.tsv, the shipped question-type model, from LiveQA 2017 (train)
# and MedQuAD in ../shared/data, and prints its cross-validation figures and those of the
# neighbouring hyper-parameters. Deterministic: the same data gives the same file.
# Usage: scripts/train-qtype.sh [build-dir]   (then rebuild: the model is compiled in)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" --target qadex_train_qtype -j2
"$build/tools/qadex_train_qtype" --data "$root/../shared/data" --neighbours \
  --out "$root/models/qtype-model.tsv"
