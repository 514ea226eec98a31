// Sentences and words of a person's text.
#include "query/message.hpp"

#include <algorithm>
#include <array>

#include "text/ascii.hpp"

namespace qadex::query {
namespace {

// A subject line is a few words ("Back stiffness", "Literature on cardiac amyloidosis").
constexpr std::size_t kMaxSubjectWords = 8;
// Labels joined by " - " open a text a web form sent ("ClinicalTrials.gov - Suggestion.").
constexpr std::size_t kMinFormLabelJoins = 1;
// A text of this many words at most, in one sentence, is a search box's keywords.
constexpr std::size_t kMaxKeywordWords = 3;

// What a sentence opens with when it asks; "to" opens what a person wants ("To lose weight").
constexpr std::array<std::string_view, 25> kAskingOpeners = {
    "what",   "how",    "why",     "when", "where",  "which",  "who",  "can",    "could",
    "is",     "are",    "do",      "does", "should", "would",  "will", "please", "any",
    "i want", "i need", "i would", "tell", "advise", "advice", "to"};

bool is_greeting(std::string_view normalized) {
  return normalized == "hi" || normalized == "hello" || normalized == "hey" ||
         normalized == "dear" || normalized == "sir" || normalized == "madam" ||
         normalized == "doctor" || normalized == "doc";
}

bool ends_sentence(char c) { return c == '.' || c == '?' || c == '!' || c == '\n'; }

}  // namespace

Message read_message(text::Analyzer& analyzer, std::string_view text) {
  // Sentence boundaries: the byte offset where each sentence ends, and whether it ends in "?".
  std::vector<std::size_t> ends;
  std::vector<bool> question_mark;
  for (std::size_t i = 0; i < text.size(); ++i) {
    // "e.g." and "3.5" do not end a sentence: a boundary needs a space or the end after it,
    // or is a full stop that lost its space ("insulinoma.Need").
    if (!ends_sentence(text[i])) continue;
    if (text[i] == '.' && i + 1 < text.size() && text[i + 1] != ' ' && text[i + 1] != '\n' &&
        !text::is_unspaced_stop(text, i)) {
      continue;
    }
    ends.push_back(i);
    question_mark.push_back(text[i] == '?');
  }
  ends.push_back(text.size());
  question_mark.push_back(false);

  std::size_t upper = 0;
  std::size_t lower = 0;
  for (const char c : text) {
    upper += text::is_upper(c) ? 1 : 0;
    lower += text::is_lower(c) ? 1 : 0;
  }
  // In a text written in capitals, capitals say nothing about a word.
  const bool shouting = upper > lower;

  Message message;
  std::vector<std::vector<std::string>> openers(ends.size());
  std::vector<std::size_t> sentence_words(ends.size(), 0);
  analyzer.for_each_word(text, [&](const text::Word& word) {
    if (word.compound || word.normalized.empty()) return;
    const auto sentence = static_cast<std::size_t>(
        std::lower_bound(ends.begin(), ends.end(), word.begin) - ends.begin());
    ++sentence_words[sentence];
    // A greeting before the question opens nothing ("hi, what's the best ...").
    const bool greeting = openers[sentence].empty() && is_greeting(word.normalized);
    if (openers[sentence].size() < 2 && !greeting) openers[sentence].push_back(word.normalized);
    MessageWord out;
    out.written = std::string(text.substr(word.begin, word.end - word.begin));
    out.normalized = word.normalized;
    out.term = word.term;
    out.sentence = sentence;
    out.begin = word.begin;
    out.end = word.end;
    out.after = word.end < text.size() ? text[word.end] : '\0';
    out.capitals = !shouting && out.written.size() >= 2 &&
                   std::none_of(out.written.begin(), out.written.end(), text::is_lower) &&
                   std::any_of(out.written.begin(), out.written.end(), text::is_upper);
    message.words.push_back(std::move(out));
  });

  // A few words typed into a search box are all the person asks ("lose weight", "alcohol");
  // a sentence that tells ("my father always uses medicine") is not.
  message.keywords = std::count_if(sentence_words.begin(), sentence_words.end(),
                                   [](auto n) { return n > 0; }) == 1 &&
                     message.words.size() <= kMaxKeywordWords;
  message.asking.assign(ends.size(), false);
  message.question.assign(ends.size(), false);
  message.opens_asking.assign(ends.size(), false);
  // A web form's labels may open the text, joined by " - " ("ClinicalTrials.gov - Question -
  // general information.", "ClinicalTrials.gov - General Complaint."): then the subject line
  // may follow them ("Stiff person Syndrome.").
  const auto opening = text.substr(0, std::min(ends.front() + 1, text.size()));
  std::size_t joins = 0;
  for (auto at = opening.find(" - "); at != std::string_view::npos;
       at = opening.find(" - ", at + 1)) {
    ++joins;
  }
  const bool form_labels = joins >= kMinFormLabelJoins && sentence_words[0] <= kMaxSubjectWords;
  for (std::size_t s = 0; s < ends.size(); ++s) {
    message.spans.emplace_back(s == 0 ? 0 : std::min(ends[s - 1] + 1, text.size()),
                               std::min(ends[s] + 1, text.size()));
    if (!openers[s].empty()) {
      const auto& first = openers[s][0];
      const auto two = openers[s].size() > 1 ? first + " " + openers[s][1] : first;
      message.opens_asking[s] =
          std::find(kAskingOpeners.begin(), kAskingOpeners.end(), first) != kAskingOpeners.end() ||
          std::find(kAskingOpeners.begin(), kAskingOpeners.end(), two) != kAskingOpeners.end();
    }
    const bool asks = question_mark[s] || message.opens_asking[s];
    const bool subject = (s == 0 || (s == 1 && form_labels)) && ends.size() > s + 2 &&
                         sentence_words[s] <= kMaxSubjectWords;
    message.question[s] = asks;
    message.asking[s] = asks || subject || message.keywords;
  }
  return message;
}

}  // namespace qadex::query
