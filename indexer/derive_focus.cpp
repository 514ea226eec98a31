// Deriving a focus from a question's wording or an answer's title.
#include "indexer/derive_focus.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace qadex::indexer {
namespace {

// A title is a short lead-in: longer, and it is a sentence that happens to hold a colon.
constexpr std::size_t kMaxTitleWords = 8;

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n?.!");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r\n?.!");
  return s.substr(first, last - first + 1);
}

std::size_t word_count(std::string_view s) {
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : s) {
    const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
    words += !space && !in_word ? 1 : 0;
    in_word = !space;
  }
  return words;
}

// "What are the symptoms of X?" -> X; "What is X?" -> X; otherwise empty.
std::string_view from_question(std::string_view question) {
  const auto q = trim(question);
  const auto low = lower(q);
  for (const std::string_view lead : {"what is (are) ", "what are ", "what is ", "who is "}) {
    if (low.rfind(lead, 0) != 0) continue;
    auto rest = q.substr(lead.size());
    const auto of = lower(rest).find(" of ");
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
