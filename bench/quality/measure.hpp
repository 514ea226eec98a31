// Runs one ranking configuration over the benchmark's questions and scores it: metrics per
// scope (a MEDIQA file, a question set, everything), per-query latency, and a paired
// randomization test between two runs.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "qadex/qadex.hpp"

namespace qadex::bench {

// A ranking feature that the benchmark can switch off (--without, --ablation).
inline constexpr const auto& kFeatures = kRankingFeatures;

// A question as the benchmark searches and scores it, whichever set it comes from.
struct Question {
  std::string qid;   // unique across sets: "<MEDIQA file>-<QID>", LiveQA's "T1-<n>"
  std::string set;   // "mediqa", "liveqa"
  std::string part;  // MEDIQA's file ("alexa", "validation", "test"); LiveQA: "liveqa"
  std::string text;  // as the person wrote it
};

// Whether `question` belongs to `scope`: "all", a set ("mediqa") or a part ("alexa").
[[nodiscard]] bool in_scope(const Question& question, std::string_view scope);

struct RankedHit {
  std::string id;
  float score = 0;  // a float, as trec_eval reads it from a run file
};

struct ConfigRun {
  std::string name;  // "plain", "default", "default-synonyms", ...
  RankingOptions ranking;
  std::map<std::string, std::vector<RankedHit>> hits;  // qid -> hits in trec_eval order
  std::map<std::string, double> latency_ms;            // qid -> its timed search() call
  std::map<std::string, Understanding> understanding;  // qid -> what the search understood
};

// Searches every question twice in one thread: a pass to warm caches, then a timed pass
// whose hits are kept. `depth` hits per question, snippets included as a caller gets them.
[[nodiscard]] ConfigRun run_configuration(const Index& index,
                                          const std::vector<Question>& questions, std::string name,
                                          const RankingOptions& ranking, std::size_t depth);

// A configuration's scores on one scope (see in_scope).
struct ScopeScores {
  std::size_t queries = 0;       // questions with a relevant answer: those the means average over
  eval::Metrics mean;            // MAP here is over the whole run (depth hits)
  double map_at_10 = 0;          // AP over the top 10 divided by all relevant judged (trec_eval
                                 // map on the run cut at 10)
  double latency_median_ms = 0;  // over every question of the scope, judged or not
  double latency_p95_ms = 0;
  std::vector<eval::QueryMetrics> per_query;  // sorted by qid
};

// Scores `run` on the questions in `scope`; `qrels` may judge other questions too.
[[nodiscard]] ScopeScores score_scope(const ConfigRun& run, const std::vector<Question>& questions,
                                      const eval::Qrels& qrels, std::string_view scope,
                                      int min_relevant_grade);

// `run` with each question's ranking condensed to the records its set's judgments cover
// (trec_eval -J): MEDIQA judged each question's own answers, so other hits are left out (the
// task's re-ranking setting); LiveQA's judgments cover every MedQuAD record (one not about
// the annotated focus is not relevant), so only MEDIQA answers it does not grade are left out.
[[nodiscard]] ConfigRun judged_hits_only(const ConfigRun& run,
                                         const std::vector<Question>& questions,
                                         const eval::Qrels& qrels,
                                         std::string_view mediqa_id_prefix);

// Two-sided paired randomization test (sign flips of per-query differences) of `metric`
// between two scorings of the same queries: the share of `permutations` random sign
// assignments whose mean difference is at least as far from 0 as the observed one, counting
// the observed assignment too ((hits + 1) / (permutations + 1)). Deterministic for a seed.
[[nodiscard]] double randomization_p_value(const std::vector<eval::QueryMetrics>& a,
                                           const std::vector<eval::QueryMetrics>& b,
                                           double eval::Metrics::*metric, std::size_t permutations,
                                           std::uint64_t seed);

}  // namespace qadex::bench
