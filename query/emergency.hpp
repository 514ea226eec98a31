// Emergency detection: does a person's text describe what may be a medical emergency (chest
// pain with breathlessness, signs of stroke, thoughts of suicide, ...)? The patterns are data
// (vocabulary/emergency-patterns.tsv, compiled in); this file reads them and matches them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "qadex/search.hpp"
#include "query/message.hpp"
#include "text/analyzer.hpp"

namespace qadex::query {

// The text of vocabulary/emergency-patterns.tsv, compiled in.
[[nodiscard]] std::string_view builtin_emergency_patterns();

// Matches the patterns of an emergency-patterns.tsv against a person's text, sentence by
// sentence, words compared as the analyzer reads them (so "breathing" matches "breathe").
//
// A pattern counts only where the text describes someone's state. Its match is ignored:
// - after a negation or a past "was" (no, not, never, without, nor, denies, n't, was, were,
//   had but not has had) within the four words before it, unless a comma or a joining word
//   (and, but, ...) comes between: "no chest pain", "I don't have trouble breathing", "she
//   was unresponsive". Hypotheticals count ("what should I do if my son swallowed bleach");
// - in a sentence that opens with a question word and names no person (I, my, she, my
//   husband, my baby, ...): "What is a stroke?", "How is anaphylaxis treated?" ask about a
//   topic; "Why do I have chest pain and can't breathe?" and "Chest pain and cold sweat,
//   what is happening?" describe one;
// - in a sentence that places it in the past: "ago", "last year", "in the past", "history of",
//   "used to", "previously" ("I had chest pain and shortness of breath two years ago").
// Statements without a person ("crushing chest pain, can't breathe") count: that is how
// people type what is happening to them. Not thread-safe (it uses the analyzer).
class EmergencyDetector {
 public:
  // Throws std::invalid_argument naming the line of `patterns` that is malformed.
  explicit EmergencyDetector(text::Analyzer& analyzer,
                             std::string_view patterns = builtin_emergency_patterns());

  // The first pattern (in file order) that the text matches, as the notice to show.
  [[nodiscard]] std::optional<EmergencyNotice> detect(std::string_view text) const;
  // The id of that pattern, or empty: for tests.
  [[nodiscard]] std::string matching_pattern(std::string_view text) const;

 private:
  using Phrase = std::vector<std::string>;  // word keys in order; "*" is any one word
  using Group = std::vector<Phrase>;        // alternatives: any one of them
  struct Pattern {
    std::string id;
    std::string reason;
    std::vector<Group> groups;  // all of them, in one sentence
    std::string source;
  };

  [[nodiscard]] const Pattern* find(std::string_view text) const;
  [[nodiscard]] Phrase phrase(std::string_view written) const;
  [[nodiscard]] std::vector<Phrase> phrases(std::initializer_list<std::string_view> written) const;

  text::Analyzer& analyzer_;
  std::vector<Pattern> patterns_;
  std::vector<Phrase> past_;  // phrases that put a sentence in the past
};

}  // namespace qadex::query
