// Deriving a focus from a question's wording or an answer's title.
#include "indexer/derive_focus.hpp"

#include <string_view>

#include "text/ascii.hpp"

namespace qadex::indexer {
namespace {

// A title is a short lead-in: longer, and it is a sentence that happens to hold a colon.
constexpr std::size_t kMaxTitleWords = 8;

// Trimmed from a question or title: white space and the sentence's end.
constexpr std::string_view kTrimmed = " \t\r\n?.!";

std::string_view trim(std::string_view s) { return text::trim(s, kTrimmed); }

std::size_t word_count(std::string_view s) {
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : s) {
    const bool space = text::is_space(c);
    words += !space && !in_word ? 1 : 0;
    in_word = !space;
  }
  return words;
}

// "What are the symptoms of X?" -> X; "What is X?" -> X; otherwise empty.
std::string_view from_question(std::string_view question) {
  const auto q = trim(question);
  const auto low = text::lowercase(q);
  for (const std::string_view lead : {"what is (are) ", "what are ", "what is ", "who is "}) {
    if (low.rfind(lead, 0) != 0) continue;
    auto rest = q.substr(lead.size());
    const auto of = text::lowercase(rest).find(" of ");
    if (of != std::string::npos) rest = rest.substr(of + 4);
    return trim(rest);
  }
  return {};
}

std::string_view from_title(std::string_view answer) {
  const auto colon = answer.find(':');
  if (colon == std::string_view::npos) return {};
  const auto title = trim(answer.substr(0, colon));
  const auto words = word_count(title);
  if (words == 0 || words > kMaxTitleWords || title.find('.') != std::string_view::npos) return {};
  return title;
}

}  // namespace

std::string derive_focus(const Record& record) {
  if (!record.focus.empty()) return {};
  if (const auto name = from_question(record.question); !name.empty()) return std::string(name);
  return std::string(from_title(record.answer));
}

}  // namespace qadex::indexer
