// Best-window snippet selection over the analyzer's words.
#include "query/snippet.hpp"

#include <map>
#include <vector>

namespace qadex::query {
namespace {

struct Span {
  std::uint32_t begin;
  std::uint32_t end;
  const std::string* term;  // into `terms` when the word matches, else null
};

}  // namespace

std::string make_snippet(text::Analyzer& analyzer, std::string_view text,
                         const std::set<std::string>& terms, const SnippetOptions& options) {
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
    out.append(text.substr(copied, words[i].begin - copied));
    out += options.open;
    out.append(text.substr(words[i].begin, words[i].end - words[i].begin));
    out += options.close;
    copied = words[i].end;
  }
  out.append(text.substr(copied, words[last].end - copied));
  if (last + 1 < words.size()) out += options.ellipsis;
  return out;
}

}  // namespace qadex::query
