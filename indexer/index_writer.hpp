// IndexWriter: adds, replaces and deletes records in one Xapian database, in batches.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

#include <xapian.h>

#include "indexer/analysis_pipeline.hpp"
#include "indexer/vocabulary.hpp"
#include "qadex/record.hpp"

namespace qadex::indexer {

// Every change happens inside a Xapian transaction that commit() ends, so a run that is
// interrupted or destroyed without commit() leaves the database as of its last commit.
//
// With threads > 1, records are analysed on worker threads while the caller goes on; the
// caller's thread alone touches the database and applies the results in the order of the
// calls, so add/remove/commit mean exactly what they mean with threads == 1. An error while
// analysing or applying a record surfaces from a later add(), remove() or commit(), with
// its own type; that record is skipped, and a call that throws has not done its own change.
class IndexWriter {
 public:
  // Spelling words and synonym keys a build's part keeps before writing them: about 100
  // bytes each, so ~13 MB. MedQuAD's whole vocabulary fits, and so a part writes it once.
  static constexpr std::size_t kMaxBufferedWords = 1 << 17;

  // Creates the database if missing. Throws IndexError (locked, not a qadex database).
  // threads: analysis threads; 0 = one per core, 1 = everything on the caller's thread.
  // part = true: a build's part, a database that is merged into another and then removed
  // (ParallelBuild): commits skip fsync, and the spelling and synonym words of its batches
  // are written only when kMaxBufferedWords are waiting, or at commit().
  IndexWriter(const std::filesystem::path& dir, std::size_t batch_size, std::size_t threads = 1,
              bool part = false);
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

  void add(const Record& record);  // replaces a record with the same id
  // Adds each pair to the synonym table, both directions, as analyzed phrases (written with
  // the batch, at the next commit).
  void add_synonyms(const std::vector<PhrasePair>& pairs);
  bool remove(std::string_view id);  // false when no record has this id
  void commit();                     // returns once every change before it is durable
  // Waits for the records still being analysed and applies them (not durable until
  // commit()), so that database() shows every call so far.
  void apply_pending();

  // Reads through this handle see applied changes, committed or not: apply_pending() first.
  [[nodiscard]] const Xapian::WritableDatabase& database() const { return db_; }

 private:
  void apply(const AnalyzedRecord& analyzed);
  void apply_ready();        // the results that are done, in order, without waiting
  void apply_in_flight();    // every result, waiting for those not done
  void after_change();       // commits at the end of a batch
  void end_transaction();    // commits the transaction and begins the next
  void write_word_tables();  // spellings_ and synonyms_ into their tables
  // Takes out of the synonym table the entries of `held`, the shipped vocabulary the index
  // was last given, that `shipped` no longer has and no record gives. A list given with
  // --synonyms in an earlier run that has such a pair must be given again.
  void remove_dropped_vocabulary(const std::string& held, const std::vector<PhrasePair>& shipped);

  Xapian::WritableDatabase db_;
  AnalyzeFn analyze_;                         // threads == 1
  std::optional<AnalysisPipeline> pipeline_;  // threads > 1
  std::size_t batch_size_;
  bool part_;
  std::size_t pending_ = 0;  // changes since the last commit, applied or not
  // Spelling words of the records applied since the last write_word_tables(), with how many
  // records hold each, and their synonym entries (key -> synonyms). Each word and key is
  // written once per batch, not per record: Xapian looks each add_spelling() up in a map of
  // changes, and each add_synonym() for another key than the last one rewrites and
  // recompresses that key's whole entry (4 zlib compressions per MedQuAD record). A part
  // writes them still more rarely, since every write of a spelling word recompresses the
  // table entries of its letter groups.
  std::unordered_map<std::string, Xapian::termcount> spellings_;
  std::map<std::string, std::set<std::string>> synonyms_;
};

}  // namespace qadex::indexer
