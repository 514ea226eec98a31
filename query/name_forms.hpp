// The index's main names by their last word, to find the more specific forms of a name.
#pragma once

#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include <xapian.h>

namespace qadex::query {

class NameForms {
 public:
  explicit NameForms(const Xapian::Database& db) : db_(db) {}

  // The main-name terms (prefixed) of records about a more specific form of the name `key`,
  // or the name in another order: names with all its words that end with one of them, as
  // English puts the head last ("non small cell lung cancer" of "lung cancer", "system
  // scleroderma" of "scleroderma system"; not "human t cell leukemia virus type 1" of
  // "leukemia"), and whose other words the answers about `key` use: a kind they speak of, not
  // a disease named after it ("familial mediterranean fever" of "fever"). The `limit` forms
  // most records are about.
  [[nodiscard]] std::vector<std::string> forms_of(const std::string& key, std::size_t limit);

 private:
  struct Name {
    std::string term;
    std::vector<std::string> words;
    Xapian::doccount records = 0;
  };
  // Reads the names again when the index has changed since they were read.
  void refresh();
  // The records about `key` (at most 50), in docid order.
  [[nodiscard]] std::vector<Xapian::docid> records_about(const std::string& key) const;
  // Whether the answer of one of `records` (in docid order) has the term `word`.
  [[nodiscard]] bool used_in_answers(const std::vector<Xapian::docid>& records,
                                     const std::string& word) const;

  const Xapian::Database& db_;
  std::tuple<Xapian::doccount, Xapian::docid, Xapian::totallength> read_at_{};
  bool read_ = false;
  std::unordered_map<std::string, std::vector<Name>> by_last_word_;
};

}  // namespace qadex::query
