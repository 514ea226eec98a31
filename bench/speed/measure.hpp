// Measuring one engine: indexing and searching, each in a forked child process so that
// one engine's memory and caches never count against another's.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "bench/speed/corpus_gen.hpp"

namespace qadex::bench {

struct IndexFigures {
  std::size_t records = 0;
  std::uint64_t input_bytes = 0;  // question + answer text handed to the engine
  double seconds = 0;             // inside add() and finish() only: generation is not counted
  double base_rss_mb = 0;         // the child's RSS before the engine opened (the harness)
  double peak_rss_mb = 0;         // the child's peak RSS (VmHWM)
  std::uint64_t index_bytes = 0;  // files under the index directory after finish()
};

struct LatencyFigures {
  std::size_t queries = 0;  // timed single-thread searches (set size × passes)
  double p50_ms = 0;
  double p95_ms = 0;
  double p99_ms = 0;
  double qps_2_threads = 0;  // two threads, one searcher each, sharing the same rounds
};

struct SearchFigures {
  LatencyFigures short_queries{};
  LatencyFigures long_queries{};
  double base_rss_mb = 0;
  double peak_rss_mb = 0;  // the searching child's peak, the two-thread phase included
};

struct QuerySets {
  std::vector<std::string> short_queries{};
  std::vector<std::string> long_queries{};
  unsigned rounds = 3;  // timed passes over each set after an untimed warm-up (one pass or
                        // 10 s); no new pass starts once a phase has run 10 s, and the
                        // 2-thread QPS phase stops at 10 s
  // More passes, within the same 10 s, until a set has this many timings: p99 of 150 timings
  // is the second slowest, at the mercy of one hiccup of a shared machine; of 1,000, it rests
  // on the slowest ten.
  std::size_t min_timings = 1000;
};

// Two engines' single-thread latencies measured in one child process, their searches
// interleaved query by query (which goes first alternates). Measured one after the other,
// sub-millisecond tails moved by a third between runs with the machine's drift; interleaved,
// the drift falls on both alike. Passes as for one engine (QuerySets), counting the timings
// of each engine.
struct PairedLatencies {
  std::string first;
  std::string second;
  LatencyFigures first_short{};
  LatencyFigures second_short{};
  LatencyFigures first_long{};
  LatencyFigures second_long{};
};

// Indexes generator.generate(scale) into `dir` (which must not exist) with `engine`.
// Throws std::runtime_error with the child's message if it fails.
[[nodiscard]] IndexFigures measure_indexing(const std::string& engine,
                                            const std::filesystem::path& dir,
                                            const CorpusGenerator& generator, unsigned scale);

// Searches the index in `dir`: warm-up, single-thread latencies, then QPS with 2 threads.
[[nodiscard]] SearchFigures measure_search(const std::string& engine,
                                           const std::filesystem::path& dir,
                                           const QuerySets& queries);

// See PairedLatencies; qps_2_threads is not measured there (0).
[[nodiscard]] PairedLatencies measure_paired(const std::string& first,
                                             const std::filesystem::path& first_dir,
                                             const std::string& second,
                                             const std::filesystem::path& second_dir,
                                             const QuerySets& queries);

}  // namespace qadex::bench
