// The English stopword list: function words that say nothing about what a question is about.
#pragma once

#include <string_view>
#include <vector>

namespace qadex::text {

// True if `normalized` (an analyzer-normalized word: lowercase, apostrophes as ') is a stopword.
[[nodiscard]] bool is_english_stopword(std::string_view normalized);
// True if `normalized` is a word of grammar: a stopword, or one of Snowball's English
// stopwords that qadex keeps as a term ("again", "after", "under").
[[nodiscard]] bool is_grammar_word(std::string_view normalized);
// Every word of grammar (is_grammar_word), in no particular order.
[[nodiscard]] const std::vector<std::string_view>& grammar_words();

}  // namespace qadex::text
