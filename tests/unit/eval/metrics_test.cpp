// Tests of qadex::eval::evaluate against metrics computed by hand (arithmetic in comments).
#include <catch2/catch.hpp>
#include <cmath>
#include <string>
#include <vector>

#include "qadex/eval.hpp"

namespace {

using qadex::eval::EvalOptions;
using qadex::eval::evaluate;
using qadex::eval::Qrels;
using qadex::eval::Run;

// The worked example: ranking d3, d1, d7, d2 against grades d1=2, d2=1, d5=3.
const Qrels kExampleQrels = {{"q1", {{"d1", 2}, {"d2", 1}, {"d5", 3}}}};
const Run kExampleRun = {{"q1", {"d3", "d1", "d7", "d2"}}};

// Rank:  1   2      3   4
// Doc:   d3  d1(2)  d7  d2(1)        relevant judged: d1, d2, d5 -> 3
// DCG@10  = 2/log2(3) + 1/log2(5)          = 1.26186 + 0.43068 = 1.69254
// IDCG@10 = 3/log2(2) + 2/log2(3) + 1/log2(4) = 3 + 1.26186 + 0.5 = 4.76186
const double kExampleNdcg =
    (2 / std::log2(3.0) + 1 / std::log2(5.0)) / (3 + 2 / std::log2(3.0) + 1 / std::log2(4.0));

}  // namespace

TEST_CASE("every metric of a one-query ranking matches the hand computation", "[eval][unit]") {
  const auto evaluation = evaluate(kExampleQrels, kExampleRun);
  REQUIRE(evaluation.per_query.size() == 1);
  const auto& q1 = evaluation.per_query[0];
  CHECK(q1.qid == "q1");
  CHECK(q1.relevant == 3);
  CHECK(q1.retrieved == 4);
  const auto& m = q1.metrics;
  CHECK(m.ndcg_at_10 == Approx(kExampleNdcg));
  CHECK(m.ndcg_at_10 == Approx(0.35544).margin(1e-5));  // 1.69254 / 4.76186
  CHECK(m.map == Approx(1.0 / 3));                      // (1/2 + 2/4) / 3
  CHECK(m.map_at_10 == Approx(1.0 / 3));                // both relevant hits are in the top 10
  CHECK(m.mrr == Approx(0.5));                          // first relevant, d1, at rank 2
  CHECK(m.mrr_at_10 == Approx(0.5));
  CHECK(m.p_at_5 == Approx(0.4));             // 2 / 5
  CHECK(m.p_at_10 == Approx(0.2));            // 2 / 10: k fixed though only 4 retrieved
  CHECK(m.recall_at_100 == Approx(2.0 / 3));  // d1, d2 of d1, d2, d5
  // One query: the mean is that query.
  CHECK(evaluation.mean.map == Approx(m.map));
  CHECK(evaluation.mean.ndcg_at_10 == Approx(m.ndcg_at_10));
  CHECK(evaluation.queries_without_run == 0);
  CHECK(evaluation.run_queries_unjudged == 0);
}

TEST_CASE("min_relevant_grade changes MAP, P and recall but not the nDCG gains", "[eval][unit]") {
  EvalOptions options;
  options.min_relevant_grade = 2;
  const auto evaluation = evaluate(kExampleQrels, kExampleRun, options);
  REQUIRE(evaluation.per_query.size() == 1);
  const auto& q1 = evaluation.per_query[0];
  CHECK(q1.relevant == 2);  // d1 (2), d5 (3); d2 (1) no longer counts
  const auto& m = q1.metrics;
  CHECK(m.map == Approx(0.25));                 // (1/2) / 2
  CHECK(m.mrr_at_10 == Approx(0.5));            // d1 still at rank 2
  CHECK(m.p_at_5 == Approx(0.2));               // 1 / 5
  CHECK(m.p_at_10 == Approx(0.1));              // 1 / 10
  CHECK(m.recall_at_100 == Approx(0.5));        // 1 / 2
  CHECK(m.ndcg_at_10 == Approx(kExampleNdcg));  // gains are still the grades, d2's included
}

TEST_CASE("a query with no judgment at min_relevant_grade is not scored", "[eval][unit]") {
  const Qrels qrels = {{"q1", {{"d1", 2}}}, {"q2", {{"d1", 1}, {"d2", 0}}}};
  const Run run = {{"q1", {"d1"}}, {"q2", {"d1"}}};
  EvalOptions options;
  options.min_relevant_grade = 2;
  const auto evaluation = evaluate(qrels, run, options);
  REQUIRE(evaluation.per_query.size() == 1);
  CHECK(evaluation.per_query[0].qid == "q1");
  CHECK(evaluation.run_queries_unjudged == 0);  // q2 is judged, just not relevant
  CHECK(evaluate(qrels, run).per_query.size() == 2);
}

