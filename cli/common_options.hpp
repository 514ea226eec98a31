// Options that mean the same in every subcommand (--db), registered in one place.
#pragma once

#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "qadex/index.hpp"

namespace qadex::cli {

// --db DIR for commands that read: repeatable, several databases searched as one.
inline void add_db_option(CLI::App& command, std::vector<std::string>& dbs) {
  command
      .add_option("--db", dbs,
                  "Index directory; repeat to use several as one (shards); a remote index "
                  "served by xapian-tcpsrv is tcp://HOST:PORT")
      ->required()
      ->allow_extra_args(false)  // one value per --db: the words after it are the query
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->type_name("DIR");
}

// --db DIR for commands that write one database.
inline void add_db_option(CLI::App& command, std::string& db, const std::string& help) {
  command.add_option("--db", db, help)->required()->type_name("DIR");
}

// Options for opening an index to write: repairs made on the way are told on stderr.
inline OpenOptions writer_options(OpenOptions::Mode mode) {
  OpenOptions options;
  options.mode = mode;
  options.on_note = [](const std::string& note) { std::cerr << "qadex: note: " << note << '\n'; };
  return options;
}

}  // namespace qadex::cli
