// Text bound for a terminal, made inert.
#pragma once

#include <string>
#include <string_view>

namespace qadex::cli {

// `text` with every control character but newline and tab (C0, DEL, and C1 written as
// UTF-8) replaced by U+FFFD. Corpus text and queries come from anyone: an escape sequence
// in an answer must show as text, not retitle the window or rewrite the screen.
[[nodiscard]] std::string printable(std::string_view text);

}  // namespace qadex::cli
