// Reads search requests: the query string and the JSON body name the same fields, and both
// are checked against the library's bounds (qadex/search.hpp) before any search runs.
#include "serve/search_request.hpp"

#include <charconv>
#include <cstdint>

#include <nlohmann/json.hpp>

#include "qadex/json.hpp"
#include "serve/api_error.hpp"

namespace qadex::serve {
namespace {

[[noreturn]] void bad(const std::string& message) { throw ApiError(400, "bad_parameter", message); }

std::size_t parse_count(std::string_view name, std::string_view text, std::size_t low,
                        std::size_t high) {
  std::size_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) {
    bad("\"" + std::string(name) + "\" must be a whole number, not \"" + std::string(text) + "\"");
  }
  if (value < low || value > high) {
    bad("\"" + std::string(name) + "\" must be from " + std::to_string(low) + " to " +
        std::to_string(high) + " (got " + std::to_string(value) + ")");
  }
  return value;
}

bool parse_bool(std::string_view name, std::string_view text) {
  if (text == "true" || text == "1") return true;
  if (text == "false" || text == "0") return false;
  bad("\"" + std::string(name) + "\" must be true or false, not \"" + std::string(text) + "\"");
}

// "source:GARD" (the CLI's "source=GARD" too).
Filter parse_filter(std::string_view spec) {
  const auto colon = spec.find_first_of(":=");
  if (colon == std::string_view::npos || colon == 0 || colon + 1 == spec.size()) {
    bad("filter \"" + std::string(spec) + "\" is not FIELD:VALUE, e.g. source:GARD");
  }
  Filter filter{std::string(spec.substr(0, colon)), std::string(spec.substr(colon + 1))};
  if (filter.field != "source" && filter.field != "qtype") {
    bad("filter field \"" + filter.field + "\" is unknown; use source or qtype");
  }
  return filter;
}

SearchRequest defaults() {
  SearchRequest request;
  request.options.facets = true;
  use_html_snippets(request.options);
  return request;
}

// Applies one named value, as text: both request forms end here.
void apply(SearchRequest& request, const std::string& name, const std::string& value) {
  auto& options = request.options;
  if (name == "q") {
    request.text = value;
  } else if (name == "n") {
    options.limit = parse_count(name, value, 1, kMaxLimit);
  } else if (name == "offset") {
    options.offset = parse_count(name, value, 0, kMaxOffset);
  } else if (name == "filter") {
    if (options.filters.size() == kMaxFilters) {
      bad("at most " + std::to_string(kMaxFilters) + " filters per search");
    }
    options.filters.push_back(parse_filter(value));
  } else if (name == "related") {
    options.related = parse_count(name, value, 0, kMaxRelated);
  } else if (name == "facets") {
    options.facets = parse_bool(name, value);
  } else if (name == "spelling") {
    options.ranking.spelling = parse_bool(name, value);
  } else {
    bad("unknown parameter \"" + name +
        "\"; parameters: q, n, offset, filter, related, facets, spelling");
  }
}

SearchRequest checked(SearchRequest request) {
  if (request.text.size() > kMaxQueryBytes) {
    throw ApiError(413, "query_too_long",
                   "the question is " + std::to_string(request.text.size()) +
                       " bytes long; at most " + std::to_string(kMaxQueryBytes) +
                       " are searched: shorten it");
  }
  if (request.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    bad("\"q\" is missing or empty: give the question to search for");
  }
  return request;
}

}  // namespace

SearchRequest parse_search_params(const std::vector<std::pair<std::string, std::string>>& params) {
  auto request = defaults();
  for (const auto& [name, value] : params) apply(request, name, value);
  return checked(std::move(request));
}

SearchRequest parse_search_body(std::string_view body) {
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(body);
  } catch (const nlohmann::json::parse_error&) {
    bad("the request body is not JSON; send an object such as {\"q\": \"lower back pain\"}");
  }
  auto unprocessable = [](const std::string& message) {
    throw ApiError(422, "unprocessable", message);
  };
  if (!json.is_object()) unprocessable("the request body must be a JSON object");
  auto request = defaults();
  for (const auto& [name, value] : json.items()) {
    if (name == "filter") {
      if (!value.is_array() && !value.is_string()) {
        unprocessable("\"filter\" must be a string or a list of strings such as \"source:GARD\"");
      }
      for (const auto& item : value.is_array() ? value : nlohmann::json::array({value})) {
        if (!item.is_string())
          unprocessable("each \"filter\" must be a string such as \"source:GARD\"");
        apply(request, name, item.get<std::string>());
      }
    } else if (name == "q") {
      if (!value.is_string()) unprocessable("\"q\" must be a string");
      apply(request, name, value.get<std::string>());
    } else if (name == "facets" || name == "spelling") {
      if (!value.is_boolean()) unprocessable("\"" + name + "\" must be true or false");
      apply(request, name, value.get<bool>() ? "true" : "false");
    } else if (name == "n" || name == "offset" || name == "related") {
      if (!value.is_number_unsigned()) unprocessable("\"" + name + "\" must be a whole number");
      apply(request, name, std::to_string(value.get<std::uint64_t>()));
    } else {
      apply(request, name, "");  // refuses it, naming the parameters there are
    }
  }
  return checked(std::move(request));
}

}  // namespace qadex::serve
