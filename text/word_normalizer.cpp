// Word normalization: ICU NFKC_Casefold, then accents removed (NFD, combining diacritics
// dropped, NFC), then the English clean-ups (apostrophes, possessives, thousands separators).
#include "text/word_normalizer.hpp"

#include <algorithm>
#include <cstdint>
#include <stdexcept>

#include <unicode/bytestream.h>
#include <unicode/stringpiece.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/ascii.hpp"

namespace qadex::text {
namespace {

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// A nonspacing mark from one of the combining diacritical blocks: the accents of Latin,
// Greek and Cyrillic letters. Marks of other scripts (Devanagari vowel signs, Japanese
// dakuten, Hebrew points) change the letter itself, so they stay.
bool is_accent(UChar32 c) {
  const bool in_block = (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
                        (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
                        (c >= 0xFE20 && c <= 0xFE2F);
  return in_block && u_charType(c) == U_NON_SPACING_MARK;
}

// U+2018 and U+2019 (what word processors put in "Crohn’s", "don’t") become '. NFKC leaves
// them alone, so without this the same word would have two spellings.
void straighten_apostrophes(std::string& s) {
  std::size_t out = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80' &&
        (s[i + 2] == '\x98' || s[i + 2] == '\x99')) {
      s[out++] = '\'';
      i += 2;
    } else {
      s[out++] = s[i];
    }
  }
  s.resize(out);
}

// "1,000" and "10,000,000" are written forms of 1000 and 10000000; "1,2" (a list, or a
// European decimal) is left as it is.
void drop_thousands_separators(std::string& s) {
  if (s.find(',') == std::string::npos || !is_ascii_digit(s.front())) return;
  const std::size_t int_end = std::min(s.find('.'), s.size());
  std::size_t group = 0;  // digits in the current group
  bool first_group = true;
  for (std::size_t i = 0; i < int_end; ++i) {
    if (s[i] == ',') {
      if (group == 0 || group > 3 || (!first_group && group != 3)) return;
      first_group = false;
      group = 0;
    } else if (is_ascii_digit(s[i])) {
      ++group;
    } else {
      return;
    }
  }
  if (group != 3) return;
  for (std::size_t i = int_end; i < s.size(); ++i) {
    if (!is_ascii_digit(s[i]) && s[i] != '.') return;
  }
  s.erase(std::remove(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(int_end), ','),
          s.begin() + static_cast<std::ptrdiff_t>(int_end));
}

// Rules that apply whichever way the word was folded.
void finish(std::string& s) {
  // ICU keeps "crohn's" as one word; the possessive says nothing about the topic. This also
  // turns "it's" and "what's" into the stopwords "it" and "what". Other apostrophes stay
  // ("o'clock", "don't"): removing them would merge names such as "o'neil" with other words.
  if (s.size() > 2 && s.ends_with("'s")) s.resize(s.size() - 2);
  if (!s.empty()) drop_thousands_separators(s);
}

}  // namespace

WordNormalizer::WordNormalizer() {
  UErrorCode status = U_ZERO_ERROR;
  nfkc_casefold_ = icu::Normalizer2::getNFKCCasefoldInstance(status);
  nfd_ = icu::Normalizer2::getNFDInstance(status);
  nfc_ = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("cannot load ICU normalization data: ") +
                             u_errorName(status) + "; check the ICU installation");
  }
}

void WordNormalizer::normalize(std::string_view word, std::string& out) {
  if (!is_ascii(word)) return normalize_with_icu(word, out);
  // For ASCII, NFKC_Casefold is exactly lowercasing, and there are no accents.
  out.assign(word);
  for (char& c : out) c = to_lower(c);
  finish(out);
}

void WordNormalizer::normalize_with_icu(std::string_view word, std::string& out) {
  out.clear();
  fold_with_icu(word, out);
  straighten_apostrophes(out);
  if (!is_ascii(out)) remove_accents(out);
  finish(out);
}

void WordNormalizer::fold_with_icu(std::string_view word, std::string& out) {
  UErrorCode status = U_ZERO_ERROR;
  icu::StringByteSink<std::string> sink(&out);
  nfkc_casefold_->normalizeUTF8(0, icu::StringPiece(word.data(), static_cast<int32_t>(word.size())),
                                sink, nullptr, status);
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("ICU normalization failed: ") + u_errorName(status));
  }
}

void WordNormalizer::remove_accents(std::string& folded) {
  UErrorCode status = U_ZERO_ERROR;
  decomposed_.clear();
  icu::StringByteSink<std::string> decomposed_sink(&decomposed_);
  nfd_->normalizeUTF8(0, icu::StringPiece(folded.data(), static_cast<int32_t>(folded.size())),
                      decomposed_sink, nullptr, status);
  if (U_FAILURE(status)) return;  // keep the folded form: still the same on both sides

  stripped_.clear();
  bool dropped = false;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(decomposed_.data());
  const auto length = static_cast<int32_t>(decomposed_.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (is_accent(c)) {
      dropped = true;
    } else {
      stripped_.append(decomposed_, static_cast<std::size_t>(start),
                       static_cast<std::size_t>(i - start));
    }
  }
  if (!dropped) return;  // NFKC output is already NFC: nothing to recompose

  folded.clear();
  icu::StringByteSink<std::string> composed_sink(&folded);
  nfc_->normalizeUTF8(0, icu::StringPiece(stripped_.data(), static_cast<int32_t>(stripped_.size())),
                      composed_sink, nullptr, status);
  if (U_FAILURE(status)) folded = stripped_;
}

}  // namespace qadex::text
