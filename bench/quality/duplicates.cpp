// Finding verbatim copies of judged answers and extending the qrels to them.
#include "bench/quality/duplicates.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <unordered_map>

#include "qadex/corpus.hpp"
#include "text/ascii.hpp"

namespace qadex::bench {
namespace {

// Lower-cased letters and digits only, after a short "Title:" lead-in ("Flu: The flu is").
std::string text_key(std::string_view text) {
  const auto colon = text.find(':');
  if (colon != std::string_view::npos && colon < 80) text.remove_prefix(colon + 1);
  std::string key;
  for (const char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      key += text::to_lower(c);
    }
  }
  return key;
}

}  // namespace

DuplicateJudgments judge_duplicates(std::map<std::string, eval::Qrels>& qrels_by_set,
                                    const Mediqa& mediqa,
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
  std::unordered_map<std::string, const std::vector<std::string>*> copies_of;  // id -> its text's
  for (const auto& [key, ids] : copies) {
    if (ids.size() < 2) continue;
    ++result.texts;
    for (const auto& id : ids) {
      copies_of.emplace(id, &ids);
      result.canonical.emplace(id, ids.front());
    }
  }
  for (auto& [set, qrels] : qrels_by_set) {
    auto& added = result.added[set];
    for (auto& [qid, judged] : qrels) {
      const auto direct = judged;  // copies never override a judgment made for this question
      for (const auto& [judged_id, grade] : direct) {
        const auto found = copies_of.find(judged_id);
        if (found == copies_of.end()) continue;
        for (const auto& id : *found->second) {
          if (direct.count(id)) continue;
          auto [it, inserted] = judged.emplace(id, grade);
          if (inserted) {
            ++added;
          } else {
            it->second = std::max(it->second, grade);
          }
        }
      }
    }
  }
  return result;
}

namespace {

const std::string& canonical_id(const std::string& id,
                                const std::map<std::string, std::string>& canonical) {
  const auto found = canonical.find(id);
  return found == canonical.end() ? id : found->second;
}

}  // namespace

eval::Qrels distinct_answers(const eval::Qrels& qrels,
                             const std::map<std::string, std::string>& canonical) {
  eval::Qrels out;
  for (const auto& [qid, judged] : qrels) {
    auto& grades = out[qid];
    for (const auto& [id, grade] : judged) {
      auto [it, inserted] = grades.emplace(canonical_id(id, canonical), grade);
      if (!inserted) it->second = std::max(it->second, grade);
    }
  }
  return out;
}

void keep_distinct_answers(std::vector<RankedHit>& ranking,
                           const std::map<std::string, std::string>& canonical) {
  std::set<std::string> seen;
  std::vector<RankedHit> out;
  for (auto& hit : ranking) {
    hit.id = canonical_id(hit.id, canonical);
    if (seen.insert(hit.id).second) out.push_back(std::move(hit));
  }
  ranking = std::move(out);
}

}  // namespace qadex::bench
