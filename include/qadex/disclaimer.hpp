// The line that ends every output presenting answers to a person: the command
// line's text, the JSON shape and the search page all show it.
#pragma once

#include <string_view>

namespace qadex {

inline constexpr std::string_view kDisclaimer =
    "General information, not a substitute for professional medical advice. "
    "In an emergency, call your local emergency number.";

}  // namespace qadex
