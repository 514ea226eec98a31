// Forked measurements: the child does the work and writes its figures to a pipe as JSON.
#include "bench/speed/measure.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <latch>
#include <stdexcept>
#include <thread>

#include <nlohmann/json.hpp>

#include "bench/speed/engine.hpp"

namespace qadex::bench {
namespace {

using Clock = std::chrono::steady_clock;
using json = nlohmann::json;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// A line "Key:   1234 kB" of /proc/self/status, in MB (Linux).
double status_mb(const std::string& key) {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind(key + ":", 0) == 0) return std::stod(line.substr(key.size() + 1)) / 1024.0;
  }
  return 0;
}

void write_all(int fd, const std::string& text) {
  for (std::size_t done = 0; done < text.size();) {
    const auto n = ::write(fd, text.data() + done, text.size() - done);
    if (n <= 0) return;
    done += static_cast<std::size_t>(n);
  }
}

// Runs `work` in a child process and returns what it returned. The parent is single-threaded
// when it forks (threads only ever run in children), so the child may do anything.
json in_child(const std::string& what, const std::function<json()>& work) {
  int fds[2];
  if (::pipe(fds) != 0) throw std::runtime_error("pipe failed");
  std::fflush(nullptr);
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    ::close(fds[0]);
    json result;
    int status = 0;
    try {
      result = work();
    } catch (const std::exception& e) {
      result = {{"error", e.what()}};
      status = 1;
    }
    write_all(fds[1], result.dump());
    ::close(fds[1]);
    ::_exit(status);  // no destructors or atexit handlers of the parent's state
  }
  ::close(fds[1]);
  std::string text;
  char buffer[4096];
  for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) > 0;) text.append(buffer, n);
  ::close(fds[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  const auto result = json::parse(text.empty() ? "{}" : text);
  if (result.contains("error"))
    throw std::runtime_error(what + ": " + result["error"].get<std::string>());
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || result.empty()) {
    throw std::runtime_error(what + ": the measuring process died (status " +
                             std::to_string(status) + ")");
  }
  return result;
}

// Nearest-rank percentile of sorted values.
double percentile(const std::vector<double>& sorted, double p) {
  const auto rank =
      static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
  return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

// No new pass over a set starts once a phase has run this long: every engine is timed on
// every query at least once, and a slow engine (FTS5 on long queries at ×10) does not
// stretch the run by hours.
constexpr double kPhaseBudgetSeconds = 10;

// The queries in order until they are done or the budget has passed: enough to bring the
// index into the OS cache and the engine's own caches up.
void warm_up(EngineSearcher& searcher, const std::vector<std::string>& queries) {
  const auto start = Clock::now();
  for (const auto& query : queries) {
    if (seconds_since(start) > kPhaseBudgetSeconds) break;
    (void)searcher.search(query, 10);
  }
}

double timed_search_ms(EngineSearcher& searcher, const std::string& query) {
  const auto start = Clock::now();
  (void)searcher.search(query, 10);
  return seconds_since(start) * 1000.0;
}

LatencyFigures percentiles_of(std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  return {.queries = ms.size(),
          .p50_ms = percentile(ms, 50),
          .p95_ms = percentile(ms, 95),
          .p99_ms = percentile(ms, 99)};
}

// Whether a timed phase runs another whole pass over its set: always a first; then, while
// the budget lasts, until `rounds` passes are done and the set has `min_timings` timings.
bool another_pass(unsigned passes, std::size_t timings, const QuerySets& sets,
                  Clock::time_point phase_start) {
  if (passes == 0) return true;
  if (seconds_since(phase_start) > kPhaseBudgetSeconds) return false;
  return passes < sets.rounds || timings < sets.min_timings;
}

LatencyFigures latencies(EngineSearcher& searcher, const std::vector<std::string>& queries,
                         const QuerySets& sets) {
  std::vector<double> ms;
  const auto phase_start = Clock::now();
  for (unsigned pass = 0; another_pass(pass, ms.size(), sets, phase_start); ++pass) {
    for (const auto& query : queries) ms.push_back(timed_search_ms(searcher, query));
  }
  return percentiles_of(std::move(ms));
}

// Both searchers' latencies over `queries`, interleaved (see PairedLatencies).
std::pair<LatencyFigures, LatencyFigures> interleaved(EngineSearcher& first, EngineSearcher& second,
                                                      const std::vector<std::string>& queries,
                                                      const QuerySets& sets) {
  std::vector<double> first_ms;
  std::vector<double> second_ms;
  const auto phase_start = Clock::now();
  for (unsigned pass = 0; another_pass(pass, first_ms.size(), sets, phase_start); ++pass) {
    for (std::size_t i = 0; i < queries.size(); ++i) {
      if ((pass + i) % 2 == 0) {
        first_ms.push_back(timed_search_ms(first, queries[i]));
        second_ms.push_back(timed_search_ms(second, queries[i]));
      } else {
        second_ms.push_back(timed_search_ms(second, queries[i]));
        first_ms.push_back(timed_search_ms(first, queries[i]));
      }
    }
  }
  return {percentiles_of(std::move(first_ms)), percentiles_of(std::move(second_ms))};
}

// Two threads, each with its own searcher (opened before the clock starts; the OS cache is
// already warm), taking the next query of `rounds` passes over the set from a shared
// counter until the budget has passed: a rate needs no whole pass, and a slow engine
// would otherwise take minutes for one.
double qps_two_threads(const std::string& engine, const std::filesystem::path& dir,
                       const std::vector<std::string>& queries, unsigned rounds) {
  constexpr std::size_t kThreads = 2;
  const std::size_t total = rounds * queries.size();
  std::latch ready(kThreads + 1);
  std::latch go(1);
  std::atomic<std::size_t> next = 0;
  std::atomic<std::size_t> done = 0;
  std::atomic<bool> failed = false;
  Clock::time_point start;
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      std::unique_ptr<EngineSearcher> searcher;
      try {
        searcher = open_searcher(engine, dir);
      } catch (const std::exception&) {
        failed = true;
      }
      ready.count_down();
      go.wait();
      try {
        for (std::size_t i; searcher && (i = next++) < total;) {
          if (seconds_since(start) > kPhaseBudgetSeconds) break;
          (void)searcher->search(queries[i % queries.size()], 10);
          ++done;
        }
      } catch (const std::exception&) {
        failed = true;
      }
      next = total;  // whichever thread stops first stops the other at its next query
    });
  }
  ready.arrive_and_wait();
  start = Clock::now();
  go.count_down();
  for (auto& thread : threads) thread.join();
  const double elapsed = seconds_since(start);
  if (failed) throw std::runtime_error("a searching thread failed");
  return static_cast<double>(done) / elapsed;
}

