// Snippets: the stretch of an answer with the most query terms, matched words highlighted.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <string_view>

#include "text/analyzer.hpp"

namespace qadex::query {

struct SnippetOptions {
  std::size_t words = 40;
  std::string_view open = "**";
  std::string_view close = "**";
  std::string_view ellipsis = "...";
  bool escape_html = false;  // escape the text (not `open` and `close`) for HTML
};

// The window of `options.words` words of `text` holding the most distinct `terms`
// (analyzed terms, as the query has them); the start of the text when none match.
[[nodiscard]] std::string make_snippet(text::Analyzer& analyzer, std::string_view text,
                                       const std::set<std::string>& terms,
                                       const SnippetOptions& options);

}  // namespace qadex::query
