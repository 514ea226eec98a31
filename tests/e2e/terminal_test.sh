#!/usr/bin/env bash
# Text for people follows terminal conventions (checked on a pseudo-terminal made by
# script(1)): matched words in ANSI bold on a terminal, plain when piped or when NO_COLOR,
# TERM=dumb or --color=never says so, bold when piped with --color=always; lines wrapped at
# the terminal's width on word boundaries, never when piped; a progress line while indexing.
source "$(dirname "$0")/lib.sh"
command -v script >/dev/null || { echo "skipped: script(1) not installed (util-linux)"; exit 77; }

DB="$WORK/idx"
run 0 index --db "$DB" -q "$ROOT/corpus/sample"
ESC=$'\033'

# on_terminal COLUMNS [VAR=VALUE...] -- ARGS...: qadex ARGS on a pseudo-terminal that wide,
# with the environment given; its screen (carriage returns removed) in $WORK/screen.
on_terminal() {
  local columns=$1; shift
  local env=()
  while [ "$1" != -- ]; do env+=("$1"); shift; done
  shift
  local command="stty cols $columns rows 50; exec $(printf '%q ' "$QADEX" "$@")"
  env -u COLUMNS "${env[@]}" script -qec "$command" /dev/null </dev/null | tr -d '\r' >"$WORK/screen"
}

# widest FILE: the widest line of FILE in characters, escape sequences not counted.
widest() { sed "s/$ESC\[[0-9;]*m//g" "$1" | LC_ALL=C.UTF-8 wc -L; }

QUESTION=(I have lower back stiffness. What could it be?)
on_terminal 60 TERM=xterm -- search --db "$DB" -n 3 "${QUESTION[@]}"
expect_in "$WORK/screen" "${ESC}\[1m(lower|back|stiff)" "a terminal: matched words in bold"
expect_not_in "$WORK/screen" '\*\*' "a terminal: no ** marks"
[ "$(widest "$WORK/screen")" -le 60 ] || fail "a terminal: every line within 60 columns"
expect_in "$WORK/screen" "Answers 1-3 of" "the results are there"
# Wrapped lines continue under the text they belong to (the snippet's three-space indent).
[ "$(grep -cE '^   [^ ]' "$WORK/screen")" -gt 9 ] || fail "wrapped lines keep the answer's indent"

for quiet in NO_COLOR=1 TERM=dumb; do
  on_terminal 60 TERM=xterm "$quiet" -- search --db "$DB" -n 3 "${QUESTION[@]}"
  expect_not_in "$WORK/screen" "$ESC" "$quiet: no escape sequences"
  expect_not_in "$WORK/screen" '\*\*' "$quiet: no ** marks"
  [ "$(widest "$WORK/screen")" -le 60 ] || fail "$quiet: still wrapped at 60 columns"
done
on_terminal 60 TERM=xterm -- search --db "$DB" --color never -n 3 "${QUESTION[@]}"
expect_not_in "$WORK/screen" "$ESC" "--color never: no escape sequences"

on_terminal 100 TERM=xterm -- show --db "$DB" sample-back-002
[ "$(widest "$WORK/screen")" -le 100 ] || fail "show wraps at the terminal's width"
[ "$(wc -l <"$WORK/screen")" -gt 8 ] || fail "show's answer is wrapped over several lines"

# Indexing on a terminal draws a progress line, and says what it does in the final commit.
on_terminal 80 TERM=xterm -- index --db "$WORK/idx2" "$ROOT/corpus/sample"
expect_in "$WORK/screen" "indexing: [0-9]+ records read; writing the index to" "the commit step is told"
expect_in "$WORK/screen" "[Ii]ndexed 98 records into" "the summary follows"
run 0 index --db "$WORK/idx3" "$ROOT/corpus/sample"
expect_not_in "$WORK/err" "indexing:" "no progress line when stderr is no terminal"

# Piped: plain text, one line per paragraph.
run 0 search --db "$DB" -n 3 "${QUESTION[@]}"
expect_not_in "$WORK/out" "$ESC" "piped: no escape sequences"
expect_not_in "$WORK/out" '\*\*' "piped: no ** marks"
[ "$(widest "$WORK/out")" -gt 150 ] || fail "piped: snippets are not wrapped"
run 0 search --db "$DB" --color always -n 3 "${QUESTION[@]}"
expect_in "$WORK/out" "${ESC}\[1m" "piped with --color always: bold"
run 2 search --db "$DB" --color sometimes back pain
expect_in "$WORK/err" "color" "an unknown --color value is a usage error naming the option"

# An escape sequence in an answer is shown, not obeyed, even on a terminal.
printf '{"id":"esc-1","question":"Back pain with an escape","answer":"back pain \\u001b]0;pwned\\u0007 and \\u001b[2J here","source":"test"}\n' \
  >"$WORK/esc.jsonl"
run 0 index --db "$WORK/esc" -q "$WORK/esc.jsonl"
on_terminal 80 TERM=xterm -- search --db "$WORK/esc" back pain escape
expect_not_in "$WORK/screen" "${ESC}\]0;" "an answer cannot retitle the window"
expect_not_in "$WORK/screen" "${ESC}\[2J" "an answer cannot clear the screen"
expect_in "$WORK/screen" "esc-1" "the hit is shown"

finish
