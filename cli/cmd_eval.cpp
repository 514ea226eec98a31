// qadex eval: score a TREC run against relevance judgments.
#include <iostream>

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/app.hpp"
#include "qadex/eval.hpp"

namespace qadex::cli {
namespace {

struct EvalArgs {
  std::string qrels;
  std::string run;
  bool json = false;
  bool per_query = false;
  int min_grade = 1;
};

// Metric names as trec_eval spells them, in the order they are printed; recip_rank_10
// (MRR@10, what bench/RESULTS.md reports) is qadex's own: trec_eval has no cut of recip_rank.
const std::vector<std::pair<const char*, double eval::Metrics::*>> kMetrics = {
    {"ndcg_cut_10", &eval::Metrics::ndcg_at_10},
    {"map", &eval::Metrics::map},
    {"map_cut_10", &eval::Metrics::map_at_10},
    {"recip_rank", &eval::Metrics::mrr},
    {"recip_rank_10", &eval::Metrics::mrr_at_10},
    {"P_5", &eval::Metrics::p_at_5},
    {"P_10", &eval::Metrics::p_at_10},
    {"recall_100", &eval::Metrics::recall_at_100}};

// One line as trec_eval prints it: name padded to 22, tab, query id, tab, value.
std::string metric_line(std::string_view name, std::string_view qid, double value) {
  return fmt::format("{:<22}\t{}\t{:.4f}\n", name, qid, value);
}

nlohmann::json to_json(const eval::Metrics& metrics) {
  nlohmann::json json;
  for (const auto& [name, member] : kMetrics) json[name] = metrics.*member;
  return json;
}

int run_eval(const EvalArgs& args) {
  const auto qrels = eval::read_qrels(args.qrels);
  const auto run = eval::read_run(args.run);
  eval::EvalOptions options;
  options.min_relevant_grade = args.min_grade;
  const auto result = eval::evaluate(qrels, run, options);

  if (args.json) {
    nlohmann::json json;
    json["queries"] = result.per_query.size();
    json["queries_without_run"] = result.queries_without_run;
    json["run_queries_unjudged"] = result.run_queries_unjudged;
    json["mean"] = to_json(result.mean);
    json["per_query"] = nullptr;  // every key always present: null when -q was not given
    if (args.per_query) {
      json["per_query"] = nlohmann::json::object();
      for (const auto& query : result.per_query) {
        json["per_query"][query.qid] = to_json(query.metrics);
        json["per_query"][query.qid]["relevant"] = query.relevant;
        json["per_query"][query.qid]["retrieved"] = query.retrieved;
      }
    }
    std::cout << json.dump(2) << '\n';
    return 0;
  }
  if (args.per_query) {
    for (const auto& query : result.per_query) {
      for (const auto& [name, member] : kMetrics) {
        std::cout << metric_line(name, query.qid, query.metrics.*member);
      }
    }
  }
  std::cout << fmt::format("{:<22}\t{}\t{}\n", "num_q", "all", result.per_query.size());
  for (const auto& [name, member] : kMetrics) {
    std::cout << metric_line(name, "all", result.mean.*member);
  }
  if (result.queries_without_run > 0) {
    std::cerr << fmt::format("qadex: {} judged queries have no results in the run (scored 0)\n",
                             result.queries_without_run);
  }
  if (result.run_queries_unjudged > 0) {
    std::cerr << fmt::format("qadex: {} run queries have no judgments (ignored)\n",
                             result.run_queries_unjudged);
  }
  return 0;
}

}  // namespace

void add_eval_command(CLI::App& app, Action& action) {
  auto args = std::make_shared<EvalArgs>();
  auto* command = app.add_subcommand("eval", "Score a TREC run against relevance judgments");
  command->footer(
      "Metrics, named and computed as trec_eval 9.x does (averaged over judged queries with a\n"
      "relevant answer; a query missing from the run scores 0, as trec_eval -c): ndcg_cut_10\n"
      "(graded gains), map, map_cut_10, recip_rank, P_5, P_10, recall_100; and recip_rank_10\n"
      "(MRR@10, which trec_eval lacks). Lines: metric<TAB>query<TAB>value, as trec_eval.\n"
      "qrels lines: qid 0 docid grade. Run lines: qid Q0 docid rank score tag.\n\n"
      "Example:\n"
      "  qadex search --db idx --queries q.tsv --format trec > run.txt\n"
      "  qadex eval --qrels qrels.txt --run run.txt");
  command->add_option("--qrels", args->qrels, "Relevance judgments (TREC qrels)")
      ->required()
      ->type_name("FILE");
  command->add_option("--run", args->run, "Ranked results (TREC run)")
      ->required()
      ->type_name("FILE");
  command->add_flag("--json", args->json, "Print JSON instead of a table");
  command->add_flag("-q,--per-query", args->per_query,
                    "Also print each query's metrics (trec_eval -q)");
  command
      ->add_option("--min-grade", args->min_grade,
                   "Lowest grade that counts as relevant for MAP, MRR, P and recall")
      ->capture_default_str();
  command->callback([args, &action] { action = [args] { return run_eval(*args); }; });
}

}  // namespace qadex::cli
