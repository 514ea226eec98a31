// Names whose words a sentence holds apart (see scattered_names.hpp).
#include "query/scattered_names.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "store/schema.hpp"

namespace qadex::query {
namespace {

// The index in `found` of the name the message word at `position` is one of the words of;
// found.size() if none.
std::size_t name_at(const std::vector<NameMatch>& found, std::size_t position) {
  for (std::size_t k = 0; k < found.size(); ++k) {
    const auto& at = found[k].at;
    if (std::find(at.begin(), at.end(), position) != at.end()) return k;
  }
  return found.size();
}

}  // namespace

void add_scattered_names(const Xapian::Database& db, const Message& message,
                         const std::vector<std::vector<std::string>>& other_terms,
                         std::vector<NameMatch>& found) {
  constexpr std::size_t kMaxNamesPerTerm = 500;  // names starting with one word, looked at
  std::map<std::size_t, std::set<std::string>> sentences;  // sentence -> its terms
  for (std::size_t i = 0; i < message.words.size(); ++i) {
    const auto& word = message.words[i];
    if (word.term.empty()) continue;
    sentences[word.sentence].insert(word.term);
    if (i < other_terms.size()) {
      sentences[word.sentence].insert(other_terms[i].begin(), other_terms[i].end());
    }
  }
  const auto prefix = std::string(schema::kNamePrefix);
  std::set<std::string> displaced;  // names found whose words a longer name took
  for (const auto& [sentence, terms] : sentences) {
    for (const auto& first : terms) {
      std::size_t looked = 0;
      const auto start = prefix + first + ' ';
      for (auto it = db.allterms_begin(start);
           it != db.allterms_end(start) && looked < kMaxNamesPerTerm; ++it, ++looked) {
        const auto key = (*it).substr(prefix.size());
        if (std::any_of(found.begin(), found.end(), [&](const auto& m) { return m.key == key; })) {
          continue;
        }
        const auto key_terms = schema::key_terms(key);
        const auto within = [&](const std::set<std::string>& set) {
          return std::all_of(key_terms.begin(), key_terms.end(),
                             [&](const auto& term) { return set.count(term) != 0; });
        };
        if (!within(terms)) continue;
        // Words apart make a weaker case: only a name some record is about counts (not one
        // derived from a title, nor only a synonym).
        if (!db.term_exists(std::string(schema::kMainNamePrefix) + key)) continue;
        // A part of a name already found ("back pain" in "lower back pain") is that name.
        if (std::any_of(found.begin(), found.end(), [&](const auto& m) {
              const auto name_terms = schema::key_terms(m.key);
              return within(std::set<std::string>(name_terms.begin(), name_terms.end()));
            })) {
          continue;
        }
        // Its words are the sentence's words whose terms the name has, each term once. A word
        // of a name already found is that name's, unless that name has fewer words and is no
        // part of the body: "died young from Louis Bar Syndrome" names no Young syndrome,
        // "anxiety attacks where my heart races" no heart attack; but "how much water should I
        // drink" is about drinking water, not the alcohol "drink" alone would be.
        const auto size = std::set<std::string>(key_terms.begin(), key_terms.end()).size();
        std::string written;
        std::vector<std::size_t> at;
        std::set<std::string> placed;
        std::set<std::size_t> shorter;  // the names found whose words it takes
        // The name's term a word gives: its own, or one it stands for ("esophagus":
        // esophageal); empty if none.
        const auto term_given = [&](std::size_t i) -> std::string {
          const auto in_key = [&](const std::string& term) {
            return std::find(key_terms.begin(), key_terms.end(), term) != key_terms.end();
          };
          if (in_key(message.words[i].term)) return message.words[i].term;
          if (i >= other_terms.size()) return {};
          const auto other = std::find_if(other_terms[i].begin(), other_terms[i].end(), in_key);
          return other == other_terms[i].end() ? std::string() : *other;
        };
        for (std::size_t i = 0; i < message.words.size(); ++i) {
          const auto& word = message.words[i];
          const auto term = word.sentence == sentence ? term_given(i) : std::string();
          if (term.empty()) continue;
          const auto owner = name_at(found, i);
          if (owner < found.size() &&
              (found[owner].at.size() >= size || found[owner].match == "body part")) {
            continue;
          }
          if (!placed.insert(term).second) continue;
          if (owner < found.size()) shorter.insert(owner);
          at.push_back(i);
          written += (written.empty() ? "" : " ") + word.written;
        }
        if (placed.size() < size) continue;
        for (const auto k : shorter) displaced.insert(found[k].key);
        found.push_back({key,
                         written,
                         "scattered",
                         std::move(at),
                         {sentence},
                         message.asking[sentence],
                         it.get_termfreq()});
      }
    }
  }
  std::erase_if(found, [&](const NameMatch& m) { return displaced.count(m.key) != 0; });
}

}  // namespace qadex::query
