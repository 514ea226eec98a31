// The qadex command line: subcommands registered on one CLI11 app.
#pragma once

#include <functional>

namespace CLI {
class App;
}

namespace qadex::cli {

// A subcommand's work, run after parsing; returns the exit status.
using Action = std::function<int()>;

// Parses argv and runs the chosen subcommand. Throws qadex errors (see main.cpp); a
// UsageError's message ends with the help to read ("Try 'qadex search --help'.").
int run(int argc, char** argv);

// Each adds its subcommand to `app` and sets `action` to run when it is chosen.
void add_index_command(CLI::App& app, Action& action);
void add_search_command(CLI::App& app, Action& action);
void add_eval_command(CLI::App& app, Action& action);
void add_stats_command(CLI::App& app, Action& action);
void add_delete_command(CLI::App& app, Action& action);
void add_show_command(CLI::App& app, Action& action);
void add_serve_command(CLI::App& app, Action& action);

}  // namespace qadex::cli
