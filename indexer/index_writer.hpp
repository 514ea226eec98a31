// IndexWriter: adds, replaces and deletes records in one Xapian database, in batches.
#pragma once

#include <filesystem>
#include <string_view>

#include <xapian.h>

#include "indexer/document_builder.hpp"
#include "qadex/record.hpp"
#include "text/analyzer.hpp"

namespace qadex::indexer {

// Every change happens inside a Xapian transaction that commit() ends, so a run that is
// interrupted or destroyed without commit() leaves the database as of its last commit.
class IndexWriter {
 public:
  // Creates the database if missing. Throws IndexError (locked, not a qadex database).
  IndexWriter(const std::filesystem::path& dir, std::size_t batch_size);
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

  void add(const Record& record);    // replaces a record with the same id
  bool remove(std::string_view id);  // false when no record has this id
  void commit();

  [[nodiscard]] const Xapian::WritableDatabase& database() const { return db_; }

 private:
  void after_change();

  Xapian::WritableDatabase db_;
  text::Analyzer analyzer_;
  DocumentBuilder builder_{analyzer_};
  std::size_t batch_size_;
  std::size_t pending_ = 0;
};

}  // namespace qadex::indexer
