// Xapian errors -> qadex errors that say what to do.
#pragma once

#include <string>
#include <utility>

#include <xapian.h>

#include "qadex/error.hpp"

namespace qadex::indexer {

// The message for a Xapian error met while working on `what` (a path, or an action).
[[nodiscard]] std::string describe_xapian_error(const std::string& what, const Xapian::Error& e);

// Runs `body`, turning Xapian errors into IndexError.
template <typename Body>
auto translate_xapian_errors(const std::string& what, Body&& body) {
  try {
    return std::forward<Body>(body)();
  } catch (const Xapian::Error& e) {
    throw IndexError(describe_xapian_error(what, e));
  }
}

}  // namespace qadex::indexer
