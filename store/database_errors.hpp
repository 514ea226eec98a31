// Xapian errors -> qadex errors that say what to do.
#pragma once

#include <string>
#include <utility>

#include <xapian.h>

#include "qadex/error.hpp"

namespace qadex::store {

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

// How many times a read starts over at the latest commit before it gives up. Starting over
// is cheap next to failing a search: a slow read (a sanitizer build, a large match set)
// under a writer that commits every few tens of milliseconds is overtaken often, and gets
// through once it falls between two commits (tests/e2e/reliability_test.sh: 8 failed 1 of 11
// searches in the sanitizer build).
inline constexpr int kReadRetries = 32;

// Runs `body(again)`, turning Xapian errors into IndexError; `again` is false the first time.
// A reader sees the revision it opened; a writer that commits twice meanwhile may overwrite
// the blocks it is reading, and Xapian then throws DatabaseModifiedError (from a read, and
// from an open or a reopen caught between two commits): as Xapian documents, the reader
// starts over at the latest commit, a few times. Only a writer committing again and again
// faster than one read takes can make it give up.
template <typename Body>
auto retry_if_modified(const std::string& what, Body&& body) {
  for (int attempt = 1;; ++attempt) {
    try {
      return body(attempt > 1);
    } catch (const Xapian::DatabaseModifiedError& e) {
      if (attempt == kReadRetries) throw IndexError(describe_xapian_error(what, e));
    } catch (const Xapian::Error& e) {
      throw IndexError(describe_xapian_error(what, e));
    }
  }
}

// Runs the read `body` on `db`, reopening `db` at the latest commit before each new start.
template <typename Body>
auto read_with_retry(Xapian::Database& db, const std::string& what, Body&& body) {
  return retry_if_modified(what, [&](bool again) {
    if (again) db.reopen();
    return body();
  });
}

}  // namespace qadex::store
