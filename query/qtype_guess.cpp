#include "query/qtype_guess.hpp"

#include <algorithm>
#include <string>

namespace qadex::query {
namespace {

// A type a cue names is taken as at least this likely.
constexpr double kCueConfidence = 0.7;
// At most this many types get a bonus.
constexpr std::size_t kMaxQtypeGuesses = 2;

// The question sentences, where a cue says what is asked: "diagnosed" in "I was diagnosed
// with gout" tells the story, not the question. Without one, the subject line and sentences
// that ask; without those, the whole text.
std::string asking_text(const Message& message, std::string_view text) {
  for (const auto* which : {&message.question, &message.asking}) {
    std::string asking;
    for (std::size_t s = 0; s < message.spans.size(); ++s) {
      if (!(*which)[s]) continue;
      const auto [begin, end] = message.spans[s];
      asking.append(text.substr(begin, end - begin)).push_back(' ');
    }
    if (!asking.empty()) return asking;
  }
  return std::string(text);
}

}  // namespace

std::vector<QtypeGuess> guess_qtypes(const QtypeClassifier& classifier, const QtypeCues& cues,
                                     text::Analyzer& analyzer, const Message& message,
                                     std::string_view text) {
  const auto cued = cues.detect(cue_words(analyzer, asking_text(message, text)));
  // Keywords that no cue or question word says more of ask nothing in particular ("diabetes",
  // "knee"; not "what is COPD"): no type is preferred, and the records about the name compete
  // on their words. The model is not asked.
  if (cued.empty() && message.keywords &&
      std::none_of(message.question.begin(), message.question.end(), [](bool q) { return q; })) {
    return {};
  }
  const auto scores = classifier.classify(analyzer, text);
  std::vector<QtypeGuess> guesses;
  // A cue is a phrasing that says its type outright ("what causes"): a type it names is at
  // least fairly sure.
  for (const auto& qtype : cued) {
    double probability = 0;
    for (const auto& score : scores) {
      if (score.qtype == qtype) probability = score.probability;
    }
    guesses.push_back({qtype, std::max(probability, kCueConfidence)});
  }
  if (!scores.empty() && std::none_of(guesses.begin(), guesses.end(), [&](const auto& g) {
        return g.qtype == scores.front().qtype;
      })) {
    guesses.push_back({scores.front().qtype, scores.front().probability});
  }
  std::stable_sort(guesses.begin(), guesses.end(),
                   [](const auto& a, const auto& b) { return a.confidence > b.confidence; });
  if (guesses.size() > kMaxQtypeGuesses) guesses.resize(kMaxQtypeGuesses);
  return guesses;
}

}  // namespace qadex::query
