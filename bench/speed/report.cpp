// Printing and serializing speed results. Every figure is defined once, in kFigures.
#include "bench/speed/report.hpp"

#include <functional>
#include <optional>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "bench/speed/engine.hpp"

namespace qadex::bench {
namespace {

constexpr double kMiB = 1024.0 * 1024.0;

// A figure of indexing or of searching: exactly one of the two functions is set.
struct FigureDef {
  const char* key;    // JSON name
  const char* label;  // table row
  std::function<double(const IndexFigures&)> of_index{};
  std::function<double(const SearchFigures&)> of_search{};
};

const std::vector<FigureDef>& figures() {
  static const std::vector<FigureDef> kFigures = {
      {"index_records_per_s", "index records/s ↑",
       [](const IndexFigures& f) { return f.records / f.seconds; }},
      {"index_mib_per_s", "index MiB/s ↑",
       [](const IndexFigures& f) { return f.input_bytes / kMiB / f.seconds; }},
      {"index_peak_rss_mib", "index peak RSS MiB ↓",
       [](const IndexFigures& f) { return f.peak_rss_mb - f.base_rss_mb; }},
      {"index_size_mib", "index size MiB ↓",
       [](const IndexFigures& f) { return f.index_bytes / kMiB; }},
      {"short_p50_ms",
       "short p50 ms ↓",
       {},
       [](const SearchFigures& f) { return f.short_queries.p50_ms; }},
      {"short_p95_ms",
       "short p95 ms ↓",
       {},
       [](const SearchFigures& f) { return f.short_queries.p95_ms; }},
      {"short_p99_ms",
       "short p99 ms ↓",
       {},
       [](const SearchFigures& f) { return f.short_queries.p99_ms; }},
      {"short_qps_2_threads",
       "short QPS, 2 threads ↑",
       {},
       [](const SearchFigures& f) { return f.short_queries.qps_2_threads; }},
      {"long_p50_ms",
       "long p50 ms ↓",
       {},
       [](const SearchFigures& f) { return f.long_queries.p50_ms; }},
      {"long_p95_ms",
       "long p95 ms ↓",
       {},
       [](const SearchFigures& f) { return f.long_queries.p95_ms; }},
      {"long_p99_ms",
       "long p99 ms ↓",
       {},
       [](const SearchFigures& f) { return f.long_queries.p99_ms; }},
      {"long_qps_2_threads",
       "long QPS, 2 threads ↑",
       {},
       [](const SearchFigures& f) { return f.long_queries.qps_2_threads; }},
      {"search_peak_rss_mib",
       "search peak RSS MiB ↓",
       {},
       [](const SearchFigures& f) { return f.peak_rss_mb - f.base_rss_mb; }},
  };
  return kFigures;
}

// None for an index figure of an engine that built no index.
std::optional<double> value_of(const FigureDef& figure, const EngineResult& result) {
  if (figure.of_search) return figure.of_search(result.search);
  if (result.index) return figure.of_index(*result.index);
  return std::nullopt;
}

std::optional<double> ratio_of(std::optional<double> numerator, std::optional<double> denominator) {
  if (!numerator || !denominator || *denominator <= 0) return std::nullopt;
  return *numerator / *denominator;
}

nlohmann::json json_of(std::optional<double> value) {
  return value ? nlohmann::json(*value) : nlohmann::json();
}

// Three significant digits or so, without exponents; "–" for none.
std::string number(std::optional<double> value) {
  if (!value) return "–";
  if (*value >= 100) return fmt::format("{:.0f}", *value);
  if (*value >= 10) return fmt::format("{:.1f}", *value);
  if (*value >= 1) return fmt::format("{:.2f}", *value);
  return fmt::format("{:.3f}", *value);
}

std::string ratio(std::optional<double> value) {
  return value ? fmt::format("{:.2f}", *value) : "–";
}

const EngineResult* find_engine(const ScaleResult& result, const std::string& engine) {
  for (const auto& e : result.engines) {
    if (e.engine == engine) return &e;
  }
  return nullptr;
}

// The ratio columns, numerator over denominator: qadex over each peer, and qadex-hits over
// stock Xapian (the peer the latency target is set against).
struct RatioColumn {
  const EngineResult* numerator;
  const EngineResult* denominator;
};

std::vector<RatioColumn> ratio_columns(const ScaleResult& result) {
  std::vector<RatioColumn> columns;
  const auto* qadex = find_engine(result, "qadex");
  for (const auto& e : result.engines) {
    const bool peer = index_engine(e.engine) != "qadex";  // neither qadex nor qadex-hits
    if (qadex && peer) columns.push_back({qadex, &e});
  }
  const auto* hits = find_engine(result, "qadex-hits");
  const auto* xapian = find_engine(result, "xapian");
  if (hits && xapian) columns.push_back({hits, xapian});
  return columns;
}

// The interleaved latencies as table rows and JSON: figure label, key, first, second.
struct PairedRow {
  const char* label;
  const char* key;
  double first;
  double second;
};

std::vector<PairedRow> paired_rows(const PairedLatencies& p) {
  return {{"short p50 ms ↓", "short_p50_ms", p.first_short.p50_ms, p.second_short.p50_ms},
          {"short p95 ms ↓", "short_p95_ms", p.first_short.p95_ms, p.second_short.p95_ms},
          {"short p99 ms ↓", "short_p99_ms", p.first_short.p99_ms, p.second_short.p99_ms},
          {"long p50 ms ↓", "long_p50_ms", p.first_long.p50_ms, p.second_long.p50_ms},
          {"long p95 ms ↓", "long_p95_ms", p.first_long.p95_ms, p.second_long.p95_ms},
          {"long p99 ms ↓", "long_p99_ms", p.first_long.p99_ms, p.second_long.p99_ms}};
}

void print_paired(std::ostream& out, const PairedLatencies& p) {
  fmt::print(out,
             "### {} and {} interleaved query by query in one process ({} short and {} long "
             "timings each)\n\n",
             p.first, p.second, p.first_short.queries, p.first_long.queries);
  fmt::print(out, "| figure | {} | {} | {}/{} |\n|---|---:|---:|---:|\n", p.first, p.second,
             p.first, p.second);
  for (const auto& row : paired_rows(p)) {
    fmt::print(out, "| {} | {} | {} | {} |\n", row.label, number(row.first), number(row.second),
               ratio(ratio_of(row.first, row.second)));
  }
  fmt::print(out, "\n");
}

}  // namespace

void print_header(std::ostream& out, const RunHeader& h) {
  fmt::print(out, "# qadex speed benchmark\n\n");
  fmt::print(out, "command: {}\ncommit: {} · build: {} · compiler: {} · cores: {}\n", h.command,
             h.commit, h.build_type, h.compiler, h.cores);
  fmt::print(out, "corpus: {}\nqueries: {} short, {} long (MEDIQA 20-150 words); {} timed rounds",
             h.corpus, h.short_queries, h.long_queries, h.rounds);
  if (h.min_timings > 0)
    fmt::print(out, " or more, until {} timings per set or 10 s", h.min_timings);
  fmt::print(out, "\n");
  for (const auto& version : h.engine_versions) fmt::print(out, "engine {}\n", version);
  fmt::print(out, "\n");
}

void print_scale(std::ostream& out, const ScaleResult& result) {
  fmt::print(out, "## ×{}: {} records, {:.1f} MiB of question and answer text\n\n", result.scale,
             result.records, result.input_bytes / kMiB);
  const auto columns = ratio_columns(result);
  std::string head = "| figure |", rule = "|---|";
  for (const auto& e : result.engines) {
    head += fmt::format(" {} |", e.engine);
    rule += "---:|";
  }
  for (const auto& [numerator, denominator] : columns) {
    head += fmt::format(" {}/{} |", numerator->engine, denominator->engine);
    rule += "---:|";
  }
  fmt::print(out, "{}\n{}\n", head, rule);
  for (const auto& figure : figures()) {
    std::string row = fmt::format("| {} |", figure.label);
    for (const auto& e : result.engines) row += fmt::format(" {} |", number(value_of(figure, e)));
    for (const auto& [numerator, denominator] : columns) {
      row += fmt::format(
          " {} |", ratio(ratio_of(value_of(figure, *numerator), value_of(figure, *denominator))));
    }
    fmt::print(out, "{}\n", row);
  }
  fmt::print(out, "\n");
  if (result.paired) print_paired(out, *result.paired);
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
        row += fmt::format(
            " {} |",
            ratio(later ? ratio_of(value_of(figure, *later), value_of(figure, e)) : std::nullopt));
      }
    }
    fmt::print(out, "{}\n", row);
  }
  fmt::print(out, "\n");
}

