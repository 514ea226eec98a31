#!/usr/bin/env bash
# The main job on a fresh Debian 12 machine: install dependencies, build, index the sample
# corpus, answer a complaint, and say how to start the search service. Usage: bash scripts/quickstart.sh ["your question"]
set -euo pipefail
cd "$(dirname "$0")/.."
query=${1:-"I have lower back stiffness. What could it be?"}

bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2 --target qadex_cli
rm -rf build/sample-index
./build/cli/qadex index --db build/sample-index corpus/sample
./build/cli/qadex search --db build/sample-index -n 5 "$query"
echo
echo "qadex is built at ./build/cli/qadex. To run it as 'qadex', put it on your PATH:"
echo "  export PATH=\"\$PWD/build/cli:\$PATH\""
echo "  qadex search --db build/sample-index \"can't sleep at night\""
echo "To search in a browser: qadex serve --db build/sample-index"
echo "then open http://127.0.0.1:8080 (docs/http-api.md describes the API)."
