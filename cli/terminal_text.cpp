// Terminal detection, control characters out, and word wrapping.
#include "cli/terminal_text.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <string>

namespace qadex::cli {

namespace {

constexpr std::size_t kNarrowest = 20;

// COLUMNS if it holds a number, else the terminal's own width; 0 if neither is known.
std::size_t terminal_width(int fd) {
  if (const char* columns = std::getenv("COLUMNS"); columns != nullptr && *columns != '\0') {
    char* end = nullptr;
    const long value = std::strtol(columns, &end, 10);
    if (*end == '\0' && value > 0) return static_cast<std::size_t>(value);
  }
  winsize size{};
  if (ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 0;
}

bool starts_with_at(std::string_view text, std::size_t at, std::string_view prefix) {
  return text.substr(at, prefix.size()) == prefix;
}

// Columns `text` takes: one per UTF-8 character, the bold sequences none.
std::size_t columns(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (starts_with_at(text, i, kBoldOn)) {
      i += kBoldOn.size() - 1;
    } else if (starts_with_at(text, i, kBoldOff)) {
      i += kBoldOff.size() - 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++count;  // not a continuation byte
    }
  }
  return count;
}

// Where a line's text starts: after leading spaces and a list number such as "12. ".
std::size_t hanging_indent(std::string_view line) {
  std::size_t at = line.find_first_not_of(' ');
  if (at == std::string_view::npos) return 0;
  std::size_t digits = at;
  while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
  if (digits > at && starts_with_at(line, digits, ". ")) at = digits + 2;
  return at;
}

void wrap_line(std::string_view line, std::size_t width, std::string& out) {
  if (columns(line) <= width) {
    out += line;
    return;
  }
  const std::size_t indent = std::min(hanging_indent(line), width / 2);
  const std::size_t first_word = line.find_first_not_of(' ');
  std::string current(line.substr(0, first_word));  // the line's own leading spaces
  std::size_t current_columns = current.size();
  bool has_word = false;
  std::size_t at = first_word;
  while (at < line.size()) {
    const std::size_t end = std::min(line.find(' ', at), line.size());
    const std::string_view word = line.substr(at, end - at);
    const std::size_t word_columns = columns(word);
    if (has_word && current_columns + 1 + word_columns > width) {
      current.resize(current.find_last_not_of(' ') + 1);  // no spaces at the break
      out += current;
      out += '\n';
      current.assign(indent, ' ');
      current_columns = indent;
      has_word = false;
    }
    if (has_word) {
      current += ' ';
      ++current_columns;
    }
    current += word;
    current_columns += word_columns;
    has_word = has_word || !word.empty();
    at = end + 1;
  }
  out += current;
}

}  // namespace

TerminalStyle terminal_style(ColorChoice choice, int fd) {
  const bool terminal = isatty(fd) == 1;
  TerminalStyle style;
  if (choice == ColorChoice::kAlways) {
    style.bold = true;
  } else if (choice == ColorChoice::kAuto && terminal) {
    const char* no_color = std::getenv("NO_COLOR");
    const char* term = std::getenv("TERM");
    style.bold = (no_color == nullptr || *no_color == '\0') &&
                 (term == nullptr || std::string_view(term) != "dumb");
  }
  if (terminal) {
    const std::size_t width = terminal_width(fd);
    style.width = width == 0 ? 0 : std::max(width, kNarrowest);
  }
  return style;
}

std::string printable(std::string_view text) {
  constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == 0x1B && (starts_with_at(text, i, kBoldOn) || starts_with_at(text, i, kBoldOff))) {
      out += text[i];  // the rest of the sequence is printable
      continue;
    }
    const bool c0 = (byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7F;
    // U+0080..U+009F is 0xC2 0x80..0x9F in UTF-8; 0x9B alone is CSI on 8-bit terminals.
    const bool c1 = byte == 0xC2 && i + 1 < text.size() &&
                    static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                    static_cast<unsigned char>(text[i + 1]) <= 0x9F;
    if (c0) {
      out += kReplacement;
    } else if (c1) {
      out += kReplacement;
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string wrap(std::string_view text, std::size_t width) {
  if (width == 0) return std::string(text);
  std::string out;
  out.reserve(text.size() + text.size() / 32);
  while (!text.empty()) {
    const std::size_t end = std::min(text.find('\n'), text.size());
    wrap_line(text.substr(0, end), width, out);
    if (end == text.size()) break;
    out += '\n';
    text.remove_prefix(end + 1);
  }
  return out;
}

}  // namespace qadex::cli
