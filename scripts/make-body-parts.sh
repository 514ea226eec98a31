#!/usr/bin/env bash
# Remakes vocabulary/body-parts.txt from WordNet 3.0 (Debian package wordnet-base): the
# one-word nouns whose first or second sense is a part of the body (lexicographer file
# noun.body) and that are no more often adjectives ("hip", "heart"; not "right", "ball",
# "small"; an adjective that only relates to the noun, as "thyroid" does, does not count),
# each with the parts it belongs to or is a kind of ("thumb: finger", "finger: hand"), the
# words after which it says what sort of thing another is (WordNet's two-word
# nouns that are no condition and no part: "blood test", "back door"; not "heart attack",
# "hip joint"), the adjectives that say "of it" ("esophagus: esophageal", "liver: hepatic":
# WordNet's pertainyms, of the adjective's first sense to the noun's first sense, adjectives
# that only relate to a noun), and the irregular plurals ("teeth: tooth"). Deterministic.
# Usage: scripts/make-body-parts.sh [wordnet-dir]   (default /usr/share/wordnet)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
wordnet="${1:-/usr/share/wordnet}"
for file in index.adj index.noun data.noun noun.exc data.adj; do
  [[ -f "$wordnet/$file" ]] || {
    echo "make-body-parts: $wordnet/$file not found (apt-get install wordnet-base)" >&2
    exit 1
  }
done
out="$root/vocabulary/body-parts.txt"
# Words separated by spaces, sorted, each once.
sorted() { tr ' ' '\n' <<<"$1" | grep . | LC_ALL=C sort -u | paste -sd' '; }
{
  echo "# Parts of the body: the one-word nouns whose first or second sense WordNet 3.0 files under"
  echo "# noun.body, unless more often adjectives (not counting adjectives that only relate to the"
  echo "# noun: thyroid); then a tab and the parts each belongs to or is a kind of (WordNet's part"
  echo "# holonyms and hypernyms that are parts too), or an irregular plural's singular; then a tab"
  echo "# and the words after which it names something other than a part or a condition (WordNet's"
  echo "# two-word nouns: blood test, back door); then a tab and the adjectives that say \"of it\""
  echo "# (WordNet's pertainyms: esophagus, esophageal). Made by"
  echo "# scripts/make-body-parts.sh from Debian's wordnet-base; do not edit."
  echo "# WordNet 3.0 Copyright 2006 by Princeton University (see NOTICE)."
  LC_ALL=C awk -f "$root/scripts/wordnet.awk" -f /dev/stdin \
    "$wordnet/index.adj" "$wordnet/data.noun" "$wordnet/index.noun" "$wordnet/noun.exc" \
    "$wordnet/data.adj" <<'AWK' |
    FNR == 1 { file++ }
    /^  / { next }
    file == 1 {                       # index.adj: lemma pos synset_cnt p_cnt pointers ...
      # An adjective that only relates to the noun ("thyroid": of the thyroid gland; pointers
      # \ pertainym, + derived) says nothing against the noun.
      relational = 1
      for (i = 5; i < 5 + $4; i++) if ($i != "\\" && $i != "+") relational = 0
      adjective_senses[$1] = relational ? 0 : $3
      if (relational && word_ok($1)) first_adjective_sense[$1] = $(NF - $3 + 1)
      next
    }
    file == 2 {                       # data.noun: lexicographer file 08 is noun.body
      body[$1] = ($2 == "08")
      lex[$1] = $2
      lemmas[$1] = noun_lemmas()
      up[$1] = noun_pointers(" #p @ ")  # part holonyms and hypernyms
      next
    }
    file == 3 && split($1, pair, "_") == 2 && word_ok(pair[2]) {
      # A two-word noun: what it names first, unless a part (08) or a condition (26).
      if (lex[$(NF - $3 + 1)] != "08" && lex[$(NF - $3 + 1)] != "26") {
        compound[pair[1]] = compound[pair[1]] " " pair[2]
      }
      next
    }
    file == 3 {                       # index.noun: lemma pos synset_cnt ... offsets, most used first
      if (!word_ok($1) || adjective_senses[$1] > $3) next
      first = NF - $3 + 1
      if (!body[$first] && !($3 > 1 && body[$(first + 1)])) next
      part[$1] = 1
      first_sense[$1] = $first
      for (i = first; i <= NF; i++) if (body[$i]) senses[$1] = senses[$1] " " $i
      next
    }
    file == 4 && word_ok($1) && ($2 in part) { plural[$1] = $2 }   # noun.exc: plural lemma
    file == 5 {                       # data.adj: a relational adjective's first sense
      n = hex($4)
      for (i = 0; i < n; i++) {
        a = tolower($(5 + 2 * i))
        sub(/\(.*/, "", a)           # "(a)", "(p)": where the adjective may stand
        if (first_adjective_sense[a] != $1) continue
        # Its pertainym (symbol \) from the whole synset (source 00) or from this word.
        p = 5 + 2 * n; target = ""; pertained = 0
        for (j = 0; j < $p; j++) {
          source = substr($(p + 4 + 4 * j), 1, 2)
          if ($(p + 1 + 4 * j) == "\\" && $(p + 3 + 4 * j) == "n" &&
              (source == "00" || hex(source) == i + 1)) {
            if ($(p + 2 + 4 * j) != target) pertained++
            target = $(p + 2 + 4 * j)
          }
        }
        if (pertained == 1) adjectives[target] = adjectives[target] " " a
      }
      next
    }
    END {
      for (w in part) {
        delete seen; wholes = ""
        split(senses[w], offsets, " ")
        for (o in offsets) {
          split(up[offsets[o]], targets, " ")
          for (t in targets) {
            split(lemmas[targets[t]], names, " ")
            for (k in names) {
              v = names[k]
              if (v != w && (v in part) && !(v in seen)) { seen[v] = 1; wholes = wholes " " v }
            }
          }
        }
        of_it = ""                    # sorted and each once below
        split(adjectives[first_sense[w]], listed, " ")
        for (k in listed) if (listed[k] != w) of_it = of_it " " listed[k]
        print w "|" wholes "|" compound[w] "|" of_it
      }
      for (w in plural) if (!(w in part)) print w "| " plural[w] "||"
    }
AWK
    # The wholes sorted within a line, the lines sorted: the same input gives the same file.
    while IFS='|' read -r word wholes compounds adjectives; do
      printf '%s\t%s\t%s\t%s\n' "$word" "$(sorted "$wholes")" "$(sorted "$compounds")" \
        "$(sorted "$adjectives")"
    done | LC_ALL=C sort
} > "$out"
echo "wrote $out ($(grep -vc '^#' "$out") words)"
