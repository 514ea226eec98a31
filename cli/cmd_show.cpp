// qadex show: one or more records in full, as a person reads them or as JSON.
#include <unistd.h>

#include <iostream>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/app.hpp"
#include "cli/common_options.hpp"
#include "cli/terminal_text.hpp"
#include "qadex/disclaimer.hpp"
#include "qadex/index.hpp"
#include "qadex/json.hpp"

namespace qadex::cli {
namespace {

struct ShowArgs {
  std::vector<std::string> dbs;
  std::vector<std::string> ids;
  bool json = false;
};

void write_text(std::ostream& out, const Record& record, std::size_t width) {
  std::string text = (record.question.empty() ? record.id : record.question) + "\n\n" +
                     record.answer +
                     "\n\nSource: " + (record.source.empty() ? "unknown" : record.source);
  if (!record.url.empty()) text += "  " + record.url;
  text += "\nid " + record.id;
  if (!record.focus.empty()) text += " | focus: " + record.focus;
  if (!record.qtype.empty()) text += " | type: " + record.qtype;
  out << wrap(printable(text), width) << "\n\n";
}

int run_show(const ShowArgs& args) {
  const auto index = Index::open_shards(args.dbs);
  nlohmann::json records = nlohmann::json::array();
  int status = 0;
  const std::size_t width = terminal_style(ColorChoice::kNever, STDOUT_FILENO).width;
  for (const auto& id : args.ids) {
    const auto record = index.find(id);
    if (!record) {
      std::cerr << "qadex: no record with id \"" << printable(id) << "\"\n";
      status = 1;
      continue;
    }
    if (args.json) {
      records.push_back(nlohmann::json::parse(to_json(*record)));
    } else {
      write_text(std::cout, *record, width);
    }
  }
  if (args.json) {
    nlohmann::json json = {{"records", records}, {"disclaimer", kDisclaimer}};
    std::cout << json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  } else if (status == 0 || args.ids.size() > 1) {
    std::cout << wrap(kDisclaimer, width) << '\n';
  }
  return status;
}

}  // namespace

void add_show_command(CLI::App& app, Action& action) {
  auto args = std::make_shared<ShowArgs>();
  auto* command = app.add_subcommand("show", "Print records in full: question, answer, source");
  command->footer(
      "The ids are those 'qadex search' prints. A missing id is reported; the others are\n"
      "still shown (exit status 1).\n\n"
      "Examples:\n"
      "  qadex show --db idx sample-back-002\n"
      "  qadex show --db idx --json sample-back-002 sample-back-003");
  add_db_option(*command, args->dbs);
  command->add_option("ids", args->ids, "Record ids")->required()->type_name("ID...");
  command->add_flag("--json", args->json, "Print JSON (every record field) instead of text");
  command->callback([args, &action] { action = [args] { return run_show(*args); }; });
}

}  // namespace qadex::cli
