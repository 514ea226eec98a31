// Search result writers.
#include "cli/search_output.hpp"

#include <sstream>

#include <fmt/format.h>

#include "cli/terminal_text.hpp"
#include "qadex/disclaimer.hpp"
#include "qadex/eval.hpp"
#include "qadex/json.hpp"

namespace qadex::cli {

namespace {

void write_text_unchecked(std::ostream& out, const SearchResults& results,
                          const OutputOptions& options) {
  if (results.emergency) {  // first, before anything else
    out << "!! " << results.emergency->message << "\n   (the text mentions "
        << results.emergency->reason << "; " << results.emergency->source << ")\n\n";
  }
  if (options.explain && !results.explanation.empty()) {
    out << "Query understood as:\n";
    std::string_view rest = results.explanation;
    while (!rest.empty()) {
      const auto end = rest.find('\n');
      out << "  " << rest.substr(0, end) << '\n';
      rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    }
    out << '\n';
  }
  if (!results.corrected_query.empty()) {
    out << "Showing results for: " << results.corrected_query
        << "\nSearch instead for: " << results.query
        << "\n(the words as written: add --without spelling)\n\n";
  }
  for (const auto& filter : results.unmatched_filters) {
    std::string values;
    for (const auto& value : filter.known_values) values += (values.empty() ? "" : ", ") + value;
    if (filter.known_values.size() == UnmatchedFilter::kMaxKnownValues) values += ", ...";
    out << fmt::format("No record has {} \"{}\". The {} values in this index: {}\n", filter.field,
                       filter.value, filter.field, values.empty() ? "none" : values);
  }
  if (!results.unmatched_filters.empty()) {
    out << fmt::format("No answers for \"{}\" with these filters.\n", results.query);
  } else if (results.hits.empty() && results.estimated_matches > 0) {
    // A page past the end: the question matched, the earlier pages showed it all.
    out << fmt::format(
        "No more answers: about {} in all for \"{}\", on earlier pages (a lower "
        "--offset shows them).\n",
        results.estimated_matches, results.query);
  } else if (results.hits.empty()) {
    out << "No answers found for \"" << results.query
        << "\". Try other words, fewer filters, or check the spelling.\n";
  } else {
    out << fmt::format("Answers {}-{} of about {} for \"{}\"\n\n", results.hits.front().rank,
                       results.hits.back().rank, results.estimated_matches, results.query);
  }
  for (const auto& hit : results.hits) {
    out << fmt::format("{}. {}\n", hit.rank, hit.question.empty() ? hit.id : hit.question);
    out << "   " << hit.snippet << '\n';
    out << "   Source: " << (hit.source.empty() ? "unknown" : hit.source);
    if (!hit.url.empty()) out << "  " << hit.url;
    out << '\n';
    out << fmt::format("   id {}", hit.id);
    if (!hit.focus.empty()) out << " | focus: " << hit.focus;
    if (!hit.qtype.empty()) out << " | type: " << hit.qtype;
    out << fmt::format(" | score {:.3f}\n", hit.score);
    if (!hit.related.empty()) out << "   People also asked:\n";
    for (const auto& related : hit.related) {
      out << fmt::format("     {}  (id {})\n", related.question, related.id);
    }
    if (options.explain) {
      for (const auto& part : hit.explanation) {
        out << fmt::format("     {:>8.3f}  {}:{}\n", part.weight, part.field, part.term);
      }
    }
    out << '\n';
  }
  out << kDisclaimer << '\n';
}

}  // namespace

void write_text(std::ostream& out, const SearchResults& results, const OutputOptions& options) {
  std::ostringstream text;
  write_text_unchecked(text, results, options);
  out << wrap(printable(text.str()), options.style.width);
}

void write_json(std::ostream& out, const SearchResults& results, std::string_view qid) {
  out << to_json(results, {.qid = std::string(qid), .pretty = false}) << '\n';
}

void write_trec(std::ostream& out, const SearchResults& results, std::string_view qid,
                const OutputOptions& options) {
  std::vector<double> scores;
  for (const auto& hit : results.hits) scores.push_back(hit.score);
  // Written so that an evaluator, which orders by score, ranks the hits as shown.
  const auto written = eval::rank_preserving_scores(scores);
  for (std::size_t i = 0; i < results.hits.size(); ++i) {
    const auto& hit = results.hits[i];
    out << fmt::format("{} Q0 {} {} {} {}\n", qid, hit.id, hit.rank, written[i], options.run_tag);
  }
}

}  // namespace qadex::cli
