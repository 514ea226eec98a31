// Loading the word lists into hash sets.
#include "text/dictionary.hpp"

#include <algorithm>
#include <string>
#include <unordered_set>

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

}  // namespace

struct Dictionary::Impl {
  std::unordered_set<std::string> english;  // lower-case entries only
  std::unordered_set<std::string> known;    // every entry, lower-cased
  std::unordered_set<std::string> body_parts;
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
  for_each_line(body_parts, [&](std::string_view word) {
    if (word.front() != '#') impl_->body_parts.emplace(word);
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
  const auto listed = [&](std::string_view word) {
    return impl_->body_parts.count(std::string(word)) != 0;
  };
  if (listed(normalized)) return true;
  // Regular plurals: "knees", "hips"; "eyelashes" (irregular ones are listed).
  if (!normalized.ends_with('s')) return false;
  normalized.remove_suffix(1);
  if (listed(normalized)) return true;
  return normalized.ends_with('e') && listed(normalized.substr(0, normalized.size() - 1));
}

}  // namespace qadex::text
