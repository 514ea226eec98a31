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

// How many times a read starts over at the latest commit before it gives up.
inline constexpr int kReadRetries = 8;

// Runs the read `body` on `db`, turning Xapian errors into IndexError. A reader sees the
// revision it opened; a writer that commits twice meanwhile may overwrite the blocks it is
// reading, and Xapian then throws DatabaseModifiedError: as Xapian documents, the reader
// reopens at the latest commit and starts over (a few times: only a writer committing
// faster than one read takes can make it give up).
template <typename Body>
auto read_with_retry(Xapian::Database& db, const std::string& what, Body&& body) {
  for (int attempt = 1;; ++attempt) {
    try {
      return body();
    } catch (const Xapian::DatabaseModifiedError& e) {
      if (attempt == kReadRetries) throw IndexError(describe_xapian_error(what, e));
      translate_xapian_errors(what, [&] { db.reopen(); });
    } catch (const Xapian::Error& e) {
      throw IndexError(describe_xapian_error(what, e));
    }
  }
}

}  // namespace qadex::indexer
