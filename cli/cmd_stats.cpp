// qadex stats: what an index holds.
#include <iostream>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/app.hpp"
#include "cli/common_options.hpp"
#include "qadex/index.hpp"
#include "qadex/json.hpp"

namespace qadex::cli {
namespace {

struct StatsArgs {
  std::vector<std::string> dbs;
  bool json = false;
};

int run_stats(const StatsArgs& args) {
  const auto stats = Index::open_shards(args.dbs).stats();
  if (args.json) {
    std::cout << to_json(stats, {.qid = {}, .pretty = true}) << '\n';
    return 0;
  }
  std::cout << fmt::format("records:        {}\n", stats.records);
  std::cout << fmt::format("distinct terms: {}\n", stats.terms);
  std::cout << fmt::format("average length: {:.1f} terms per record\n", stats.average_length);
  std::cout << fmt::format("format version: {}\n", stats.format_version);
  std::cout << (stats.vocabulary_current
                    ? "lay vocabulary: current\n"
                    : "lay vocabulary: an earlier qadex's; `qadex index` into it brings it up to "
                      "date\n");
  for (const auto& [title, counts] :
       {std::pair{"by source", &stats.by_source}, std::pair{"by question type", &stats.by_qtype}}) {
    std::cout << title << ":\n";
    for (const auto& [name, count] : *counts) std::cout << fmt::format("  {:<40}{}\n", name, count);
  }
  return 0;
}

}  // namespace

void add_stats_command(CLI::App& app, Action& action) {
  auto args = std::make_shared<StatsArgs>();
  auto* command = app.add_subcommand("stats", "Show what an index holds");
  command->footer("Example:\n  qadex stats --db idx --json");
  add_db_option(*command, args->dbs);
  command->add_flag("--json", args->json, "Print JSON instead of a table");
  command->callback([args, &action] { action = [args] { return run_stats(*args); }; });
}

}  // namespace qadex::cli
