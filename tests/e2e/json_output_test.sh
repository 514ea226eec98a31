#!/usr/bin/env bash
# Every JSON the command line prints matches its schema in docs/openapi.yaml (the one
# definition, shared with `qadex serve`; docs/json-output.md explains it): search (one query,
# a batch, an emergency, a correction, a page past the end, --explain and --facets), stats,
# show and eval. And the check itself catches a missing key, so a pass means something.
source "$(dirname "$0")/lib.sh"
command -v python3 >/dev/null && python3 -c 'import jsonschema, yaml' 2>/dev/null || {
  echo "skipped: python3 with jsonschema and yaml not installed (python3-jsonschema, python3-yaml)"
  exit 77
}

# conforms SCHEMA FILE [--lines]: FILE is a SCHEMA (each line one, with --lines).
conforms() {
  python3 -W ignore "$ROOT/tests/e2e/openapi_check.py" "$ROOT/docs/openapi.yaml" --schema "$1" \
    ${3:-} "$2" >"$WORK/check" 2>&1 || { fail "$2 is no $1"; sed 's/^/  | /' "$WORK/check" >&2; }
}

DB="$WORK/idx"
run 0 index --db "$DB" -q "$ROOT/corpus/sample"

run 0 search --db "$DB" --format json --related 2 I have lower back stiffness. What could it be?
cp "$WORK/out" "$WORK/one.json"
conforms SearchResults "$WORK/one.json"
expect_eq "$(json_get "$WORK/one.json" "len(d['hits'][0]['answer']) > len(d['hits'][0]['snippet']) - 40")" True \
  "the full answer is carried, not only the snippet"

run 0 search --db "$DB" --format json --explain --facets "chest pain and I cannot breathe"
conforms SearchResults "$WORK/out"
expect_eq "$(json_get "$WORK/out" "d['emergency'] is not None and d['explanation'] is not None")" True \
  "emergency and explanation filled"

run 0 search --db "$DB" --format json "lowr bak pian"
conforms SearchResults "$WORK/out"
run 0 search --db "$DB" --format json --offset 500 back pain
conforms SearchResults "$WORK/out"
expect_eq "$(json_get "$WORK/out" "len(d['hits'])")" 0 "a page past the end"

run 0 search --db "$DB" --format json --queries "$ROOT/examples/questions.tsv"
conforms SearchResults "$WORK/out" --lines
expect_eq "$(wc -l <"$WORK/out")" "$(grep -c . "$ROOT/examples/questions.tsv")" "one line per question"

run 0 stats --db "$DB" --json
conforms Stats "$WORK/out"
expect_eq "$(json_get "$WORK/out" "d['vocabulary_current']")" True "a new index holds this qadex's vocabulary"
run 0 show --db "$DB" --json sample-back-002 sample-back-003
conforms RecordList "$WORK/out"

run 0 search --db "$DB" --format trec --queries "$ROOT/examples/questions.tsv"
cp "$WORK/out" "$WORK/run.txt"
run 0 eval --json --qrels "$ROOT/examples/qrels.txt" --run "$WORK/run.txt"
conforms Evaluation "$WORK/out"
expect_eq "$(json_get "$WORK/out" "d['per_query']")" None "per_query is null without -q"
run 0 eval --json -q --qrels "$ROOT/examples/qrels.txt" --run "$WORK/run.txt"
conforms Evaluation "$WORK/out"

# The check fails on output that lost a key.
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); del d['hits'][0]['url']; print(json.dumps(d))" \
  "$WORK/one.json" >"$WORK/broken.json"
if python3 -W ignore "$ROOT/tests/e2e/openapi_check.py" "$ROOT/docs/openapi.yaml" --schema SearchResults \
  "$WORK/broken.json" 2>"$WORK/check"; then
  fail "the schema check passed a hit without its url"
fi
expect_in "$WORK/check" "url" "the check names the missing key"

finish
