// Judgments follow the text: an answer indexed twice (MedQuAD holds verbatim copies of some
// judged MEDIQA answers; MEDIQA repeats answers across questions) gets the grade its judged
// copy has, so ranking an identical copy first is not counted as a miss. This holds for
// every set's judgments: a MedQuAD record that LiveQA judges may have a MEDIQA copy.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "bench/quality/measure.hpp"
#include "bench/quality/mediqa.hpp"
#include "qadex/eval.hpp"

namespace qadex::bench {

struct DuplicateJudgments {
  std::size_t texts = 0;                     // judged MEDIQA answer texts with a copy
  std::map<std::string, std::size_t> added;  // set -> qrels lines added for copies
  // Each record that has a copy -> the first id of its text's copies: one answer, scored once
  // (see distinct_answers).
  std::map<std::string, std::string> canonical;
};

// Finds the records that share a text with a judged MEDIQA answer (compared without a
// leading "Title:" and ignoring case, spacing and punctuation), then gives each judged record
// of each set's qrels its grade for every copy that is not judged for the question itself.
// `medquad` may be empty (judged-only collection).
DuplicateJudgments judge_duplicates(std::map<std::string, eval::Qrels>& qrels_by_set,
                                    const Mediqa& mediqa,
                                    const std::vector<std::filesystem::path>& medquad);

// Copies scored as one answer: each id with a copy becomes its text's first id, a qrels grade
// the best of its copies', and a ranking keeps the first hit of each text. A search that
// shows the same text twice gains nothing from the second; one that shows it once loses
// nothing (the judgments grade every copy, so the ideal ranking would otherwise repeat it).
[[nodiscard]] eval::Qrels distinct_answers(const eval::Qrels& qrels,
                                           const std::map<std::string, std::string>& canonical);
void keep_distinct_answers(std::vector<RankedHit>& ranking,
                           const std::map<std::string, std::string>& canonical);

}  // namespace qadex::bench
