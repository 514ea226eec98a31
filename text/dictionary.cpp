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

template <typename OnLine>
void for_each_line(std::string_view text, OnLine on_line) {
  for (std::size_t start = 0; start < text.size();) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    auto line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty()) on_line(line);
    start = end + 1;
  }
}

template <typename OnWord>
void for_each_word(std::string_view text, OnWord on_word) {
  for (std::size_t start = 0; start < text.size();) {
    auto end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) on_word(text.substr(start, end - start));
    start = end + 1;
  }
}

}  // namespace

struct Dictionary::Impl {
  std::unordered_set<std::string> english;  // lower-case entries only
  std::unordered_set<std::string> known;    // every entry, lower-cased
  // A part of the body -> the parts it belongs to or is a kind of.
  std::unordered_map<std::string, std::vector<std::string>> body_parts;

  // The entry of a part, singular or plural ("knees", "eyelashes"); null if none.
  [[nodiscard]] const std::vector<std::string>* find_part(std::string_view normalized) const {
    const auto listed = [&](std::string_view word) -> const std::vector<std::string>* {
      const auto found = body_parts.find(std::string(word));
      return found == body_parts.end() ? nullptr : &found->second;
    };
    if (const auto* part = listed(normalized)) return part;
    if (!normalized.ends_with('s')) return nullptr;
    normalized.remove_suffix(1);
    if (const auto* part = listed(normalized)) return part;
    if (!normalized.ends_with('e')) return nullptr;
    normalized.remove_suffix(1);
    return listed(normalized);
  }
};

Dictionary::Dictionary(std::string_view english_words, std::string_view medical_words,
                       std::string_view body_parts)
    : impl_(std::make_unique<Impl>()) {
  impl_->english.reserve(80000);
  impl_->known.reserve(160000);
  for_each_line(english_words, [&](std::string_view word) {
    if (std::none_of(word.begin(), word.end(), is_upper)) impl_->english.emplace(word);
    impl_->known.insert(lowercase(word));
  });
  for_each_line(medical_words,
                [&](std::string_view word) { impl_->known.insert(lowercase(word)); });
  // "thumb<TAB>finger": a part, then the parts it belongs to or is a kind of.
  for_each_line(body_parts, [&](std::string_view line) {
    if (line.front() == '#') return;
    const auto tab = line.find('\t');
    auto& wholes = impl_->body_parts[std::string(line.substr(0, tab))];
    if (tab == std::string_view::npos) return;
    for_each_word(line.substr(tab + 1),
                  [&](std::string_view whole) { wholes.emplace_back(whole); });
  });
}

Dictionary::~Dictionary() = default;

const Dictionary& Dictionary::builtin() {
  static const Dictionary dictionary(builtin_english_words(), builtin_medical_words(),
                                     builtin_body_parts());
  return dictionary;
}

bool Dictionary::is_english(std::string_view normalized) const {
  return impl_->english.count(std::string(normalized)) != 0;
}

bool Dictionary::is_known(std::string_view normalized) const {
  return impl_->known.count(std::string(normalized)) != 0;
}

bool Dictionary::is_body_part(std::string_view normalized) const {
  return impl_->find_part(normalized) != nullptr;
}

std::vector<std::string> Dictionary::wholes_of(std::string_view normalized) const {
  const auto* part = impl_->find_part(normalized);
  return part == nullptr ? std::vector<std::string>{} : *part;
}

}  // namespace qadex::text
