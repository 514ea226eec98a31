#include "query/name_forms.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include "store/schema.hpp"

namespace qadex::query {
namespace {

// A word this share of the answers use is an everyday word of theirs ("type", "adult").
constexpr double kEverydayAnswerShare = 0.10;

}  // namespace

void NameForms::refresh() {
  // Any change to the records changes one of these; reading every name costs a scan of the
  // main-name terms, which a search should not pay each time.
  const auto state = std::tuple{db_.get_doccount(), db_.get_lastdocid(), db_.get_total_length()};
  if (read_ && state == read_at_) return;
  by_last_word_.clear();
  const auto prefix = std::string(schema::kMainNamePrefix);
  for (auto it = db_.allterms_begin(prefix); it != db_.allterms_end(prefix); ++it) {
    auto words = schema::key_terms(std::string_view(*it).substr(prefix.size()));
    if (words.empty()) continue;
    auto& named = by_last_word_[words.back()];
    named.push_back({*it, std::move(words), it.get_termfreq()});
  }
  read_at_ = state;
  read_ = true;
}

std::vector<Xapian::docid> NameForms::records_about(const std::string& key) const {
  constexpr std::size_t kMaxRecords = 50;
  const auto about = std::string(schema::kMainNamePrefix) + key;
  std::vector<Xapian::docid> records;
  for (auto record = db_.postlist_begin(about);
       record != db_.postlist_end(about) && records.size() < kMaxRecords; ++record) {
    records.push_back(*record);
  }
  return records;
}

bool NameForms::used_in_answers(const std::vector<Xapian::docid>& records,
                                const std::string& word) const {
  const auto term = std::string(schema::kAnswer.prefix) + word;
  auto posting = db_.postlist_begin(term);
  for (const auto record : records) {
    posting.skip_to(record);
    if (posting == db_.postlist_end(term)) return false;
    if (*posting == record) return true;
  }
  return false;
}

std::vector<std::string> NameForms::forms_of(const std::string& key, std::size_t limit) {
  refresh();
  const auto words = schema::key_terms(key);
  std::optional<std::vector<Xapian::docid>> about;  // read when a form needs it
  std::map<std::string, bool> spoken;
  // A kind the records about the name speak of ("non-small cell" in lung cancer's, "type 2"
  // in diabetes's), not a namesake (the fever record never mentions familial Mediterranean
  // fever, a disease named after its symptom). A word a tenth of the answers use names no kind
  // of its own ("spastic paraplegia type 11" is spastic paraplegia 11).
  const auto spoken_of = [&](const std::string& word) {
    if (std::find(words.begin(), words.end(), word) != words.end()) return true;
    const auto known = spoken.find(word);
    if (known != spoken.end()) return known->second;
    bool used = db_.get_termfreq(std::string(schema::kAnswer.prefix) + word) >=
                kEverydayAnswerShare * db_.get_doccount();
    if (!used) {
      if (!about) about = records_about(key);
      used = used_in_answers(*about, word);
    }
    spoken.emplace(word, used);
    return used;
  };
  std::vector<const Name*> forms;
  for (const auto& head : words) {
    const auto named = by_last_word_.find(head);
    if (named == by_last_word_.end()) continue;
    for (const auto& name : named->second) {
      const auto has = [&](const std::string& word) {
        return std::find(name.words.begin(), name.words.end(), word) != name.words.end();
      };
      if (name.words != words && std::all_of(words.begin(), words.end(), has) &&
          std::all_of(name.words.begin(), name.words.end(), spoken_of) &&
          std::find(forms.begin(), forms.end(), &name) == forms.end()) {
        forms.push_back(&name);
      }
    }
  }
  std::stable_sort(forms.begin(), forms.end(),
                   [](const Name* a, const Name* b) { return a->records > b->records; });
  if (forms.size() > limit) forms.resize(limit);
  std::vector<std::string> terms;
  for (const auto* form : forms) terms.push_back(form->term);
  return terms;
}

}  // namespace qadex::query
