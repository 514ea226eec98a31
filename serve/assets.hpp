// The search page's files, compiled into the binary (web/, embedded by cmake/embed_assets.cmake).
#pragma once

#include <optional>
#include <string_view>

namespace qadex::serve {

struct Asset {
  std::string_view content_type;
  std::string_view body;
};

// The file served at `path` ("/" is index.html), or nothing.
[[nodiscard]] std::optional<Asset> find_asset(std::string_view path);

}  // namespace qadex::serve
