// Builds the command line and dispatches to the chosen subcommand.
#include "cli/app.hpp"

#include <CLI/CLI.hpp>

#include "qadex/error.hpp"
#include "qadex/version.hpp"

namespace qadex::cli {
namespace {

// Where to read on after a usage error: the chosen command's own help.
std::string help_hint(const CLI::App& app) {
  const auto chosen = app.get_subcommands();
  return chosen.empty() ? "Try 'qadex --help'."
                        : "Try 'qadex " + chosen.front()->get_name() + " --help'.";
}

// A question may start with '-' ("-dizzy spells"): CLI11 takes such words for options.
std::string dash_hint(const CLI::ParseError& error, const CLI::App& app) {
  const auto chosen = app.get_subcommands();
  if (dynamic_cast<const CLI::ExtrasError*>(&error) == nullptr || chosen.empty() ||
      chosen.front()->get_name() != "search") {
    return "";
  }
  return "\nA question whose words start with '-' goes after '--': "
         "qadex search --db DIR -- -dizzy spells";
}

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{
      "qadex: search engine for question-and-answer collections.\n"
      "Indexes answered questions (MedQuAD XML, JSONL, CSV) into Xapian and ranks the\n"
      "answers that address a question written in a person's own words.",
      "qadex"};
  app.set_version_flag("--version", std::string("qadex ") + qadex::version());
  app.require_subcommand(1);
  app.footer(
      "Start here:\n"
      "  qadex index  --db idx corpus/sample\n"
      "  qadex search --db idx \"I have lower back stiffness. What could it be?\"\n"
      "  qadex serve  --db idx          (then open http://127.0.0.1:8080)\n"
      "Run 'qadex COMMAND --help' for a command's options and examples.");

  Action action;
  add_index_command(app, action);
  add_search_command(app, action);
  add_eval_command(app, action);
  add_stats_command(app, action);
  add_delete_command(app, action);
  add_show_command(app, action);
  add_serve_command(app, action);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    throw UsageError(std::string(e.what()) + dash_hint(e, app) + "\n" + help_hint(app));
  }
  try {
    return action();
  } catch (const UsageError& e) {
    throw UsageError(std::string(e.what()) + "\n" + help_hint(app));
  }
}

}  // namespace qadex::cli
