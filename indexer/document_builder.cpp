// Builds the Xapian document of a record (layout: indexer/schema.hpp, docs/index-format.md).
#include "indexer/document_builder.hpp"

#include <algorithm>
#include <set>

#include "indexer/focus_names.hpp"
#include "indexer/record_codec.hpp"
#include "indexer/schema.hpp"
#include "text/lowercase.hpp"

namespace qadex::indexer {
namespace {

// Xapian refuses terms over 245 bytes; a synonym key that long is no name anyway.
constexpr std::size_t kMaxSynonymBytes = 200;

}  // namespace

std::string synonym_key(text::Analyzer& analyzer, const std::string& phrase) {
  std::string key;
  for (const auto& term : analyzer.terms(phrase)) {
    if (!key.empty()) key += ' ';
    key += term;
  }
  return key;
}

void DocumentBuilder::add_field(Xapian::Document& doc, std::string_view prefix,
                                const std::string& text, std::set<std::string>* words) {
  std::string term(prefix);
  // No positions: nothing searches phrases in the ranked path, and positions would
  // roughly double the index (snippets re-analyze the stored text instead).
  analyzer_.for_each_word(text, [&](const text::Word& word) {
    if (word.term.empty()) return;
    if (words && !word.compound && schema::is_spelling_word(word.normalized)) words->insert(word.normalized);
    term.resize(prefix.size());
    term += word.term;
    doc.add_term(term);
  });
}

void DocumentBuilder::add_names(Xapian::Document& doc, const std::string& focus,
                                const std::vector<std::string>& synonyms) {
  // Each name once however often it recurs: a name is a fact, not a frequency.
  std::set<std::string> keys;
  keys.insert(synonym_key(analyzer_, focus));
  for (const auto& synonym : synonyms) keys.insert(synonym_key(analyzer_, synonym));
  for (const auto& key : keys) {
    if (key.empty() || key.size() > kMaxSynonymBytes) continue;
    doc.add_term(std::string(schema::kNamePrefix) + key, 1);
  }
}

Xapian::Document DocumentBuilder::build(const Record& record,
                                        std::vector<std::string>* spellings) {
  std::set<std::string> words;
  auto* collect = spellings ? &words : nullptr;
  Xapian::Document doc;
  doc.add_boolean_term(schema::id_term(record.id));
  doc.add_value(schema::kIdSlot, record.id);
  add_field(doc, schema::kQuestion.prefix, record.question, collect);
  add_field(doc, schema::kAnswer.prefix, record.answer, collect);
  add_field(doc, schema::kText.prefix, record.question, nullptr);
  add_field(doc, schema::kText.prefix, record.answer, nullptr);
  const auto derived_focus = derive_focus(record);
  const auto& focus = record.focus.empty() ? derived_focus : record.focus;
  add_field(doc, schema::kFocus.prefix, focus, collect);
  for (const auto& synonym : record.synonyms) {
    add_field(doc, schema::kSynonyms.prefix, synonym, collect);
  }
  add_names(doc, focus, record.synonyms);

  if (record.qtype.empty()) doc.add_boolean_term(schema::unknown_qtype_term());
  for (const auto& [field, value] : {std::pair{schema::kSource, &record.source},
                                     std::pair{schema::kQtype, &record.qtype}}) {
    if (value->empty()) continue;
    doc.add_boolean_term(std::string(field.prefix) + text::lowercase(*value));
    doc.add_value(field.slot, *value);
  }
  doc.set_data(encode_record(record));
  if (spellings) spellings->assign(words.begin(), words.end());
  return doc;
}

std::vector<SynonymEntry> DocumentBuilder::synonyms(const Record& record) {
  std::vector<SynonymEntry> entries;
  if (record.focus.empty() || record.synonyms.empty()) return entries;
  const auto focus = synonym_key(analyzer_, record.focus);
  if (focus.empty() || focus.size() > kMaxSynonymBytes) return entries;
  for (const auto& synonym : record.synonyms) {
    const auto other = synonym_key(analyzer_, synonym);
    if (other.empty() || other == focus || other.size() > kMaxSynonymBytes) continue;
    entries.push_back({focus, other});
    entries.push_back({other, focus});
  }
  return entries;
}

}  // namespace qadex::indexer