TEST_CASE("a judged query missing from the run scores zero and halves the mean", "[eval][unit]") {
  Qrels qrels = kExampleQrels;
  qrels["q2"] = {{"x", 1}};
  const auto evaluation = evaluate(qrels, kExampleRun);
  REQUIRE(evaluation.per_query.size() == 2);
  const auto& q2 = evaluation.per_query[1];
  CHECK(q2.qid == "q2");
  CHECK(q2.retrieved == 0);
  CHECK(q2.relevant == 1);
  CHECK(q2.metrics.ndcg_at_10 == 0);
  CHECK(q2.metrics.map == 0);
  CHECK(q2.metrics.mrr_at_10 == 0);
  CHECK(q2.metrics.p_at_5 == 0);
  CHECK(q2.metrics.recall_at_100 == 0);
  CHECK(evaluation.queries_without_run == 1);
  CHECK(evaluation.mean.map == Approx(1.0 / 6));  // (1/3 + 0) / 2
  CHECK(evaluation.mean.ndcg_at_10 == Approx(kExampleNdcg / 2));
  CHECK(evaluation.mean.p_at_5 == Approx(0.2));  // (0.4 + 0) / 2
}

TEST_CASE("run queries without judgments are ignored and counted", "[eval][unit]") {
  Run run = kExampleRun;
  run["q7"] = {"d1", "d5"};  // would be perfect if it were scored against q1's judgments
  run["q8"] = {"zz"};
  const auto evaluation = evaluate(kExampleQrels, run);
  REQUIRE(evaluation.per_query.size() == 1);
  CHECK(evaluation.run_queries_unjudged == 2);
  CHECK(evaluation.mean.map == Approx(1.0 / 3));
}

TEST_CASE("negative grades gain nothing and are not relevant", "[eval][unit]") {
  const Qrels qrels = {{"q1", {{"spam", -2}, {"good", 1}}}};
  const Run run = {{"q1", {"spam", "good"}}};
  const auto m = evaluate(qrels, run).per_query.at(0).metrics;
  CHECK(m.ndcg_at_10 == Approx(1 / std::log2(3.0)));  // DCG 0 + 1/log2(3); IDCG 1/log2(2) = 1
  CHECK(m.map == Approx(0.5));                        // (1/2) / 1
  CHECK(m.mrr_at_10 == Approx(0.5));
}

TEST_CASE("MRR, P@10 and nDCG stop at rank 10, recall at rank 100, AP never", "[eval][unit]") {
  // 101 documents n1000..n1100; relevant: n1010 (rank 11) and n1100 (rank 101).
  std::vector<std::string> ranking;
  for (int i = 1000; i <= 1100; ++i) ranking.push_back("n" + std::to_string(i));
  const Qrels qrels = {{"q1", {{"n1010", 1}, {"n1100", 1}}}};
  const auto m = evaluate(qrels, {{"q1", ranking}}).per_query.at(0).metrics;
  CHECK(m.mrr_at_10 == 0);
  CHECK(m.mrr == Approx(1.0 / 11));  // recip_rank has no cut: n1010 at rank 11
  CHECK(m.p_at_10 == 0);
  CHECK(m.ndcg_at_10 == 0);
  CHECK(m.map_at_10 == 0);                             // nothing relevant in the top 10
  CHECK(m.recall_at_100 == Approx(0.5));               // n1010 only
  CHECK(m.map == Approx((1.0 / 11 + 2.0 / 101) / 2));  // precision at ranks 11 and 101
}

TEST_CASE("map_cut_10 counts precision within the top 10, divided by all relevant",
          "[eval][unit]") {
  // Relevant: r2 (rank 2), r10 (rank 10), r12 (rank 12), and r99 never retrieved.
  std::vector<std::string> ranking;
  for (int i = 1; i <= 12; ++i) ranking.push_back("r" + std::to_string(i));
  const Qrels qrels = {{"q1", {{"r2", 1}, {"r10", 1}, {"r12", 1}, {"r99", 1}}}};
  const auto m = evaluate(qrels, {{"q1", ranking}}).per_query.at(0).metrics;
  CHECK(m.map_at_10 == Approx((1.0 / 2 + 2.0 / 10) / 4));       // 0.175
  CHECK(m.map == Approx((1.0 / 2 + 2.0 / 10 + 3.0 / 12) / 4));  // 0.2375
  CHECK(m.mrr == Approx(0.5));
}

TEST_CASE("per_query is sorted by qid in plain string order", "[eval][unit]") {
  const Qrels qrels = {{"q2", {{"d", 1}}}, {"q10", {{"d", 1}}}, {"q1", {{"d", 1}}}};
  const auto evaluation = evaluate(qrels, {{"q10", {"d"}}});
  REQUIRE(evaluation.per_query.size() == 3);
  CHECK(evaluation.per_query[0].qid == "q1");
  CHECK(evaluation.per_query[1].qid == "q10");
  CHECK(evaluation.per_query[2].qid == "q2");
  CHECK(evaluation.per_query[1].metrics.map == 1);
  CHECK(evaluation.mean.map == Approx(1.0 / 3));  // (0 + 1 + 0) / 3
  CHECK(evaluation.queries_without_run == 2);
}

TEST_CASE("no judged queries gives an empty evaluation with zero means, not NaN", "[eval][unit]") {
  const auto evaluation = evaluate({}, kExampleRun);
  CHECK(evaluation.per_query.empty());
  CHECK(evaluation.mean.map == 0);
  CHECK(evaluation.mean.ndcg_at_10 == 0);
  CHECK(evaluation.run_queries_unjudged == 1);
}
