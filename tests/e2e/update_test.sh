# A JSONL file adds to an index; indexing a record again replaces it; delete removes it.
source "$(dirname "$0")/lib.sh"
DB="$WORK/db"

run 0 index --db "$DB" "$ROOT/corpus/sample"
base=$(grep -oE '^indexed [0-9]+' "$WORK/out" | grep -oE '[0-9]+')

cat >"$WORK/extra.jsonl" <<'JSON'
{"id": "extra-1", "question": "What is zygomycosis?", "answer": "Zygomycosis is a rare fungal infection.", "focus": "Zygomycosis", "qtype": "information", "source": "extra"}
{"id": "extra-2", "question": "How is frostnip treated?", "answer": "Frostnip is treated by gently rewarming the skin.", "focus": "Frostnip", "qtype": "treatment", "source": "extra"}
JSON
run 0 index --db "$DB" "$WORK/extra.jsonl"
run 0 stats --db "$DB" --json
expect_eq "$(json_get "$WORK/out" 'd["records"]')" "$((base + 2))" "records after adding"

# Same ids again, new text: replaced, not duplicated.
sed 's/rare fungal infection/rare mould infection/' "$WORK/extra.jsonl" >"$WORK/extra2.jsonl"
run 0 index --db "$DB" "$WORK/extra2.jsonl"
run 0 stats --db "$DB" --json
expect_eq "$(json_get "$WORK/out" 'd["records"]')" "$((base + 2))" "records after re-indexing"
run 0 search --db "$DB" --format json zygomycosis
expect_eq "$(json_get "$WORK/out" 'd["hits"][0]["id"]')" "extra-1" "replaced record found"
expect_in "$WORK/out" "mould" "new text"
expect_not_in "$WORK/out" "fungal" "old text"

run 0 delete --db "$DB" extra-1
expect_in "$WORK/out" "deleted 1 record" "delete summary"
run 0 search --db "$DB" --format json zygomycosis
expect_not_in "$WORK/out" '"extra-1"' "deleted record in results"
run 0 stats --db "$DB" --json
expect_eq "$(json_get "$WORK/out" 'd["records"]')" "$((base + 1))" "records after delete"

# An unknown id: the others are still deleted, exit status 1, a message naming it.
run 1 delete --db "$DB" extra-2 no-such-id
expect_in "$WORK/err" 'no record with id "no-such-id"' "missing id message"
run 0 stats --db "$DB" --json
expect_eq "$(json_get "$WORK/out" 'd["records"]')" "$base" "records after second delete"

# Several databases searched as one.
run 0 index --db "$WORK/db2" "$WORK/extra.jsonl"
run 0 search --db "$DB" --db "$WORK/db2" --format json zygomycosis
expect_eq "$(json_get "$WORK/out" 'd["hits"][0]["id"]')" "extra-1" "hit from second shard"
run 0 stats --db "$DB" --db "$WORK/db2" --json
expect_eq "$(json_get "$WORK/out" 'd["records"]')" "$((base + 2))" "records over two shards"
finish
