// qadex_speed_bench: indexes MedQuAD (×1) and synthetic corpora made from it (×10, ×100) with
// qadex and three peers (stock Xapian, SQLite FTS5, Lucene++), then times short and long
// queries against each, and against qadex's index once more for full hits (qadex-hits);
// prints Markdown tables with qadex/peer ratios and writes JSON.

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <thread>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "bench/speed/corpus_gen.hpp"
#include "bench/speed/engine.hpp"
#include "bench/speed/measure.hpp"
#include "bench/speed/queries.hpp"
#include "bench/speed/report.hpp"

namespace fs = std::filesystem;
using namespace qadex::bench;

namespace {

// The long set: MEDIQA questions of consumer length.
constexpr std::size_t kLongMinWords = 20;
constexpr std::size_t kLongMaxWords = 150;
// --smoke: one small MedQuAD folder, a handful of queries, one round; seconds in all.
constexpr const char* kSmokeFolder = "9_CDC_QA";
constexpr std::size_t kSmokeRecords = 300;
constexpr std::size_t kSmokeQueries = 5;

struct Options {
  fs::path data = QADEX_SPEED_DATA_DIR;
  fs::path short_queries = QADEX_SPEED_SOURCE_DIR "/bench/speed/queries_short.txt";
  std::vector<unsigned> scales = {1, 10};
  std::vector<std::string> engines = kEngineNames;
  fs::path json;
  fs::path work = "qadex-speed-work";
  bool keep = false;
  bool smoke = false;
  unsigned rounds = 3;
};

// The first line `command` prints; empty if it prints nothing or cannot run.
std::string first_line_of(const std::string& command) {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
  if (!pipe) return {};
  char buffer[256];
  std::string line = std::fgets(buffer, sizeof buffer, pipe.get()) ? buffer : "";
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
  return line;
}

// The source tree's commit, marked when tracked files differ from it (not from a clone).
std::string commit() {
  const std::string git = "git -C '" QADEX_SPEED_SOURCE_DIR "' ";
  auto id = first_line_of(git + "rev-parse --short HEAD 2>/dev/null");
  if (id.empty()) return "unknown";
  if (!first_line_of(git + "status --porcelain --untracked-files=no 2>/dev/null").empty()) {
    id += " (with uncommitted changes)";
  }
  return id;
}

std::string compiler() {
#if defined(__clang__)
  return "clang " __clang_version__;
#else
  return "gcc " __VERSION__;
#endif
}

// qadex-hits searches the index qadex builds, so qadex must run before it.
void check_engine_order(const std::vector<std::string>& engines) {
  for (auto it = engines.begin(); it != engines.end(); ++it) {
    const auto owner = index_engine(*it);
    if (owner != *it && std::find(engines.begin(), it, owner) == it) {
      throw std::invalid_argument("--engines: " + *it + " searches the index " + owner +
                                  " builds; list " + owner + " before it");
    }
  }
}

int run(const Options& options, const std::string& command) {
  check_engine_order(options.engines);
  const fs::path medquad = options.data / "medquad";
  const fs::path mediqa = options.data / "mediqa2019-qa";
  for (const auto& needed : {medquad, mediqa}) {
    if (!fs::is_directory(needed)) {
      std::cout << "skipped: " << needed.string() << " not found (the speed benchmark needs "
                << "MedQuAD and MEDIQA 2019; pass --data DIR)\n";
      return 0;
    }
  }
  QuerySets queries{.short_queries = read_short_queries(options.short_queries),
                    .long_queries = read_long_queries(mediqa, kLongMinWords, kLongMaxWords),
                    .rounds = options.rounds};
  if (options.smoke) {
    queries.min_timings = 0;
    queries.short_queries.resize(std::min(queries.short_queries.size(), kSmokeQueries));
    queries.long_queries.resize(std::min(queries.long_queries.size(), kSmokeQueries));
  }

  std::cerr << "loading " << (options.smoke ? (medquad / kSmokeFolder) : medquad).string() << "\n";
  const CorpusGenerator generator({options.smoke ? medquad / kSmokeFolder : medquad},
                                  options.smoke ? kSmokeRecords : 0);

  RunHeader header{
      .command = command,
      .commit = commit(),
      .build_type = QADEX_SPEED_BUILD_TYPE,
      .compiler = compiler(),
      .corpus = fmt::format("{} ({} records with answer text; ×N adds (N-1)×{} "
                            "synthetic records)",
                            (options.smoke ? medquad / kSmokeFolder : medquad).string(),
                            generator.real_records(), generator.real_records()),
      .cores = std::thread::hardware_concurrency(),
      .short_queries = queries.short_queries.size(),
      .long_queries = queries.long_queries.size(),
      .rounds = options.rounds,
      .min_timings = queries.min_timings};
  for (const auto& engine : options.engines) {
    header.engine_versions.push_back(engine + ": " + engine_version(engine));
  }
  print_header(std::cout, header);

  const bool owned_work = !fs::exists(options.work);
  // The latency target compares qadex with stock Xapian: both indexes stay until their
  // interleaved phase has run.
  const auto ran = [&](const std::string& engine) {
    return std::find(options.engines.begin(), options.engines.end(), engine) !=
           options.engines.end();
  };
  const bool paired = ran("qadex") && ran("xapian");
  const auto kept_for_pairing = [&](const std::string& owner) {
    return paired && (owner == "qadex" || owner == "xapian");
  };
  std::vector<ScaleResult> results;
  for (const unsigned scale : options.scales) {
    ScaleResult result{.scale = scale};
    const auto index_dir = [&](const std::string& owner) {
      return options.work / fmt::format("x{}", scale) / owner;
    };
    for (auto engine = options.engines.begin(); engine != options.engines.end(); ++engine) {
      const auto owner = index_engine(*engine);
      const fs::path dir = index_dir(owner);
      EngineResult run{.engine = *engine};
      if (owner == *engine) {
        fs::remove_all(dir);
        fs::create_directories(dir.parent_path());
        std::cerr << fmt::format("×{} {}: indexing\n", scale, *engine);
        const auto& index = run.index.emplace(measure_indexing(*engine, dir, generator, scale));
        std::cerr << fmt::format("×{} {}: {} records in {:.1f} s; searching\n", scale, *engine,
                                 index.records, index.seconds);
        result.records = index.records;
        result.input_bytes = index.input_bytes;
      } else {
        std::cerr << fmt::format("×{} {}: searching {}'s index\n", scale, *engine, owner);
      }
      run.search = measure_search(*engine, dir, queries);
      result.engines.push_back(std::move(run));
      const bool searched_later =
          std::any_of(engine + 1, options.engines.end(),
                      [&](const auto& e) { return index_engine(e) == owner; });
      if (!options.keep && !searched_later && !kept_for_pairing(owner)) fs::remove_all(dir);
    }
    if (paired) {
      std::cerr << fmt::format("×{} qadex and xapian: interleaved latencies\n", scale);
      result.paired =
          measure_paired("qadex", index_dir("qadex"), "xapian", index_dir("xapian"), queries);
      if (!options.keep) {
        fs::remove_all(index_dir("qadex"));
        fs::remove_all(index_dir("xapian"));
      }
    }
    print_scale(std::cout, result);
    std::cout.flush();
    results.push_back(std::move(result));
  }
  print_growth(std::cout, results);

  if (!options.json.empty()) {
    std::ofstream out(options.json);
    out << report_json(header, results).dump(2) << '\n';
    if (!out) throw std::runtime_error(options.json.string() + ": cannot write");
    std::cerr << "wrote " << options.json.string() << "\n";
  }
  if (!options.keep && owned_work) fs::remove_all(options.work);
  return 0;
}

}  // namespace

