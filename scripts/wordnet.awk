# Reading WordNet 3.0's database files, for scripts/make-body-parts.sh and
# scripts/make-conditions.sh (awk -f scripts/wordnet.awk -f their program). Format:
# wndb(5WN): data.noun lines are "offset lex_file type w_cnt (word lex_id)... p_cnt (symbol
# offset pos source/target)... | gloss", w_cnt in hexadecimal.

# A lemma the lists keep: three or more lower-case letters, one word.
function word_ok(w) { return w ~ /^[a-z][a-z][a-z]+$/ }

function hex(s,   n, i) {
  for (i = 1; i <= length(s); i++) n = 16 * n + index("0123456789abcdef", substr(s, i, 1)) - 1
  return n
}

# The lemmas of the current data.noun line, lower-cased, as " lemma lemma ...".
function noun_lemmas(   n, i, out) {
  n = hex($4)
  for (i = 0; i < n; i++) out = out " " tolower($(5 + 2 * i))
  return out
}

# The noun synsets the current data.noun line points to with one of the pointer symbols in
# `symbols` (" @ #p "), as " offset offset ...".
function noun_pointers(symbols,   n, p, i, out) {
  n = hex($4)
  p = 5 + 2 * n
  for (i = 0; i < $p; i++) {
    if ($(p + 3 + 4 * i) == "n" && index(symbols, " " $(p + 1 + 4 * i) " ")) {
      out = out " " $(p + 2 + 4 * i)
    }
  }
  return out
}
