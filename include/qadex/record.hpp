// Record: one answered question, the unit qadex indexes, stores and returns.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace qadex {

/// The longest id, source and qtype a record may have, in bytes. The index keeps each of
/// them whole as one term, and Xapian refuses terms over 245 bytes (store/schema.hpp checks
/// the margin left for the longest prefix). Index::add refuses a record over this limit with
/// a UsageError; the corpus readers skip it with a message naming file, line and field. A
/// focus or synonym over it is still indexed as words, but not as a name.
inline constexpr std::size_t kMaxTermFieldBytes = 200;

/// One question-and-answer pair. `id` and `answer` are required to index it; every other
/// field is optional metadata that improves ranking (focus, synonyms) or filtering (source,
/// qtype) and is shown with hits. Every member has a default, so designated initializers
/// may name just the fields they set: Record{.id = "x", .answer = "..."}.
struct Record {
  std::string id{};        ///< unique in an index; indexing the same id again replaces the record
  std::string question{};  ///< the question as the corpus asked it
  std::string answer{};    ///< the answer text (plain text)
  std::string focus{};     ///< what the question is about: a condition, drug, body part
  std::vector<std::string> synonyms{};  ///< other names of the focus
  std::string qtype{};   ///< question type, e.g. "symptoms", "treatment" (MedQuAD's types)
  std::string source{};  ///< collection or site, e.g. "GARD", "qadex-sample"
  std::string url{};     ///< where the answer comes from
  std::vector<std::string> cuis{};  ///< UMLS concept ids of the focus, where known
  std::string semantic_group{};     ///< UMLS semantic group of the focus, where known
  /// UMLS semantic types of the focus, where known ("T047" a disease, "T184" a sign or symptom,
  /// "T033" a finding). A focus filed only as a sign, symptom or finding is an observation, not
  /// a condition: named beside another, it says what the person has noticed, not what they have.
  std::vector<std::string> semantic_types{};
  /// What kind of thing the focus is, where the corpus says (MedQuAD's `<Category>`): "Disease",
  /// "Drug", or "Other" for a general topic ("Medicines", "CT Scans", "Diet"). A topic's name
  /// is recognized in a person's text only after the conditions and drugs it names.
  std::string category{};

  friend bool operator==(const Record&, const Record&) = default;
};

/// One member of Record: its name (the JSONL key, the CSV column, the JSON output key) and
/// either `text` (a string) or `list` (a list of strings), the other null.
struct RecordField {
  std::string_view name;
  std::string Record::*text = nullptr;
  std::vector<std::string> Record::*list = nullptr;
};

/// Every member of Record, in declaration order: the order of the stored record's bytes
/// (docs/index-format.md), of validation and of JSON output.
inline constexpr std::array<RecordField, 12> kRecordFields = {{
    {.name = "id", .text = &Record::id},
    {.name = "question", .text = &Record::question},
    {.name = "answer", .text = &Record::answer},
    {.name = "focus", .text = &Record::focus},
    {.name = "synonyms", .list = &Record::synonyms},
    {.name = "qtype", .text = &Record::qtype},
    {.name = "source", .text = &Record::source},
    {.name = "url", .text = &Record::url},
    {.name = "cuis", .list = &Record::cuis},
    {.name = "semantic_group", .text = &Record::semantic_group},
    {.name = "semantic_types", .list = &Record::semantic_types},
    {.name = "category", .text = &Record::category},
}};

}  // namespace qadex
