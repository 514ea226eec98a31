// Writing search results as text (people), JSON (programs) or TREC runs (evaluation).
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "cli/terminal_text.hpp"
#include "qadex/search.hpp"

namespace qadex::cli {

enum class OutputFormat { kText, kJson, kTrec };

struct OutputOptions {
  OutputFormat format = OutputFormat::kText;
  std::string run_tag = "qadex";  // TREC's last column
  bool explain = false;
  TerminalStyle style;  // text: wrapped at style.width (bold comes in the snippets)
};

// A readable ranked list: question, snippet, source and URL of each hit.
void write_text(std::ostream& out, const SearchResults& results, const OutputOptions& options);
// One JSON object on one line (qadex/json.hpp's shape); with a qid when it answers a batch
// line.
void write_json(std::ostream& out, const SearchResults& results, std::string_view qid);
// "qid Q0 docid rank score tag", one line per hit.
void write_trec(std::ostream& out, const SearchResults& results, std::string_view qid,
                const OutputOptions& options);

}  // namespace qadex::cli
