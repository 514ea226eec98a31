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

namespace qadex::bench {

// The MEDIQA files, then "all": every question of the three, each weighing the same.
inline constexpr std::array<std::string_view, 4> kScopes = {"alexa", "validation", "test", "all"};

struct ConfigResult {
  ConfigRun run;
  std::map<std::string, ScopeScores, std::less<>> scopes;  // by kScopes name
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
  std::size_t duplicate_qrels = 0;  // qrels lines given to verbatim copies of judged answers
  CollectionInfo collection;
  std::map<std::string, std::size_t> questions;  // set -> questions read
  std::size_t labels_checked = 0;
  std::size_t label_mismatches = 0;
  std::size_t depth = 0;
  int min_relevant_grade = 0;
  std::size_t permutations = 0;
  std::uint64_t seed = 0;
};

// `configs` holds "plain" and "default" first, then the ablations ("default-<feature>").
[[nodiscard]] nlohmann::ordered_json make_report(const RunInfo& info,
                                                 const std::vector<ConfigResult>& configs);

// Markdown: header, one table per scope, default/plain ratios, p-values, ablation.
void print_report(const nlohmann::ordered_json& report);

// <dir>/qrels.txt and <dir>/<configuration>.run, so that `qadex eval --min-grade 2`
// reproduces the numbers from files.
void write_runs(const std::filesystem::path& dir, const eval::Qrels& qrels,
                const std::vector<ConfigResult>& configs);

}  // namespace qadex::bench
