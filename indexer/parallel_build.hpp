// ParallelBuild: a new index written by several threads at once, then merged into one.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

#include "indexer/vocabulary.hpp"
#include "qadex/record.hpp"

namespace qadex::indexer {

// Xapian lets one thread write a database, and that writer (inverting, compressing each
// termlist and stored record) was the bottleneck of indexing even with analysis on worker
// threads. A build gives each of its threads a temporary database of its own, a part, in
// DIR/.qadex-build/part-K, and finish() merges the parts into DIR with Xapian's compactor.
// (Parts are not shards: a shard is an index searched together with others, --db repeated.)
//
// Records go to parts by a hash of their id, so every add and remove of an id meets in one
// part, in call order: the last add of an id wins, as with IndexWriter. Until finish() DIR
// holds no index; a build that ends without finish() (an error, an interrupted run) removes
// its parts and leaves none, and another build into DIR starts over. Each part commits
// every batch_size of its records, without fsync (a part is temporary; the merged index is
// written durably), and writes spelling words and synonyms in larger, bounded runs
// (IndexWriter's part mode): memory is bounded by those settings, not by the corpus.
class ParallelBuild {
 public:
  // The caller holds DIR's WriterLock (store/writer_lock.hpp) for the whole build. Throws
  // IndexError when DIR already holds a database.
  ParallelBuild(const std::filesystem::path& dir, std::size_t batch_size, std::size_t parts);
  ParallelBuild(const ParallelBuild&) = delete;
  ParallelBuild& operator=(const ParallelBuild&) = delete;
  ~ParallelBuild();

  // As IndexWriter's. An error in a part (a record Xapian refuses) surfaces from a later
  // call; the build cannot go on after it.
  void add(const Record& record);
  void add_synonyms(const std::vector<PhrasePair>& pairs);
  bool remove(std::string_view id);
  // Commits the parts, merges them (durably) beside them and moves the merged database
  // into DIR, Xapian's version file last; then removes the parts.
  void finish();

  // Whether `dir` holds a Xapian database already (any, not only a qadex index).
  [[nodiscard]] static bool holds_database(const std::filesystem::path& dir);

 private:
  class Part;
  [[nodiscard]] Part& part_of(std::string_view id);
  void remove_parts();

  std::filesystem::path dir_;
  std::filesystem::path build_dir_;
  std::vector<std::unique_ptr<Part>> parts_;
};

}  // namespace qadex::indexer
