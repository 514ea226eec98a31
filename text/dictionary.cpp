// Loading the word lists into hash sets.
#include "text/dictionary.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text/ascii.hpp"
#include "text/edit_distance.hpp"
#include "text/sound_key.hpp"

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
  // Every entry of both lists, lower-cased, with what the lists say of it: one map rather
  // than a set per property, since the lists hold 160,000 words.
  enum Flag : std::uint8_t {
    kEnglish = 1,  // the English list has it in lower case
    kEnglishAnyCase = 2,
    kMedical = 4,
    kMedicalLower = 8,  // the medical list has it in lower case
    kEponym = 16,       // the medical list has it capitalized with "'s" ("Hashimoto's")
  };
  std::unordered_map<std::string, std::uint8_t> words;

  // Whether `normalized` has all of `flags` and none of `unless`.
  [[nodiscard]] bool has(std::string_view normalized, std::uint8_t flags,
                         std::uint8_t unless = 0) const {
    const auto found = words.find(std::string(normalized));
    return found != words.end() && (found->second & flags) == flags &&
           (found->second & unless) == 0;
  }
  struct Part {
    std::vector<std::string> wholes;      // the parts it belongs to or is a kind of
    std::vector<std::string> heads;       // the words it names something else with ("test")
    std::vector<std::string> adjectives;  // the adjectives that say "of it" ("esophageal")
  };
  std::unordered_map<std::string, Part> body_parts;
  std::unordered_set<std::string> conditions;
  // Words (keys of `words` or entries of `conditions`, which never move) by the hash of their
  // sound key, built on first use. Sorted pairs rather than a map of strings: 90,000 words in
  // 1.4 MiB, not 7.
  struct SoundTable {
    std::once_flag built;
    std::vector<std::pair<std::size_t, const std::string*>> by_sound;
  };
  mutable SoundTable medical_sounds;  // the medical list's lower-case words and the conditions
  mutable SoundTable eponym_sounds;   // the medical list's names of people ("Crohn", "Raynaud")
  // A one-word lay phrase -> the medical phrases given for it.
  std::unordered_map<std::string, std::vector<std::string>> lay_words;

  // The entry of a part, singular or plural ("knees", "eyelashes"); null if none.
  [[nodiscard]] const Part* find_part(std::string_view normalized) const {
    const Part* part = nullptr;
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
  impl_->words.reserve(160000);
  const auto add = [&](std::string_view word, std::uint8_t any_case, std::uint8_t lower_case) {
    auto lower = lowercase(word);
    const bool as_listed = lower == word;
    impl_->words[std::move(lower)] |= any_case | (as_listed ? lower_case : 0);
  };
  for_each_piece(english_words, '\n',
                 [&](std::string_view word) { add(word, Impl::kEnglishAnyCase, Impl::kEnglish); });
  for_each_piece(medical_words, '\n', [&](std::string_view word) {
    add(word, Impl::kMedical, Impl::kMedicalLower);
    if (word.size() > 2 && word.ends_with("'s") &&
        std::isupper(static_cast<unsigned char>(word[0]))) {
      impl_->words[lowercase(word.substr(0, word.size() - 2))] |= Impl::kEponym;
    }
  });
  // "esophagus<TAB>musculature passageway<TAB>sphincter<TAB>esophageal": a part, the parts it
  // belongs to or is a kind of, the words it names something else with, and the adjectives
  // that say "of it". Columns may be missing or empty.
  for_each_piece(body_parts, '\n', [&](std::string_view line) {
    const auto tab = line.find('\t');
    if (line.front() == '#' || tab == 0) return;  // a comment, or no part before the tab
    auto& part = impl_->body_parts[std::string(line.substr(0, tab))];
    auto rest = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
    for (auto* column : {&part.wholes, &part.heads, &part.adjectives}) {
      const auto end = std::min(rest.find('\t'), rest.size());
      for_each_piece(rest.substr(0, end), ' ',
                     [&](std::string_view word) { column->emplace_back(word); });
      rest.remove_prefix(std::min(end + 1, rest.size()));
    }
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
  return impl_->has(normalized, Impl::kEnglish);
}

bool Dictionary::is_known(std::string_view normalized) const { return impl_->has(normalized, 0); }

bool Dictionary::is_capitalized_medical_word(std::string_view normalized) const {
  return impl_->has(normalized, Impl::kMedical, Impl::kMedicalLower | Impl::kEnglishAnyCase);
}

bool Dictionary::is_medical_term(std::string_view normalized) const {
  // An English word is none, even where its singular is ("aids").
  if (is_english(normalized)) return false;
  return listed_or_singular(normalized, [&](std::string_view word) {
    return impl_->has(word, Impl::kMedical, Impl::kEnglishAnyCase);
  });
}

bool Dictionary::is_common_medical_term(std::string_view normalized) const {
  return listed_or_singular(normalized, [&](std::string_view word) {
    return impl_->has(word, Impl::kMedicalLower, Impl::kEnglishAnyCase | Impl::kEponym);
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

std::vector<std::pair<std::size_t, std::string>> Dictionary::conditions_near(
    std::string_view normalized, std::size_t max_edits) const {
  std::vector<std::pair<std::size_t, std::string>> near;
  for (const auto& condition : impl_->conditions) {
    if (normalized.empty() || condition.front() != normalized.front()) continue;
    const auto edits = edit_distance(normalized, condition, max_edits);
    if (edits <= max_edits) near.emplace_back(edits, condition);
  }
  std::sort(near.begin(), near.end());
  return near;
}

namespace {

// The words of `table` that sound like `normalized`, in order; `fill` adds the table's words
// (with add(word)) when it is first used.
template <typename Fill>
std::vector<std::string> sounding_like(auto& table, std::string_view normalized, Fill fill) {
  const std::hash<std::string> hash;
  std::call_once(table.built, [&] {
    fill([&](const std::string& word) {
      table.by_sound.emplace_back(hash(sound_key(word)), &word);
    });
    std::sort(table.by_sound.begin(), table.by_sound.end());
  });
  const auto key = sound_key(normalized);
  const auto wanted = hash(key);
  const auto& by_sound = table.by_sound;
  auto it = std::lower_bound(by_sound.begin(), by_sound.end(), wanted,
                             [](const auto& entry, std::size_t h) { return entry.first < h; });
  std::vector<std::string> words;
  for (; it != by_sound.end() && it->first == wanted; ++it) {
    if (sound_key(*it->second) == key) words.push_back(*it->second);  // not a hash collision
  }
  std::sort(words.begin(), words.end());  // the same order whatever the hash table's
  return words;
}

}  // namespace

std::vector<std::string> Dictionary::medical_words_sounding_like(
    std::string_view normalized) const {
  return sounding_like(impl_->medical_sounds, normalized, [&](auto add) {
    for (const auto& [word, flags] : impl_->words) {
      if ((flags & Impl::kMedicalLower) != 0) add(word);
    }
    for (const auto& condition : impl_->conditions) {
      if (!impl_->has(condition, Impl::kMedicalLower)) add(condition);
    }
  });
}

std::vector<std::string> Dictionary::eponyms_sounding_like(std::string_view normalized) const {
  return sounding_like(impl_->eponym_sounds, normalized, [&](auto add) {
    for (const auto& [word, flags] : impl_->words) {
      const bool capitalized_only =
          (flags & Impl::kMedical) != 0 && (flags & (Impl::kMedicalLower | Impl::kEnglish)) == 0;
      if (capitalized_only) add(word);
    }
  });
}

std::vector<std::string> Dictionary::medical_phrases_of(std::string_view normalized) const {
  const auto found = impl_->lay_words.find(std::string(normalized));
  return found == impl_->lay_words.end() ? std::vector<std::string>{} : found->second;
}

std::vector<std::string> Dictionary::wholes_of(std::string_view normalized) const {
  const auto* part = impl_->find_part(normalized);
  return part == nullptr ? std::vector<std::string>{} : part->wholes;
}

std::vector<std::string> Dictionary::adjectives_of(std::string_view normalized) const {
  const auto* part = impl_->find_part(normalized);
  return part == nullptr ? std::vector<std::string>{} : part->adjectives;
}

bool Dictionary::names_other_thing(std::string_view part_word, std::string_view next) const {
  const auto* part = impl_->find_part(part_word);
  return part != nullptr && listed_or_singular(next, [&](std::string_view word) {
           return std::find(part->heads.begin(), part->heads.end(), word) != part->heads.end();
         });
}

}  // namespace qadex::text
