// Best-window snippet selection over the analyzer's words.
#include "query/snippet.hpp"

#include <map>
#include <vector>

namespace qadex::query {
namespace {

// Snippets come from the start of long answers: analyzing a whole 30 KB answer for each hit
// would cost more than the search (answers lead with their main point anyway).
constexpr std::size_t kMaxScanBytes = 4096;

// The longest prefix of `text` of at most `limit` bytes that ends on a UTF-8 boundary.
std::string_view utf8_prefix(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return text;
  while (limit > 0 && (static_cast<unsigned char>(text[limit]) & 0xC0) == 0x80) --limit;
  return text.substr(0, limit);
}

struct Span {
  std::uint32_t begin;
  std::uint32_t end;
  const std::string* term;  // into `terms` when the word matches, else null
};

// Appends `text`, escaped for HTML if asked: the snippet's marks are the only markup then.
void append_text(std::string& out, std::string_view text, bool escape_html) {
  if (!escape_html) {
    out.append(text);
    return;
  }
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
}

}  // namespace

std::string make_snippet(text::Analyzer& analyzer, std::string_view whole_text,
                         const std::set<std::string>& terms, const SnippetOptions& options) {
  const auto text = utf8_prefix(whole_text, kMaxScanBytes);
  std::vector<Span> words;
  analyzer.for_each_word(text, [&](const text::Word& word) {
    if (word.compound) return;  // its parts are words of their own
    auto it = terms.find(word.term);
    words.push_back({word.begin, word.end, it == terms.end() ? nullptr : &*it});
  });
  if (words.empty()) return {};
  const std::size_t width = std::max<std::size_t>(1, options.words);

  // Slide a window of `width` words, counting distinct matched terms in it.
  std::map<const std::string*, int> in_window;
  std::size_t best_start = 0;
  std::size_t best_count = 0;
  for (std::size_t end = 0; end < words.size(); ++end) {
    if (words[end].term) ++in_window[words[end].term];
    if (end >= width) {
      if (const auto* gone = words[end - width].term; gone && --in_window[gone] == 0) {
        in_window.erase(gone);
      }
    }
    if (in_window.size() > best_count) {
      best_count = in_window.size();
      best_start = end >= width ? end - width + 1 : 0;
    }
  }
  const std::size_t last = std::min(words.size(), best_start + width) - 1;

  std::string out;
  if (best_start > 0) out += options.ellipsis;
  std::uint32_t copied = words[best_start].begin;
  for (std::size_t i = best_start; i <= last; ++i) {
    if (!words[i].term) continue;
    append_text(out, text.substr(copied, words[i].begin - copied), options.escape_html);
    out += options.open;
    append_text(out, text.substr(words[i].begin, words[i].end - words[i].begin),
                options.escape_html);
    out += options.close;
    copied = words[i].end;
  }
  append_text(out, text.substr(copied, words[last].end - copied), options.escape_html);
  if (last + 1 < words.size() || text.size() < whole_text.size()) out += options.ellipsis;
  return out;
}

}  // namespace qadex::query
