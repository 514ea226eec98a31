// UAX #29 word boundaries as ICU applies them to ASCII: rules WB5-WB13b over the classes
// below, with ICU's changes (':' is not MidLetter, '@' is a letter; '"' joins only Hebrew).
#include "text/ascii_words.hpp"

namespace qadex::text {
namespace {

enum class Kind : std::uint8_t {
  kOther,
  kLetter,          // A-Z a-z @ (ALetter)
  kDigit,           // 0-9 (Numeric)
  kUnderscore,      // _ (ExtendNumLet)
  kMidLetterOrNum,  // . ' (MidNumLet, Single_Quote): joins letters, and digits
  kMidNum,          // , ; (MidNum): joins digits only
};

Kind kind(char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@') return Kind::kLetter;
  if (c >= '0' && c <= '9') return Kind::kDigit;
  switch (c) {
    case '_':
      return Kind::kUnderscore;
    case '.':
    case '\'':
      return Kind::kMidLetterOrNum;
    case ',':
    case ';':
      return Kind::kMidNum;
    default:
      return Kind::kOther;
  }
}

bool word_char(Kind k) { return k == Kind::kLetter || k == Kind::kDigit || k == Kind::kUnderscore; }

}  // namespace

bool is_ascii(std::string_view text) {
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

bool AsciiWords::next(std::uint32_t& begin, std::uint32_t& end) {
  const auto size = static_cast<std::uint32_t>(text_.size());
  while (at_ < size) {
    // A segment of word characters starts here; find where it ends.
    while (at_ < size && !word_char(kind(text_[at_]))) ++at_;
    if (at_ == size) return false;
    begin = at_;
    Kind last = kind(text_[at_++]);
    while (at_ < size) {
      const Kind k = kind(text_[at_]);
      if (word_char(k)) {
        // WB5, WB8-WB10, WB13a/b: letters, digits and underscores run on together.
        last = k;
        ++at_;
        continue;
      }
      // WB6/7: letter (. or ') letter; WB11/12: digit (. ' , or ;) digit.
      if (at_ + 1 < size && (last == Kind::kLetter || last == Kind::kDigit)) {
        const Kind after = kind(text_[at_ + 1]);
        const bool joins = after == last && (k == Kind::kMidLetterOrNum ||
                                             (k == Kind::kMidNum && last == Kind::kDigit));
        if (joins) {
          at_ += 2;
          continue;
        }
      }
      break;
    }
    end = at_;
    // A lone underscore is no word to ICU (two are).
    if (end - begin > 1 || last != Kind::kUnderscore) return true;
  }
  return false;
}

}  // namespace qadex::text
