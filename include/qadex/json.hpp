// The JSON shape of qadex's results, defined once: `qadex search --format json`, `qadex stats
// --json`, `qadex serve` and programs embedding qadex all write these functions' output.
// docs/http-api.md and docs/openapi.yaml describe the shape.
#pragma once

#include <string>
#include <string_view>

#include "qadex/export.hpp"
#include "qadex/index.hpp"
#include "qadex/record.hpp"
#include "qadex/search.hpp"

namespace qadex {

/// The value of the "schema" key of search results. A change that removes or renames a key,
/// or changes a value's type, makes it "qadex.search/2"; adding a key does not.
inline constexpr std::string_view kSearchSchema = "qadex.search/1";

struct JsonOptions {
  std::string qid;      ///< the "qid" key (a batch line's id); null when empty
  bool pretty = false;  ///< indented over several lines (else one line)
};

/// Asks a search for the snippets the JSON shape promises: HTML-safe, the text escaped and the
/// matched words between `<mark>` and `</mark>`.
inline void use_html_snippets(SearchOptions& options) {
  options.escape_snippets = true;
  options.highlight_open = "<mark>";
  options.highlight_close = "</mark>";
}

/// Search results as one JSON object. Every key is always present, null or empty when there
/// is nothing to say: schema, qid, query, estimated_matches, did_you_mean, search_instead_for,
/// emergency, hits (each with rank, id, score, question, answer, snippet, focus, qtype,
/// source, url, related, explanation), understanding, facets, unmatched_filters, explanation,
/// disclaimer.
/// Text that is not valid UTF-8 is replaced (U+FFFD), never refused: a query may be any bytes.
[[nodiscard]] QADEX_EXPORT std::string to_json(const SearchResults& results,
                                               const JsonOptions& options = {});
/// What was understood of a text (SearchResults::understanding), as in the search shape.
[[nodiscard]] QADEX_EXPORT std::string to_json(const Understanding& understanding,
                                               const JsonOptions& options = {});
/// One record, every field.
[[nodiscard]] QADEX_EXPORT std::string to_json(const Record& record,
                                               const JsonOptions& options = {});
/// What an index holds (`qadex stats --json`).
[[nodiscard]] QADEX_EXPORT std::string to_json(const IndexStats& stats,
                                               const JsonOptions& options = {});

}  // namespace qadex
