// Index: a searchable collection of Q&A records stored in Xapian databases.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "qadex/export.hpp"
#include "qadex/record.hpp"
#include "qadex/search.hpp"

namespace qadex {

struct OpenOptions {
  /// kWrite creates the database if missing. kBuild is kWrite made for loading a new index:
  /// if DIR holds no database yet, `threads` threads each write a temporary database of their
  /// own (a part) and the first commit() merges them into DIR (faster on several cores:
  /// bench/RESULTS.md); until then nothing can be read, and a build that is never committed
  /// leaves no index. If DIR holds a database, or threads is 1, kBuild is kWrite.
  enum class Mode { kRead, kWrite, kBuild };
  Mode mode = Mode::kRead;
  std::size_t batch_size = 1000;  ///< records per commit (1,000 measured fastest)
  std::size_t threads = 0;        ///< analysis (kBuild: part) threads; 0 = one per core
  /// Told about repairs made while opening for writing, e.g. the parts of a killed build
  /// removed. Unset: repairs are made silently.
  std::function<void(const std::string&)> on_note{};  ///< {}: designated initializers may omit it
};

/// What an index holds.
struct IndexStats {
  std::size_t records = 0;
  std::size_t terms = 0;                         ///< distinct terms
  double average_length = 0;                     ///< terms per record
  std::map<std::string, std::size_t> by_source;  ///< source -> records
  std::map<std::string, std::size_t> by_qtype;   ///< qtype -> records
  std::string format_version;
  /// The synonym table holds this qadex's shipped lay vocabulary; false: an index made by an
  /// earlier qadex, which any writer (`qadex index`) brings up to date.
  bool vocabulary_current = false;
};

/// An Index is one Xapian database (or, read-only, several searched as one: local
/// directories and remote "tcp://host:port" databases served by xapian-tcpsrv).
/// Move-only. Not safe to share across threads: open one Index per thread (opening is cheap;
/// each handle reads the same files).
///
/// One writer at a time: an Index opened with kWrite or kBuild holds DIR's writer lock until
/// it is destroyed, whether it adds, removes or builds, with any thread count; a second
/// writer (in this process or another) gets IndexError "index DIR is being written by
/// process N (started T)". Readers are never locked out.
///
/// Readers and writers at once: a read-only Index reads the latest commit. Each find(),
/// search() and stats() first moves to the latest commit (a cheap check of the revision; a
/// round trip for a remote database), and when a writer's commits overwrite what a read was
/// reading, the read starts over at the new commit, as Xapian documents. So a long-lived
/// reader never needs reopening; reopen() is there to move explicitly. A writer's own reads
/// see its changes, committed or not.
///
/// Every error is a qadex::Error (error.hpp): Xapian's errors are translated.
class QADEX_EXPORT Index {
 public:
  /// Opens or, with Mode::kWrite, creates. Throws IndexError (missing, locked, corrupt).
  static Index open(const std::filesystem::path& dir, const OpenOptions& options = {});
  /// Opens several databases read-only as one (shards).
  static Index open_shards(const std::vector<std::string>& locations);

  Index(Index&&) noexcept;
  Index& operator=(Index&&) noexcept;
  ~Index();  ///< does not commit: call commit()

  /// Adds `record`, replacing any record with the same id. Throws UsageError naming the
  /// record if it has no id, no answer text, or an id, source or qtype longer than
  /// kMaxTermFieldBytes (qadex/record.hpp); the index is as before. Commits every batch_size adds.
  void add(const Record& record);
  /// Adds a synonym list ("phrase<TAB>synonym" lines) to the synonym table, both directions;
  /// qadex's own lay <-> medical list is already there. Throws InputError for a bad line.
  void add_synonyms(const std::filesystem::path& list);
  /// Removes the record with this id; false if there was none.
  bool remove(std::string_view id);
  /// Makes every change so far durable and visible to new searches.
  void commit();

  /// Moves a read-only Index to the latest commit; true if there was a newer one. Reads do
  /// this themselves; false for a writer.
  bool reopen();

  [[nodiscard]] std::optional<Record> find(std::string_view id) const;
  [[nodiscard]] SearchResults search(std::string_view text,
                                     const SearchOptions& options = {}) const;
  [[nodiscard]] IndexStats stats() const;

 private:
  struct Impl;
  explicit Index(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

/// The key under which an index holds a name (a focus or synonym) and reports it in
/// RecognizedName::key: its analyzed terms joined by spaces ("Back Pain" -> "back pain").
[[nodiscard]] QADEX_EXPORT std::string name_key(std::string_view name);

}  // namespace qadex
