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

# Issue "one bad value is one skipped record": each of these aborted the whole run with
# exit 1, no file or line, and every record since the last commit lost.
{
  echo '{"id": "ok-4", "answer": "Fluids and rest help with a fever.", "score": 1e999}'
  echo '{"id": "ok-5", "answer": "A sore throat often comes with a cold.", "rank": -1e999}'
  printf '{"id": "%s", "answer": "id too long"}\n' "$(printf 'i%.0s' $(seq 245))"
  printf '{"id": "long-source", "answer": "x", "source": "%s"}\n' "$(printf 's%.0s' $(seq 238))"
  printf '{"id": "long-qtype", "answer": "x", "qtype": "%s"}\n' "$(printf 'q%.0s' $(seq 238))"
  echo '{"id": "ok-4b", "question": "What is a bruise?", "answer": "A bruise is bleeding under the skin."}'
} >"$WORK/in/limits.jsonl"

# A mistyped path is an error naming it, before anything is read.
run 1 index --db "$WORK/typo" "$WORK/in" "$WORK/does-not-exist.jsonl"
expect_in "$WORK/err" "does-not-exist.jsonl: no such file or folder; check the path" "missing path"

run 0 index --db "$DB" "$WORK/in"
expect_in "$WORK/err" "mixed.jsonl:2:" "broken JSON line"
expect_in "$WORK/err" "mixed.jsonl:3:.*answer" "missing answer"
expect_in "$WORK/err" "mixed.jsonl:4:.*UTF-8" "invalid UTF-8"
expect_in "$WORK/err" "mixed.jsonl:5:.*duplicate id" "duplicate id"
expect_in "$WORK/err" "huge.jsonl:1:.*answer.*limit" "50 MB field"
expect_in "$WORK/err" "binary.jsonl.*not a text file" "binary file"
expect_in "$WORK/err" "truncated.xml" "malformed XML"
expect_in "$WORK/err" "table.csv:4:" "short CSV row"
expect_in "$WORK/err" "limits.jsonl:1: number out of range" "1e999"
expect_in "$WORK/err" "limits.jsonl:2: number out of range" "-1e999 in an ignored field"
expect_in "$WORK/err" 'limits.jsonl:3: field "id" is 245 bytes, over the limit of 200' "long id"
expect_in "$WORK/err" 'limits.jsonl:4: field "source" is 238 bytes' "long source"
expect_in "$WORK/err" 'limits.jsonl:5: field "qtype" is 238 bytes' "long qtype"
expect_in "$WORK/out" "skipped" "summary of skips"
expect_in "$WORK/out" "skipped \(value too long\): 3" "summary counts the long values"
run 0 stats --db "$DB" --json
expect_eq "$(json_get "$WORK/out" 'd["records"]')" 5 "valid records indexed (ok-1, ok-2, ok-3, ok-4b, csv-1)"
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
expect_eq "$(json_get "$WORK/out" 'd["records"]')" 5 "existing records after a failed strict run"
run 1 index --db "$WORK/strict2" --strict "$WORK/in/limits.jsonl"
expect_in "$WORK/err" "limits.jsonl:1: number out of range.*nothing was indexed" "strict, 1e999"

# Nothing valid at all: exit 1.
run 1 index --db "$WORK/empty" "$WORK/in/binary.jsonl"
expect_in "$WORK/err" "nothing was indexed" "nothing valid"

# Nothing read at all is not success: an empty folder, a folder of other files.
mkdir -p "$WORK/void" "$WORK/notes"
echo "notes" >"$WORK/notes/readme.txt"
run 1 index --db "$WORK/void-db" "$WORK/void"
expect_in "$WORK/err" "nothing was indexed: no file was found in the inputs" "empty folder"
run 1 index --db "$WORK/notes-db" "$WORK/notes"
expect_in "$WORK/err" "none of the 1 files found is a corpus file" "no corpus file"

# A dangling symlink in a folder is reported by path, not skipped in silence.
mkdir -p "$WORK/links"
cp "$WORK/in/table.csv" "$WORK/links/"
ln -s "$WORK/links/gone.jsonl" "$WORK/links/dangling.jsonl"
run 0 index --db "$WORK/links-db" "$WORK/links"
expect_in "$WORK/err" "links/dangling.jsonl: dangling symlink to" "dangling symlink"
expect_in "$WORK/out" "files not read \(dangling symlink\): 1" "dangling symlink counted"

# An XML file over --max-xml-bytes is refused by name and size, not parsed.
cp "$WORK/in/truncated.xml" "$WORK/links/big.xml"
run 0 index --db "$WORK/xml-db" --max-xml-bytes 16 "$WORK/links/big.xml" "$WORK/in/table.csv"
expect_in "$WORK/err" "big.xml: XML file is [0-9]+ bytes, over the limit of 16 bytes" "xml size"
# A repaired record (a repeated MedQuAD id made unique) is one summary line by default,
# each one with --verbose; --quiet prints nothing but errors.
run 0 index --db "$WORK/verbosity" "$ROOT/tests/data/corpus/medquad/1_RepeatedIds_QA"
expect_in "$WORK/out" "kept with a warning \(repeated id\): [1-9]" "warning summary line"
expect_not_in "$WORK/err" "warning:" "warnings listed without --verbose"
run 0 index --db "$WORK/verbosity2" --verbose "$ROOT/tests/data/corpus/medquad/1_RepeatedIds_QA"
expect_in "$WORK/err" "warning: .*repeated|warning: .*id" "warnings listed with --verbose"
run 0 index --db "$WORK/verbosity3" --quiet "$ROOT/tests/data/corpus/medquad/1_RepeatedIds_QA"
expect_eq "$(cat "$WORK/out" "$WORK/err")" "" "output of --quiet"
finish
