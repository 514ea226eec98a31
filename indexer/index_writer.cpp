// Batched writes to a Xapian database, each batch one transaction.
#include "indexer/index_writer.hpp"

#include "indexer/database_errors.hpp"
#include "indexer/schema.hpp"
#include "qadex/error.hpp"

namespace qadex::indexer {
namespace {

Xapian::WritableDatabase open_writable(const std::filesystem::path& dir) {
  return translate_xapian_errors(dir.string(), [&] {
    Xapian::WritableDatabase db(dir.string(), Xapian::DB_CREATE_OR_OPEN);
    const auto version = db.get_metadata(std::string(schema::kFormatVersionKey));
    if (version.empty() && db.get_doccount() > 0) {
      throw IndexError(dir.string() + ": this Xapian database was not written by qadex; "
                       "choose another --db directory");
    }
    if (!version.empty() && version != schema::kFormatVersion) {
      throw IndexError(dir.string() + ": index format " + version + ", this qadex writes " +
                       std::string(schema::kFormatVersion) + "; re-index into a new --db");
    }
    return db;
  });
}

}  // namespace

IndexWriter::IndexWriter(const std::filesystem::path& dir, std::size_t batch_size)
    : db_(open_writable(dir)), batch_size_(batch_size == 0 ? 1 : batch_size) {
  // A flushed transaction reaches the disk at commit_transaction() and only then; Xapian
  // cancels a transaction still open when the database is closed.
  db_.begin_transaction(true);
}

void IndexWriter::add(const Record& record) {
  if (record.id.empty()) throw UsageError("a record without an id cannot be indexed");
  if (record.answer.empty()) {
    throw UsageError("record \"" + record.id + "\" has no answer text; nothing to index");
  }
  auto doc = builder_.build(record);
  translate_xapian_errors("record " + record.id, [&] {
    db_.replace_document(schema::id_term(record.id), doc);
    for (const auto& entry : builder_.synonyms(record)) db_.add_synonym(entry.key, entry.synonym);
  });
  after_change();
}

bool IndexWriter::remove(std::string_view id) {
  const auto term = schema::id_term(id);
  if (!db_.term_exists(term)) return false;
  db_.delete_document(term);
  after_change();
  return true;
}

void IndexWriter::after_change() {
  if (++pending_ >= batch_size_) commit();
}

void IndexWriter::commit() {
  translate_xapian_errors("commit", [&] {
    db_.set_metadata(std::string(schema::kFormatVersionKey),
                     std::string(schema::kFormatVersion));
    db_.commit_transaction();
    db_.begin_transaction(true);
  });
  pending_ = 0;
}

}  // namespace qadex::indexer
