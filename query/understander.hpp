// The understanding stage: what a person's text asks about and what it wants to know, as a
// value (Understood) that query building consumes and --explain, JSON and bench/quality
// print. Each concern lives in its own file: message (sentences), spelling, name_recognizer,
// qtype_cues, term_selector.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "qadex/search.hpp"
#include "query/name_recognizer.hpp"
#include "query/qtype_classifier.hpp"
#include "query/qtype_cues.hpp"
#include "query/ranking.hpp"
#include "query/spelling.hpp"
#include "text/analyzer.hpp"
#include "text/dictionary.hpp"

namespace qadex::query {

struct UnderstoodName {
  NameMatch match;
  bool primary = false;
  double weight = 0;  // the bonus of a record whose own focus this is
};

struct Understood {
  std::vector<std::string> removed;       // what cleaning took out of the text
  std::vector<Correction> corrections;    // offsets into the cleaned text
  std::string searched;                   // the text searched: cleaned, corrected
  std::vector<UnderstoodName> names;      // the primary first
  std::vector<QtypeGuess> qtypes;         // most likely first
  std::vector<std::string> terms;         // every distinct term, in order
  std::vector<std::string> kept;          // the terms searched
  std::vector<std::string> dropped;       // the terms left out
  std::set<std::string> name_terms;       // terms inside a recognized name
  std::set<std::string> complaint_terms;  // where nothing is named, words for ill health
  std::vector<std::string> subquestions;  // sentences searched one by one (see searcher)
  // Per sub-question, its share of the interleaved answers: how many of the text's sentences
  // name what it asks about.
  std::vector<std::size_t> subquestion_turns;

  [[nodiscard]] Understanding to_public() const;
  // A stable, readable account, for --explain and tests.
  [[nodiscard]] std::string describe() const;
};

// "a, b, c", or "(none)": how --explain lists things.
[[nodiscard]] std::string describe_list(const std::vector<std::string>& items);

class Understander {
 public:
  Understander(const Xapian::Database& db, text::Analyzer& analyzer)
      : db_(db),
        analyzer_(analyzer),
        dictionary_(text::Dictionary::builtin()),
        classifier_(QtypeClassifier::builtin()),
        cues_(analyzer) {}

  [[nodiscard]] Understood understand(std::string_view text, const Ranking& ranking);

 private:
  const Xapian::Database& db_;
  text::Analyzer& analyzer_;
  // Loaded before any search: a search reads the index only after them, quickly, so a
  // writer's commits have little time to overwrite what it reads.
  const text::Dictionary& dictionary_;
  const QtypeClassifier& classifier_;
  QtypeCues cues_;
};

}  // namespace qadex::query
