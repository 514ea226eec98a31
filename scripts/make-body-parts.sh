#!/usr/bin/env bash
# Remakes vocabulary/body-parts.txt from WordNet 3.0 (Debian package wordnet-base): the
# single-word nouns with a sense that is a part of the body (lexicographer file
# noun.body), and the irregular plurals of those ("feet", "teeth"). Deterministic.
# Usage: scripts/make-body-parts.sh [wordnet-dir]   (default /usr/share/wordnet)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
wordnet="${1:-/usr/share/wordnet}"
for file in index.noun data.noun noun.exc; do
  [[ -f "$wordnet/$file" ]] || { echo "make-body-parts: $wordnet/$file not found (apt-get install wordnet-base)" >&2; exit 1; }
done
out="$root/vocabulary/body-parts.txt"
{
  echo "# Parts of the body: the one-word nouns with a sense that WordNet 3.0 files under"
  echo "# noun.body, and their irregular plurals. Made by scripts/make-body-parts.sh from Debian's"
  echo "# wordnet-base; do not edit. WordNet 3.0 Copyright 2006 by Princeton University (NOTICE)."
  LC_ALL=C awk '
    FNR == 1 { file++ }
    /^  / { next }
    file == 1 { body[$1] = ($2 == "08"); next }             # data.noun: offset, lexicographer file
    file == 2 {                                             # index.noun: lemma, pos, synset count, ...
      for (i = NF - $3 + 1; i <= NF; i++) if (body[$i] && $1 ~ /^[a-z][a-z][a-z]+$/) { part[$1] = 1 }
      if ($1 in part) print $1
      next
    }
    file == 3 && ($2 in part) && $1 ~ /^[a-z]+$/ { print $1 }  # noun.exc: plural, lemma
  ' "$wordnet/data.noun" "$wordnet/index.noun" "$wordnet/noun.exc" | LC_ALL=C sort -u
} > "$out"
echo "wrote $out ($(grep -vc '^#' "$out") words)"
