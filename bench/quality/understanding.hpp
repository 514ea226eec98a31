// Question understanding on LiveQA: does what a search recognized (SearchResults::
// understanding, read as any caller reads it) agree with NLM's focus and type annotations?
#pragma once

#include "bench/quality/nlm_types.hpp"

#include <cstddef>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "bench/quality/liveqa.hpp"
#include "bench/quality/measure.hpp"
#include "qadex/qadex.hpp"

namespace qadex::bench {

// The names MedQuAD gives its foci, as index keys (qadex::name_key): a record's focus and its
// synonyms name the same thing, so an annotated focus is found under any of them.
class CorpusNames {
 public:
  // Reads the records of `medquad` (files or folders; read_corpus passes on those with answer
  // text only, and no option shows the others).
  [[nodiscard]] static CorpusNames read(const std::vector<std::filesystem::path>& medquad);

  // Whether `key` is the key of some record's focus or synonym.
  [[nodiscard]] bool contains(const std::string& key) const;
  // `name`'s key and the keys MedQuAD gives as the same thing: a focus's synonyms, or the
  // focus a synonym belongs to and that focus's other synonyms. Empty if `name` has no key.
  [[nodiscard]] std::set<std::string> accepted_keys(std::string_view name) const;

 private:
  std::map<std::string, std::set<std::string>> same_;  // key -> keys of the same thing
};

// What a search should understand of one LiveQA question, from its annotations.
struct ExpectedUnderstanding {
  std::string qid;
  std::vector<LiveqaSubquestion> subquestions;  // as annotated
  std::set<std::string> accepted_keys;          // each focus's key and its corpus synonyms' keys
  bool focus_in_corpus = false;                 // some focus is a corpus name: it can be recognized
  std::set<std::string> qtypes;                 // the annotated types as MedQuAD names them
  bool qtype_in_index = false;  // one of `qtypes` is the type of some indexed record
};

[[nodiscard]] std::vector<ExpectedUnderstanding> expected_understanding(const Liveqa& liveqa,
                                                                        const CorpusNames& names,
                                                                        const IndexStats& index);

// A share and its counts ("0.69 (120/174)").
struct Share {
  std::size_t hits = 0;
  std::size_t of = 0;
  void count(bool hit) { ++of, hits += hit ? 1 : 0; }
};

// What one search understood of one question, and how it was counted.
struct QuestionUnderstanding {
  std::string qid;
  std::vector<RecognizedName> names;  // as recognized, strongest first
  std::string top_qtype;              // understanding.qtypes[0]; empty: no guess
  bool focus_correct = false;         // some name is an accepted key
  bool primary_correct = false;       // names[0] is an accepted key
  bool false_primary = false;         // names[0] exists and is not an accepted key
  bool unrelated_primary = false;     // ...nor shares its words with one: neither a part of an
                                      // accepted key ("amyloidosis" of "cardiac amyloidosis")
                                      // nor a name containing one ("typhoid fever")
  bool qtype_correct = false;         // top_qtype is an annotated type
};

struct UnderstandingScores {
  Share focus;                // some name accepted; questions with a focus that is a corpus name
  Share primary_focus;        // names[0] accepted; the same questions
  Share false_primary;        // names[0] not accepted; every question
  Share false_primary_named;  // names[0] not accepted; questions with a focus that is a corpus
                              // name (elsewhere any name recognized is counted false)
  Share unrelated_primary;    // names[0] not accepted, nor part of or containing an accepted
                              // key; every question
  Share qtype;                // qtypes[0] annotated; every question
  Share qtype_indexed;        // qtypes[0] annotated; questions with an annotated type in the index
  std::vector<QuestionUnderstanding> per_question;  // in `expected` order
};

// Scores what `run` understood of the questions in `expected` (the others are passed over).
[[nodiscard]] UnderstandingScores score_understanding(
    const ConfigRun& run, const std::vector<ExpectedUnderstanding>& expected);

}  // namespace qadex::bench
