# Bad input: each problem is named with file and line, valid records around it are indexed,
# and --strict stops with nothing written.
source "$(dirname "$0")/lib.sh"
DB="$WORK/db"
mkdir -p "$WORK/in"

{
  echo '{"id": "ok-1", "question": "What is a cold?", "answer": "A cold is a viral infection of the nose and throat."}'
  echo '{"id": "broken", "answer": "unterminated'
  echo '{"id": "no-answer", "question": "Where is the answer?"}'
  printf '{"id": "bad-utf8", "answer": "caf\xc3\x28 au lait"}\n'
  echo '{"id": "ok-1", "answer": "A second record with the same id."}'
  echo '{"id": "ok-2", "question": "What is a sprain?", "answer": "A sprain is a stretched or torn ligament."}'
} >"$WORK/in/mixed.jsonl"
python3 -c "
import json
print(json.dumps({'id': 'huge', 'answer': 'x ' * (25 * 1024 * 1024)}))
print(json.dumps({'id': 'ok-3', 'answer': 'Rest, ice, compression and elevation help a sprain.'}))
" >"$WORK/in/huge.jsonl"
head -c 4096 /dev/urandom >"$WORK/in/binary.jsonl"
printf '<?xml version="1.0"?>\n<Document id="1" source="X"><QAPairs><QAPair pid="1"><Question>Q?\n' >"$WORK/in/truncated.xml"
printf 'id,question,answer\ncsv-1,"What is ""flu""?","Influenza, a viral\ninfection."\ncsv-2,only two\n' >"$WORK/in/table.csv"

run 0 index --db "$DB" "$WORK/in" "$WORK/does-not-exist.jsonl"
expect_in "$WORK/err" "mixed.jsonl:2:" "broken JSON line"
expect_in "$WORK/err" "mixed.jsonl:3:.*answer" "missing answer"
expect_in "$WORK/err" "mixed.jsonl:4:.*UTF-8" "invalid UTF-8"
expect_in "$WORK/err" "mixed.jsonl:5:.*duplicate id" "duplicate id"
expect_in "$WORK/err" "huge.jsonl:1:.*answer.*limit" "50 MB field"
expect_in "$WORK/err" "binary.jsonl.*not a text file" "binary file"
expect_in "$WORK/err" "truncated.xml" "malformed XML"
expect_in "$WORK/err" "table.csv:4:" "short CSV row"
expect_in "$WORK/err" "does-not-exist.jsonl" "missing path"
expect_in "$WORK/out" "skipped" "summary of skips"
run 0 stats --db "$DB" --json
expect_eq "$(json_get "$WORK/out" 'd["records"]')" 4 "valid records indexed (ok-1, ok-2, ok-3, csv-1)"
run 0 search --db "$DB" --format json influenza
expect_eq "$(json_get "$WORK/out" 'd["hits"][0]["id"]')" "csv-1" "multi-line CSV record"

# --strict: the first bad record fails the run and nothing of it is committed.
run 1 index --db "$WORK/strict" --strict "$WORK/in/mixed.jsonl"
expect_in "$WORK/err" "mixed.jsonl:2:.*nothing was indexed" "strict message"
"$QADEX" stats --db "$WORK/strict" --json >"$WORK/out" 2>/dev/null
records=$(json_get "$WORK/out" 'd["records"]' 2>/dev/null || echo 0)
expect_eq "$records" 0 "records after a failed strict run"

# --strict on an index that already has records leaves them as they were.
run 1 index --db "$DB" --strict "$WORK/in/mixed.jsonl"
run 0 stats --db "$DB" --json
expect_eq "$(json_get "$WORK/out" 'd["records"]')" 4 "existing records after a failed strict run"

# Nothing valid at all: exit 1.
run 1 index --db "$WORK/empty" "$WORK/in/binary.jsonl"
finish
