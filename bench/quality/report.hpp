// The benchmark's results as one JSON document, printed as Markdown tables from that same
// document (so the screen and the file cannot disagree), and the runs as TREC files.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "bench/quality/collection.hpp"
#include "bench/quality/measure.hpp"
#include "bench/quality/understanding.hpp"

namespace qadex::bench {

// The MEDIQA files, all of MEDIQA, LiveQA, then "all": every question of both sets, each
// weighing the same (see in_scope).
inline constexpr std::array<std::string_view, 6> kScopes = {"alexa",  "validation", "test",
                                                            "mediqa", "liveqa",     "all"};

struct ConfigResult {
  ConfigRun run;
  std::map<std::string, ScopeScores, std::less<>> scopes;  // by kScopes name
  ScopeScores liveqa_focus_match;  // LiveQA with relevant = grade >= 1 (the focus matches)
  // mediqa, liveqa, all: each question's ranking condensed to the records its set judged
  // (see judged_hits_only)
  std::map<std::string, ScopeScores, std::less<>> condensed;
  UnderstandingScores understanding;  // on LiveQA
};

// What the run was: where, on what, how. Printed as the header.
struct RunInfo {
  std::string command;
  std::string commit;  // `git describe --always --dirty`, or "unknown"
  std::string build_type;
  std::string compiler;
  unsigned cores = 0;
  std::string data;
  bool smoke = false;
  bool judged_only = false;  // no MedQuAD: only the judged MEDIQA answers are indexed
  std::map<std::string, std::size_t> duplicate_qrels;  // set -> qrels lines given to verbatim
                                                       // copies of judged answers
  CollectionInfo collection;
  std::map<std::string, std::size_t> questions;  // scope -> questions read
  std::size_t labels_checked = 0;
  std::size_t label_mismatches = 0;
  std::size_t depth = 0;
  int min_relevant_grade = 0;
  std::size_t permutations = 0;
  std::uint64_t seed = 0;
};

// `configs` holds "plain" and "default" (compared), any others (baselines such as
// "plain-two-fields"), and the ablations ("default-<feature>", "default+<feature>").
// `expected` is what each LiveQA question should be understood as.
[[nodiscard]] nlohmann::ordered_json make_report(
    const RunInfo& info, const std::vector<ConfigResult>& configs,
    const std::vector<ExpectedUnderstanding>& expected);

// Markdown: header, one table per scope, LiveQA at grade >= 1, understanding on LiveQA,
// default/plain ratios, p-values, ablation.
void print_report(const nlohmann::ordered_json& report);

// <dir>/qrels-<set>.txt per set, <dir>/qrels.txt of every set, and <dir>/<configuration>.run,
// so that `qadex eval --min-grade 2` reproduces the numbers of a set, or of "all", from files.
void write_runs(const std::filesystem::path& dir,
                const std::map<std::string, eval::Qrels>& qrels_by_set,
                const std::vector<ConfigResult>& configs);

}  // namespace qadex::bench
