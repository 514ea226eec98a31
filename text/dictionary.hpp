// Word lists: is a word ordinary English, is it a word at all, is it a part of the body, is it
// a lay word for something medical? From Debian's American English list (wamerican) and
// medical list (hunspell-en-med), compiled in so that answers never depend on what the
// machine running qadex has installed, from vocabulary/body-parts.txt and
// vocabulary/conditions.txt (made from WordNet by scripts/make-body-parts.sh and
// scripts/make-conditions.sh) and from vocabulary/lay-medical.tsv.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace qadex::text {

class Dictionary {
 public:
  // The compiled-in lists, read once on first use (thread-safe).
  [[nodiscard]] static const Dictionary& builtin();

  // An ordinary English word: a lower-case entry of the English list ("hi", "operation",
  // "stroke"), so not a proper noun or an abbreviation. Takes a normalized (case-folded) word.
  [[nodiscard]] bool is_english(std::string_view normalized) const;
  // A word of either list in any case ("amoxicillin", "covid", "dinner"): a correctly spelt
  // word, whether the corpus uses it or not.
  [[nodiscard]] bool is_known(std::string_view normalized) const;
  // A word only the medical list has, and only with a capital: a brand or a person's name
  // ("Bullseye"; not "warfarin", nor "Sunday", an English word). Takes a normalized word.
  [[nodiscard]] bool is_capitalized_medical_word(std::string_view normalized) const;
  // A word of the medical list that the English list has in no case, singular or plural
  // ("letrozole", "adenomyosis", "schwannomas"; not "pain", "cramp", nor the proper nouns
  // "English", "India" and "Tylenol"): a term of medicine, the name of a drug, a condition or
  // an organism. Takes a normalized word.
  [[nodiscard]] bool is_medical_term(std::string_view normalized) const;
  // A medical term the medical list writes in lower case ("warfarin", "adenomyosis"; not the
  // eponym "Raynaud", nor "hashimoto", which it also writes "Hashimoto's", nor the brand
  // "Plaquenil"): no one's name.
  [[nodiscard]] bool is_common_medical_term(std::string_view normalized) const;
  // A part of the body, singular or plural ("knee", "knees", "teeth"). Takes a normalized word.
  [[nodiscard]] bool is_body_part(std::string_view normalized) const;
  // The parts a part of the body belongs to or is a kind of ("thumb": finger; "finger": hand,
  // digit, ...), as listed; empty for a word that is no part.
  [[nodiscard]] std::vector<std::string> wholes_of(std::string_view normalized) const;
  // The adjectives that say "of" a part of the body ("esophagus", "esophagi": esophageal;
  // "liver": hepatic), as listed; empty for a word that is no part.
  [[nodiscard]] std::vector<std::string> adjectives_of(std::string_view normalized) const;
  // Whether a part of the body and the word after it name something that is neither a part nor
  // a condition ("blood test", "blood tests", "back door", "eye doctor"; not "heart attack",
  // "hip joint"). Takes normalized words.
  [[nodiscard]] bool names_other_thing(std::string_view part, std::string_view next) const;
  // A word for ill health or a symptom, singular or plural ("constipation", "bruises"; not
  // "falls"). Takes a normalized word.
  [[nodiscard]] bool is_condition(std::string_view normalized) const;
  // The conditions of that list at most `max_edits` slips away from a word that begin with its
  // letter ("asma": asthma, "excema": eczema), as (slips, condition), the nearest first. Takes a
  // normalized word.
  [[nodiscard]] std::vector<std::pair<std::size_t, std::string>> conditions_near(
      std::string_view normalized, std::size_t max_edits) const;

  // The words the medical list writes in lower case and the conditions of that list that sound
  // like a word (text/sound_key.hpp): "numonia" sounds like pneumonia, "ciatica" like
  // sciatica. Takes a normalized word. The first call builds the table (about 90,000 words).
  [[nodiscard]] std::vector<std::string> medical_words_sounding_like(
      std::string_view normalized) const;
  // The words the medical list writes only with a capital, mostly people's names that name
  // conditions ("Crohn", "Raynaud"), that sound like a word, lower-cased ("chrone": crohn).
  [[nodiscard]] std::vector<std::string> eponyms_sounding_like(std::string_view normalized) const;
  // What the lay <-> medical vocabulary gives for a one-word lay phrase, an everyday word
  // people use for something medical ("piles": hemorrhoids); empty for another word. Takes a
  // normalized word.
  [[nodiscard]] std::vector<std::string> medical_phrases_of(std::string_view normalized) const;

  Dictionary(std::string_view english_words, std::string_view medical_words,
             std::string_view body_parts = {}, std::string_view lay_vocabulary = {},
             std::string_view conditions = {});
  ~Dictionary();
  Dictionary(const Dictionary&) = delete;
  Dictionary& operator=(const Dictionary&) = delete;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The raw lists (one word per line), generated into the build by CMake.
[[nodiscard]] std::string_view builtin_english_words();
[[nodiscard]] std::string_view builtin_medical_words();
[[nodiscard]] std::string_view builtin_body_parts();
[[nodiscard]] std::string_view builtin_conditions();
// vocabulary/lay-medical.tsv ("lay phrase<TAB>medical phrase" lines), as shipped.
[[nodiscard]] std::string_view builtin_lay_vocabulary();

}  // namespace qadex::text
