// ASCII lower-casing for identifiers such as filter values ("GARD" -> "gard").
#pragma once

#include <string>
#include <string_view>

namespace qadex::text {

[[nodiscard]] inline std::string lowercase(std::string_view s) {
  std::string out(s);
  for (auto& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace qadex::text
