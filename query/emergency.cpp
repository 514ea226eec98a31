// Emergency patterns: reading vocabulary/emergency-patterns.tsv and matching it sentence by
// sentence, with negations, topic questions and past events left out (see emergency.hpp).
#include "query/emergency.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>

#include "text/ascii.hpp"

namespace qadex::query {
namespace {

constexpr std::string_view kMessage = "This may be an emergency: call your local emergency number.";

// How far before a match a cancelling word reaches, in words ("no" in "no shortness of breath").
constexpr std::size_t kCancellingWindow = 4;

// Words that undo or end what follows them, as normalized by the analyzer (besides any word
// ending in "n't"). "was", "were" and "had" tell a story that is over ("she was unresponsive
// and put on life support", "I had chest pain last week"). Not "if": "what should I do if my
// child swallowed bleach" needs the notice, and a notice on a hypothetical costs little.
constexpr auto kCancellingWords = std::to_array<std::string_view>(
    {"no",      "not",     "never",   "without", "nor",    "neither", "none",   "deny",
     "denies",  "denied",  "denying", "dont",    "doesnt", "didnt",   "isnt",   "arent",
     "wasnt",   "werent",  "havent",  "hasnt",   "hadnt",  "cant",    "cannot", "wont",
     "wouldnt", "couldnt", "was",     "were",    "had"});
// Before "had", these make it go on ("has had a seizure for 5 minutes").
constexpr auto kPerfectAuxiliaries = std::to_array<std::string_view>(
    {"has", "have", "i've", "ive", "we've", "they've", "you've", "he's", "she's"});
// Words that start a new clause, beyond which a cancelling word does not reach: "no fever but
// a stiff neck". Not "or": "no fever or stiff neck" denies both.
constexpr auto kClauseWords =
    std::to_array<std::string_view>({"and", "but", "although", "though", "however", "yet",
                                     "because", "so", "then", "now", "while"});
// Words that name a person whose state a sentence describes (as written, case-folded).
constexpr auto kPersonWords = std::to_array<std::string_view>(
    {"i",        "i'm",       "im",          "i've",    "ive",         "i'd",      "me",
     "my",       "myself",    "mine",        "we",      "we're",       "us",       "our",
     "he",       "he's",      "him",         "his",     "she",         "she's",    "her",
     "they",     "they're",   "them",        "their",   "husband",     "wife",     "son",
     "daughter", "baby",      "babies",      "child",   "children",    "kid",      "kids",
     "mom",      "mum",       "mother",      "dad",     "father",      "brother",  "sister",
     "friend",   "grandma",   "grandmother", "grandpa", "grandfather", "grandson", "granddaughter",
     "partner",  "boyfriend", "girlfriend",  "infant",  "newborn",     "toddler",  "teen",
     "teenager", "someone",   "somebody",    "patient", "aunt",        "uncle",    "niece",
     "nephew",   "neighbor",  "neighbour"});

template <std::size_t N>
bool listed(const std::array<std::string_view, N>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}
bool cancels(std::string_view normalized) {
  return listed(kCancellingWords, normalized) ||
         (normalized.size() > 3 && normalized.substr(normalized.size() - 3) == "n't");
}

// What a word is compared by: its stem, or for a stopword ("no", "can't", "my") the word.
const std::string& key(const MessageWord& word) {
  return word.term.empty() ? word.normalized : word.term;
}

// Punctuation between two words that ends a clause: "chest pain, no fever".
bool clause_break(std::string_view between) {
  return between.find_first_of(",;:()") != std::string_view::npos ||
         between.find(" - ") != std::string_view::npos ||
         between.find("\u2014") != std::string_view::npos;  // em dash
}

std::vector<std::string_view> split(std::string_view text, std::string_view separator) {
  std::vector<std::string_view> parts;
  while (true) {
    const auto at = text.find(separator);
    parts.push_back(text.substr(0, at));
    if (at == std::string_view::npos) return parts;
    text.remove_prefix(at + separator.size());
  }
}

// A pattern file's cell or line without its spaces and a Windows line end (tabs separate cells).
std::string_view trim(std::string_view s) { return text::trim(s, " \r"); }

// One sentence's words, and the text they came from, for matching.
struct Sentence {
  std::string_view text;
  const std::vector<MessageWord>& words;
  std::size_t first;  // [first, last) in words
  std::size_t last;

