// Terminal text: control characters out (but qadex's own bold), wrapping on word boundaries.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

#include "cli/terminal_text.hpp"

using qadex::cli::kBoldOff;
using qadex::cli::kBoldOn;
using qadex::cli::printable;
using qadex::cli::wrap;

namespace {

// The widest line of `text` in characters, bold sequences not counted.
std::size_t widest_line(const std::string& text) {
  std::size_t widest = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    for (const auto sequence : {kBoldOn, kBoldOff}) {
      for (auto at = line.find(sequence); at != std::string::npos; at = line.find(sequence)) {
        line.erase(at, sequence.size());
      }
    }
    std::size_t characters = 0;
    for (const char byte : line) characters += (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
    widest = std::max(widest, characters);
    start = end + 1;
  }
  return widest;
}

}  // namespace

TEST_CASE("printable keeps qadex's bold and neutralizes every other control character") {
  const std::string bold = std::string(kBoldOn) + "back" + std::string(kBoldOff);
  CHECK(printable(bold) == bold);
  CHECK(printable("a\x1b]0;pwned\x07z") == "a\xEF\xBF\xBD]0;pwned\xEF\xBF\xBDz");
  CHECK(printable("\x1b[2J") == "\xEF\xBF\xBD[2J");  // clear screen: shown, not done
  CHECK(printable("\x1b[1") == "\xEF\xBF\xBD[1");    // a cut-off sequence is no bold
  CHECK(printable("x\xC2\x9B"
                  "31m") ==
        "x\xEF\xBF\xBD"
        "31m");  // C1 CSI in UTF-8
  CHECK(printable("tab\tnew\nline caf\xC3\xA9") == "tab\tnew\nline caf\xC3\xA9");
}

TEST_CASE("wrap breaks long lines at spaces, within the width") {
  const std::string text =
      "1. Why is my lower back stiff in the morning?\n"
      "   Some lower back stiffness after a night in bed is normal. Lying still for hours lets "
      "muscles tighten and joint fluid settle.\n"
      "   Source: qadex-sample  https://qadex.invalid/sample/a-very-long-address-that-cannot-break";
  const std::string address = "https://qadex.invalid/sample/a-very-long-address-that-cannot-break";
  const auto wrapped = wrap(text, 40);
  auto others = wrapped;  // every line but the address's fits
  others.erase(others.find(address), address.size());
  CHECK(widest_line(others) <= 40);
  // Nothing lost: the same words in the same order.
  auto words = [](const std::string& s) {
    std::string joined;
    for (char c : s) joined += (c == '\n') ? ' ' : c;
    std::string squeezed;
    for (char c : joined) {
      if (!(c == ' ' && !squeezed.empty() && squeezed.back() == ' ')) squeezed += c;
    }
    return squeezed;
  };
  CHECK(words(wrapped) == words(text));
  // A numbered line continues under its text; an indented line under its indent.
  CHECK(wrapped.find("1. Why is my lower back stiff in the\n   morning?") != std::string::npos);
  CHECK(wrapped.find("\n   Some lower back stiffness after a\n   night") != std::string::npos);
  // The address stays whole, on a line of its own.
  CHECK(wrapped.find("\n   " + address) != std::string::npos);
}

TEST_CASE("wrap counts characters, not bytes or bold sequences") {
  const std::string b = std::string(kBoldOn) + "back" + std::string(kBoldOff);
  const std::string line = "é é é é é " + b + " " + b;  // 19 characters
  CHECK(wrap(line, 19) == line);
  CHECK(wrap(line, 18).find('\n') != std::string::npos);
  CHECK(widest_line(wrap(line + " " + line + " " + line, 20)) <= 20);
}

TEST_CASE("wrap with width 0, and short lines, change nothing") {
  const std::string text = "a line that is long enough to wrap at ten\n\nshort";
  CHECK(wrap(text, 0) == text);
  CHECK(wrap("short\n  two\n", 80) == "short\n  two\n");
}
