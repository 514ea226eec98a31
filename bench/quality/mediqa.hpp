// MEDIQA 2019 Task 3 (question answering) as a retrieval benchmark: consumer questions, the
// answers experts judged for them as Records, and the judgments as graded TREC qrels.
#pragma once

#include <array>
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "qadex/record.hpp"

namespace qadex::bench {

// One MEDIQA file. The ground-truth CSV ("question_id,answer_id,label") repeats the XML's
// ReferenceScore as correct/incorrect; it is read only to check that the two agree.
struct MediqaFile {
  std::string_view set;           // "alexa", "validation", "test": the prefix of ids and qids
  std::string_view xml;           // file name in the mediqa2019-qa folder
  std::string_view ground_truth;  // file name, empty when the set has none
};

inline constexpr std::array<MediqaFile, 3> kMediqaFiles = {{
    {"alexa", "MEDIQA2019-Task3-QA-TrainingSet2-Alexa.xml", ""},
    {"validation", "MEDIQA2019-Task3-QA-ValidationSet.xml", "QA_validationSet_ground_truth.txt"},
    {"test", "MEDIQA2019-Task3-QA-TestSet-wLabels.xml", "QA_testSet_ground_truth_round_2.txt"},
}};

// Every MEDIQA answer's record id starts so.
inline constexpr std::string_view kMediqaIdPrefix = "MEDIQA-";

struct JudgedAnswer {
  Record record;  // id "MEDIQA-<set>-<AID>", answer, url, source "MEDIQA"; no question/focus
  int grade = 0;  // ReferenceScore - 1: 4 excellent -> 3, 3 correct but incomplete -> 2,
                  // 2 related -> 1, 1 incorrect -> 0
};

struct MediqaQuestion {
  std::string qid;   // "<set>-<QID>"
  std::string set;   // "alexa", "validation", "test"
  std::string text;  // QuestionText as written, greetings and typos included
  std::vector<JudgedAnswer> answers;
};

struct Mediqa {
  std::vector<MediqaQuestion> questions;  // in file order, files in kMediqaFiles order
  std::size_t labels_checked = 0;         // ground-truth labels compared with the XML
  std::size_t label_mismatches = 0;       // label != (ReferenceScore >= 3)
};

// Reads the three files under `dir` (the mediqa2019-qa folder), at most `max_questions` per
// file (0: all). Throws InputError naming the file for a missing file or a malformed answer.
[[nodiscard]] Mediqa read_mediqa(const std::filesystem::path& dir, std::size_t max_questions = 0);

}  // namespace qadex::bench