nlohmann::json report_json(const RunHeader& h, const std::vector<ScaleResult>& results) {
  nlohmann::json report;
  report["header"] = {{"command", h.command},
                      {"commit", h.commit},
                      {"build_type", h.build_type},
                      {"compiler", h.compiler},
                      {"corpus", h.corpus},
                      {"cores", h.cores},
                      {"engines", h.engine_versions},
                      {"short_queries", h.short_queries},
                      {"long_queries", h.long_queries},
                      {"rounds", h.rounds},
                      {"min_timings", h.min_timings}};
  auto& scales = report["scales"] = nlohmann::json::array();
  for (const auto& result : results) {
    nlohmann::json scale = {
        {"scale", result.scale}, {"records", result.records}, {"input_bytes", result.input_bytes}};
    for (const auto& e : result.engines) {
      auto& engine = scale["engines"][e.engine];
      const auto& index = e.index;
      engine["index_seconds"] = index ? nlohmann::json(index->seconds) : nlohmann::json();
      engine["index_bytes"] = index ? nlohmann::json(index->index_bytes) : nlohmann::json();
      engine["index_rss_mib"] =
          index ? nlohmann::json{{"base", index->base_rss_mb}, {"peak", index->peak_rss_mb}}
                : nlohmann::json();
      engine["search_rss_mib"] = {{"base", e.search.base_rss_mb}, {"peak", e.search.peak_rss_mb}};
      for (const auto& figure : figures()) engine[figure.key] = json_of(value_of(figure, e));
    }
    // "qadex_over": {"xapian": {figure: qadex / xapian, ...}, ...}, as the table's ratios.
    for (const auto& [numerator, denominator] : ratio_columns(result)) {
      auto& over = scale[numerator->engine + "_over"][denominator->engine];
      for (const auto& figure : figures()) {
        over[figure.key] =
            json_of(ratio_of(value_of(figure, *numerator), value_of(figure, *denominator)));
      }
    }
    if (const auto& p = result.paired) {
      auto& paired = scale["interleaved"];
      paired["engines"] = {p->first, p->second};
      paired["timings"] = {{"short", p->first_short.queries}, {"long", p->first_long.queries}};
      for (const auto& row : paired_rows(*p)) {
        paired[row.key] = {{p->first, row.first},
                           {p->second, row.second},
                           {"ratio", json_of(ratio_of(row.first, row.second))}};
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
        report["growth"][e.engine][step][figure.key] =
            json_of(ratio_of(value_of(figure, *later), value_of(figure, e)));
      }
    }
  }
  return report;
}

}  // namespace qadex::bench
