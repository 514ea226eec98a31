# The quick start: index the sample corpus, answer "lower back stiffness" in every format.
source "$(dirname "$0")/lib.sh"
DB="$WORK/db"

run 0 index --db "$DB" "$ROOT/corpus/sample"
expect_in "$WORK/out" "^indexed [0-9]+ records" "index summary"
records=$(grep -oE '^indexed [0-9]+' "$WORK/out" | grep -oE '[0-9]+')
[ "$records" -ge 60 ] || fail "only $records sample records indexed"

run 0 search --db "$DB" "I have lower back stiffness. What could it be?"
expect_in "$WORK/out" "^1\. .*[Bb]ack" "first hit"
expect_in "$WORK/out" "Source: qadex-sample" "source line"
expect_in "$WORK/out" "https://qadex.invalid/sample/" "url"
expect_in "$WORK/out" "not a substitute for professional medical advice" "disclaimer"
expect_not_in "$WORK/out" '\*\*' "snippets plain when piped (no ** marks)"
run 0 search --db "$DB" --color always "I have lower back stiffness. What could it be?"
expect_in "$WORK/out" $'\033\\[1m(stiffness|back|lower)\033\\[22m' "highlighted snippet (--color always)"

# A text that may describe an emergency is told so first; the answers still follow.
run 0 search --db "$DB" "my husband has chest pain and can't breathe"
expect_eq "$(head -1 "$WORK/out")" "!! This may be an emergency: call your local emergency number." \
  "emergency notice first"
expect_in "$WORK/out" "^1\. " "answers after the notice"
run 0 search --db "$DB" "What is a stroke?"
expect_not_in "$WORK/out" "may be an emergency" "no notice for a topic question"

# --related: people also asked, under each hit.
run 0 search --db "$DB" -n 1 --related 2 "How is lower back pain treated?"
expect_in "$WORK/out" "^   People also asked:" "related questions"
run 2 search --db "$DB" --related 6 back pain

run 0 search --db "$DB" --format json -n 5 lower back stiffness
first_id=$(json_get "$WORK/out" 'd["hits"][0]["id"]')
case "$first_id" in sample-back-*) ;; *) fail "json first hit is $first_id, not a back record";; esac
expect_eq "$(json_get "$WORK/out" 'len(d["hits"])')" 5 "json hit count"
expect_eq "$(json_get "$WORK/out" 'sorted(d["hits"][0].keys())')" \
  "['answer', 'explanation', 'focus', 'id', 'qtype', 'question', 'rank', 'related', 'score', 'snippet', 'source', 'url']" "hit keys"
expect_eq "$(json_get "$WORK/out" '[h["rank"] for h in d["hits"]]')" "[1, 2, 3, 4, 5]" "ranks"
expect_eq "$(json_get "$WORK/out" 'all(d["hits"][i]["score"] >= d["hits"][i+1]["score"] for i in range(4))')" True "scores descend"
expect_eq "$(json_get "$WORK/out" 'd["schema"], d["facets"]')" "qadex.search/1 {'source': {}, 'qtype': {}}" "schema; facets only if asked"
expect_eq "$(json_get "$WORK/out" '"<mark>" in d["hits"][0]["snippet"]')" True "HTML highlights in JSON"
run 0 search --db "$DB" --format json --facets -n 1 lower back stiffness
expect_eq "$(json_get "$WORK/out" 'sum(d["facets"]["source"].values()) > 1')" True "--facets counts beyond the page"
run 2 search --db "$DB" --facets lower back stiffness

# Pagination: page 2 starts where page 1 ended.
run 0 search --db "$DB" --format json -n 2 --offset 2 lower back stiffness
expect_eq "$(json_get "$WORK/out" 'd["hits"][0]["rank"]')" 3 "offset rank"
cp "$WORK/out" "$WORK/page2"
run 0 search --db "$DB" --format json -n 4 lower back stiffness
expect_eq "$(json_get "$WORK/out" 'd["hits"][2]["id"]')" "$(json_get "$WORK/page2" 'd["hits"][0]["id"]')" "page 2"

# TREC output: six columns, ranks from 1, the run tag.
run 0 search --db "$DB" --format trec --run-tag e2e -n 3 headache
expect_eq "$(wc -l <"$WORK/out" | tr -d ' ')" 3 "trec lines"
awk 'NF != 6 || $2 != "Q0" || $6 != "e2e" { bad = 1 } END { exit bad }' "$WORK/out" || fail "trec format"
# It reads only ids (HitContent::kId), yet ranks as the full hits do.
trec_ids=$(awk '{ print $3 }' "$WORK/out" | paste -sd ' ')
run 0 search --db "$DB" --format json -n 3 headache
expect_eq "$(json_get "$WORK/out" '" ".join(h["id"] for h in d["hits"])')" "$trec_ids" "trec ids"

# Filters: qtype narrows; an unknown field is a usage error.
run 0 search --db "$DB" --format json --filter qtype=treatment -n 20 back pain
expect_eq "$(json_get "$WORK/out" 'set(h["qtype"] for h in d["hits"])')" "{'treatment'}" "qtype filter"
run 0 search --db "$DB" --filter source=qadex-sampel back pain
expect_in "$WORK/out" 'No record has source "qadex-sampel". The source values in this index: qadex-sample' \
  "a filter value that matches nothing lists the values"
