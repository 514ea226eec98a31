// ASCII character helpers, for identifiers, file names, markup names, filter values and
// lines of data files: case tests and folding, case-insensitive comparison, trimming. Bytes
// outside ASCII (UTF-8 sequences) are left as they are; words of text go through the
// analyzer (NFKC case folding) instead.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

namespace qadex::text {

// The characters std::isspace matches in the "C" locale.
inline constexpr std::string_view kAsciiSpace = " \t\n\v\f\r";

[[nodiscard]] constexpr bool is_space(char c) {
  return kAsciiSpace.find(c) != std::string_view::npos;
}
[[nodiscard]] constexpr bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
[[nodiscard]] constexpr bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
[[nodiscard]] constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
[[nodiscard]] constexpr bool has_digit(std::string_view s) {
  return s.find_first_of("0123456789") != std::string_view::npos;
}

[[nodiscard]] constexpr char to_lower(char c) {
  return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}
[[nodiscard]] constexpr char to_upper(char c) {
  return is_lower(c) ? static_cast<char>(c - 'a' + 'A') : c;
}

// "GARD" -> "gard".
[[nodiscard]] inline std::string lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = to_lower(c);
  return out;
}

// "ibs" -> "IBS".
[[nodiscard]] inline std::string uppercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = to_upper(c);
  return out;
}

// Equal but for the case of ASCII letters: iequals("QAPairs", "qaPairs").
[[nodiscard]] constexpr bool iequals(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](char x, char y) { return to_lower(x) == to_lower(y); });
}

// `s` without the characters of `chars` at either end: ASCII white space unless told (a
// reader that keeps line breaks or trims punctuation says which).
[[nodiscard]] constexpr std::string_view trim(std::string_view s,
                                              std::string_view chars = kAsciiSpace) {
  const auto first = s.find_first_not_of(chars);
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(chars) - first + 1);
}

}  // namespace qadex::text
