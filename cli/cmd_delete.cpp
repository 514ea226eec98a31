// qadex delete: remove records by id.
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/app.hpp"
#include "cli/common_options.hpp"
#include "qadex/index.hpp"

namespace qadex::cli {
namespace {

struct DeleteArgs {
  std::string db;
  std::vector<std::string> ids;
};

int run_delete(const DeleteArgs& args) {
  auto index = Index::open(args.db, writer_options(OpenOptions::Mode::kWrite));
  std::size_t deleted = 0;
  std::vector<std::string> missing;
  for (const auto& id : args.ids) {
    if (index.remove(id)) {
      ++deleted;
    } else {
      missing.push_back(id);
    }
  }
  index.commit();
  std::cout << "deleted " << deleted << " record" << (deleted == 1 ? "" : "s") << '\n';
  for (const auto& id : missing) {
    std::cerr << "qadex: no record with id \"" << id << "\" in " << args.db << '\n';
  }
  return missing.empty() ? 0 : 1;
}

}  // namespace

void add_delete_command(CLI::App& app, Action& action) {
  auto args = std::make_shared<DeleteArgs>();
  auto* command = app.add_subcommand("delete", "Remove records from an index by id");
  command->footer(
      "Ids are those shown by search (e.g. GARD_0000004_Sec1). Exit status 1 if any id was\n"
      "not found; the others are still deleted.\n\n"
      "Example:\n  qadex delete --db idx sample-back-001 GARD_0000004_Sec1");
  add_db_option(*command, args->db, "Index directory");
  command->add_option("ids", args->ids, "Record ids")->required()->type_name("ID...");
  command->callback([args, &action] { action = [args] { return run_delete(*args); }; });
}

}  // namespace qadex::cli
