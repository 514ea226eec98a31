// The line that ends output presenting answers to a person (DESIGN.md).
#pragma once

#include <string_view>

namespace qadex::cli {

inline constexpr std::string_view kDisclaimer =
    "General information, not a substitute for professional medical advice. "
    "In an emergency, call your local emergency number.";

}  // namespace qadex::cli