LatencyFigures measure_set(const std::string& engine, const std::filesystem::path& dir,
                           EngineSearcher& searcher, const std::vector<std::string>& queries,
                           const QuerySets& sets) {
  if (queries.empty()) return {};
  auto figures = latencies(searcher, queries, sets);
  figures.qps_2_threads = qps_two_threads(engine, dir, queries, sets.rounds);
  return figures;
}

json to_json(const LatencyFigures& f) {
  return {{"queries", f.queries},
          {"p50_ms", f.p50_ms},
          {"p95_ms", f.p95_ms},
          {"p99_ms", f.p99_ms},
          {"qps_2_threads", f.qps_2_threads}};
}

LatencyFigures latency_from_json(const json& j) {
  return {.queries = j["queries"],
          .p50_ms = j["p50_ms"],
          .p95_ms = j["p95_ms"],
          .p99_ms = j["p99_ms"],
          .qps_2_threads = j["qps_2_threads"]};
}

}  // namespace

IndexFigures measure_indexing(const std::string& engine, const std::filesystem::path& dir,
                              const CorpusGenerator& generator, unsigned scale) {
  // What was written before (the build, the previous engine's index) is flushed now, not
  // while this engine is timed.
  ::sync();
  const auto result = in_child(engine + " indexing", [&] {
    const double base = status_mb("VmRSS");
    std::size_t records = 0;
    std::uint64_t bytes = 0;
    double seconds = 0;
    auto start = Clock::now();
    auto writer = open_writer(engine, dir);
    seconds += seconds_since(start);
    generator.generate(scale, [&](const Record& record) {
      ++records;
      bytes += record.question.size() + record.answer.size();
      const auto add_start = Clock::now();
      writer->add(record);
      seconds += seconds_since(add_start);
    });
    start = Clock::now();
    writer->finish();
    writer.reset();
    seconds += seconds_since(start);
    return json{{"records", records},
                {"input_bytes", bytes},
                {"seconds", seconds},
                {"base_rss_mb", base},
                {"peak_rss_mb", status_mb("VmHWM")}};
  });
  return {.records = result["records"],
          .input_bytes = result["input_bytes"],
          .seconds = result["seconds"],
          .base_rss_mb = result["base_rss_mb"],
          .peak_rss_mb = result["peak_rss_mb"],
          .index_bytes = directory_bytes(dir)};
}

SearchFigures measure_search(const std::string& engine, const std::filesystem::path& dir,
                             const QuerySets& queries) {
  const auto result = in_child(engine + " searching", [&] {
    const double base = status_mb("VmRSS");
    auto searcher = open_searcher(engine, dir);
    warm_up(*searcher, queries.short_queries);
    warm_up(*searcher, queries.long_queries);
    const auto short_figures = measure_set(engine, dir, *searcher, queries.short_queries, queries);
    const auto long_figures = measure_set(engine, dir, *searcher, queries.long_queries, queries);
    return json{{"short", to_json(short_figures)},
                {"long", to_json(long_figures)},
                {"base_rss_mb", base},
                {"peak_rss_mb", status_mb("VmHWM")}};
  });
  return {.short_queries = latency_from_json(result["short"]),
          .long_queries = latency_from_json(result["long"]),
          .base_rss_mb = result["base_rss_mb"],
          .peak_rss_mb = result["peak_rss_mb"]};
}

PairedLatencies measure_paired(const std::string& first, const std::filesystem::path& first_dir,
                               const std::string& second, const std::filesystem::path& second_dir,
                               const QuerySets& queries) {
  const auto result = in_child(first + " and " + second + " interleaved", [&] {
    auto a = open_searcher(first, first_dir);
    auto b = open_searcher(second, second_dir);
    json out;
    for (const auto& [name, set] :
         {std::pair{"short", &queries.short_queries}, std::pair{"long", &queries.long_queries}}) {
      warm_up(*a, *set);
      warm_up(*b, *set);
      const auto [of_a, of_b] = interleaved(*a, *b, *set, queries);
      out[name] = {{"first", to_json(of_a)}, {"second", to_json(of_b)}};
    }
    return out;
  });
  return {.first = first,
          .second = second,
          .first_short = latency_from_json(result["short"]["first"]),
          .second_short = latency_from_json(result["short"]["second"]),
          .first_long = latency_from_json(result["long"]["first"]),
          .second_long = latency_from_json(result["long"]["second"])};
}

}  // namespace qadex::bench