  // Whether `phrase` occurs at `at`.
  template <typename Phrase>
  [[nodiscard]] bool matches_at(const Phrase& phrase, std::size_t at) const {
    if (at + phrase.size() > last) return false;
    for (std::size_t k = 0; k < phrase.size(); ++k) {
      if (phrase[k] != "*" && phrase[k] != key(words[at + k])) return false;
    }
    return true;
  }
  // Whether a cancelling word in the same clause stands shortly before the word at `at`.
  [[nodiscard]] bool cancelled_at(std::size_t at) const {
    for (std::size_t j = at, steps = 0; j > first && steps < kCancellingWindow; ++steps) {
      if (clause_break(text.substr(words[j - 1].end, words[j].begin - words[j - 1].end))) break;
      --j;
      if (listed(kClauseWords, words[j].normalized)) break;
      const bool present_perfect = words[j].normalized == "had" && j > first &&
                                   listed(kPerfectAuxiliaries, words[j - 1].normalized);
      if (cancels(words[j].normalized) && !present_perfect) return true;
    }
    return false;
  }
  // Whether one of `phrases` occurs: anywhere, or only where no cancelling word stands
  // shortly before it.
  enum class Where { kAnywhere, kUncancelled };
  template <typename Phrases>
  [[nodiscard]] bool has(const Phrases& phrases, Where where) const {
    for (std::size_t at = first; at < last; ++at) {
      for (const auto& phrase : phrases) {
        if (matches_at(phrase, at) && (where == Where::kAnywhere || !cancelled_at(at))) {
          return true;
        }
      }
    }
    return false;
  }
  [[nodiscard]] bool names_person() const {
    return std::any_of(words.begin() + static_cast<std::ptrdiff_t>(first),
                       words.begin() + static_cast<std::ptrdiff_t>(last),
                       [](const MessageWord& w) { return listed(kPersonWords, w.normalized); });
  }
};

}  // namespace

EmergencyDetector::EmergencyDetector(text::Analyzer& analyzer, std::string_view patterns)
    : analyzer_(analyzer),
      past_(phrases({"ago", "last year", "last month", "in the past", "history of", "used to",
                     "previously", "years back", "as a child"})) {
  std::size_t line_number = 0;
  for (const auto line : split(patterns, "\n")) {
    ++line_number;
    if (trim(line).empty() || line.front() == '#') continue;
    const auto columns = split(line, "\t");
    if (columns.size() != 5) {
      throw std::invalid_argument("emergency patterns line " + std::to_string(line_number) +
                                  ": expected 5 tab-separated columns (id, reason, pattern, "
                                  "guidance, source), found " +
                                  std::to_string(columns.size()));
    }
    Pattern pattern{std::string(trim(columns[0])),
                    std::string(trim(columns[1])),
                    {},
                    std::string(trim(columns[4]))};
    for (const auto group_text : split(columns[2], " + ")) {
      Group group;
      for (const auto alternative : split(group_text, "|")) {
        group.push_back(phrase(alternative));
        if (group.back().empty()) {
          throw std::invalid_argument("emergency patterns line " + std::to_string(line_number) +
                                      ": the alternative \"" + std::string(alternative) +
                                      "\" has no words");
        }
      }
      pattern.groups.push_back(std::move(group));
    }
    patterns_.push_back(std::move(pattern));
  }
}

// The keys of a written phrase, as the analyzer reads the same words in a text.
EmergencyDetector::Phrase EmergencyDetector::phrase(std::string_view written) const {
  Phrase keys;
  for (const auto token : split(trim(written), " ")) {
    if (token == "*") {
      keys.emplace_back("*");
      continue;
    }
    analyzer_.for_each_word(token, [&](const text::Word& word) {
      if (word.compound || word.normalized.empty()) return;
      keys.push_back(word.term.empty() ? word.normalized : word.term);
    });
  }
  return keys;
}

std::vector<EmergencyDetector::Phrase> EmergencyDetector::phrases(
    std::initializer_list<std::string_view> written) const {
  std::vector<Phrase> out;
  for (const auto one : written) out.push_back(phrase(one));
  return out;
}

const EmergencyDetector::Pattern* EmergencyDetector::find(std::string_view text) const {
  const auto message = read_message(analyzer_, text);
  const auto& words = message.words;
  for (std::size_t first = 0; first < words.size();) {
    auto last = first;
    while (last < words.size() && words[last].sentence == words[first].sentence) ++last;
    const Sentence sentence{text, words, first, last};
    const bool topic_question =
        message.opens_asking[words[first].sentence] && !sentence.names_person();
    if (!topic_question && !sentence.has(past_, Sentence::Where::kAnywhere)) {
      const auto asserted = [&](const Group& group) {
        return sentence.has(group, Sentence::Where::kUncancelled);
      };
      for (const auto& pattern : patterns_) {
        if (std::all_of(pattern.groups.begin(), pattern.groups.end(), asserted)) return &pattern;
      }
    }
    first = last;
  }
  return nullptr;
}

std::optional<EmergencyNotice> EmergencyDetector::detect(std::string_view text) const {
  const auto* pattern = find(text);
  if (!pattern) return std::nullopt;
  return EmergencyNotice{pattern->reason, std::string(kMessage), pattern->source};
}

std::string EmergencyDetector::matching_pattern(std::string_view text) const {
  const auto* pattern = find(text);
  return pattern ? pattern->id : std::string();
}

}  // namespace qadex::query
