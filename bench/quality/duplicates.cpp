// Finding verbatim copies of judged answers and extending the qrels to them.
#include "bench/quality/duplicates.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>

#include "qadex/corpus.hpp"

namespace qadex::bench {
namespace {

// Lower-cased letters and digits only, after a short "Title:" lead-in ("Flu: The flu is").
std::string text_key(std::string_view text) {
  const auto colon = text.find(':');
  if (colon != std::string_view::npos && colon < 80) text.remove_prefix(colon + 1);
  std::string key;
  for (const char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return key;
}

}  // namespace

DuplicateJudgments judge_duplicates(eval::Qrels& qrels, const Mediqa& mediqa,
                                    const std::vector<std::filesystem::path>& medquad) {
  // Text -> every record id with it.
  std::unordered_map<std::string, std::vector<std::string>> copies;
  for (const auto& question : mediqa.questions) {
    for (const auto& answer : question.answers) {
      auto& ids = copies[text_key(answer.record.answer)];
      if (std::find(ids.begin(), ids.end(), answer.record.id) == ids.end()) {
        ids.push_back(answer.record.id);
      }
    }
  }
  if (!medquad.empty()) {
    (void)read_corpus(medquad, {}, [&](Record&& record) {
      if (auto it = copies.find(text_key(record.answer)); it != copies.end()) {
        it->second.push_back(record.id);
      }
    });
  }

  DuplicateJudgments result;
  for (const auto& [key, ids] : copies) result.texts += ids.size() > 1 ? 1 : 0;
  for (const auto& question : mediqa.questions) {
    auto& judged = qrels[question.qid];
    const auto direct = judged;  // copies never override a judgment made for this question
    for (const auto& answer : question.answers) {
      for (const auto& id : copies[text_key(answer.record.answer)]) {
        if (direct.count(id)) continue;
        auto [it, inserted] = judged.emplace(id, answer.grade);
        if (inserted) {
          ++result.added;
        } else {
          it->second = std::max(it->second, answer.grade);
        }
      }
    }
  }
  return result;
}

}  // namespace qadex::bench
