// Printing and serializing speed results. Every figure is defined once, in kFigures.
#include "bench/speed/report.hpp"

#include <functional>

#include <fmt/format.h>
#include <fmt/ostream.h>

namespace qadex::bench {
namespace {

constexpr double kMiB = 1024.0 * 1024.0;

struct FigureDef {
  const char* key;    // JSON name
  const char* label;  // table row
  std::function<double(const EngineResult&)> value;
};

const std::vector<FigureDef>& figures() {
  static const std::vector<FigureDef> kFigures = {
      {"index_records_per_s", "index records/s ↑",
       [](const EngineResult& r) { return r.index.records / r.index.seconds; }},
      {"index_mib_per_s", "index MiB/s ↑",
       [](const EngineResult& r) { return r.index.input_bytes / kMiB / r.index.seconds; }},
      {"index_peak_rss_mib", "index peak RSS MiB ↓",
       [](const EngineResult& r) { return r.index.peak_rss_mb - r.index.base_rss_mb; }},
      {"index_size_mib", "index size MiB ↓",
       [](const EngineResult& r) { return r.index.index_bytes / kMiB; }},
      {"short_p50_ms", "short p50 ms ↓",
       [](const EngineResult& r) { return r.search.short_queries.p50_ms; }},
      {"short_p95_ms", "short p95 ms ↓",
       [](const EngineResult& r) { return r.search.short_queries.p95_ms; }},
      {"short_p99_ms", "short p99 ms ↓",
       [](const EngineResult& r) { return r.search.short_queries.p99_ms; }},
      {"short_qps_2_threads", "short QPS, 2 threads ↑",
       [](const EngineResult& r) { return r.search.short_queries.qps_2_threads; }},
      {"long_p50_ms", "long p50 ms ↓",
       [](const EngineResult& r) { return r.search.long_queries.p50_ms; }},
      {"long_p95_ms", "long p95 ms ↓",
       [](const EngineResult& r) { return r.search.long_queries.p95_ms; }},
      {"long_p99_ms", "long p99 ms ↓",
       [](const EngineResult& r) { return r.search.long_queries.p99_ms; }},
      {"long_qps_2_threads", "long QPS, 2 threads ↑",
       [](const EngineResult& r) { return r.search.long_queries.qps_2_threads; }},
      {"search_peak_rss_mib", "search peak RSS MiB ↓",
       [](const EngineResult& r) { return r.search.peak_rss_mb - r.search.base_rss_mb; }},
  };
  return kFigures;
}

// Three significant digits or so, without exponents.
std::string number(double value) {
  if (value >= 100) return fmt::format("{:.0f}", value);
  if (value >= 10) return fmt::format("{:.1f}", value);
  if (value >= 1) return fmt::format("{:.2f}", value);
  return fmt::format("{:.3f}", value);
}

std::string ratio(double numerator, double denominator) {
  return denominator > 0 ? fmt::format("{:.2f}", numerator / denominator) : "–";
}

const EngineResult* find_engine(const ScaleResult& result, const std::string& engine) {
  for (const auto& e : result.engines) {
    if (e.engine == engine) return &e;
  }
  return nullptr;
}

}  // namespace

void print_header(std::ostream& out, const RunHeader& h) {
  fmt::print(out, "# qadex speed benchmark\n\n");
  fmt::print(out, "command: {}\ncommit: {} · build: {} · compiler: {} · cores: {}\n", h.command,
             h.commit, h.build_type, h.compiler, h.cores);
  fmt::print(out, "corpus: {}\nqueries: {} short, {} long (MEDIQA 20-150 words); {} timed rounds\n",
             h.corpus, h.short_queries, h.long_queries, h.rounds);
  for (const auto& version : h.engine_versions) fmt::print(out, "engine {}\n", version);
  fmt::print(out, "\n");
}

void print_scale(std::ostream& out, const ScaleResult& result) {
  fmt::print(out, "## ×{}: {} records, {:.1f} MiB of question and answer text\n\n", result.scale,
             result.records, result.input_bytes / kMiB);
  const EngineResult* qadex = find_engine(result, "qadex");
  std::string head = "| figure |", rule = "|---|";
  for (const auto& e : result.engines) {
    head += fmt::format(" {} |", e.engine);
    rule += "---:|";
  }
  for (const auto& e : result.engines) {
    if (qadex && &e != qadex) {
      head += fmt::format(" qadex/{} |", e.engine);
      rule += "---:|";
    }
  }
  fmt::print(out, "{}\n{}\n", head, rule);
  for (const auto& figure : figures()) {
    std::string row = fmt::format("| {} |", figure.label);
    for (const auto& e : result.engines) row += fmt::format(" {} |", number(figure.value(e)));
    for (const auto& e : result.engines) {
      if (qadex && &e != qadex) row += fmt::format(" {} |", ratio(figure.value(*qadex), figure.value(e)));
    }
    fmt::print(out, "{}\n", row);
  }
  fmt::print(out, "\n");
}

void print_growth(std::ostream& out, const std::vector<ScaleResult>& results) {
  if (results.size() < 2) return;
  const auto& first = results.front();
  fmt::print(out, "## Growth: each figure at a larger scale divided by the same at ×{}\n\n",
             first.scale);
  std::string head = "| figure |", rule = "|---|";
  for (const auto& e : first.engines) {
    for (std::size_t s = 1; s < results.size(); ++s) {
      head += fmt::format(" {} ×{}/×{} |", e.engine, results[s].scale, first.scale);
      rule += "---:|";
    }
  }
  fmt::print(out, "{}\n{}\n", head, rule);
  for (const auto& figure : figures()) {
    std::string row = fmt::format("| {} |", figure.label);
    for (const auto& e : first.engines) {
      for (std::size_t s = 1; s < results.size(); ++s) {
        const auto* later = find_engine(results[s], e.engine);
        row += fmt::format(" {} |", later ? ratio(figure.value(*later), figure.value(e)) : "–");
      }
    }
    fmt::print(out, "{}\n", row);
  }
  fmt::print(out, "\n");
}

nlohmann::json report_json(const RunHeader& h, const std::vector<ScaleResult>& results) {
  nlohmann::json report;
  report["header"] = {{"command", h.command},       {"commit", h.commit},
                      {"build_type", h.build_type}, {"compiler", h.compiler},
                      {"corpus", h.corpus},         {"cores", h.cores},
                      {"engines", h.engine_versions}, {"short_queries", h.short_queries},
                      {"long_queries", h.long_queries}, {"rounds", h.rounds}};
  auto& scales = report["scales"] = nlohmann::json::array();
  for (const auto& result : results) {
    nlohmann::json scale = {{"scale", result.scale},
                            {"records", result.records},
                            {"input_bytes", result.input_bytes}};
    const EngineResult* qadex = find_engine(result, "qadex");
    for (const auto& e : result.engines) {
      auto& engine = scale["engines"][e.engine];
      engine["index_seconds"] = e.index.seconds;
      engine["index_bytes"] = e.index.index_bytes;
      engine["index_rss_mib"] = {{"base", e.index.base_rss_mb}, {"peak", e.index.peak_rss_mb}};
      engine["search_rss_mib"] = {{"base", e.search.base_rss_mb}, {"peak", e.search.peak_rss_mb}};
      for (const auto& figure : figures()) engine[figure.key] = figure.value(e);
      if (qadex && &e != qadex) {
        for (const auto& figure : figures()) {
          const double peer = figure.value(e);
          scale["qadex_over"][e.engine][figure.key] =
              peer > 0 ? nlohmann::json(figure.value(*qadex) / peer) : nlohmann::json();
        }
      }
    }
    scales.push_back(std::move(scale));
  }
  // Growth, as print_growth shows it: "x10/x1" -> figure at ×10 / figure at ×1.
  for (std::size_t s = 1; s < results.size(); ++s) {
    const auto step = fmt::format("x{}/x{}", results[s].scale, results.front().scale);
    for (const auto& e : results.front().engines) {
      const auto* later = find_engine(results[s], e.engine);
      if (!later) continue;
      for (const auto& figure : figures()) {
        const double first = figure.value(e);
        report["growth"][e.engine][step][figure.key] =
            first > 0 ? nlohmann::json(figure.value(*later) / first) : nlohmann::json();
      }
    }
  }
  return report;
}

}  // namespace qadex::bench
