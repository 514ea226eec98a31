#!/usr/bin/env bash
# Load test of qadex serve over an index: 8 clients for 20 s with whole messages, then with
# subject lines only (short questions), then both again while `qadex index` commits into the
# same index. Usage: bash bench/serve/run.sh [--clients N] [--seconds S] QADEX INDEX_DIR
# [CORPUS_TO_ADD] (the index is written to by the second run: use a copy). Prints one JSON line
# per run. bench/serve/smoke.sh runs it small in CI.
set -euo pipefail
clients=8 seconds=20
while [ $# -gt 0 ]; do
  case $1 in
    --clients) clients=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    *) break ;;
  esac
done
qadex=$1 db=$2 extra=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
questions="$here/../../../shared/data/liveqa2017-train/questions.tsv"
log=$(mktemp)
"$qadex" serve --db "$db" --listen 127.0.0.1:0 --quiet >"$log" &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 100); do grep -q listening "$log" && break; sleep 0.1; done
url=$(grep -oE 'http://[0-9.]+:[0-9]+' "$log")
for length in "" --short; do
  python3 "$here/load.py" --url "$url" --pid "$server" --questions "$questions" $length \
    --clients "$clients" --seconds "$seconds" --label "reads only"
done
if [ -n "$extra" ]; then
  ( while true; do "$qadex" index --db "$db" "$extra" >/dev/null 2>&1 || true; done ) &
  writer=$!
  for length in "" --short; do
    python3 "$here/load.py" --url "$url" --pid "$server" --questions "$questions" $length \
      --clients "$clients" --seconds "$seconds" --label "with qadex index committing"
  done
  kill "$writer"
fi
