# Readers during writes, one writer at a time, bounded options, inert terminal output.
source "$(dirname "$0")/lib.sh"

# records FILE FIRST COUNT: writes COUNT JSONL records numbered from FIRST.
records() {
  python3 - "$@" <<'PY'
import json, sys
path, first, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with open(path, "w") as out:
    for i in range(first, first + count):
        out.write(json.dumps({
            "id": f"gen-{i}",
            "question": f"What helps lower back stiffness, case {i}?",
            "answer": f"Case {i}: stretching, heat and gentle exercise loosen stiff back muscles; "
                      f"see a doctor when pain spreads to the legs.",
            "focus": "Back Pain", "qtype": "treatment", "source": "generated"}) + "\n")
PY
}
record_count() { "$QADEX" stats --db "$1" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["records"])'; }

# 1. Searches while another process commits every 20 records: none may fail.
DB="$WORK/db"
run 0 index --db "$DB" "$ROOT/corpus/sample"
base=$(record_count "$DB")
records "$WORK/more.jsonl" 0 10000
"$QADEX" index --db "$DB" --batch-size 20 --threads 1 "$WORK/more.jsonl" >"$WORK/writer.out" 2>&1 &
writer=$!
searches=0; failed=0
while kill -0 "$writer" 2>/dev/null || [ "$searches" -lt 10 ]; do
  if ! "$QADEX" search --db "$DB" -n 3 "my lower back is stiff, what helps?" >"$WORK/s.out" 2>&1; then
    failed=$((failed + 1)); sed "s/^/  search: /" "$WORK/s.out" | head -5 >&2
  fi
  searches=$((searches + 1))
done
wait "$writer" || fail "the writer failed: $(cat "$WORK/writer.out")"
echo "searches during the writes: $searches, failed: $failed"
expect_eq "$failed" 0 "searches that failed while the index was written"
expect_eq "$(record_count "$DB")" "$((base + 10000))" "records after the writes"

# 2. A new build and a writer on one directory: exactly one proceeds, nothing is lost.
NEW="$WORK/new"
records "$WORK/big.jsonl" 100000 40000
"$QADEX" index --db "$NEW" --threads 2 "$WORK/big.jsonl" >"$WORK/build.out" 2>&1 &
build=$!
for _ in $(seq 200); do [ -d "$NEW/.qadex-build" ] && break; sleep 0.05; done
records "$WORK/late.jsonl" 900000 3
if kill -0 "$build" 2>/dev/null; then
  run 1 index --db "$NEW" --strict "$WORK/late.jsonl"
  expect_in "$WORK/err" "index .* is being written by process $build \(started " "second writer"
  run 1 delete --db "$NEW" gen-100000
  expect_in "$WORK/err" "is being written by process $build" "delete during a build"
else
  fail "the build ended before the second writer could be tried"
fi
wait "$build" || fail "the build failed: $(cat "$WORK/build.out")"
expect_eq "$(record_count "$NEW")" 40000 "records of the build"
run 0 index --db "$NEW" --strict "$WORK/late.jsonl"  # afterwards it goes ahead
expect_eq "$(record_count "$NEW")" 40003 "records after the later writer"

# 3. What a killed build left behind is removed by the next writer, with a note.
# (part-K; an older qadex named them shard-K.)
for part in part-0 shard-1; do
  mkdir -p "$NEW/.qadex-build/$part" && head -c 100000 /dev/zero >"$NEW/.qadex-build/$part/x"
done
run 0 index --db "$NEW" "$WORK/late.jsonl"
expect_in "$WORK/err" "note: removed what an interrupted build left in .*\.qadex-build" "leftovers note"
[ -e "$NEW/.qadex-build" ] && fail "the leftover parts are still there"

# 4. Page options are checked, not wrapped.
for option in "-n 0" "-n -1" "-n 4294967296" "--offset 4294967297" "-n 1001"; do
  # shellcheck disable=SC2086
  run 2 search --db "$DB" $option back pain
  expect_in "$WORK/err" "not in range|Value -1|-n|--offset" "error for $option"
done
run 0 search --db "$DB" -n 1000 --offset 100000 back pain
expect_in "$WORK/out" "^No more answers: about [0-9]+ in all" "a page past the end"
expect_not_in "$WORK/out" "check the spelling" "a page past the end"

# 5. A query too long or with too many filters is refused with a message.
python3 -c 'print("back pain " * 5000)' >"$WORK/long.txt"
run 2 search --db "$DB" "$(cat "$WORK/long.txt")"
expect_in "$WORK/err" "bytes long; qadex searches at most 16384 bytes" "long query"

# 6. Escape sequences in corpus text reach the terminal as inert characters.
printf '{"id":"esc","question":"Evil \\u001b]0;pwned\\u0007 title?","answer":"Clears \\u001b[2J the screen \\u009b31m here, zygomatic text.","source":"x\\u001b[31m"}\n' >"$WORK/esc.jsonl"
run 0 index --db "$DB" "$WORK/esc.jsonl"
run 0 search --db "$DB" zygomatic clears screen
expect_in "$WORK/out" "Clears" "the record with escapes"
if LC_ALL=C grep -q $'\x1b' "$WORK/out" || LC_ALL=C grep -q $'\xc2\x9b' "$WORK/out"; then
  fail "an escape sequence reached the output"
fi

finish