int main(int argc, char** argv) try {
  Options options;
  CLI::App app{
      "Speed of qadex against stock Xapian, SQLite FTS5 and Lucene++ on the same records and "
      "queries: indexing records/s, MiB/s, peak RSS and index size; query latency p50/p95/p99 "
      "(short and long queries, one thread, warm) and QPS with 2 threads; qadex/peer ratios and "
      "growth across scales.\n\nExample: qadex_speed_bench --scales 1,10 --json speed.json",
      "qadex_speed_bench"};
  app.add_option("--data", options.data, "Folder holding medquad/ and mediqa2019-qa/")
      ->capture_default_str();
  app.add_option("--short-queries", options.short_queries, "Short queries, one per line")
      ->capture_default_str();
  app.add_option("--scales", options.scales,
                 "Corpus sizes as multiples of MedQuAD's answered records (×100 is ~1.6M "
                 "records and takes hours)")
      ->delimiter(',')
      ->check(CLI::Range(1u, 1000u))
      ->capture_default_str();
  app.add_option("--engines", options.engines,
                 "Engines to run: qadex, qadex-hits (full hits from qadex's index; after qadex), "
                 "xapian, fts5, lucene")
      ->delimiter(',')
      ->check(CLI::IsMember(kEngineNames))
      ->capture_default_str();
  app.add_option("--json", options.json, "Also write the results as JSON to this file");
  app.add_option("--work", options.work,
                 "Where the indexes are built; removed afterwards unless --keep")
      ->capture_default_str();
  app.add_flag("--keep", options.keep, "Keep the indexes in --work");
  app.add_option("--rounds", options.rounds,
                 "Timed passes over each query set at least; more until a set has 1,000 "
                 "timings (for p99), none started after 10 s in a phase")
      ->check(CLI::Range(1u, 100u))
      ->capture_default_str();
  app.add_flag("--smoke", options.smoke,
               "A few hundred records and a few queries, one round, at ×1 and ×2: a check that "
               "everything runs (seconds), not a measurement");
  CLI11_PARSE(app, argc, argv);
  if (options.smoke) {
    options.scales = {1, 2};
    options.rounds = 1;
  }
  std::string command = "qadex_speed_bench";
  for (int i = 1; i < argc; ++i) command += std::string(" ") + argv[i];
  return run(options, command);
} catch (const std::exception& e) {
  std::cerr << "qadex_speed_bench: " << e.what() << '\n';
  return 1;
}
