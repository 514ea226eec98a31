// What a speed run found, printed as Markdown tables (with qadex/peer ratios and growth
// across scales) and written as JSON.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "bench/speed/measure.hpp"

namespace qadex::bench {

struct RunHeader {
  std::string command;
  std::string commit;
  std::string build_type;
  std::string compiler;
  std::string corpus;
  unsigned cores = 0;
  std::vector<std::string> engine_versions{};  // "qadex: Xapian 1.4.22", ...
  std::size_t short_queries = 0;
  std::size_t long_queries = 0;
  unsigned rounds = 0;
  std::size_t min_timings = 0;
};

struct EngineResult {
  std::string engine;
  std::optional<IndexFigures> index{};  // none for an engine searching another's index
  SearchFigures search{};
};

struct ScaleResult {
  unsigned scale = 1;
  std::size_t records = 0;
  std::uint64_t input_bytes = 0;
  std::vector<EngineResult> engines{};      // in the order run; qadex first when present
  std::optional<PairedLatencies> paired{};  // qadex and stock Xapian interleaved, if both ran
};

void print_header(std::ostream& out, const RunHeader& header);
// One table: a row per figure, a column per engine, then qadex/peer ratios and
// qadex-hits/xapian; "–" where an engine has no such figure.
void print_scale(std::ostream& out, const ScaleResult& result);
// How each figure grows from the first scale to each later one, per engine.
void print_growth(std::ostream& out, const std::vector<ScaleResult>& results);

[[nodiscard]] nlohmann::json report_json(const RunHeader& header,
                                         const std::vector<ScaleResult>& results);

}  // namespace qadex::bench
