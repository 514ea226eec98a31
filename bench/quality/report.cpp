// Builds the benchmark's JSON report, prints it as Markdown, and writes TREC files.
#include "bench/quality/report.hpp"

#include <fmt/core.h>

#include <fstream>
#include <stdexcept>
#include <utility>

#include "qadex/error.hpp"

namespace qadex::bench {
namespace {

using Json = nlohmann::ordered_json;

struct Column {
  std::string_view key;    // in the JSON of a scope
  std::string_view label;  // in the printed tables
  bool latency = false;    // printed in ms, lower is better
};

constexpr std::array<Column, 7> kColumns = {{
    {"ndcg_at_10", "nDCG@10"},
    {"map_at_10", "MAP@10"},
    {"mrr_at_10", "MRR@10"},
    {"p_at_5", "P@5"},
    {"recall_at_100", "R@100"},
    {"latency_median_ms", "p50 ms", true},
    {"latency_p95_ms", "p95 ms", true},
}};

// The metrics that the randomization test compares, per query.
const std::array<std::pair<std::string_view, double eval::Metrics::*>, 2> kTested = {{
    {"ndcg_at_10", &eval::Metrics::ndcg_at_10},
    {"mrr_at_10", &eval::Metrics::mrr_at_10},
}};

// The understanding metrics, in the order printed.
const std::array<std::pair<std::string_view, Share UnderstandingScores::*>, 7> kUnderstanding = {{
    {"focus", &UnderstandingScores::focus},
    {"primary_focus", &UnderstandingScores::primary_focus},
    {"false_primary", &UnderstandingScores::false_primary},
    {"false_primary_named", &UnderstandingScores::false_primary_named},
    {"unrelated_primary", &UnderstandingScores::unrelated_primary},
    {"qtype", &UnderstandingScores::qtype},
    {"qtype_indexed", &UnderstandingScores::qtype_indexed},
}};

const ConfigResult& find_config(const std::vector<ConfigResult>& configs, std::string_view name) {
  for (const auto& config : configs) {
    if (config.run.name == name) return config;
  }
  throw std::logic_error(fmt::format("make_report: no \"{}\" configuration", name));
}

// "default-<feature>" or "default+<feature>": the default with one feature flipped.
bool is_ablation(std::string_view name) {
  return name.starts_with("default-") || name.starts_with("default+");
}

Json ranking_json(const RankingOptions& ranking) {
  Json json;
  for (const auto& feature : kFeatures) json[std::string(feature.name)] = ranking.*feature.flag;
  json["k1"] = ranking.k1;
  json["b"] = ranking.b;
  return json;
}

Json scope_json(const ScopeScores& scores) {
  return {{"queries", scores.queries},
          {"order",
           "as trec_eval orders a run: score as a float descending, ties by docid "
           "descending (qadex eval on the --runs-dir files gives the same numbers)"},
          {"ndcg_at_10", scores.mean.ndcg_at_10},
          {"map_at_10", scores.map_at_10},
          {"mrr_at_10", scores.mean.mrr_at_10},
          {"p_at_5", scores.mean.p_at_5},
          {"recall_at_100", scores.mean.recall_at_100},
          {"map", scores.mean.map},
          {"p_at_10", scores.mean.p_at_10},
          {"latency_median_ms", scores.latency_median_ms},
          {"latency_p95_ms", scores.latency_p95_ms}};
}

Json share_json(const Share& share) {
  return {{"share", share.of != 0
                        ? Json(static_cast<double>(share.hits) / static_cast<double>(share.of))
                        : Json()},
          {"hits", share.hits},
          {"of", share.of}};
}

Json understanding_json(const UnderstandingScores& scores) {
  Json json;
  for (const auto& [key, share] : kUnderstanding)
    json[std::string(key)] = share_json(scores.*share);
  return json;
}

Json question_understanding_json(const QuestionUnderstanding& question) {
  Json names = Json::array();
  for (const auto& name : question.names) {
    names.push_back({{"key", name.key},
                     {"words", name.words},
                     {"role", name.role},
                     {"match", name.match},
                     {"weight", name.weight}});
  }
  return {{"names", std::move(names)},
          {"top_qtype", question.top_qtype},
          {"focus_correct", question.focus_correct},
          {"primary_correct", question.primary_correct},
          {"false_primary", question.false_primary},
          {"unrelated_primary", question.unrelated_primary},
          {"qtype_correct", question.qtype_correct}};
}

// Per LiveQA question: what NLM annotated and what each configuration understood, side by
// side, so that a miss can be read in one place.
Json understanding_questions_json(const std::vector<ExpectedUnderstanding>& expected,
                                  const std::vector<ConfigResult>& configs) {
  std::map<std::string, Json, std::less<>> by_qid;
  for (const auto& truth : expected) {
    Json subquestions = Json::array();
    for (const auto& subquestion : truth.subquestions) {
      subquestions.push_back({{"focus", subquestion.focus},
                              {"type", subquestion.type},
                              {"medquad_qtype", medquad_qtype(subquestion.type)}});
    }
    by_qid[truth.qid] = {{"qid", truth.qid},
                         {"annotated", std::move(subquestions)},
                         {"accepted_keys", truth.accepted_keys},
                         {"focus_in_corpus", truth.focus_in_corpus},
                         {"qtype_in_index", truth.qtype_in_index},
                         {"understood", Json::object()}};
  }
  for (const auto& config : configs) {
    for (const auto& question : config.understanding.per_question) {
      by_qid.at(question.qid)["understood"][config.run.name] =
          question_understanding_json(question);
    }
  }
  Json questions = Json::array();
  for (const auto& truth : expected) questions.push_back(std::move(by_qid.at(truth.qid)));
  return questions;
}

Json p_values(const ScopeScores& a, const ScopeScores& b, const RunInfo& info) {
  Json json;
  for (const auto& [key, metric] : kTested) {
    json[std::string(key)] =
        randomization_p_value(a.per_query, b.per_query, metric, info.permutations, info.seed);
  }
  return json;
}

std::string cell(const Json& value, const Column& column) {
  if (value.is_null()) return "-";
  return column.latency ? fmt::format("{:.2f}", value.get<double>())
                        : fmt::format("{:.4f}", value.get<double>());
}

void print_table_head(std::string_view first, bool with_latency) {
  std::string head = fmt::format("| {} |", first);
  std::string rule = "|---|";
  for (const auto& column : kColumns) {
    if (column.latency && !with_latency) continue;
    head += fmt::format(" {} |", column.label);
    rule += "---:|";
  }
  fmt::print("{}\n{}\n", head, rule);
}

}  // namespace

Json make_report(const RunInfo& info, const std::vector<ConfigResult>& configs,
                 const std::vector<ExpectedUnderstanding>& expected) {
  const auto& plain = find_config(configs, "plain");
  const auto& standard = find_config(configs, "default");

  Json report;
  report["benchmark"] =
      "qadex ranking quality on MEDIQA 2019 Task 3 and TREC 2017 LiveQA medical questions";
  report["command"] = info.command;
  report["commit"] = info.commit;
  report["build_type"] = info.build_type;
  report["compiler"] = info.compiler;
  report["cores"] = info.cores;
  report["smoke"] = info.smoke;
  report["judged_only"] = info.judged_only;
  report["duplicate_qrels"] = info.duplicate_qrels;
  report["data"] = info.data;
  report["corpus"] = {{"records", info.collection.records},
                      {"medquad_records", info.collection.medquad_records},
                      {"mediqa_records", info.collection.mediqa_records},
                      {"index_reused", info.collection.reused},
                      {"index_seconds", info.collection.index_seconds}};
  for (const auto& scope : kScopes) {
    report["questions"][std::string(scope)] = {
        {"read", info.questions.at(std::string(scope))},
        {"with_relevant_answer", standard.scopes.find(scope)->second.queries}};
  }
  report["relevance"] = {
      {"mediqa_grade", "ReferenceScore - 1 (4 excellent -> 3, 3 -> 2, 2 related -> 1, 1 -> 0)"},
      {"liveqa_grade",
       "3 NLM's reference answer, 2 annotated focus and type, 1 annotated focus only "
       "(derived from NLM's annotations)"},
      {"min_relevant_grade", info.min_relevant_grade},
      {"liveqa_focus_match", "LiveQA scored again with relevant = grade >= 1"},
      {"condensed",
       "each set scored again over the records its judgments cover (condensed lists, as "
       "trec_eval -J): a MEDIQA question's ranking keeps its own judged answers (the task's "
       "re-ranking setting); a LiveQA question's keeps MedQuAD records and the MEDIQA answers "
       "it grades"},
      {"ground_truth_labels_checked", info.labels_checked},
      {"ground_truth_label_mismatches", info.label_mismatches}};
  report["metrics"] = {
      {"averaging",
       "mean over questions with a relevant answer; 'all' weighs every such "
       "question once"},
      {"ndcg_at_10", "graded gain = grade, log2 discount, ideal from all judgments"},
      {"map_at_10",
       "AP over the top 10 divided by all relevant judged (trec_eval map on the "
       "run cut at 10)"},
      {"map", "AP over the whole run (depth hits), trec_eval map"},
      {"latency",
       "one warm Index::search() per question, depth hits with snippets, one "
       "thread, steady_clock; median and 95th percentile over the scope"}};
  report["depth"] = info.depth;

  for (const auto& config : configs) {
    Json json{{"name", config.run.name}, {"ranking", ranking_json(config.run.ranking)}};
    for (const auto& [scope, scores] : config.scopes) json["scopes"][scope] = scope_json(scores);
    json["liveqa_focus_match"] = scope_json(config.liveqa_focus_match);
    for (const auto& [scope, scores] : config.condensed)
      json["condensed"][scope] = scope_json(scores);
    json["understanding"] = understanding_json(config.understanding);
    report["configurations"].push_back(std::move(json));
  }

  for (const auto& scope : kScopes) {
    const auto a = scope_json(standard.scopes.find(scope)->second);
    const auto b = scope_json(plain.scopes.find(scope)->second);
    for (const auto& column : kColumns) {
      const double below = b[column.key].get<double>();
      report["default_over_plain"][std::string(scope)][std::string(column.key)] =
          below != 0 ? Json(a[column.key].get<double>() / below) : Json();
    }
  }

  report["significance"] = {
      {"test", "paired randomization test, two-sided, sign flips of per-query differences"},
      {"permutations", info.permutations},
      {"seed", info.seed}};
  for (const auto& scope : kScopes) {
    report["significance"]["default_vs_plain"][std::string(scope)] =
        p_values(standard.scopes.find(scope)->second, plain.scopes.find(scope)->second, info);
  }

  report["ablation"] = Json::array();
  for (const auto& config : configs) {
    if (!is_ablation(config.run.name)) continue;
    // A feature's contribution is what having it adds, whichever way the run flipped it.
    const double sign = config.run.name.find('+') == std::string::npos ? 1.0 : -1.0;
    const auto contribution = [&](std::string_view scope) {
      const auto& with = standard.scopes.find(scope)->second;
      const auto& flipped = config.scopes.find(scope)->second;
      const auto with_json = scope_json(with);
      const auto flipped_json = scope_json(flipped);
      Json json;
      for (const auto& column : kColumns) {
        if (column.latency) continue;
        json["contribution"][std::string(column.key)] =
            sign * (with_json[column.key].get<double>() - flipped_json[column.key].get<double>());
      }
      json["p_values"] = p_values(with, flipped, info);
      return json;
    };
    Json entry{{"configuration", config.run.name}};
    entry.update(contribution("all"));
    // The sets apart: a feature may help one and hurt the other.
    for (const auto set : {"mediqa", "liveqa"}) entry["by_set"][set] = contribution(set);
    report["ablation"].push_back(std::move(entry));
  }

  report["understanding"] = {
      {"set", "LiveQA; read from SearchResults::understanding of each configuration's search"},
      {"accepted_keys",
       "name_key() of every annotated focus (and of each part of one written with slashes, "
       "\"anxiety/ depression\"; each also in capitals, as an abbreviation), plus the keys of "
       "the names MedQuAD gives the "
       "same thing (a record's focus and its synonyms; for a synonym, also the other synonyms "
       "of its focus)"},
      {"focus",
       "some recognized name is an accepted key; over the questions with an annotated focus "
       "that is a MedQuAD focus or synonym"},
      {"primary_focus", "names[0] is an accepted key; the same questions"},
      {"false_primary", "a name is recognized and names[0] is not accepted; every question"},
      {"false_primary_named",
       "as false_primary, over the questions with an annotated focus that is a MedQuAD focus or "
       "synonym (on the others every recognized name counts as false)"},
      {"unrelated_primary",
       "as false_primary, and names[0] is neither part of an accepted key nor contains one "
       "(word sets nested: \"amyloidosis\" for \"cardiac amyloidosis\", the corpus name the "
       "issue asks to back off to, is not unrelated); every question"},
      {"qtype",
       "qtypes[0] is the MedQuAD type of an annotated type (cause -> causes, diagnosis -> "
       "exams and tests, prognosis -> outlook, symptom -> symptoms, complication -> "
       "complications, the rest as named); every question, no guess counted wrong"},
      {"qtype_indexed", "as qtype, over the questions with an annotated type the index holds"},
      {"questions", understanding_questions_json(expected, configs)}};
  return report;
}

void print_report(const Json& report) {
  const auto& corpus = report["corpus"];
  fmt::print("# {}\n\n", report["benchmark"].get<std::string>());
  fmt::print("- command: `{}`\n", report["command"].get<std::string>());
  fmt::print("- commit {}, {} build, {}, {} cores{}\n", report["commit"].get<std::string>(),
             report["build_type"].get<std::string>(), report["compiler"].get<std::string>(),
             report["cores"].get<unsigned>(),
             report["smoke"].get<bool>() ? ", SMOKE (subset)" : "");
  if (report["judged_only"].get<bool>()) {
    fmt::print(
        "- JUDGED ONLY: MedQuAD not indexed; the judged MEDIQA answers are the whole collection\n");
  }
  std::string copies;
  for (const auto& [set, added] : report["duplicate_qrels"].items()) {
    copies += fmt::format("{}{} {}", copies.empty() ? "" : ", ", set, added.get<std::size_t>());
  }
  fmt::print("- judgments: {}\n",
             copies.empty()
                 ? std::string("MEDIQA's and LiveQA's only")
                 : fmt::format("MEDIQA's and LiveQA's, plus lines giving verbatim copies of a "
                               "judged answer its grade ({}; --strict-judgments: none)",
                               copies));
  fmt::print("- corpus: {} records = {} MedQuAD answers + {} judged MEDIQA answers ({})\n",
             corpus["records"].get<std::size_t>(), corpus["medquad_records"].get<std::size_t>(),
             corpus["mediqa_records"].get<std::size_t>(),
             corpus["index_reused"].get<bool>()
                 ? std::string("index reused")
                 : fmt::format("indexed in {:.1f} s", corpus["index_seconds"].get<double>()));
  std::string questions;
  for (const auto& [set, counts] : report["questions"].items()) {
    questions += fmt::format("{}{} {}/{}", questions.empty() ? "" : ", ", set,
                             counts["with_relevant_answer"].get<std::size_t>(),
                             counts["read"].get<std::size_t>());
  }
  fmt::print("- questions with a relevant answer / read: {}\n", questions);
  const auto& relevance = report["relevance"];
  fmt::print(
      "- grade: MEDIQA {}; LiveQA {}; relevant: grade >= {}; MEDIQA's ground truth agrees with "
      "{} of {} labels\n",
      relevance["mediqa_grade"].get<std::string>(), relevance["liveqa_grade"].get<std::string>(),
      relevance["min_relevant_grade"].get<int>(),
      relevance["ground_truth_labels_checked"].get<std::size_t>() -
          relevance["ground_truth_label_mismatches"].get<std::size_t>(),
      relevance["ground_truth_labels_checked"].get<std::size_t>());
  fmt::print("- {} hits per question; MAP@10: {}; latency: {}\n",
             report["depth"].get<std::size_t>(), report["metrics"]["map_at_10"].get<std::string>(),
             report["metrics"]["latency"].get<std::string>());

  for (const auto& scope : kScopes) {
    const std::string name(scope);
    fmt::print("\n## {} ({} questions)\n\n", name,
               report["configurations"][0]["scopes"][name]["queries"].get<std::size_t>());
    print_table_head("configuration", true);
    for (const auto& config : report["configurations"]) {
      std::string row = fmt::format("| {} |", config["name"].get<std::string>());
      for (const auto& column : kColumns) {
        row += fmt::format(" {} |", cell(config["scopes"][name][column.key], column));
      }
      fmt::print("{}\n", row);
    }
  }

  fmt::print(
      "\n## condensed: each set over the records its judgments cover\n\n- {}\n\n"
      "| configuration | mediqa nDCG@10 | mediqa MRR@10 | liveqa nDCG@10 | liveqa MRR@10 | all "
      "nDCG@10 | all MRR@10 |\n|---|---:|---:|---:|---:|---:|---:|\n",
      relevance["condensed"].get<std::string>());
  for (const auto& config : report["configurations"]) {
    std::string row = fmt::format("| {} |", config["name"].get<std::string>());
    for (const auto* scope : {"mediqa", "liveqa", "all"}) {
      const auto& scores = config["condensed"][scope];
      row += fmt::format(" {:.4f} | {:.4f} |", scores["ndcg_at_10"].get<double>(),
                         scores["mrr_at_10"].get<double>());
    }
    fmt::print("{}\n", row);
  }

  fmt::print("\n## liveqa, relevant = grade >= 1: the annotated focus ({} questions)\n\n",
             report["configurations"][0]["liveqa_focus_match"]["queries"].get<std::size_t>());
  fmt::print("| configuration | MRR@10 | P@5 | R@100 |\n|---|---:|---:|---:|\n");
  for (const auto& config : report["configurations"]) {
    const auto& scores = config["liveqa_focus_match"];
    fmt::print("| {} | {:.4f} | {:.4f} | {:.4f} |\n", config["name"].get<std::string>(),
               scores["mrr_at_10"].get<double>(), scores["p_at_5"].get<double>(),
               scores["recall_at_100"].get<double>());
  }

  const auto& understanding = report["understanding"];
  fmt::print("\n## understanding (LiveQA, {} questions)\n\n", understanding["questions"].size());
  for (const auto& [key, share] : kUnderstanding) {
    fmt::print("- {}: {}\n", key, understanding[std::string(key)].get<std::string>());
  }
  fmt::print(
      "\n| configuration | focus | primary focus | false primary | false primary (named) | "
      "unrelated primary | type | type (indexed types) |\n|---|---:|---:|---:|---:|---:|---:|---:|"
      "\n");
  for (const auto& config : report["configurations"]) {
    std::string row = fmt::format("| {} |", config["name"].get<std::string>());
    for (const auto& [key, share] : kUnderstanding) {
      const auto& counts = config["understanding"][std::string(key)];
      row += counts["share"].is_null()
                 ? " - |"
                 : fmt::format(" {:.2f} ({}/{}) |", counts["share"].get<double>(),
                               counts["hits"].get<std::size_t>(), counts["of"].get<std::size_t>());
    }
    fmt::print("{}\n", row);
  }

  fmt::print("\n## default / plain\n\n");
  print_table_head("scope", true);
  for (const auto& scope : kScopes) {
    std::string row = fmt::format("| {} |", scope);
    for (const auto& column : kColumns) {
      const auto& ratio = report["default_over_plain"][std::string(scope)][column.key];
      row += ratio.is_null() ? " - |" : fmt::format(" {:.3f} |", ratio.get<double>());
    }
    fmt::print("{}\n", row);
  }

  const auto& significance = report["significance"];
  fmt::print("\n## default vs plain: p-values ({}, {} permutations, seed {})\n\n",
             significance["test"].get<std::string>(),
             significance["permutations"].get<std::size_t>(),
             significance["seed"].get<std::uint64_t>());
  fmt::print("| scope | nDCG@10 | MRR@10 |\n|---|---:|---:|\n");
  for (const auto& scope : kScopes) {
    const auto& p = significance["default_vs_plain"][std::string(scope)];
    fmt::print("| {} | {:.4f} | {:.4f} |\n", scope, p["ndcg_at_10"].get<double>(),
               p["mrr_at_10"].get<double>());
  }

  if (report["ablation"].empty()) return;
  fmt::print(
      "\n## ablation, all questions (MEDIQA and LiveQA): each feature's contribution = "
      "(with it) - (without it), the rest as in default\n\n");
  fmt::print(
      "| configuration | nDCG@10 | MAP@10 | MRR@10 | P@5 | R@100 | p nDCG@10 | p MRR@10 |\n");
  fmt::print("|---|---:|---:|---:|---:|---:|---:|---:|\n");
  for (const auto& entry : report["ablation"]) {
    std::string row = fmt::format("| {} |", entry["configuration"].get<std::string>());
    for (const auto& column : kColumns) {
      if (!column.latency) {
        row += fmt::format(" {:+.4f} |", entry["contribution"][column.key].get<double>());
      }
    }
    row += fmt::format(" {:.4f} | {:.4f} |", entry["p_values"]["ndcg_at_10"].get<double>(),
                       entry["p_values"]["mrr_at_10"].get<double>());
    fmt::print("{}\n", row);
  }

  fmt::print("\n## ablation per set: contribution (p-value)\n\n");
  fmt::print(
      "| configuration | mediqa nDCG@10 | mediqa MRR@10 | liveqa nDCG@10 | liveqa MRR@10 |\n"
      "|---|---:|---:|---:|---:|\n");
  for (const auto& entry : report["ablation"]) {
    std::string row = fmt::format("| {} |", entry["configuration"].get<std::string>());
    for (const auto& [set, scores] : entry["by_set"].items()) {
      for (const auto& [key, metric] : kTested) {
        row += fmt::format(" {:+.4f} ({:.4f}) |", scores["contribution"][key].get<double>(),
                           scores["p_values"][key].get<double>());
      }
    }
    fmt::print("{}\n", row);
  }
}

void write_runs(const std::filesystem::path& dir,
                const std::map<std::string, eval::Qrels>& qrels_by_set,
                const std::vector<ConfigResult>& configs) {
  std::filesystem::create_directories(dir);
  const auto open = [](const std::filesystem::path& file) {
    std::ofstream out(file);
    if (!out) throw Error(fmt::format("{}: cannot write", file.string()));
    return out;
  };
  auto all_out = open(dir / "qrels.txt");
  for (const auto& [set, qrels] : qrels_by_set) {
    auto set_out = open(dir / fmt::format("qrels-{}.txt", set));
    for (const auto& [qid, judgments] : qrels) {
      for (const auto& [docid, grade] : judgments) {
        const auto line = fmt::format("{} 0 {} {}\n", qid, docid, grade);
        set_out << line;
        all_out << line;
      }
    }
  }
  for (const auto& config : configs) {
    auto out = open(dir / (config.run.name + ".run"));
    for (const auto& [qid, hits] : config.run.hits) {
      for (std::size_t i = 0; i < hits.size(); ++i) {
        out << fmt::format("{} Q0 {} {} {} {}\n", qid, hits[i].id, i + 1, hits[i].score,
                           config.run.name);
      }
    }
  }
}

}  // namespace qadex::bench
