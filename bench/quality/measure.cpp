// Runs, scores and compares ranking configurations on the benchmark's questions.
#include "bench/quality/measure.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>
#include <stdexcept>
#include <utility>
#include <vector>

namespace qadex::bench {
namespace {

// Linear interpolation between closest ranks (numpy's default); 0 for no values.
double percentile(std::vector<double> values, double fraction) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const double position = fraction * static_cast<double>(values.size() - 1);
  const auto below = static_cast<std::size_t>(std::floor(position));
  const auto above = std::min(below + 1, values.size() - 1);
  return values[below] + (values[above] - values[below]) * (position - static_cast<double>(below));
}

}  // namespace

bool in_scope(const Question& question, std::string_view scope) {
  return scope == "all" || question.set == scope || question.part == scope;
}

ConfigRun run_configuration(const Index& index, const std::vector<Question>& questions,
                            std::string name, const RankingOptions& ranking, std::size_t depth) {
  ConfigRun run{std::move(name), ranking, {}, {}, {}};
  SearchOptions options;
  options.limit = depth;
  options.ranking = ranking;
  for (const auto& question : questions) (void)index.search(question.text, options);
  for (const auto& question : questions) {
    const auto start = std::chrono::steady_clock::now();
    auto results = index.search(question.text, options);
    const auto stop = std::chrono::steady_clock::now();
    run.latency_ms[question.qid] = std::chrono::duration<double, std::milli>(stop - start).count();
    // Scored in the order shown (a page may interleave sub-questions' answers), with scores
    // that make trec_eval and qadex eval rank the written runs the same way.
    std::vector<double> scores;
    for (const auto& hit : results.hits) scores.push_back(hit.score);
    const auto written = eval::rank_preserving_scores(scores);
    auto& hits = run.hits[question.qid];
    for (std::size_t i = 0; i < results.hits.size(); ++i) {
      hits.push_back({results.hits[i].id, written[i]});
    }
    run.understanding[question.qid] = std::move(results.understanding);
  }
  return run;
}

ScopeScores score_scope(const ConfigRun& run, const std::vector<Question>& questions,
                        const eval::Qrels& qrels, std::string_view scope, int min_relevant_grade) {
  eval::Qrels scope_qrels;
  eval::Run full;
  eval::Run top_10;
  std::vector<double> latencies;
  for (const auto& question : questions) {
    if (!in_scope(question, scope)) continue;
    if (const auto judged = qrels.find(question.qid); judged != qrels.end()) {
      scope_qrels.insert(*judged);
    }
    auto& ranking = full[question.qid];
    for (const auto& hit : run.hits.at(question.qid)) ranking.push_back(hit.id);
    top_10[question.qid].assign(
        ranking.begin(),
        ranking.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(10, ranking.size())));
    latencies.push_back(run.latency_ms.at(question.qid));
  }
  const eval::EvalOptions options{.min_relevant_grade = min_relevant_grade};
  auto evaluation = eval::evaluate(scope_qrels, full, options);
  ScopeScores scores;
  scores.queries = evaluation.per_query.size();
  scores.mean = evaluation.mean;
  scores.map_at_10 = eval::evaluate(scope_qrels, top_10, options).mean.map;
  scores.latency_median_ms = percentile(latencies, 0.5);
  scores.latency_p95_ms = percentile(latencies, 0.95);
  scores.per_query = std::move(evaluation.per_query);
  return scores;
}

ConfigRun judged_hits_only(const ConfigRun& run, const std::vector<Question>& questions,
                           const eval::Qrels& qrels, std::string_view mediqa_id_prefix) {
  ConfigRun condensed = run;
  for (const auto& question : questions) {
    const auto judged = qrels.find(question.qid);
    const auto graded = [&](const RankedHit& hit) {
      return judged != qrels.end() && judged->second.contains(hit.id);
    };
    std::erase_if(condensed.hits.at(question.qid), [&](const RankedHit& hit) {
      if (graded(hit)) return false;
      return question.set == "mediqa" || hit.id.starts_with(mediqa_id_prefix);
    });
  }
  return condensed;
}

double randomization_p_value(const std::vector<eval::QueryMetrics>& a,
                             const std::vector<eval::QueryMetrics>& b,
                             double eval::Metrics::*metric, std::size_t permutations,
                             std::uint64_t seed) {
  if (a.size() != b.size()) throw std::logic_error("randomization test: unpaired queries");
  std::vector<double> differences;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].qid != b[i].qid) throw std::logic_error("randomization test: unpaired queries");
    differences.push_back(a[i].metrics.*metric - b[i].metrics.*metric);
  }
  double observed = 0;
  for (const double difference : differences) observed += difference;
  observed = std::abs(observed);
  // Sums stand in for means (same n); the tolerance keeps float noise from losing ties.
  const double threshold = observed - 1e-9;
  std::mt19937_64 random(seed);
  std::size_t as_extreme = 0;
  for (std::size_t p = 0; p < permutations; ++p) {
    double sum = 0;
    std::uint64_t bits = 0;
    for (std::size_t i = 0; i < differences.size(); ++i) {
      if (i % 64 == 0) bits = random();
      sum += (bits >> (i % 64)) & 1 ? differences[i] : -differences[i];
    }
    if (std::abs(sum) >= threshold) ++as_extreme;
  }
  return static_cast<double>(as_extreme + 1) / static_cast<double>(permutations + 1);
}

}  // namespace qadex::bench
