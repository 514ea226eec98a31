// Compares a search's understanding with NLM's annotations of the LiveQA questions.
#include "bench/quality/understanding.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "text/ascii.hpp"

namespace qadex::bench {
namespace {

// The names an annotated focus gives: itself and, where the annotator listed several with
// slashes ("anxiety/ depression"), each of them; each also in capitals, since annotators write
// abbreviations in lower case ("ibs") and the index keeps an abbreviation unstemmed ("IBS").
std::vector<std::string> annotated_names(const std::string& focus) {
  std::vector<std::string> parts{focus};
  if (focus.find('/') != std::string::npos) {
    for (std::size_t start = 0; start <= focus.size();) {
      const auto slash = std::min(focus.find('/', start), focus.size());
      parts.push_back(focus.substr(start, slash - start));
      start = slash + 1;
    }
  }
  std::vector<std::string> names;
  for (const auto& part : parts) {
    names.push_back(part);
    names.push_back(text::uppercase(part));
  }
  return names;
}

// The words of a name's key ("cardiac amyloidosi" -> "cardiac", "amyloidosi").
std::set<std::string> key_words(std::string_view key) {
  std::set<std::string> words;
  for (std::size_t start = 0; start < key.size();) {
    const auto space = std::min(key.find(' ', start), key.size());
    if (space > start) words.emplace(key.substr(start, space - start));
    start = space + 1;
  }
  return words;
}

// Whether one key's words are all among the other's: a more general or a more specific name
// of the same thing ("amyloidosi" and "cardiac amyloidosi").
bool nested(std::string_view a, std::string_view b) {
  const auto words_a = key_words(a);
  const auto words_b = key_words(b);
  const auto within = [](const auto& inner, const auto& outer) {
    return std::includes(outer.begin(), outer.end(), inner.begin(), inner.end());
  };
  return within(words_a, words_b) || within(words_b, words_a);
}

}  // namespace

CorpusNames CorpusNames::read(const std::vector<std::filesystem::path>& medquad) {
  CorpusNames names;
  if (medquad.empty()) return names;
  (void)read_corpus(medquad, {}, [&](Record&& record) {
    const auto focus = name_key(record.focus);
    if (focus.empty()) return;
    auto& same_as_focus = names.same_[focus];  // a focus without synonyms is a name too
    for (const auto& synonym : record.synonyms) {
      const auto key = name_key(synonym);
      if (key.empty() || key == focus) continue;
      same_as_focus.insert(key);
      names.same_[key].insert(focus);
    }
  });
  return names;
}

bool CorpusNames::contains(const std::string& key) const { return same_.count(key) > 0; }

std::set<std::string> CorpusNames::accepted_keys(std::string_view name) const {
  const auto key = name_key(name);
  if (key.empty()) return {};
  std::set<std::string> keys{key};
  const auto add_same = [&](const std::string& of) {
    if (const auto found = same_.find(of); found != same_.end()) {
      keys.insert(found->second.begin(), found->second.end());
    }
  };
  add_same(key);
  // A synonym's focus, and so the focus's other synonyms: "crib death" is "SIDS".
  for (const auto& same : std::set<std::string>(keys)) add_same(same);
  return keys;
}

std::vector<ExpectedUnderstanding> expected_understanding(const Liveqa& liveqa,
                                                          const CorpusNames& names,
                                                          const IndexStats& index) {
  std::set<std::string> indexed_qtypes;
  for (const auto& [qtype, records] : index.by_qtype) indexed_qtypes.insert(text::lowercase(qtype));
  std::vector<ExpectedUnderstanding> expected;
  for (const auto& question : liveqa.questions) {
    ExpectedUnderstanding truth{question.qid, question.subquestions, {}, false, {}, false};
    for (const auto& subquestion : question.subquestions) {
      for (const auto& name : annotated_names(subquestion.focus)) {
        const auto keys = names.accepted_keys(name);
        truth.accepted_keys.insert(keys.begin(), keys.end());
        truth.focus_in_corpus = truth.focus_in_corpus || names.contains(name_key(name));
      }
      const auto qtype = medquad_qtype(subquestion.type);
      truth.qtype_in_index = truth.qtype_in_index || indexed_qtypes.count(qtype) > 0;
      truth.qtypes.insert(qtype);
    }
    expected.push_back(std::move(truth));
  }
  return expected;
}

UnderstandingScores score_understanding(const ConfigRun& run,
                                        const std::vector<ExpectedUnderstanding>& expected) {
  UnderstandingScores scores;
  for (const auto& truth : expected) {
    const auto found = run.understanding.find(truth.qid);
    if (found == run.understanding.end()) continue;
    const auto& understood = found->second;
    QuestionUnderstanding question;
    question.qid = truth.qid;
    question.names = understood.names;
    const auto accepted = [&](const RecognizedName& name) {
      return truth.accepted_keys.count(name.key) > 0;
    };
    question.focus_correct =
        std::any_of(understood.names.begin(), understood.names.end(), accepted);
    question.primary_correct = !understood.names.empty() && accepted(understood.names.front());
    question.false_primary = !understood.names.empty() && !question.primary_correct;
    question.unrelated_primary =
        question.false_primary &&
        std::none_of(truth.accepted_keys.begin(), truth.accepted_keys.end(),
                     [&](const auto& key) { return nested(understood.names.front().key, key); });
    if (!understood.qtypes.empty()) question.top_qtype = understood.qtypes.front().qtype;
    question.qtype_correct =
        !question.top_qtype.empty() && truth.qtypes.count(text::lowercase(question.top_qtype)) > 0;

    if (truth.focus_in_corpus) {
      scores.focus.count(question.focus_correct);
      scores.primary_focus.count(question.primary_correct);
      scores.false_primary_named.count(question.false_primary);
    }
    scores.false_primary.count(question.false_primary);
    scores.unrelated_primary.count(question.unrelated_primary);
    scores.qtype.count(question.qtype_correct);
    if (truth.qtype_in_index) scores.qtype_indexed.count(question.qtype_correct);
    scores.per_question.push_back(std::move(question));
  }
  return scores;
}

}  // namespace qadex::bench
