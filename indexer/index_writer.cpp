// Batched writes to a Xapian database, each batch one transaction; analysis on worker
// threads (analysis_pipeline.hpp), writes on the caller's thread in call order.
#include "indexer/index_writer.hpp"

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "indexer/indexable.hpp"
#include "qadex/error.hpp"
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

// Both directions of each pair, as analyzed keys of the synonym table; none for a pair the table
// cannot hold (NFKC can lengthen a phrase past a term's limit) or whose two sides are one key.
std::vector<std::pair<std::string, std::string>> synonym_entries(
    const std::vector<PhrasePair>& pairs) {
  text::Analyzer analyzer;
  std::vector<std::pair<std::string, std::string>> entries;
  for (const auto& pair : pairs) {
    auto phrase = text::synonym_key(analyzer, pair.phrase);
    auto synonym = text::synonym_key(analyzer, pair.synonym);
    if (!schema::fits_name_term(phrase) || !schema::fits_name_term(synonym) || phrase == synonym) {
      continue;
    }
    entries.emplace_back(phrase, synonym);
    entries.emplace_back(std::move(synonym), std::move(phrase));
  }
  return entries;
}

// Whether some record gives the pair as its focus and a synonym (or two of its names): its
// entries stay whatever a vocabulary says.
bool given_by_a_record(const Xapian::Database& db, const std::string& key,
                       const std::string& synonym) {
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_AND,
                                  Xapian::Query(std::string(schema::kNamePrefix) + key),
                                  Xapian::Query(std::string(schema::kNamePrefix) + synonym)));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  return !enquire.get_mset(0, 1).empty();
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
  const std::string key(schema::kVocabularyKey);
  const auto shipped = text::builtin_lay_vocabulary();
  if (const auto held = db_.get_metadata(key); held != shipped) {
    const auto pairs = parse_vocabulary(shipped, "vocabulary/lay-medical.tsv");
    remove_dropped_vocabulary(held, pairs);
    add_synonyms(pairs);
    db_.set_metadata(key, std::string(shipped));
  }
}

void IndexWriter::add_synonyms(const std::vector<PhrasePair>& pairs) {
  for (auto& [key, synonym] : synonym_entries(pairs)) synonyms_[key].insert(std::move(synonym));
}

void IndexWriter::remove_dropped_vocabulary(const std::string& held,
                                            const std::vector<PhrasePair>& shipped) {
  // No list (a new index), or only a hash of one (an index made before the list was kept).
  if (held.find('\t') == std::string::npos) return;
  std::vector<PhrasePair> earlier;
  try {
    earlier = parse_vocabulary(held, "the index's earlier vocabulary");
  } catch (const InputError&) {
    return;  // a list an earlier qadex took is one this one would refuse: keep its entries
  }
  const auto kept = synonym_entries(shipped);
  const std::set<std::pair<std::string, std::string>> still(kept.begin(), kept.end());
  store::translate_xapian_errors("synonym table", [&] {
    for (const auto& [key, synonym] : synonym_entries(earlier)) {
      if (still.count({key, synonym}) == 0 && !given_by_a_record(db_, key, synonym)) {
        db_.remove_synonym(key, synonym);
      }
    }
  });
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
