# The whole of MedQuAD (../shared/data/medquad): every pair with answer text is indexed, the
# rest is reported as skipped by reason, and stats agrees. Skipped (77) where it is absent.
source "$(dirname "$0")/lib.sh"
MEDQUAD="$SHARED_DATA/medquad"
if [ ! -d "$MEDQUAD" ]; then
  echo "skipped: $MEDQUAD not found (MedQuAD is read from ../shared/data beside the checkout)"
  exit 77
fi
DB="$WORK/db"

run 0 index --db "$DB" "$MEDQUAD"
cat "$WORK/out"
indexed=$(grep -oE '^indexed [0-9]+' "$WORK/out" | grep -oE '[0-9]+')
no_answer=$(grep -oE 'skipped \(no answer text\): [0-9]+' "$WORK/out" | grep -oE '[0-9]+$')
other=$(grep -E '^  skipped \(' "$WORK/out" | grep -v 'no answer text' | awk '{ s += $NF } END { print s + 0 }')
expect_eq "$((indexed + no_answer + other))" 47457 "all MedQuAD pairs accounted for"
case "$indexed" in 164[0-9][0-9]) ;; *) fail "indexed $indexed records, expected 16,4xx";; esac

run 0 stats --db "$DB" --json
expect_eq "$(json_get "$WORK/out" 'd["records"]')" "$indexed" "stats records"
expect_eq "$(json_get "$WORK/out" 'sum(d["by_source"].values())')" "$indexed" "records by source"

run 0 search --db "$DB" --format json "What are the symptoms of ABCD syndrome?"
expect_eq "$(json_get "$WORK/out" 'd["hits"][0]["id"]')" "GARD_0000004_Sec1" "known answer first"
run 0 search --db "$DB" --format json --filter source=GARD -n 20 marfan syndrome
expect_eq "$(json_get "$WORK/out" 'set(h["source"] for h in d["hits"])')" "{'GARD'}" "source filter"
finish
