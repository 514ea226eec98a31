// What a search request asks for, read from a query string or a JSON body alike.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "qadex/search.hpp"

namespace qadex::serve {

struct SearchRequest {
  std::string text;       // the person's question ("q")
  SearchOptions options;  // with facets and HTML snippets, as the API always answers
};

// From GET /v1/search's parameters (name, value; a name may repeat: "filter").
// Throws ApiError: 400 for a missing, malformed or unknown parameter, 413 for a question over
// kMaxQueryBytes.
[[nodiscard]] SearchRequest parse_search_params(
    const std::vector<std::pair<std::string, std::string>>& params);
// From POST /v1/search's JSON body, with the same names. Throws ApiError as above, and 422
// for JSON that is well formed but not the request's shape (a string where a number goes).
[[nodiscard]] SearchRequest parse_search_body(std::string_view body);

}  // namespace qadex::serve
