// qadex_quality_bench: ranking quality of qadex on MEDIQA 2019 Task 3 and TREC 2017 LiveQA
// medical questions, with MedQuAD as the collection around the judged answers; plain vs
// default, ablation, latency, and question understanding against NLM's LiveQA annotations.
#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <thread>

#include "bench/quality/collection.hpp"
#include "bench/quality/duplicates.hpp"
#include "bench/quality/liveqa.hpp"
#include "bench/quality/measure.hpp"
#include "bench/quality/mediqa.hpp"
#include "bench/quality/report.hpp"
#include "bench/quality/understanding.hpp"
#include "qadex/qadex.hpp"

namespace qadex::bench {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t kSmokeQuestions = 10;  // per MEDIQA file
constexpr std::size_t kSmokeLiveqaQuestions = 20;
constexpr std::string_view kSmokeMedquad = "1_CancerGov_QA";  // one real, small MedQuAD folder
constexpr std::uint64_t kSeed = 20190801;  // fixed: the same p-values on every run
constexpr int kMinRelevantGrade = 2;       // MEDIQA: ReferenceScore 3-4, the task's "correct";
                                           // LiveQA: a reference answer, or focus and type match
constexpr int kFocusMatchGrade = 1;        // LiveQA: the record's focus is the one asked about

struct Args {
  std::string data = QADEX_SHARED_DATA;
  std::string db = "quality-db";
  std::string json = "quality.json";
  std::string runs_dir;
  std::size_t depth = 100;
  std::size_t permutations = 10000;
  bool ablation = false;
  bool reindex = false;
  bool smoke = false;
  bool judged_only = false;
  bool strict_judgments = false;
  std::vector<double> weights;
  std::vector<std::string> with;
  std::vector<std::string> without;
  RankingOptions ranking;  // the "default" configuration
};

std::string compiler() {
#if defined(__clang__)
  return "clang " __clang_version__;
#elif defined(__GNUC__)
  return "gcc " __VERSION__;
#else
  return "unknown compiler";
#endif
}

std::string commit() {
  const std::string command =
      fmt::format("git -C '{}' describe --always --dirty 2>/dev/null", QADEX_SOURCE_DIR);
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  if (!pipe) return "unknown";
  std::string out;
  for (int c; (c = std::fgetc(pipe.get())) != EOF;) out += static_cast<char>(c);
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  return out.empty() ? "unknown" : out;
}

// The first data file that is absent, or an empty path when everything is there.
fs::path missing_data(const fs::path& mediqa_dir, const fs::path& liveqa_dir,
                      const fs::path& medquad) {
  for (const auto file : {kLiveqaQuestions, kLiveqaAnnotations, kLiveqaQrels}) {
    if (!fs::exists(liveqa_dir / file)) return liveqa_dir / file;
  }
  for (const auto& file : kMediqaFiles) {
    if (!fs::exists(mediqa_dir / file.xml)) return mediqa_dir / file.xml;
    if (!file.ground_truth.empty() && !fs::exists(mediqa_dir / file.ground_truth)) {
      return mediqa_dir / file.ground_truth;
    }
  }
  return medquad.empty() || fs::exists(medquad) ? fs::path() : medquad;
}

int run(const Args& args, const std::string& command) {
  const fs::path data(args.data);
  const fs::path mediqa_dir = data / "mediqa2019-qa";
  const fs::path liveqa_dir = data / "liveqa2017-train";
  const fs::path medquad = args.judged_only ? fs::path()
                           : args.smoke     ? data / "medquad" / kSmokeMedquad
                                            : data / "medquad";
  if (const auto missing = missing_data(mediqa_dir, liveqa_dir, medquad); !missing.empty()) {
    if (args.smoke) {
      fmt::print("skipped: {} not found (--data names the shared data folder)\n", missing.string());
      return 0;
    }
    throw UsageError(
        fmt::format("{} not found: name the shared data folder with --data DIR", missing.string()));
  }

  const auto mediqa = read_mediqa(mediqa_dir, args.smoke ? kSmokeQuestions : 0);
  const auto liveqa = read_liveqa(liveqa_dir, args.smoke ? kSmokeLiveqaQuestions : 0);
  std::vector<Question> questions;
  std::map<std::string, eval::Qrels> qrels_by_set{{"liveqa", liveqa.qrels}};
  for (const auto& question : mediqa.questions) {
    questions.push_back({question.qid, "mediqa", question.set, question.text});
    for (const auto& answer : question.answers)
      qrels_by_set["mediqa"][question.qid][answer.record.id] = answer.grade;
  }
  for (const auto& question : liveqa.questions) {
    questions.push_back({question.qid, "liveqa", "liveqa", question.text});
  }
  RunInfo info;
  for (const auto& scope : kScopes) {
    info.questions[std::string(scope)] = static_cast<std::size_t>(
        std::count_if(questions.begin(), questions.end(),
                      [&](const Question& question) { return in_scope(question, scope); }));
  }
  std::vector<fs::path> medquad_inputs;
  if (!medquad.empty()) medquad_inputs.push_back(medquad);
  std::map<std::string, std::string> canonical;  // copies scored as one answer
  if (!args.strict_judgments) {
    const auto copies = judge_duplicates(qrels_by_set, mediqa, medquad_inputs);
    for (const auto& [set, added] : copies.added) {
      fmt::print(stderr, "{}: {} qrels lines added for verbatim copies of judged answers\n", set,
                 added);
    }
    info.duplicate_qrels = copies.added;
    canonical = copies.canonical;
    for (auto& [set, judged] : qrels_by_set) judged = distinct_answers(judged, canonical);
  }
  // Qids are distinct across sets ("alexa-1", "T1-1"), so one map scores every scope.
  eval::Qrels qrels;
  for (const auto& [set, judged] : qrels_by_set) qrels.insert(judged.begin(), judged.end());
  info.collection = prepare_collection(args.db, medquad_inputs, mediqa, args.reindex);
  const auto index = Index::open(args.db);
  const auto expected =
      expected_understanding(liveqa, CorpusNames::read(medquad_inputs), index.stats());

  RankingOptions standard = args.ranking;
  if (args.weights.size() == 4) {
    standard.question_weight = args.weights[0];
    standard.answer_weight = args.weights[1];
    standard.focus_weight = args.weights[2];
    standard.synonyms_weight = args.weights[3];
  }
  for (const auto& feature : kFeatures) {
    const auto named = [&](const std::vector<std::string>& names) {
      return std::find(names.begin(), names.end(), feature.name) != names.end();
    };
    if (named(args.with)) standard.*feature.flag = true;
    if (named(args.without)) standard.*feature.flag = false;
  }
  std::vector<std::pair<std::string, RankingOptions>> configurations = {
      {"plain", RankingOptions::plain()},
      {"plain-two-fields", RankingOptions::plain_two_fields()},
      {"default", standard}};
  if (args.ablation) {
    // Each feature flipped alone: "default-X" turns off one that is on, "default+X" turns
    // on one that is off by default.
    for (const auto& feature : kFeatures) {
      RankingOptions flipped = standard;
      flipped.*feature.flag = !(standard.*feature.flag);
      configurations.emplace_back(
          fmt::format("default{}{}", standard.*feature.flag ? "-" : "+", feature.name), flipped);
    }
  }

  std::vector<ConfigResult> results;
  for (const auto& [name, ranking] : configurations) {
    fmt::print(stderr, "running {} ...\n", name);
    ConfigResult result{
        run_configuration(index, questions, name, ranking, args.depth), {}, {}, {}, {}};
    for (auto& [qid, hits] : result.run.hits) keep_distinct_answers(hits, canonical);
    for (const auto& scope : kScopes) {
      result.scopes.emplace(scope,
                            score_scope(result.run, questions, qrels, scope, kMinRelevantGrade));
    }
    result.liveqa_focus_match =
        score_scope(result.run, questions, qrels, "liveqa", kFocusMatchGrade);
    const auto condensed = judged_hits_only(result.run, questions, qrels, kMediqaIdPrefix);
    for (const std::string scope : {"mediqa", "liveqa", "all"}) {
      result.condensed.emplace(scope,
                               score_scope(condensed, questions, qrels, scope, kMinRelevantGrade));
    }
    result.understanding = score_understanding(result.run, expected);
    results.push_back(std::move(result));
  }

  info.command = command;
  info.commit = commit();
  info.build_type = QADEX_BUILD_TYPE;
  info.compiler = compiler();
  info.cores = std::thread::hardware_concurrency();
  info.data = data.string();
  info.smoke = args.smoke;
  info.judged_only = args.judged_only;
  info.labels_checked = mediqa.labels_checked;
  info.label_mismatches = mediqa.label_mismatches;
  info.depth = args.depth;
  info.min_relevant_grade = kMinRelevantGrade;
  info.permutations = args.permutations;
  info.seed = kSeed;
  const auto report = make_report(info, results, expected);
  print_report(report);

  std::ofstream out(args.json);
  out << report.dump(2) << '\n';
  if (!out) throw Error(fmt::format("{}: cannot write the JSON report", args.json));
  fmt::print(stderr, "wrote {}\n", args.json);
  if (!args.runs_dir.empty()) {
    write_runs(args.runs_dir, qrels_by_set, results);
    fmt::print(stderr,
               "wrote {}/qrels.txt (every set), qrels-<set>.txt and one .run file per "
               "configuration\n",
               args.runs_dir);
  }
  return 0;
}

}  // namespace
}  // namespace qadex::bench

