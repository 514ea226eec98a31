#!/usr/bin/env bash
# CI size of the serve load test (ctest bench_serve_smoke): bench/serve/run.sh with 4 clients
# for 3 s per run over the sample corpus, a writer committing meanwhile in the last two runs.
# Fails if a run answered nothing or any request failed; prints the figures and asserts no
# timing (those belong to the full run, bench/RESULTS.md). Skips (77) without the LiveQA
# questions of ../shared/data.
#   bash bench/serve/smoke.sh QADEX REPO_ROOT
set -euo pipefail
qadex=$1 root=$2
if [ ! -f "$root/../shared/data/liveqa2017-train/questions.tsv" ]; then
  echo "skipped: ../shared/data/liveqa2017-train/questions.tsv not found"
  exit 77
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/qadex-serve-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$qadex" index --db "$work/db" --quiet "$root/corpus/sample"
bash "$root/bench/serve/run.sh" --clients 4 --seconds 3 "$qadex" "$work/db" \
  "$root/corpus/sample" | tee "$work/runs.jsonl"
python3 - "$work/runs.jsonl" <<'PY'
import json, sys
runs = [json.loads(line) for line in open(sys.argv[1]) if line.startswith("{")]
assert len(runs) == 4, f"expected 4 runs, got {len(runs)}"
for run in runs:
    where = f"{run['label']}, {run['questions']}"
    assert run["queries"] > 0, f"{where}: no query answered"
    assert run["errors"] == 0, f"{where}: {run['errors']} failed requests"
print("serve smoke: 4 runs, no failed request")
PY
