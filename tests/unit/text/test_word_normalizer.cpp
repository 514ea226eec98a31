// Tests of word normalization: ICU folding, accents, apostrophes, and the ASCII fast path.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "text/word_normalizer.hpp"

using qadex::text::WordNormalizer;

namespace {

std::string normalized(std::string_view word) {
  static WordNormalizer normalizer;
  std::string out;
  normalizer.normalize(word, out);
  return out;
}

}  // namespace

TEST_CASE("words are folded to one spelling whatever their case, width and accents",
          "[text][unit]") {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"PAIN", "pain"},
      {"ｓｔｉｆｆｎｅｓｓ", "stiffness"},  // fullwidth: NFKC
      {"Sjögren", "sjogren"},
      {"Sjo\xCC\x88gren", "sjogren"},  // o + combining diaeresis, already decomposed
      {"Straße", "strasse"},           // case folding expands ß
      {"ﬁbrosis", "fibrosis"},         // ligature
      {"MÉNIÈRE", "meniere"},
      {"İbuprofen", "ibuprofen"},  // dotted capital I folds to i + U+0307, then i
      {"Crohn's", "crohn"},
      {"Crohn’s", "crohn"},   // U+2019, as word processors write it
      {"CROHN＇S", "crohn"},  // fullwidth apostrophe: NFKC makes it '
      {"it's", "it"},
      {"don’t", "don't"},  // other apostrophes stay, made straight
      {"o'clock", "o'clock"},
      {"1,000", "1000"},
      {"10,000,000.5", "10000000.5"},
      {"1,2", "1,2"},  // not thousands: a list or a decimal comma
      {"12,3456", "12,3456"},
      {"2.5", "2.5"},
      {"頭痛", "頭痛"},
      {"が", "が"},  // dakuten is part of the kana, not an accent
      {"Москва", "москва"},
  };
  for (const auto& [word, expected] : cases) {
    INFO(word);
    CHECK(normalized(word) == expected);
  }
}

TEST_CASE("the ASCII fast path gives what ICU gives", "[text][unit]") {
  WordNormalizer normalizer;
  std::string fast;
  std::string slow;
  // Every printable ASCII character, alone and inside a word, plus the shapes the fast path
  // handles specially (possessives, thousands separators).
  std::vector<std::string> words = {"Crohn's", "IT'S", "1,000", "1,000,00", "HbA1c", "X'S"};
  for (char c = ' '; c <= '~'; ++c) {
    words.push_back(std::string(1, c));
    words.push_back(std::string("Ab") + c + "Yz");
  }
  for (const auto& word : words) {
    normalizer.normalize(word, fast);
    normalizer.normalize_with_icu(word, slow);
    INFO(word);
    CHECK(fast == slow);
  }
}
