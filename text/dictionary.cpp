// Loading the word lists into hash sets.
#include "text/dictionary.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text/ascii.hpp"

namespace qadex::text {
namespace {

// Calls on_piece for each non-empty piece of `text` between `separator`s (a line's "\r" left
// out): the lines of a list, the words of a line.
template <typename OnPiece>
void for_each_piece(std::string_view text, char separator, OnPiece on_piece) {
  for (std::size_t start = 0; start < text.size();) {
    auto end = text.find(separator, start);
    if (end == std::string_view::npos) end = text.size();
    auto piece = text.substr(start, end - start);
    if (!piece.empty() && piece.back() == '\r') piece.remove_suffix(1);
    if (!piece.empty()) on_piece(piece);
    start = end + 1;
  }
}

// Whether `is_listed` holds for `normalized` or, for a plural, its singular ("knees",
// "eyelashes", "bruises").
template <typename IsListed>
bool listed_or_singular(std::string_view normalized, IsListed is_listed) {
  if (is_listed(normalized)) return true;
  if (!normalized.ends_with('s')) return false;
  normalized.remove_suffix(1);
  if (is_listed(normalized)) return true;
  if (!normalized.ends_with('e')) return false;
  normalized.remove_suffix(1);
  return is_listed(normalized);
}

}  // namespace

struct Dictionary::Impl {
  std::unordered_set<std::string> english;  // lower-case entries only
  std::unordered_set<std::string> known;    // every entry, lower-cased
  std::unordered_set<std::string> medical;  // medical entries, lower-cased, in no case English
  std::unordered_set<std::string> medical_common;  // those of `medical` listed in lower case
  // A part of the body -> the parts it belongs to or is a kind of.
  std::unordered_map<std::string, std::vector<std::string>> body_parts;
  std::unordered_set<std::string> conditions;
  // A one-word lay phrase -> the medical phrases given for it.
  std::unordered_map<std::string, std::vector<std::string>> lay_words;

  // The entry of a part, singular or plural ("knees", "eyelashes"); null if none.
  [[nodiscard]] const std::vector<std::string>* find_part(std::string_view normalized) const {
    const std::vector<std::string>* part = nullptr;
    listed_or_singular(normalized, [&](std::string_view word) {
      const auto found = body_parts.find(std::string(word));
      if (found != body_parts.end()) part = &found->second;
      return part != nullptr;
    });
    return part;
  }
};

Dictionary::Dictionary(std::string_view english_words, std::string_view medical_words,
                       std::string_view body_parts, std::string_view lay_vocabulary,
                       std::string_view conditions)
    : impl_(std::make_unique<Impl>()) {
  impl_->english.reserve(80000);
  impl_->known.reserve(160000);
  for_each_piece(english_words, '\n', [&](std::string_view word) {
    if (std::none_of(word.begin(), word.end(), is_upper)) impl_->english.emplace(word);
    impl_->known.insert(lowercase(word));
  });
  for_each_piece(medical_words, '\n', [&](std::string_view word) {
    auto lower = lowercase(word);
    // `known` holds the English list's words so far, proper nouns too ("English", "India").
    if (impl_->known.count(lower) == 0) {
      impl_->medical.insert(lower);
      if (lower == word) impl_->medical_common.insert(lower);
    }
    impl_->known.insert(std::move(lower));
  });
  // "thumb<TAB>finger": a part, then the parts it belongs to or is a kind of.
  for_each_piece(body_parts, '\n', [&](std::string_view line) {
    const auto tab = line.find('\t');
    if (line.front() == '#' || tab == 0) return;  // a comment, or no part before the tab
    auto& wholes = impl_->body_parts[std::string(line.substr(0, tab))];
    if (tab == std::string_view::npos) return;
    for_each_piece(line.substr(tab + 1), ' ',
                   [&](std::string_view whole) { wholes.emplace_back(whole); });
  });
  for_each_piece(conditions, '\n', [&](std::string_view word) {
    if (word.front() != '#') impl_->conditions.emplace(word);
  });
  // "piles<TAB>hemorrhoids": a lay phrase, then what medicine calls it; only one-word lay
  // phrases are kept.
  for_each_piece(lay_vocabulary, '\n', [&](std::string_view line) {
    const auto tab = line.find('\t');
    const auto lay = line.substr(0, tab);
    if (line.front() == '#' || tab == std::string_view::npos || lay.empty() ||
        lay.find(' ') != std::string_view::npos) {
      return;
    }
    auto& medical = impl_->lay_words[lowercase(lay)];
    for_each_piece(line.substr(tab + 1), '\t',
                   [&](std::string_view phrase) { medical.emplace_back(phrase); });
  });
}

Dictionary::~Dictionary() = default;

const Dictionary& Dictionary::builtin() {
  static const Dictionary dictionary(builtin_english_words(), builtin_medical_words(),
                                     builtin_body_parts(), builtin_lay_vocabulary(),
                                     builtin_conditions());
  return dictionary;
}

bool Dictionary::is_english(std::string_view normalized) const {
  return impl_->english.count(std::string(normalized)) != 0;
}

bool Dictionary::is_known(std::string_view normalized) const {
  return impl_->known.count(std::string(normalized)) != 0;
}

bool Dictionary::is_medical_term(std::string_view normalized) const {
  // An English word is none, even where its singular is ("aids").
  if (impl_->english.count(std::string(normalized)) != 0) return false;
  return listed_or_singular(normalized, [&](std::string_view word) {
    return impl_->medical.count(std::string(word)) != 0;
  });
}

bool Dictionary::is_common_medical_term(std::string_view normalized) const {
  return listed_or_singular(normalized, [&](std::string_view word) {
    return impl_->medical_common.count(std::string(word)) != 0;
  });
}

bool Dictionary::is_body_part(std::string_view normalized) const {
  return impl_->find_part(normalized) != nullptr;
}

bool Dictionary::is_condition(std::string_view normalized) const {
  return listed_or_singular(normalized, [&](std::string_view word) {
    return impl_->conditions.count(std::string(word)) != 0;
  });
}

std::vector<std::string> Dictionary::medical_phrases_of(std::string_view normalized) const {
  const auto found = impl_->lay_words.find(std::string(normalized));
  return found == impl_->lay_words.end() ? std::vector<std::string>{} : found->second;
}

std::vector<std::string> Dictionary::wholes_of(std::string_view normalized) const {
  const auto* part = impl_->find_part(normalized);
  return part == nullptr ? std::vector<std::string>{} : *part;
}

}  // namespace qadex::text
