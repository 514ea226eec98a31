// Batched writes to a Xapian database, each batch one transaction; analysis on worker
// threads (analysis_pipeline.hpp), writes on the caller's thread in call order.
#include "indexer/index_writer.hpp"

#include "indexer/indexable.hpp"
#include "store/database_errors.hpp"
#include "store/format_version.hpp"
#include "store/schema.hpp"
#include "text/dictionary.hpp"
#include "text/name_key.hpp"

namespace qadex::indexer {
namespace {

// Records inside the pipeline per worker: enough that a worker never waits for the writer
// between two batch ends, few enough that memory does not depend on the corpus.
constexpr std::size_t kInFlightPerThread = 64;

Xapian::WritableDatabase open_writable(const std::filesystem::path& dir, bool sync) {
  return store::translate_xapian_errors(dir.string(), [&] {
    Xapian::WritableDatabase db(dir.string(),
                                Xapian::DB_CREATE_OR_OPEN | (sync ? 0 : Xapian::DB_NO_SYNC));
    store::check_format_version(db, dir.string(), store::Access::kWrite);
    return db;
  });
}

// Which shipped vocabulary an index holds, so a changed list is added once, not every run.
std::string builtin_vocabulary_version() {
  return std::to_string(std::hash<std::string_view>{}(text::builtin_lay_vocabulary()));
}

}  // namespace

IndexWriter::IndexWriter(const std::filesystem::path& dir, std::size_t batch_size,
                         std::size_t threads, bool part)
    : db_(open_writable(dir, /*sync=*/!part)),
      batch_size_(batch_size == 0 ? 1 : batch_size),
      part_(part) {
  threads = resolve_threads(threads);
  if (threads == 1) {
    analyze_ = make_record_analyzer();
  } else {
    pipeline_.emplace(threads, threads * kInFlightPerThread, make_record_analyzer);
  }
  // A flushed transaction reaches the disk at commit_transaction() and only then; Xapian
  // cancels a transaction still open when the database is closed.
  db_.begin_transaction(true);
  const auto version = builtin_vocabulary_version();
  if (db_.get_metadata(std::string(schema::kVocabularyKey)) != version) {
    add_synonyms(parse_vocabulary(text::builtin_lay_vocabulary(), "vocabulary/lay-medical.tsv"));
    db_.set_metadata(std::string(schema::kVocabularyKey), version);
  }
}

void IndexWriter::add_synonyms(const std::vector<PhrasePair>& pairs) {
  text::Analyzer analyzer;
  for (const auto& pair : pairs) {
    auto phrase = text::synonym_key(analyzer, pair.phrase);
    auto synonym = text::synonym_key(analyzer, pair.synonym);
    // A key too long for the synonym table (NFKC can lengthen a phrase) is left out, as the
    // document builder leaves out such a name.
    if (!schema::fits_name_term(phrase) || !schema::fits_name_term(synonym) || phrase == synonym) {
      continue;
    }
    synonyms_[phrase].insert(synonym);
    synonyms_[std::move(synonym)].insert(std::move(phrase));
  }
}

void IndexWriter::add(const Record& record) {
  require_indexable(record);  // here, not in a worker: the caller learns which record at once
  if (pipeline_) {
    apply_ready();
    if (pipeline_->full()) apply(pipeline_->take());
    pipeline_->submit(record);
  } else {
    apply(analyze_(record));
  }
  after_change();
}

bool IndexWriter::remove(std::string_view id) {
  apply_in_flight();
  const auto term = schema::id_term(id);
  if (!db_.term_exists(term)) return false;
  db_.delete_document(term);
  after_change();
  return true;
}

void IndexWriter::apply(const AnalyzedRecord& analyzed) {
  store::translate_xapian_errors("record " + analyzed.id, [&] {
    db_.replace_document(schema::id_term(analyzed.id), analyzed.document);
  });
  for (const auto& entry : analyzed.synonyms) synonyms_[entry.key].insert(entry.synonym);
  for (const auto& word : analyzed.spellings) ++spellings_[word];
}

void IndexWriter::write_word_tables() {
  store::translate_xapian_errors("spelling table", [&] {
    for (const auto& [word, records] : spellings_) db_.add_spelling(word, records);
  });
  spellings_.clear();
  store::translate_xapian_errors("synonym table", [&] {
    for (auto& [key, synonyms] : synonyms_) {
      for (auto known = db_.synonyms_begin(key); known != db_.synonyms_end(key); ++known) {
        synonyms.erase(*known);
      }
      // One key's additions in a row: Xapian rewrites a key's entry when the key changes.
      for (const auto& synonym : synonyms) db_.add_synonym(key, synonym);
    }
  });
  synonyms_.clear();
}

void IndexWriter::apply_ready() {
  while (auto analyzed = pipeline_->take_ready()) apply(*analyzed);
}

void IndexWriter::apply_in_flight() {
  if (pipeline_) {
    while (pipeline_->in_flight() > 0) apply(pipeline_->take());
  }
}

void IndexWriter::apply_pending() {
  apply_in_flight();
  write_word_tables();
}

void IndexWriter::after_change() {
  // Counted at the call, not when applied: a batch is batch_size calls, as with one thread.
  if (++pending_ < batch_size_) return;
  apply_in_flight();
  if (!part_ || spellings_.size() + synonyms_.size() >= kMaxBufferedWords) write_word_tables();
  end_transaction();
}

void IndexWriter::commit() {
  apply_pending();
  end_transaction();
}

void IndexWriter::end_transaction() {
  store::translate_xapian_errors("commit", [&] {
    db_.set_metadata(std::string(schema::kFormatVersionKey), std::string(schema::kFormatVersion));
    db_.commit_transaction();
    db_.begin_transaction(true);
  });
  pending_ = 0;
}

}  // namespace qadex::indexer
