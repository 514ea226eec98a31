// The TREC 2017 LiveQA medical training questions as a retrieval and understanding benchmark:
// consumer questions, NLM's focus and type annotations, and graded qrels over MedQuAD.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "qadex/eval.hpp"

namespace qadex::bench {

// The files of the liveqa2017-train folder.
inline constexpr std::string_view kLiveqaQuestions = "questions.tsv";
inline constexpr std::string_view kLiveqaAnnotations = "annotations.jsonl";
inline constexpr std::string_view kLiveqaQrels = "qrels.txt";

// One thing a question asks, as NLM annotated it.
struct LiveqaSubquestion {
  std::string focus;  // "cardiac amyloidosis", as the annotator wrote it
  std::string type;   // NLM's type: "treatment", "cause", "information", ...
};

struct LiveqaQuestion {
  std::string qid;   // "T1-<n>" or "T2-<n>"
  std::string text;  // "SUBJECT. MESSAGE" as sent, greetings and typos included
  std::vector<LiveqaSubquestion> subquestions;
};

struct Liveqa {
  std::vector<LiveqaQuestion> questions;  // in file order
  eval::Qrels qrels;  // over MedQuAD record ids: 3 reference answer, 2 focus and type, 1 focus
};

// Reads the three files under `dir` (the liveqa2017-train folder), the first `max_questions`
// questions (0: all) with their annotations and judgments. Throws InputError naming file and
// line for a malformed line, and for a question that has no annotation.
[[nodiscard]] Liveqa read_liveqa(const std::filesystem::path& dir, std::size_t max_questions = 0);

}  // namespace qadex::bench
