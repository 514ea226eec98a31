// Word breaking of pure-ASCII text without ICU, finding exactly the words ICU's word break
// iterator finds there (Unicode's UAX #29 rules, of which few concern ASCII).
#pragma once

#include <cstdint>
#include <string_view>

namespace qadex::text {

[[nodiscard]] bool is_ascii(std::string_view text);

// The words of ASCII `text` in order: the segments ICU reports with a word status (letters,
// numbers) and the same offsets; spaces, punctuation and symbols between them are skipped.
class AsciiWords {
 public:
  explicit AsciiWords(std::string_view text) : text_(text) {}
  // The next word's byte offsets; false when there is none.
  bool next(std::uint32_t& begin, std::uint32_t& end);

 private:
  std::string_view text_;
  std::uint32_t at_ = 0;
};

}  // namespace qadex::text
