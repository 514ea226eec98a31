// Record -> Xapian document: one prefixed field per text part, filter terms, values, data.
#pragma once

#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "qadex/record.hpp"
#include "text/analyzer.hpp"

namespace qadex::indexer {

// A synonym pair for Xapian's synonym table: both sides are analyzed term sequences
// joined by spaces ("heart attack" -> "heart attack", "myocardi infarct").
struct SynonymEntry {
  std::string key;
  std::string synonym;
};

// The value copies of one answer text share (schema::kAnswerHashSlot): "#" and a 64-bit
// FNV-1a hash of its lower-cased letters and digits, however spaced or punctuated.
[[nodiscard]] std::string answer_hash(const Record& record);
// The value near-duplicates share (schema::kCollapseSlot).
[[nodiscard]] std::string collapse_key(text::Analyzer& analyzer, const Record& record,
                                       const std::string& focus);

// What a record's focus is, as its metadata says: a general topic (category "other":
// "Medicines"), an observation (UMLS files it only as a sign, symptom or finding: "Fever",
// "Itching", "Back Pain"; or as a sign or symptom among others: "Sore Throat"), or else a
// condition, drug or other thing a person may have or take.
enum class FocusKind { kThing, kTopic, kObservation };
[[nodiscard]] FocusKind focus_kind(const Record& record);

class DocumentBuilder {
 public:
  explicit DocumentBuilder(text::Analyzer& analyzer) : analyzer_(analyzer) {}

  // The document for `record` (which must have an id and an answer). With `spellings`, also
  // the record's distinct words that spelling correction may suggest (letters only, 4+ bytes).
  [[nodiscard]] Xapian::Document build(const Record& record,
                                       std::vector<std::string>* spellings = nullptr);
  // Focus <-> synonym pairs of `record`, both directions.
  [[nodiscard]] std::vector<SynonymEntry> synonyms(const Record& record);

 private:
  // Adds the terms of `text` under `prefix`, and under `also_prefix` too unless it is empty.
  void add_field(Xapian::Document& doc, std::string_view prefix, const std::string& text,
                 std::set<std::string>* words, std::string_view also_prefix = {});
  // `focus_given`: the record gives its focus (not derived).
  void add_names(Xapian::Document& doc, const std::string& focus,
                 const std::vector<std::string>& synonyms, bool focus_given, FocusKind kind);
  void add_name(Xapian::Document& doc, const std::string& name, bool main, FocusKind kind);

  text::Analyzer& analyzer_;
};

}  // namespace qadex::indexer
