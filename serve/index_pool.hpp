// IndexPool: read-only Index handles for a server's worker threads, one in use per thread.
#pragma once

#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "qadex/error.hpp"
#include "qadex/index.hpp"

namespace qadex::serve {

// An Index is not thread-safe, so each request borrows one of its own. Handles are opened on
// demand (cheap) and kept, so at most one per worker thread ever exists; each read moves to
// the latest commit by itself (qadex/index.hpp), so `qadex index` writing into the same
// directory is seen without a restart.
class IndexPool {
 public:
  // Opens one handle at once, so a wrong --db fails at startup: throws IndexError, UsageError.
  explicit IndexPool(std::vector<std::string> locations);

  // A borrowed handle, given back when the lease ends; a handle whose use threw is dropped
  // instead (a failed read may leave it at a state not worth keeping).
  class Lease {
   public:
    Lease(IndexPool& pool, Index index);
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease();
    [[nodiscard]] Index& operator*() { return *index_; }
    [[nodiscard]] Index* operator->() { return &*index_; }

   private:
    IndexPool& pool_;
    std::optional<Index> index_;
    int uncaught_at_start_;
  };

  // Throws IndexError when no handle can be opened (the index was removed, say).
  [[nodiscard]] Lease lease();
  // A newly opened handle, the idle ones dropped: after a handle failed, the others may have
  // failed the same way (a remote xapian-tcpsrv closes connections idle past its
  // --idle-timeout).
  [[nodiscard]] Lease lease_new();

  // Opens a handle apart from the pool and reads its revision, as a readiness check: a pooled
  // remote handle may still be served by a xapian-tcpsrv child process after the server that
  // would accept new connections is gone. Throws IndexError.
  void check_readable() const;

  // Runs `use(Index&)` with a handle; if that throws IndexError, once more with a new one.
  template <typename Use>
  auto with_index(Use use) {
    try {
      auto index = lease();
      return use(*index);
    } catch (const IndexError&) {
      auto index = lease_new();
      return use(*index);
    }
  }

 private:
  std::vector<std::string> locations_;
  std::mutex mutex_;
  std::vector<Index> idle_;
};

}  // namespace qadex::serve
