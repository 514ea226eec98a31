// The analyzed form of a name, as the index keys names and the synonym table.
#pragma once

#include <string>
#include <string_view>

#include "text/analyzer.hpp"

namespace qadex::text {

// The analyzed form of a name as a name and synonym-table key: its terms joined by spaces
// (a hyphenated word's parts, without the joined form), except that an abbreviation (one word
// in capitals: "EDS") is kept unstemmed ("eds").
[[nodiscard]] std::string synonym_key(text::Analyzer& analyzer, const std::string& phrase);
// Whether `phrase` is written as an abbreviation: one word of 2-6 letters and digits, at least
// two letters and most of them capitals ("EDS", "ChILD", "hCG").
[[nodiscard]] bool is_abbreviation(std::string_view phrase);

}  // namespace qadex::text
