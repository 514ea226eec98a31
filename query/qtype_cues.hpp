// Question-type cues: "what causes", "how is it treated", "is it hereditary" -> the
// question types of the corpus (MedQuAD's), so answers of that type can be preferred.
#pragma once

#include <string>
#include <vector>

#include "text/analyzer.hpp"

namespace qadex::query {

// A word as cues compare it: its term, or for a stopword its normalized form ("what").
struct CueWord {
  std::string key;
};

class QtypeCues {
 public:
  explicit QtypeCues(text::Analyzer& analyzer);

  // The question types whose cues occur in `words`, most specific first, without repeats.
  [[nodiscard]] std::vector<std::string> detect(const std::vector<CueWord>& words) const;

 private:
  struct Cue {
    std::vector<std::string> keys;
    std::string qtype;
  };
  std::vector<Cue> cues_;
};

// A word's cue key: its term, or for a stopword its normalized form.
[[nodiscard]] std::string cue_key(const text::Word& word);

// The cue words of `text`, compound words left out.
[[nodiscard]] std::vector<CueWord> cue_words(text::Analyzer& analyzer, std::string_view text);

}  // namespace qadex::query
