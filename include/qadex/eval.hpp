// Ranking evaluation: TREC qrels and runs in, standard IR metrics out.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "qadex/export.hpp"

namespace qadex::eval {

/// Relevance judgments: qid -> docid -> grade (0 = not relevant). TREC "qid 0 docid grade".
using Qrels = std::map<std::string, std::map<std::string, int>>;

/// A ranked run: qid -> docids in rank order. Read from TREC "qid Q0 docid rank score tag";
/// like trec_eval, the order comes from the score (descending; ties by docid descending).
using Run = std::map<std::string, std::vector<std::string>>;

/// Throws InputError naming file and line on a malformed line.
QADEX_EXPORT Qrels read_qrels(const std::filesystem::path& file);
QADEX_EXPORT Run read_run(const std::filesystem::path& file);

/// The scores to write in a TREC run for hits in rank order so that trec_eval (and read_run)
/// ranks them as given: each hit's own score, lowered to just below the one before where it
/// is not below it. A page that interleaves sub-questions' answers is not in score order, and
/// equal scores would be re-ordered by docid.
QADEX_EXPORT std::vector<float> rank_preserving_scores(const std::vector<double>& scores);

/// Each as trec_eval 9.x computes its namesake (in parentheses), except mrr_at_10, which
/// trec_eval does not have.
struct Metrics {
  double ndcg_at_10 = 0;     ///< (ndcg_cut_10) graded gain (the grade), log2 discount, ideal from
                             ///< all judgments
  double map = 0;            ///< (map) average precision over the whole ranking
  double map_at_10 = 0;      ///< (map_cut_10) average precision of the top 10, over all relevant
  double mrr = 0;            ///< (recip_rank) reciprocal rank of the first relevant document
  double mrr_at_10 = 0;      ///< recip_rank counting the top 10 only (0 beyond)
  double p_at_5 = 0;         ///< (P_5)
  double p_at_10 = 0;        ///< (P_10)
  double recall_at_100 = 0;  ///< (recall_100)
};

struct QueryMetrics {
  std::string qid;
  std::size_t relevant = 0;   ///< judged relevant documents
  std::size_t retrieved = 0;  ///< documents in the run
  Metrics metrics;
};

struct Evaluation {
  std::vector<QueryMetrics> per_query;   ///< sorted by qid
  Metrics mean;                          ///< arithmetic mean over per_query
  std::size_t queries_without_run = 0;   ///< judged queries the run has no line for (scored 0)
  std::size_t run_queries_unjudged = 0;  ///< run queries with no judgments (ignored)
};

struct EvalOptions {
  int min_relevant_grade = 1;  ///< grades at or above this count as relevant (trec_eval: 1)
};

/// Scores every query that has at least one relevant judgment; a query missing from the
/// run scores 0 on every metric (trec_eval -c).
QADEX_EXPORT Evaluation evaluate(const Qrels& qrels, const Run& run,
                                 const EvalOptions& options = {});

}  // namespace qadex::eval
