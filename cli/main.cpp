// The qadex executable: parse, run, and map errors to exit codes (0 ok, 1 failure, 2 usage).
#include <iostream>

#include "cli/app.hpp"
#include "qadex/error.hpp"

int main(int argc, char** argv) try {
  return qadex::cli::run(argc, argv);
} catch (const qadex::UsageError& e) {
  std::cerr << "qadex: " << e.what() << '\n';  // run() added where to read on
  return 2;
} catch (const std::exception& e) {
  std::cerr << "qadex: " << e.what() << '\n';
  return 1;
} catch (...) {
  // The library translates its dependencies' errors; this is the last line, never an abort.
  std::cerr << "qadex: internal error (an exception of unknown type); please report it\n";
  return 1;
}
