# Exit statuses (0 ok, 1 failure, 2 usage) and messages that say what to do.
source "$(dirname "$0")/lib.sh"

run 0 --help
expect_in "$WORK/out" "qadex index" "top-level help example"
for command in index search show eval stats delete; do
  run 0 "$command" --help
  expect_in "$WORK/out" "Example" "$command --help example"
done
run 0 --version
expect_in "$WORK/out" "^qadex [0-9]+\." "version"

run 2
run 2 frobnicate
run 2 search lower back
expect_in "$WORK/err" "--db" "missing --db"
expect_in "$WORK/err" "Try 'qadex search --help'" "usage error points to the command's help"
run 2 frobnicate
expect_in "$WORK/err" "Try 'qadex --help'" "usage error without a command"
run 2 search --db "$WORK/none" -dizzy spells
expect_in "$WORK/err" "goes after '--'" "hint for a question starting with -"
run 2 search --db "$WORK/none" -n 0 back
expect_in "$WORK/err" "Try 'qadex search --help'" "-n 0"
run 2 search --db "$WORK/none"
expect_in "$WORK/err" "QUERY or --queries" "missing query"
run 2 search --db "$WORK/none" --format xml back
run 2 index --db "$WORK/db" --input-format yaml "$ROOT/corpus/sample"
expect_in "$WORK/err" "unknown --input-format" "bad index format"

# A missing index is a runtime failure that says how to create one.
run 1 search --db "$WORK/none" back pain
expect_in "$WORK/err" "qadex index --db" "missing index advice"
run 1 stats --db "$WORK/none"

# A batch file that is not qid<TAB>text names its line.
run 0 index --db "$WORK/db" "$ROOT/corpus/sample"
printf 'q1\tback pain\nno tab here\n' >"$WORK/bad.tsv"
run 1 search --db "$WORK/db" --queries "$WORK/bad.tsv" --format trec
expect_in "$WORK/err" "bad.tsv:2:" "batch line number"
run 1 eval --qrels "$WORK/missing-qrels" --run "$WORK/bad.tsv"
# index reads its input format from --input-format (--format is search's output format);
# --format, its old name, still works with a note (none with --quiet), not beside it. A
# JSONL file named .csv is read as CSV unless told.
cp "$ROOT/corpus/sample/qadex-sample.jsonl" "$WORK/sample.csv"
run 1 index --db "$WORK/guessed" "$WORK/sample.csv"
run 0 index --db "$WORK/told" --input-format jsonl "$WORK/sample.csv"
expect_not_in "$WORK/err" "deprecated" "index --input-format"
run 0 stats --db "$WORK/told" --json
records=$(json_get "$WORK/out" 'd["records"]')
[ "$records" -gt 20 ] || fail "records read with --input-format jsonl: $records"
run 0 index --db "$WORK/old" --format jsonl "$WORK/sample.csv"
expect_in "$WORK/err" "^qadex: note: 'qadex index --format' is deprecated; use --input-format" \
  "note on the old index --format"
run 0 stats --db "$WORK/old" --json
expect_eq "$(json_get "$WORK/out" 'd["records"]')" "$records" "records read with the old --format"
run 0 index --db "$WORK/old" --quiet --format jsonl "$WORK/sample.csv"
expect_not_in "$WORK/err" "deprecated" "index --quiet --format"
run 2 index --db "$WORK/both" --input-format jsonl --format jsonl "$WORK/sample.csv"
expect_in "$WORK/err" "--format is the deprecated name of --input-format" "--input-format and --format"
expect_in "$WORK/err" "Try 'qadex index --help'" "--input-format and --format"
[ -e "$WORK/both" ] && fail "index with both --input-format and --format created its --db"
run 0 index --help
expect_in "$WORK/out" "--input-format" "index --help"
expect_not_in "$WORK/out" "--format" "index --help names the old --format"

# Bash completion offers the commands, then the chosen command's options.
complete_words() {  # complete_words WORD...: what completing the last word offers
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _qadex; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$ROOT/cli/completion/qadex.bash" "$QADEX" "$@"
}
complete_words "se" >"$WORK/out"
expect_in "$WORK/out" "^search$" "completion of a command"
complete_words search --li >"$WORK/out"
expect_in "$WORK/out" "^--limit$" "completion of a search option"
complete_words index --input-format "" >"$WORK/out"
expect_in "$WORK/out" "^medquad$" "completion of an index format"
complete_words index --format "" >"$WORK/out"
expect_in "$WORK/out" "^medquad$" "completion of an index format after the old --format"
complete_words index --in >"$WORK/out"
expect_in "$WORK/out" "^--input-format$" "completion of --input-format"
complete_words index --fo >"$WORK/out"
expect_not_in "$WORK/out" "^--format$" "the old --format of index, hidden, not offered"
complete_words search --color a >"$WORK/out"
expect_in "$WORK/out" "^always$" "completion of a --color value"
finish
