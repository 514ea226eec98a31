// NLM's LiveQA question types as MedQuAD names them: one mapping for the benchmark's type
// accuracy and for the question-type trainer (tools/train_qtype.cpp).
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <utility>

#include "text/ascii.hpp"

namespace qadex::bench {

// The qrels' mapping (liveqa2017-train/README: cause -> causes, diagnosis -> exams and tests,
// ...), plus two drug types whose MedQuAD name differs: "dosage" is MedQuAD's "dose",
// "interaction" its "interactions with medications". Other types keep their name.
[[nodiscard]] inline std::string medquad_qtype(std::string_view nlm_type) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kRenamed = {{
      {"cause", "causes"},
      {"diagnosis", "exams and tests"},
      {"prognosis", "outlook"},
      {"symptom", "symptoms"},
      {"complication", "complications"},
      {"dosage", "dose"},
      {"interaction", "interactions with medications"},
  }};
  std::string type = text::lowercase(nlm_type);
  for (const auto& [nlm, medquad] : kRenamed) {
    if (type == nlm) return std::string(medquad);
  }
  return type;
}

}  // namespace qadex::bench
