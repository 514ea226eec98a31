// Cleaning consumer text: what a person wrote around the question (greetings, thanks,
// signatures, contact details, filler) is removed before the question is analyzed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/analyzer.hpp"

namespace qadex::query {

struct CleanedText {
  std::string text;                  // what is left, in the person's own words
  std::vector<std::string> removed;  // what was removed, for --explain
};

// Removes HTML character references ("&quot;", "&amp;", "&#39;"), which text pasted from a
// web page keeps: markup, not words ("quot" would be searched, or corrected to "quit").
[[nodiscard]] CleanedText remove_character_references(std::string_view text);

// Removes only listed courtesy phrases, contact details, codes and immediate repeats;
// never a word that could carry medical meaning.
[[nodiscard]] CleanedText clean_text(text::Analyzer& analyzer, std::string_view text);

}  // namespace qadex::query
