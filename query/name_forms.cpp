#include "query/name_forms.hpp"

#include <algorithm>

#include "store/schema.hpp"

namespace qadex::query {

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

std::vector<std::string> NameForms::forms_of(const std::string& key, std::size_t limit) {
  refresh();
  const auto words = schema::key_terms(key);
  std::vector<const Name*> forms;
  for (const auto& head : words) {
    const auto named = by_last_word_.find(head);
    if (named == by_last_word_.end()) continue;
    for (const auto& name : named->second) {
      const auto has = [&](const std::string& word) {
        return std::find(name.words.begin(), name.words.end(), word) != name.words.end();
      };
      if (name.words != words && std::all_of(words.begin(), words.end(), has) &&
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
