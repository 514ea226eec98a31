// Builds the Xapian document of a record (layout: store/schema.hpp, docs/index-format.md).
#include "indexer/document_builder.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <set>

#include "indexer/derive_focus.hpp"
#include "store/record_codec.hpp"
#include "store/schema.hpp"
#include "text/ascii.hpp"
#include "text/name_key.hpp"

namespace qadex::indexer {

void DocumentBuilder::add_field(Xapian::Document& doc, std::string_view prefix,
                                const std::string& text, std::set<std::string>* words,
                                std::string_view also_prefix) {
  std::string term;
  // No positions: nothing searches phrases in the ranked path, and positions would
  // roughly double the index (snippets re-analyze the stored text instead).
  analyzer_.for_each_word(text, [&](const text::Word& word) {
    if (word.term.empty()) return;
    if (words && !word.compound && schema::is_spelling_word(word.normalized))
      words->insert(word.normalized);
    for (const auto field : {prefix, also_prefix}) {
      if (field.empty()) continue;
      term.assign(field);
      term += word.term;
      doc.add_term(term);
    }
  });
}

FocusKind focus_kind(const Record& record) {
  if (text::lowercase(record.category) == "other") return FocusKind::kTopic;
  const auto& types = record.semantic_types;
  const auto sign_or_symptom = [](const std::string& type) { return text::iequals(type, "T184"); };
  const auto observed = [&](const std::string& type) {
    return sign_or_symptom(type) || text::iequals(type, "T033");  // T033: finding
  };
  const bool observation = std::any_of(types.begin(), types.end(), sign_or_symptom) ||
                           (!types.empty() && std::all_of(types.begin(), types.end(), observed));
  return observation ? FocusKind::kObservation : FocusKind::kThing;
}

void DocumentBuilder::add_name(Xapian::Document& doc, const std::string& name, bool main,
                               FocusKind kind) {
  const auto key = text::synonym_key(analyzer_, name);
  if (!schema::fits_name_term(key)) return;  // a name that long is no name anyway
  // Each name once however often it recurs (add_term's wdf would count repeats): a name is
  // a fact, not a frequency.
  doc.add_boolean_term(std::string(schema::kNamePrefix) + key);
  if (main) doc.add_boolean_term(std::string(schema::kMainNamePrefix) + key);
  if (text::is_abbreviation(name))
    doc.add_boolean_term(std::string(schema::kAbbreviationPrefix) + key);
  if (kind == FocusKind::kTopic) doc.add_boolean_term(std::string(schema::kTopicNamePrefix) + key);
  if (kind == FocusKind::kObservation)
    doc.add_boolean_term(std::string(schema::kObservationNamePrefix) + key);
}

void DocumentBuilder::add_names(Xapian::Document& doc, const std::string& focus,
                                const std::vector<std::string>& synonyms, bool focus_given,
                                FocusKind kind) {
  add_name(doc, focus, focus_given, kind);
  for (const auto& synonym : synonyms) add_name(doc, synonym, false, kind);
}

std::string answer_hash(const Record& record) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : record.answer) {
    const auto byte = static_cast<unsigned char>(c);
    if (!std::isalnum(byte) && byte < 0x80) continue;
    hash = (hash ^ static_cast<unsigned char>(text::to_lower(c))) * 1099511628211ULL;
  }
  return "#" + std::to_string(hash);
}

std::string collapse_key(text::Analyzer& analyzer, const Record& record, const std::string& focus) {
  const auto name = text::synonym_key(analyzer, focus);
  if (!name.empty() && !record.qtype.empty()) return name + '|' + text::lowercase(record.qtype);
  return answer_hash(record);
}

Xapian::Document DocumentBuilder::build(const Record& record, std::vector<std::string>* spellings) {
  std::set<std::string> words;
  auto* collect = spellings ? &words : nullptr;
  Xapian::Document doc;
  doc.add_boolean_term(schema::id_term(record.id));
  doc.add_value(schema::kIdSlot, record.id);
  // Question and answer words go into their own field and into the combined text at once.
  add_field(doc, schema::kQuestion.prefix, record.question, collect, schema::kText.prefix);
  add_field(doc, schema::kAnswer.prefix, record.answer, collect, schema::kText.prefix);
  const auto derived_focus = derive_focus(record);
  const auto& focus = record.focus.empty() ? derived_focus : record.focus;
  add_field(doc, schema::kFocus.prefix, focus, collect);
  for (const auto& synonym : record.synonyms) {
    add_field(doc, schema::kSynonyms.prefix, synonym, collect);
  }
  // A focus derived from a question's wording or an answer's title is a name, but not one a
  // record is known to be about ("Thalassemia Treatment" from a title): no main-name term.
  add_names(doc, focus, record.synonyms, !record.focus.empty(), focus_kind(record));
  doc.add_value(schema::kCollapseSlot, collapse_key(analyzer_, record, focus));
  doc.add_value(schema::kAnswerHashSlot, answer_hash(record));

  if (record.qtype.empty()) doc.add_boolean_term(schema::unknown_qtype_term());
  for (const auto& [field, value] :
       {std::pair{schema::kSource, &record.source}, std::pair{schema::kQtype, &record.qtype}}) {
    if (value->empty()) continue;
    doc.add_boolean_term(schema::filter_term(field, *value));
    doc.add_value(field.slot, *value);
  }
  doc.set_data(store::encode_record(record));
  if (spellings) spellings->assign(words.begin(), words.end());
  return doc;
}

std::vector<SynonymEntry> DocumentBuilder::synonyms(const Record& record) {
  std::vector<SynonymEntry> entries;
  if (record.focus.empty() || record.synonyms.empty()) return entries;
  const auto focus = text::synonym_key(analyzer_, record.focus);
  if (!schema::fits_name_term(focus)) return entries;
  for (const auto& synonym : record.synonyms) {
    const auto other = text::synonym_key(analyzer_, synonym);
    if (!schema::fits_name_term(other) || other == focus) continue;
    entries.push_back({focus, other});
    entries.push_back({other, focus});
  }
  return entries;
}

}  // namespace qadex::indexer
