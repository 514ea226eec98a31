#include "text/name_key.hpp"

#include "text/ascii.hpp"

namespace qadex::text {

bool is_abbreviation(std::string_view phrase) {
  phrase = trim(phrase, " ");
  if (phrase.size() < 2 || phrase.size() > 6) return false;
  // Mostly capitals: "COPD", "ChILD", "hCG" (so "child" and "hcg" in lower case are words,
  // not these names), but not a capitalized word or name ("Lupus", "McCune").
  std::size_t capitals = 0;
  std::size_t small = 0;
  for (const char c : phrase) {
    if (is_upper(c)) {
      ++capitals;
    } else if (is_lower(c)) {
      ++small;
    } else if (!is_digit(c)) {
      return false;
    }
  }
  return capitals >= 2 && capitals > small;
}

std::string synonym_key(Analyzer& analyzer, const std::string& phrase) {
  if (is_abbreviation(phrase)) return lowercase(phrase);
  std::string key;
  // The parts of a hyphenated word, not its joined form: a person's text is matched word by
  // word (query/message.cpp), so "locked-in syndrome" must be "lock syndrom" either way.
  analyzer.for_each_word(phrase, [&](const Word& word) {
    if (word.term.empty() || word.compound) return;
    if (!key.empty()) key += ' ';
    key += word.term;
  });
  return key;
}

}  // namespace qadex::text
