#!/usr/bin/env bash
# Remakes vocabulary/conditions.txt from WordNet 3.0 (Debian package wordnet-base): the
# one-word nouns whose first or second sense is a kind of ill health or a symptom
# ("constipation", "jaundice", "rash"; not "falls", a season and a descent), and that are no
# more often adjectives. Deterministic.
# Usage: scripts/make-conditions.sh [wordnet-dir]   (default /usr/share/wordnet)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
wordnet="${1:-/usr/share/wordnet}"
for file in index.adj index.noun data.noun; do
  [[ -f "$wordnet/$file" ]] || {
    echo "make-conditions: $wordnet/$file not found (apt-get install wordnet-base)" >&2
    exit 1
  }
done
out="$root/vocabulary/conditions.txt"
{
  echo "# Conditions: the one-word nouns whose first or second sense WordNet 3.0 files under ill"
  echo "# health (illnesses, diseases, injuries, infections), a physical disorder or a symptom,"
  echo "# unless more often adjectives. Made by scripts/make-conditions.sh from Debian's"
  echo "# wordnet-base; do not edit."
  echo "# WordNet 3.0 Copyright 2006 by Princeton University (see NOTICE)."
  LC_ALL=C awk -f "$root/scripts/wordnet.awk" -f /dev/stdin \
    "$wordnet/index.adj" "$wordnet/data.noun" "$wordnet/index.noun" <<'AWK' | LC_ALL=C sort -u
    # Whether synset `o` is, or is a kind of, one of the roots (hypernyms, instances too).
    function under(o,   i, n, ups) {
      if (o in memo) return memo[o]
      memo[o] = 0                     # no cycles in WordNet, but be safe
      if (o in root) return memo[o] = 1
      n = split(up[o], ups, " ")
      for (i = 1; i <= n; i++) if (under(ups[i])) return memo[o] = 1
      return memo[o]
    }
    BEGIN {
      root["14052046"] = 1            # ill health, health problem (illness, disease, injury, ...)
      root["14052403"] = 1            # disorder, upset: a physical condition of ill health
      root["14299637"] = 1            # symptom (medical)
    }
    FNR == 1 { file++ }
    /^  / { next }
    file == 1 { adjective_senses[$1] = $3; next }   # index.adj: lemma pos synset_cnt ...
    file == 2 { up[$1] = noun_pointers(" @ @i "); next }  # data.noun: hypernyms, instance ones
    file == 3 {                       # index.noun: lemma pos synset_cnt ... offsets, most used first
      if (!word_ok($1) || adjective_senses[$1] > $3) next
      first = NF - $3 + 1
      if (under($first) || ($3 > 1 && under($(first + 1)))) print $1
    }
AWK
} > "$out"
echo "wrote $out ($(grep -vc '^#' "$out") words)"
