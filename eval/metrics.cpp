// Scores a run against qrels. Each metric follows its trec_eval 9.x namesake (ndcg_cut_10,
// map, map_cut_10, recip_rank, P_5, P_10, recall_100, averaged as with -c); MRR@10 is
// recip_rank cut at 10.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "qadex/eval.hpp"

namespace qadex::eval {
namespace {

constexpr std::size_t kNdcgCut = 10;
constexpr std::size_t kMrrCut = 10;
constexpr std::size_t kMapCut = 10;
constexpr std::size_t kRecallCut = 100;

using Judgments = std::map<std::string, int>;

// Discounted cumulative gain of gains in rank order, rank r discounted by log2(r + 1).
double dcg(const std::vector<int>& gains, std::size_t cut) {
  double sum = 0;
  for (std::size_t i = 0; i < std::min(cut, gains.size()); ++i) {
    sum += gains[i] / std::log2(static_cast<double>(i + 2));
  }
  return sum;
}

QueryMetrics score_query(const std::string& qid, const Judgments& judgments,
                         const std::vector<std::string>& ranking, const EvalOptions& options) {
  QueryMetrics result{qid, 0, ranking.size(), {}};
  std::vector<int> ideal_gains;
  for (const auto& [docid, grade] : judgments) {
    if (grade >= options.min_relevant_grade) ++result.relevant;
    if (grade > 0) ideal_gains.push_back(grade);  // trec_eval: gain is the grade, never < 0
  }
  std::sort(ideal_gains.begin(), ideal_gains.end(), std::greater<>());

  std::vector<int> gains;         // in rank order; unjudged documents gain nothing
  std::vector<bool> is_relevant;  // in rank order
  double precision_sum = 0;       // precision at each relevant document, for AP
  double precision_sum_top = 0;   // the same within the top kMapCut
  std::size_t hits = 0;
  for (const auto& docid : ranking) {
    const auto judged = judgments.find(docid);
    const int grade = judged == judgments.end() ? 0 : judged->second;
    gains.push_back(std::max(grade, 0));
    is_relevant.push_back(grade >= options.min_relevant_grade);
    if (is_relevant.back()) {
      const double precision =
          static_cast<double>(++hits) / static_cast<double>(is_relevant.size());
      precision_sum += precision;
      if (is_relevant.size() <= kMapCut) precision_sum_top += precision;
    }
  }
  const auto hits_in_top = [&](std::size_t k) {
    const auto end =
        is_relevant.begin() + static_cast<std::ptrdiff_t>(std::min(k, is_relevant.size()));
    return static_cast<double>(std::count(is_relevant.begin(), end, true));
  };

  Metrics& m = result.metrics;
  // 0-based rank of the first relevant document; the size of the ranking if there is none.
  const auto first_hit = static_cast<std::size_t>(
      std::find(is_relevant.begin(), is_relevant.end(), true) - is_relevant.begin());
  if (first_hit < is_relevant.size()) m.mrr = 1.0 / static_cast<double>(first_hit + 1);
  if (first_hit < kMrrCut) m.mrr_at_10 = m.mrr;
  m.p_at_5 = hits_in_top(5) / 5;  // divided by k even when fewer than k were retrieved
  m.p_at_10 = hits_in_top(10) / 10;
  m.recall_at_100 = hits_in_top(kRecallCut) / static_cast<double>(result.relevant);
  m.map = precision_sum / static_cast<double>(result.relevant);
  m.map_at_10 = precision_sum_top / static_cast<double>(result.relevant);
  // Zero only when min_relevant_grade < 1 lets a query with no positive grade be scored.
  const double ideal = dcg(ideal_gains, kNdcgCut);
  m.ndcg_at_10 = ideal > 0 ? dcg(gains, kNdcgCut) / ideal : 0;
  return result;
}

// Every member of Metrics, for sums and means.
constexpr std::array kAllMetrics = {
    &Metrics::ndcg_at_10, &Metrics::map,    &Metrics::map_at_10, &Metrics::mrr,
    &Metrics::mrr_at_10,  &Metrics::p_at_5, &Metrics::p_at_10,   &Metrics::recall_at_100};

void add(Metrics& sum, const Metrics& m) {
  for (auto member : kAllMetrics) sum.*member += m.*member;
}

void divide(Metrics& sum, double n) {
  for (auto member : kAllMetrics) sum.*member /= n;
}

}  // namespace

Evaluation evaluate(const Qrels& qrels, const Run& run, const EvalOptions& options) {
  static const std::vector<std::string> kEmptyRanking;
  Evaluation evaluation;
  for (const auto& [qid, judgments] : qrels) {  // std::map: per_query comes out sorted by qid
    const bool has_relevant = std::any_of(judgments.begin(), judgments.end(), [&](const auto& j) {
      return j.second >= options.min_relevant_grade;
    });
    if (!has_relevant) continue;
    const auto ranked = run.find(qid);
    if (ranked == run.end()) ++evaluation.queries_without_run;
    evaluation.per_query.push_back(
        score_query(qid, judgments, ranked == run.end() ? kEmptyRanking : ranked->second, options));
    add(evaluation.mean, evaluation.per_query.back().metrics);
  }
  for (const auto& [qid, ranking] : run) {
    if (!qrels.contains(qid)) ++evaluation.run_queries_unjudged;
  }
  if (!evaluation.per_query.empty()) {
    divide(evaluation.mean, static_cast<double>(evaluation.per_query.size()));
  }
  return evaluation;
}

}  // namespace qadex::eval
