// UTF-8 validation: the well-formed sequences pass, every kind of ill-formed one is found.
#include "corpus/utf8.hpp"

#include <catch2/catch.hpp>
#include <optional>
#include <string_view>
#include <utility>

TEST_CASE("find_invalid_utf8 finds the first byte that is not well-formed UTF-8",
          "[corpus][unit]") {
  using qadex::corpus::find_invalid_utf8;
  const std::pair<std::string_view, std::optional<std::size_t>> cases[] = {
      {"", std::nullopt},
      {"plain ASCII", std::nullopt},
      {"caf\xC3\xA9", std::nullopt},               // 2 bytes
      {"\xE6\x97\xA5\xE6\x9C\xAC", std::nullopt},  // 3 bytes
      {"\xF0\x9F\x98\x80", std::nullopt},          // 4 bytes: U+1F600
      {"\xF4\x8F\xBF\xBF", std::nullopt},          // U+10FFFF, the last code point
      {"ab\xE9", 2},                               // Latin-1 é: a lead byte with no tail
      {"a\x80", 1},                                // stray continuation byte
      {"\xC0\xAF", 0},                             // overlong '/'
      {"\xE0\x80\xAF", 0},                         // overlong, 3 bytes
      {"\xED\xA0\x80", 0},                         // UTF-16 surrogate U+D800
      {"\xF4\x90\x80\x80", 0},                     // above U+10FFFF
      {"\xF5\x80\x80\x80", 0},                     // F5..FF never appear
      {"ok\xE6\x97", 2},                           // sequence cut by the end of the text
      {"\xE6\x41\xA5", 0},                         // ASCII inside a sequence
  };
  for (const auto& [text, expected] : cases) {
    INFO("text of " << text.size() << " bytes");
    CHECK(find_invalid_utf8(text) == expected);
  }
}
