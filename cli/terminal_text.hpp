// Text for people on a terminal: made inert, styled and wrapped as the terminal allows.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace qadex::cli {

// --color: auto styles output only for a terminal that can show it.
enum class ColorChoice { kAuto, kAlways, kNever };

struct TerminalStyle {
  bool bold = false;      // matched words in ANSI bold
  std::size_t width = 0;  // wrap lines at this many columns; 0: never wrap
};

// How to write for people on file descriptor `fd`. Bold: --color=always, or auto when `fd` is
// a terminal, NO_COLOR is unset or empty (no-color.org) and TERM is not "dumb". Width: the
// terminal's (COLUMNS overrides it, as for ls), at least 20; 0 when `fd` is no terminal, so
// piped output keeps one line per paragraph for grep and friends.
[[nodiscard]] TerminalStyle terminal_style(ColorChoice choice, int fd);

// The only escape sequences qadex writes: bold on and off (around matched words).
inline constexpr std::string_view kBoldOn = "\x1b[1m";
inline constexpr std::string_view kBoldOff = "\x1b[22m";

// `text` with every control character but newline and tab (C0, DEL, and C1 written as
// UTF-8) replaced by U+FFFD, except the two sequences above. Corpus text and queries come
// from anyone: an escape sequence in an answer must show as text, not retitle the window or
// rewrite the screen (bold is harmless, so an answer may at worst embolden itself).
[[nodiscard]] std::string printable(std::string_view text);

// Each line of `text` broken at spaces to at most `width` columns (UTF-8 characters, bold
// sequences not counted; a longer word, such as a URL, stays whole on a line of its own).
// Continuation lines start where the line's text starts: after its leading spaces and a
// list number ("12. "). width 0: `text` as it is.
[[nodiscard]] std::string wrap(std::string_view text, std::size_t width);

}  // namespace qadex::cli
