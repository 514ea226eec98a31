// Judgments follow the text: an answer indexed twice (MedQuAD holds verbatim copies of some
// judged MEDIQA answers; MEDIQA repeats answers across questions) gets the grade its judged
// copy has, so ranking an identical copy first is not counted as a miss.
#pragma once

#include <filesystem>
#include <vector>

#include "bench/quality/mediqa.hpp"
#include "qadex/eval.hpp"

namespace qadex::bench {

struct DuplicateJudgments {
  std::size_t texts = 0;   // judged answer texts with at least one copy
  std::size_t added = 0;   // qrels lines added for copies
};

// Adds, for each judged answer, its grade to every record with the same text (compared
// without a leading "Title:" and ignoring case, spacing and punctuation), unless that record
// is judged for the question itself. `medquad` may be empty (judged-only collection).
DuplicateJudgments judge_duplicates(eval::Qrels& qrels, const Mediqa& mediqa,
                                    const std::vector<std::filesystem::path>& medquad);

}  // namespace qadex::bench
