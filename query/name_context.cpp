// What the words around a recognized name say of it (see name_context.hpp).
#include "query/name_context.hpp"

#include <array>
#include <string>
#include <string_view>

namespace qadex::query {
namespace {

// The word `back` places before message.words[k] in its sentence (normalized); null if none.
const std::string* word_before(const Message& message, std::size_t k, std::size_t back) {
  if (back > k || message.words[k - back].sentence != message.words[k].sentence) return nullptr;
  return &message.words[k - back].normalized;
}

// The word right after the name's last word in its sentence (normalized); null if none.
const std::string* word_after(const Message& message, const NameMatch& name) {
  if (name.at.empty()) return nullptr;
  const auto last = name.at.back();
  const auto next = last + 1;
  if (next >= message.words.size() ||
      message.words[next].sentence != message.words[last].sentence) {
    return nullptr;
  }
  return &message.words[next].normalized;
}

}  // namespace

// Whether the text names it only to say which vaccine or test the word after it is ("I needed
// a tetanus shot", "my strep test was negative"): then it says nothing of what the person has.
bool names_a_shot_or_test(const Message& message, const NameMatch& name) {
  const auto* word = word_after(message, name);
  if (word == nullptr) return false;
  for (const std::string_view procedure : {"shot", "shots", "vaccine", "vaccines", "vaccination",
                                           "jab", "booster", "test", "tests", "screening"}) {
    if (*word == procedure) return true;
  }
  return false;
}

// Whether the text asks for what the name stands for rather than about it: "please prescribe
// a medicine for the cure", "can you suggest some medicine" ask for a treatment; "what are
// medicines for children" asks about medicines.
bool requested(const Message& message, const NameMatch& name) {
  constexpr std::size_t kMaxWordsBetween = 2;  // "suggest some good medicine"
  if (name.at.empty()) return false;
  const auto first = name.at.front();
  for (std::size_t back = 1; back <= kMaxWordsBetween + 1 && back <= first; ++back) {
    const auto& before = message.words[first - back];
    if (before.sentence != message.words[first].sentence) return false;
    const auto& verb = before.normalized;
    if (verb == "suggest" || verb == "prescribe" || verb == "recommend" || verb == "give") {
      return true;
    }
  }
  return false;
}

// Whether the text names it only to say what sort the name after it is: "a rare disease
// called Ehlers-Danlos", "a syndrome named Sotos".
bool names_a_sort(const Message& message, const NameMatch& name) {
  if (name.sentences.size() > 1) return false;
  const auto* word = word_after(message, name);
  return word != nullptr && (*word == "called" || *word == "named");
}

Whose whose_at(const Message& message, std::size_t k) {
  static constexpr auto kWriter = std::to_array<std::string_view>(
      {"i", "i'm", "im", "i've", "ive", "i'd", "me", "my", "myself"});
  static constexpr auto kRelative = std::to_array<std::string_view>(
      {"mom",          "mum",      "mother",      "mommy",   "dad",         "father",
       "daddy",        "parent",   "parents",     "brother", "sister",      "sibling",
       "siblings",     "grandma",  "grandmother", "grandpa", "grandfather", "grandparent",
       "grandparents", "aunt",     "uncle",       "cousin",  "niece",       "nephew",
       "family",       "relative", "relatives",   "friend"});
  static constexpr auto kOther = std::to_array<std::string_view>(
      {"he", "he's", "him", "his", "she", "she's", "her", "they", "they're", "them", "their"});
  static constexpr auto kSaying = std::to_array<std::string_view>(
      {"say", "says", "said", "think", "thinks", "thought", "told", "suggested", "mentioned",
       "reckons", "suspects", "suspected"});
  const auto listed = [](const auto& list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
  };
  for (std::size_t j = k; j-- > 0 && message.words[j].sentence == message.words[k].sentence;) {
    const auto& word = message.words[j].normalized;
    if (listed(kSaying, word)) return Whose::kNobodys;
    if (listed(kWriter, word)) return Whose::kWriters;
    if (listed(kRelative, word)) return Whose::kRelatives;
    if (listed(kOther, word)) return Whose::kOthers;
  }
  return Whose::kNobodys;
}

// Whether the text names it only to say what a feeling is like, wherever it names it: "I feel
// like I'm drowning", "it felt like choking" (not "it feels like a heart attack", a thing
// likened, nor "I feel like I have the flu", a guess).
bool likened_to(const Message& message, const NameMatch& name) {
  return each_time_named(name, [&](std::size_t k) {
    std::size_t back = 1;
    const auto* word = word_before(message, k, back);
    if (word != nullptr && (*word == "i'm" || *word == "im" || *word == "am")) {
      word = word_before(message, k, ++back);
      if (word != nullptr && *word == "i") word = word_before(message, k, ++back);
    }
    if (word == nullptr || *word != "like") return false;
    const auto* verb = word_before(message, k, back + 1);
    return verb != nullptr &&
           (*verb == "feel" || *verb == "feels" || *verb == "felt" || *verb == "feeling");
  });
}

// Whether the text says the person does not have it where it names it at message.words[k]: "no
// fever", "not diabetic", "without pain", "it wasn't a stroke" (the word before, or the one
// before an article).
bool denied_at(const Message& message, std::size_t k) {
  const auto* word = word_before(message, k, 1);
  if (word != nullptr && (*word == "a" || *word == "an")) word = word_before(message, k, 2);
  if (word == nullptr) return false;
  return *word == "no" || *word == "not" || *word == "without" || *word == "never" ||
         word->ends_with("n't") || *word == "wasnt" || *word == "isnt";
}

// Whether the person says they do not have it, wherever they name it.
bool denied(const Message& message, const NameMatch& name) {
  return each_time_named(name, [&](std::size_t k) { return denied_at(message, k); });
}

}  // namespace qadex::query
