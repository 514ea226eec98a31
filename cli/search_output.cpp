// Search result writers.
#include "cli/search_output.hpp"

#include <sstream>

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "cli/disclaimer.hpp"
#include "cli/terminal_text.hpp"

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
  if (results.hits.empty()) {
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
  out << printable(text.str());
}

namespace {

// What was understood, in the shape of qadex::Understanding; every key always present.
nlohmann::json understanding_json(const Understanding& understood) {
  nlohmann::json names = nlohmann::json::array();
  for (const auto& name : understood.names) {
    names.push_back({{"key", name.key},
                     {"words", name.words},
                     {"role", name.role},
                     {"match", name.match},
                     {"weight", name.weight}});
  }
  nlohmann::json qtypes = nlohmann::json::array();
  for (const auto& guess : understood.qtypes) {
    qtypes.push_back({{"qtype", guess.qtype}, {"confidence", guess.confidence}});
  }
  nlohmann::json corrections = nlohmann::json::array();
  for (const auto& correction : understood.corrections) {
    corrections.push_back({{"from", correction.from}, {"to", correction.to}});
  }
  return {{"names", names},
          {"qtypes", qtypes},
          {"kept_terms", understood.kept_terms},
          {"dropped_terms", understood.dropped_terms},
          {"corrections", corrections},
          {"subquestions", understood.subquestions}};
}

}  // namespace

void write_json(std::ostream& out, const SearchResults& results, std::string_view qid,
                const OutputOptions& options) {
  nlohmann::json json;
  if (!qid.empty()) json["qid"] = qid;
  json["query"] = results.query;
  json["estimated_matches"] = results.estimated_matches;
  // "did_you_mean" is what was searched; "search_instead_for" the text as written.
  json["did_you_mean"] = results.corrected_query.empty() ? nlohmann::json(nullptr)
                                                         : nlohmann::json(results.corrected_query);
  json["search_instead_for"] = results.corrected_query.empty() ? nlohmann::json(nullptr)
                                                               : nlohmann::json(results.query);
  json["understanding"] = understanding_json(results.understanding);
  json["hits"] = nlohmann::json::array();
  for (const auto& hit : results.hits) {
    nlohmann::json item = {{"rank", hit.rank},       {"id", hit.id},         {"score", hit.score},
                           {"question", hit.question}, {"snippet", hit.snippet}, {"focus", hit.focus},
                           {"qtype", hit.qtype},     {"source", hit.source}, {"url", hit.url}};
    if (options.explain) {
      item["explanation"] = nlohmann::json::array();
      for (const auto& part : hit.explanation) {
        item["explanation"].push_back(
            {{"field", part.field}, {"term", part.term}, {"weight", part.weight}});
      }
    }
    json["hits"].push_back(std::move(item));
  }
  if (options.explain) json["explanation"] = results.explanation;
  json["disclaimer"] = kDisclaimer;
  // Replace invalid UTF-8 rather than fail: a query may carry any bytes.
  out << json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

void write_trec(std::ostream& out, const SearchResults& results, std::string_view qid,
                const OutputOptions& options) {
  for (const auto& hit : results.hits) {
    out << fmt::format("{} Q0 {} {} {:.6f} {}\n", qid, hit.id, hit.rank, hit.score,
                       options.run_tag);
  }
}

}  // namespace qadex::cli
