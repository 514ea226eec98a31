// The JSON shape of results (qadex/json.hpp): one place writes every key, so the command
// line, the server and embedding programs cannot drift apart.
#include "qadex/json.hpp"

#include <nlohmann/json.hpp>

#include "qadex/disclaimer.hpp"

namespace qadex {
namespace {

using Json = nlohmann::ordered_json;  // keys in the order written: easier to read

Json text_or_null(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

std::string dump(const Json& json, const JsonOptions& options) {
  // Replace invalid UTF-8 rather than fail: a query or a record may carry any bytes.
  return json.dump(options.pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace);
}

Json understanding_json(const Understanding& understood) {
  Json names = Json::array();
  for (const auto& name : understood.names) {
    names.push_back({{"key", name.key},
                     {"words", name.words},
                     {"role", name.role},
                     {"match", name.match},
                     {"weight", name.weight}});
  }
  Json qtypes = Json::array();
  for (const auto& guess : understood.qtypes) {
    qtypes.push_back({{"qtype", guess.qtype}, {"confidence", guess.confidence}});
  }
  Json corrections = Json::array();
  for (const auto& correction : understood.corrections) {
    corrections.push_back({{"from", correction.from}, {"to", correction.to}});
  }
  return {{"names", std::move(names)},
          {"qtypes", std::move(qtypes)},
          {"kept_terms", understood.kept_terms},
          {"dropped_terms", understood.dropped_terms},
          {"corrections", std::move(corrections)},
          {"subquestions", understood.subquestions}};
}

Json hit_json(const Hit& hit) {
  Json related = Json::array();
  for (const auto& question : hit.related) {
    related.push_back({{"id", question.id},
                       {"question", question.question},
                       {"focus", question.focus},
                       {"qtype", question.qtype}});
  }
  Json explanation = Json::array();
  for (const auto& part : hit.explanation) {
    explanation.push_back({{"field", part.field}, {"term", part.term}, {"weight", part.weight}});
  }
  return {{"rank", hit.rank},
          {"id", hit.id},
          {"score", hit.score},
          {"question", hit.question},
          {"answer", hit.answer},
          {"snippet", hit.snippet},
          {"focus", hit.focus},
          {"qtype", hit.qtype},
          {"source", hit.source},
          {"url", hit.url},
          {"related", std::move(related)},
          {"explanation", std::move(explanation)}};
}

Json emergency_json(const std::optional<EmergencyNotice>& emergency) {
  if (!emergency) return nullptr;
  return {{"reason", emergency->reason},
          {"message", emergency->message},
          {"source", emergency->source}};
}

// Both fields always, empty when facets were not asked for or nothing matched.
Json facets_json(const SearchResults& results) {
  Json facets = {{"source", Json::object()}, {"qtype", Json::object()}};
  for (const auto& [field, counts] : results.facets) {
    for (const auto& [value, count] : counts) facets[field][value] = count;
  }
  return facets;
}

Json unmatched_filters_json(const SearchResults& results) {
  Json unmatched = Json::array();
  for (const auto& filter : results.unmatched_filters) {
    unmatched.push_back(
        {{"field", filter.field}, {"value", filter.value}, {"known_values", filter.known_values}});
  }
  return unmatched;
}

}  // namespace

std::string to_json(const SearchResults& results, const JsonOptions& options) {
  Json hits = Json::array();
  for (const auto& hit : results.hits) hits.push_back(hit_json(hit));
  const bool corrected = !results.corrected_query.empty();
  const Json json = {
      {"schema", kSearchSchema},
      {"qid", text_or_null(options.qid)},
      {"query", results.query},
      {"estimated_matches", results.estimated_matches},
      // "did_you_mean" is what was searched; "search_instead_for" the text as written.
      {"did_you_mean", corrected ? Json(results.corrected_query) : Json(nullptr)},
      {"search_instead_for", corrected ? Json(results.query) : Json(nullptr)},
      {"emergency", emergency_json(results.emergency)},
      {"hits", std::move(hits)},
      {"understanding", understanding_json(results.understanding)},
      {"facets", facets_json(results)},
      {"unmatched_filters", unmatched_filters_json(results)},
      {"explanation", text_or_null(results.explanation)},
      {"disclaimer", kDisclaimer}};
  return dump(json, options);
}

std::string to_json(const Understanding& understanding, const JsonOptions& options) {
  return dump(understanding_json(understanding), options);
}

std::string to_json(const Record& record, const JsonOptions& options) {
  Json json = Json::object();
  for (const auto& field : kRecordFields) {
    if (field.text) {
      json[field.name] = record.*field.text;
    } else {
      json[field.name] = record.*field.list;
    }
  }
  json["disclaimer"] = kDisclaimer;
  return dump(json, options);
}

std::string to_json(const IndexStats& stats, const JsonOptions& options) {
  const Json json = {{"records", stats.records},
                     {"terms", stats.terms},
                     {"average_length", stats.average_length},
                     {"format_version", stats.format_version},
                     {"vocabulary_current", stats.vocabulary_current},
                     {"by_source", stats.by_source},
                     {"by_qtype", stats.by_qtype}};
  return dump(json, options);
}

}  // namespace qadex
