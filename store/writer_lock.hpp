// WriterLock: one writer per index directory at a time, whoever the writer is.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace qadex::store {

// Xapian locks a database only while a WritableDatabase is open on it, and a new build
// writes its parts elsewhere and merges them into DIR at the end: without a lock of its own,
// a build and a writer that started meanwhile both "succeed" and the merge overwrites the
// writer's records. So every writer (a build, Mode::kWrite, any thread count, the command
// line or an embedder) takes this lock on DIR first and holds it until it is done.
//
// An advisory flock(2): the kernel drops it when the process ends, however it ends, so a
// killed writer never leaves DIR locked. The holder writes its pid and start time into the
// file, for the message the next writer gets.
class WriterLock {
 public:
  // Creates DIR if missing. Throws IndexError when another writer holds the lock ("index D
  // is being written by process N (started T)") or the lock file cannot be created (and
  // says why: permission denied, read-only file system...).
  explicit WriterLock(const std::filesystem::path& dir);
  WriterLock(const WriterLock&) = delete;
  WriterLock& operator=(const WriterLock&) = delete;
  ~WriterLock();

  // "process N (started T)" when a writer holds DIR's lock now; nullopt otherwise.
  [[nodiscard]] static std::optional<std::string> holder(const std::filesystem::path& dir);

 private:
  int fd_ = -1;
};

}  // namespace qadex::store