run 2 search --db "$DB" --filter colour=red back
expect_in "$WORK/err" "unknown filter field" "bad filter message"

# Query syntax does not change a complaint's meaning: NOT and quotes are words here.
run 0 search --db "$DB" --format json 'back pain NOT "stiffness'
[ "$(json_get "$WORK/out" 'len(d["hits"])')" -gt 0 ] || fail "NOT/quote query found nothing"

# --explain shows the understood query and per-field term weights that add up to the score.
run 0 search --db "$DB" --format json --explain -n 3 lower back stiffness
expect_eq "$(json_get "$WORK/out" 'all(abs(sum(p["weight"] for p in h["explanation"]) - h["score"]) < 1e-6 * max(1, h["score"]) for h in d["hits"])')" True "explain sums to score"
expect_in "$WORK/out" '"field": ?"(text|question|focus|answer)"' "explain fields"
# What was understood is in the JSON, as values.
expect_eq "$(json_get "$WORK/out" 'd["understanding"]["names"][0]["role"]')" "primary" "primary name in JSON"
expect_eq "$(json_get "$WORK/out" 'd["understanding"]["names"][0]["key"]')" "lower back stiff" "name key in JSON"

# Ranking switches: the baseline and single features change the ranking, unknown names are
# usage errors; a misspelt word is corrected and reported.
run 0 search --db "$DB" --format json --plain -n 3 lower back stiffness
expect_eq "$(json_get "$WORK/out" 'len(d["hits"])')" 3 "plain ranking hits"
run 0 search --db "$DB" --format json --without focus,qtype --with synonyms -n 3 lower back stiffness
expect_eq "$(json_get "$WORK/out" 'len(d["hits"])')" 3 "switched ranking hits"
run 2 search --db "$DB" --without telepathy back
expect_in "$WORK/err" "unknown ranking feature" "bad feature message"
run 0 search --db "$DB" --format json "lower back stifness"
expect_eq "$(json_get "$WORK/out" 'd.get("did_you_mean")')" "lower back stiffness" "did you mean"
expect_eq "$(json_get "$WORK/out" 'd["understanding"]["corrections"][0]["to"]')" "stiffness" "correction in understanding"
expect_eq "$(json_get "$WORK/out" 'd["search_instead_for"] != d["did_you_mean"]')" True "search instead for"

# A batch of queries gives a TREC run that qadex eval scores.
printf 'q1\tlower back stiffness\nq2\tcannot sleep at night\n\nq3\titchy dry skin\n' >"$WORK/q.tsv"
run 0 search --db "$DB" --queries "$WORK/q.tsv" --format trec -n 10
cp "$WORK/out" "$WORK/run.txt"
expect_eq "$(cut -d' ' -f1 "$WORK/run.txt" | sort -u | tr '\n' ' ')" "q1 q2 q3 " "batch qids"
top_q1=$(awk '$1 == "q1" && $4 == 1 { print $3 }' "$WORK/run.txt")
printf 'q1 0 %s 2\nq2 0 nonexistent-doc 1\n' "$top_q1" >"$WORK/qrels.txt"
run 0 eval --qrels "$WORK/qrels.txt" --run "$WORK/run.txt" --json
expect_eq "$(json_get "$WORK/out" 'd["mean"]["recip_rank_10"]')" 0.5 "MRR over q1 (hit at 1) and q2 (miss)"
# The table as trec_eval prints it: name<TAB>query<TAB>value, -q for each query.
run 0 eval --qrels "$WORK/qrels.txt" --run "$WORK/run.txt" -q
expect_in "$WORK/out" $'^recip_rank +\tq1\t1\.0000$' "per-query recip_rank line"
expect_in "$WORK/out" $'^num_q +\tall\t2$' "num_q line"
for metric in ndcg_cut_10 map map_cut_10 recip_rank P_5 P_10 recall_100; do
  expect_in "$WORK/out" "^$metric +"$'\t'"all"$'\t' "$metric line"
done

# show prints a whole record, with its source and the disclaimer.
run 0 show --db "$DB" sample-back-002
expect_in "$WORK/out" "^Why is my lower back stiff in the morning\?" "show: question"
expect_in "$WORK/out" "^Source: qadex-sample  https://" "show: source and URL"
expect_in "$WORK/out" "not a substitute for professional medical advice" "show: disclaimer"
run 0 show --db "$DB" --json sample-back-002
expect_eq "$(json_get "$WORK/out" 'len(d["records"][0]["answer"]) > 300')" True "show: the full answer"
run 1 show --db "$DB" sample-back-002 no-such-id
expect_in "$WORK/err" 'no record with id "no-such-id"' "show: missing id"

# stats agrees with the index summary.
run 0 stats --db "$DB" --json
expect_eq "$(json_get "$WORK/out" 'd["records"]')" "$records" "stats records"
expect_eq "$(json_get "$WORK/out" 'd["by_source"]["qadex-sample"]')" "$records" "stats by source"
finish
