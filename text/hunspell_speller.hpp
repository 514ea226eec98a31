// Suggestions for a misspelt word from Hunspell with Debian's American English and medical
// dictionaries (hunspell-en-us, hunspell-en-med). Hunspell knows how words are commonly
// mistyped and how they sound ("hemroids": hemorrhoids, "infecshun": infection), where an edit
// distance is too short a reach: "hemroids" is three edits from "hemorrhoids". The
// dictionaries are read at first use from where Debian installs them; where they are missing
// there are no suggestions.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace qadex::text {

class HunspellSpeller {
 public:
  // Debian's dictionaries, at the paths CMake was given (thread-safe).
  [[nodiscard]] static const HunspellSpeller& builtin();

  // Hunspell with the affix file `aff` and dictionary `dic`, plus the words of `more_dics`, read
  // when first needed. With `aff` or `dic` missing, a speller that suggests nothing.
  HunspellSpeller(const std::string& aff, const std::string& dic,
                  const std::vector<std::string>& more_dics = {});
  ~HunspellSpeller();
  HunspellSpeller(const HunspellSpeller&) = delete;
  HunspellSpeller& operator=(const HunspellSpeller&) = delete;

  // Whether the dictionaries were read.
  [[nodiscard]] bool available() const;
  // Hunspell's suggestions for `word` (UTF-8), likeliest first; empty if none or unavailable.
  // Thread-safe. Costs tens of milliseconds: Hunspell compares the word with its whole list.
  [[nodiscard]] std::vector<std::string> suggest(std::string_view word) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace qadex::text
