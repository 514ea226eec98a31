// A person's text as the understanding stage reads it: its words in order, each with the
// sentence it is in, and which sentences ask (a question, a request, the subject line).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/analyzer.hpp"

namespace qadex::query {

struct MessageWord {
  std::string written;     // as in the text ("EDS", "Stiffness")
  std::string normalized;  // case-folded ("eds", "stiffness")
  std::string term;        // the indexed stem ("ed", "stiff"); empty for a stopword
  std::size_t sentence = 0;
  std::size_t begin = 0;  // its bytes in the text, [begin, end): what stands between two
  std::size_t end = 0;    // words (a comma ends a clause)
  bool capitals = false;  // written in capitals where the text mostly is not: an abbreviation
  char after = 0;         // the character right after it ('-' of "flu-like"); 0 at the end
};

struct Message {
  std::vector<MessageWord> words;  // compound forms ("covid19") left out
  std::vector<bool> asking;        // per sentence: does it ask (see read_message)
  std::vector<bool> question;      // per sentence: does it ask by itself (not as a subject line)
  std::vector<bool> opens_asking;  // per sentence: does it open with a question or request word
  bool keywords = false;           // a few words typed into a search box ("lose weight")
  // Per sentence: its bytes in the text, [first, second), ending punctuation included.
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  [[nodiscard]] bool asks(const MessageWord& word) const { return asking[word.sentence]; }
};

// Splits `text` into sentences at . ? ! and line breaks. A sentence asks when it ends with
// "?" or opens with a question or request word ("what", "how", "can", "please", "to", ...), a
// greeting before it left out; the first sentence also counts as asking when it is short, as a
// subject line is (the second, after a web form's labels), and so does a text of a few words
// (a search box's keywords: "lose weight").
[[nodiscard]] Message read_message(text::Analyzer& analyzer, std::string_view text);

}  // namespace qadex::query