int main(int argc, char** argv) try {
  using qadex::bench::kFeatures;
  qadex::bench::Args args;
  CLI::App app{
      "Ranking quality of qadex: indexes MedQuAD plus every judged MEDIQA 2019 Task 3 answer,\n"
      "searches the MEDIQA questions and the TREC 2017 LiveQA medical training questions, and\n"
      "scores plain BM25 over one question+answer field (RankingOptions::plain()), the older\n"
      "two-field baseline (plain_two_fields()) and the default ranking with nDCG@10, MAP@10,\n"
      "MRR@10, P@5 and Recall@100 per scope (alexa, validation, test: the MEDIQA files; mediqa;\n"
      "liveqa; all: every question of both), with per-query latency and a paired randomization\n"
      "test of default vs plain. On LiveQA it also scores question understanding: what each\n"
      "configuration's searches recognized (SearchResults::understanding) against NLM's focus\n"
      "and type annotations.",
      "qadex_quality_bench"};
  app.footer(
      "Relevant: grade >= 2, nDCG gains are the grades. MEDIQA: grade = ReferenceScore - 1, so\n"
      "relevant is ReferenceScore 3-4 (the task's \"correct\"). LiveQA (qrels over MedQuAD\n"
      "records, derived from NLM's annotations): 3 a reference answer, 2 the annotated focus\n"
      "and type, 1 the focus only; LiveQA's MRR@10 is also given at grade >= 1. Ratios and\n"
      "p-values compare default with plain (one field). Copies of one answer text are scored\n"
      "as one answer (the first copy in a ranking counts; unless --strict-judgments).\n\n"
      "Condensed: each set scored again over the records its judgments cover (trec_eval -J):\n"
      "a MEDIQA question's ranking keeps its own judged answers (the task's re-ranking\n"
      "setting); a LiveQA question's keeps the MedQuAD records (LiveQA judges them all) and\n"
      "the MEDIQA answers it grades. In the mixed index each set otherwise counts the other\n"
      "set's unjudged records as wrong.\n\n"
      "Understanding (LiveQA): a name is right if its key is name_key() of an annotated focus\n"
      "(or of a part of one listed with slashes, \"anxiety/ depression\", or of one in capitals:\n"
      "annotators wrote abbreviations in lower case) or of a name MedQuAD gives the same thing\n"
      "(a record's focus and its synonyms). focus: some\n"
      "recognized name is right, over the questions whose annotated focus is a MedQuAD name;\n"
      "primary focus: names[0] is right, same questions; false primary: names[0] exists and is\n"
      "wrong, over every question; type: qtypes[0] is an annotated type in MedQuAD's terms\n"
      "(cause -> causes, diagnosis -> exams and tests, ...), over every question, and over those\n"
      "whose annotated type the index holds. The JSON report lists each question's annotations\n"
      "and what each configuration understood.\n\n"
      "The index is kept in --db and reused while it holds the same records and this build's\n"
      "lay vocabulary (vocabulary/lay-medical.tsv); pass --reindex after changing the indexer.\n\n"
      "Examples:\n"
      "  qadex_quality_bench --ablation\n"
      "  qadex_quality_bench --without spelling,synonyms --runs-dir runs\n"
      "Reproducing a scope's numbers (MAP@10 aside: eval's MAP is over the whole run) from the\n"
      "--runs-dir files (qrels.txt: all; qrels-mediqa.txt, qrels-liveqa.txt: one set; the\n"
      "run's questions of other sets are then ignored):\n"
      "  qadex eval --qrels runs/qrels-liveqa.txt --run runs/default.run --min-grade 2");
  std::vector<std::string> feature_names;
  for (const auto& feature : kFeatures) feature_names.emplace_back(feature.name);

  app.add_option("--data", args.data,
                 "Shared data folder (medquad/, mediqa2019-qa/, liveqa2017-train/)")
      ->capture_default_str()
      ->type_name("DIR");
  app.add_option("--db", args.db, "Index location, built if missing or different")
      ->capture_default_str()
      ->type_name("DIR");
  app.add_flag("--reindex", args.reindex, "Rebuild the index even if it looks current");
  app.add_option("--json", args.json, "Where to write the results as JSON")
      ->capture_default_str()
      ->type_name("FILE");
  app.add_option("--runs-dir", args.runs_dir,
                 "Also write qrels.txt, qrels-<set>.txt and TREC runs here")
      ->type_name("DIR");
  app.add_option("--depth", args.depth, "Hits per question")
      ->capture_default_str()
      ->check(CLI::Range(std::size_t{1}, std::size_t{10000}));
  app.add_flag("--ablation", args.ablation,
               "Also score the default ranking with each feature flipped, one at a time "
               "(default-X: X off, default+X: X on)");
  app.add_option("--with", args.with,
                 "Switch features on in the default configuration (comma-separated)")
      ->delimiter(',')
      ->check(CLI::IsMember(feature_names))
      ->type_name("FEATURE");
  app.add_option("--without", args.without,
                 "Switch features off in the default configuration (comma-separated)")
      ->delimiter(',')
      ->check(CLI::IsMember(feature_names))
      ->type_name("FEATURE");
  app.add_option("--max-terms", args.ranking.max_terms,
                 "Keep at most this many of a question's terms in the default configuration "
                 "(0: all)")
      ->capture_default_str();
  app.add_option("--name-bonus", args.ranking.name_bonus,
                 "Bonus of a record about the primary recognized name, default configuration")
      ->capture_default_str();
  app.add_option("--qtype-bonus", args.ranking.qtype_bonus,
                 "Bonus of a record of the guessed question type (times its confidence), "
                 "default configuration")
      ->capture_default_str();
  app.add_option("--name-qtype-bonus", args.ranking.name_qtype_bonus,
                 "Bonus of a record about the primary name and of a guessed type (times the "
                 "type's confidence), default configuration")
      ->capture_default_str();
  app.add_option("--k1", args.ranking.k1, "BM25 k1 of the default configuration")
      ->capture_default_str();
  app.add_option("--b", args.ranking.b, "BM25 b of the default configuration")
      ->capture_default_str();
  app.add_option("--permutations", args.permutations, "Randomization test permutations")
      ->capture_default_str()
      ->check(CLI::Range(std::size_t{1}, std::size_t{10000000}));
  app.add_flag("--smoke", args.smoke,
               "CI size: 10 questions per MEDIQA file, 20 LiveQA questions and one MedQuAD "
               "folder; skips (exit 0) without the data");
  app.add_option("--weights", args.weights,
                 "Field weights of the default configuration: question,answer,focus,synonyms")
      ->expected(4)
      ->delimiter(',');
  app.add_flag("--strict-judgments", args.strict_judgments,
               "Judge only the records MEDIQA judged; by default a verbatim copy of a judged "
               "answer (in MedQuAD, or judged for another question) gets its grade");
  app.add_flag("--judged-only", args.judged_only,
               "Index only the judged MEDIQA answers, no MedQuAD: the task's re-ranking setting, "
               "where no unjudged answer competes (LiveQA's judged records are then absent)");
  CLI11_PARSE(app, argc, argv);

  std::string command = "qadex_quality_bench";
  for (int i = 1; i < argc; ++i) command += fmt::format(" {}", argv[i]);
  return qadex::bench::run(args, command);
} catch (const qadex::UsageError& e) {
  std::cerr << "qadex_quality_bench: " << e.what() << "\nTry 'qadex_quality_bench --help'.\n";
  return 2;
} catch (const std::exception& e) {
  std::cerr << "qadex_quality_bench: " << e.what() << '\n';
  return 1;
}
