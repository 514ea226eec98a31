// The cue table: phrases people use, analyzed like the question, mapped to question types.
#include "query/qtype_cues.hpp"

#include <algorithm>

namespace qadex::query {
namespace {

struct CueSpec {
  std::string_view phrase;
  std::string_view qtype;
};

// General phrasings of a question's intent; longer phrases win over the words inside them.
// An empty type marks a phrase that only tells the story: its words are then no cue.
// A table laid out by hand:
// clang-format off
constexpr CueSpec kCues[] = {
    {"what causes", "causes"}, {"what caused", "causes"}, {"cause of", "causes"},
    {"causes of", "causes"}, {"why do i", "causes"}, {"why does", "causes"}, {"why am i", "causes"},
    {"why is my", "causes"}, {"reason for", "causes"}, {"what could it be", "causes"},
    {"could it be", "causes"}, {"caused by", "causes"}, {"how is it treated", "treatment"},
    {"treatment", "treatment"}, {"treat", "treatment"}, {"cure", "treatment"},
    {"get rid of", "treatment"}, {"remedy", "treatment"}, {"therapy", "treatment"},
    {"medication for", "treatment"}, {"what can i do", "treatment"},
    {"what should i do", "treatment"}, {"relieve", "treatment"}, {"relief", "treatment"},
    {"symptoms", "symptoms"}, {"signs of", "symptoms"}, {"what does it feel like", "symptoms"},
    {"how do i know if", "symptoms"}, {"how do you know", "symptoms"},
    {"how would i know", "symptoms"}, {"how can i tell", "symptoms"}, {"hereditary", "inheritance"}, {"inherited", "inheritance"},
    {"run in families", "inheritance"}, {"runs in the family", "inheritance"},
    {"pass it on", "inheritance"}, {"passed down", "inheritance"},
    {"pass it down", "inheritance"}, {"passed on to", "inheritance"},
    {"skip a generation", "inheritance"}, {"skip generations", "inheritance"}, {"genetic", "genetic changes"}, {"gene", "genetic changes"},
    {"mutation", "genetic changes"}, {"prevent", "prevention"}, {"avoid getting", "prevention"},
    {"reduce the risk", "prevention"}, {"test for", "exams and tests"},
    {"tested for", "exams and tests"}, {"get tested", "exams and tests"}, {"diagnose", "exams and tests"},
    {"diagnosis", "exams and tests"}, {"screening", "exams and tests"}, {"outlook", "outlook"},
    {"prognosis", "outlook"}, {"life expectancy", "outlook"}, {"will it go away", "outlook"},
    {"go away", "outlook"}, {"how common", "frequency"}, {"how many people", "frequency"},
    {"who gets", "susceptibility"}, {"at risk", "susceptibility"},
    {"risk factors", "susceptibility"}, {"complications", "complications"},
    {"lead to", "complications"}, {"stages", "stages"}, {"support group", "support groups"},
    {"research", "research"}, {"clinical trials", "research"},
    {"survive", "outlook"}, {"survival", "outlook"}, {"come back", "outlook"},
    {"life span", "outlook"}, {"how long can", "outlook"}, {"happen again", "outlook"},
    {"occur again", "outlook"}, {"occurring again", "outlook"}, {"recur", "outlook"},
    {"what is done for", "treatment"}, {"what can be done", "treatment"},
    {"grow out of", "outlook"}, {"outgrow", "outlook"},
    {"how long does it last", "outlook"}, {"is it serious", "outlook"}, {"how serious", "outlook"},
    {"what happens if", "complications"}, {"untreated", "complications"},
    {"contagious", "information"},
    {"is it catching", "information"}, {"what tests", "exams and tests"},
    {"which tests", "exams and tests"}, {"what test", "exams and tests"},
    {"how do you get", "causes"}, {"how do people get", "causes"}, {"how does one get", "causes"},
    {"how does someone get", "causes"}, {"how did i get", "causes"}, {"how did he get", "causes"},
    {"how did she get", "causes"}, {"how do you catch", "causes"}, {"how did i catch", "causes"},
    {"how do you get rid of", "treatment"}, {"how do you get tested", "exams and tests"},
    {"be from", "causes"}, {"be due to", "causes"},
    // Story, not question: these phrases contain a cue's words but tell what happened.
    {"diagnosed with", ""}, {"was diagnosed", ""}, {"been diagnosed", ""},
    {"come back from", ""}, {"not treated", ""}, {"how do you get help", ""},
    {"won't go away", ""}, {"doesn't go away", ""}, {"didn't go away", ""},
    {"never goes away", ""}, {"not go away", ""},
};
// clang-format on

}  // namespace

std::string cue_key(const text::Word& word) {
  return word.term.empty() ? word.normalized : word.term;
}

std::vector<CueWord> cue_words(text::Analyzer& analyzer, std::string_view text) {
  std::vector<CueWord> words;
  analyzer.for_each_word(text, [&](const text::Word& word) {
    if (!word.compound) words.push_back({cue_key(word)});
  });
  return words;
}

QtypeCues::QtypeCues(text::Analyzer& analyzer) {
  for (const auto& spec : kCues) {
    Cue cue;
    for (auto& word : cue_words(analyzer, spec.phrase)) cue.keys.push_back(std::move(word.key));
    cue.qtype = spec.qtype;
    cues_.push_back(std::move(cue));
  }
  // Longest first, so "what could it be" is tried before "could it be".
  std::stable_sort(cues_.begin(), cues_.end(),
                   [](const Cue& a, const Cue& b) { return a.keys.size() > b.keys.size(); });
}

std::vector<std::string> QtypeCues::detect(const std::vector<CueWord>& words) const {
  std::vector<std::string> found;
  std::vector<bool> used(words.size(), false);
  for (const auto& cue : cues_) {
    for (std::size_t i = 0; i + cue.keys.size() <= words.size(); ++i) {
      bool match = true;
      for (std::size_t k = 0; k < cue.keys.size() && match; ++k) {
        match = !used[i + k] && words[i + k].key == cue.keys[k];
      }
      if (!match) continue;
      std::fill(used.begin() + static_cast<std::ptrdiff_t>(i),
                used.begin() + static_cast<std::ptrdiff_t>(i + cue.keys.size()), true);
      if (!cue.qtype.empty() && std::find(found.begin(), found.end(), cue.qtype) == found.end()) {
        found.push_back(cue.qtype);
      }
    }
  }
  return found;
}

}  // namespace qadex::query
