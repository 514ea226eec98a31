// qadex::Index: the public face of the indexer (writes) and the searcher (reads).
#include "qadex/index.hpp"

#include <optional>

#include "indexer/index_writer.hpp"
#include "indexer/parallel_build.hpp"
#include "indexer/vocabulary.hpp"
#include "qadex/error.hpp"
#include "query/searcher.hpp"
#include "store/database_errors.hpp"
#include "store/format_version.hpp"
#include "store/index_dir.hpp"
#include "store/record_codec.hpp"
#include "store/schema.hpp"
#include "store/writer_lock.hpp"
#include "text/dictionary.hpp"
#include "text/name_key.hpp"

namespace qadex {
namespace {

// "tcp://host:port" -> a remote database served by xapian-tcpsrv; anything else a path.
Xapian::Database open_database(const std::string& location) {
  constexpr std::string_view kTcp = "tcp://";
  if (location.rfind(kTcp, 0) != 0) return Xapian::Database(location);
  const auto address = location.substr(kTcp.size());
  const auto colon = address.rfind(':');
  if (colon == std::string::npos || colon + 1 == address.size()) {
    throw UsageError("remote index \"" + location + "\" needs a port: tcp://HOST:PORT");
  }
  unsigned port = 0;
  try {
    port = static_cast<unsigned>(std::stoul(address.substr(colon + 1)));
  } catch (const std::exception&) {
    throw UsageError("remote index \"" + location + "\": the port is not a number");
  }
  return Xapian::Remote::open(address.substr(0, colon), port);
}

// The database at `location`, local or remote, if it is a qadex index of the format this
// qadex reads.
Xapian::Database open_location(const std::string& location) {
  // Opened again from the start if a writer's commits overtake the open.
  return store::retry_if_modified(location, [&](bool) {
    auto db = open_database(location);
    store::check_format_version(db, location, store::Access::kRead);
    return db;
  });
}

}  // namespace

struct Index::Impl {
  std::filesystem::path dir;
  std::string label;  // for messages: the directory, or the shards' locations
  OpenOptions options;
  std::optional<store::WriterLock> lock;        // every writer, from open to destruction
  std::optional<indexer::ParallelBuild> build;  // Mode::kBuild of a new index, until commit()
  std::optional<indexer::IndexWriter> writer;   // Mode::kWrite, and kBuild after commit()
  std::optional<query::Searcher> searcher;      // opened on first read

  // A writer's searcher shares its database handle, so it sees the writer's changes.
  query::Searcher& search() {
    if (build) {
      throw UsageError("a new index being built can be read once commit() has merged it");
    }
    if (!searcher) searcher.emplace(writer->database());
    // Records may still be in analysis: a read sees every add() so far, as with one thread.
    if (writer) writer->apply_pending();
    return *searcher;
  }
  // A reader moves to the latest commit before each read; a writer reads its own changes.
  query::Searcher& fresh() {
    auto& searcher = search();
    if (!writer) store::read_with_retry(searcher.database(), label, [&] { searcher.reopen(); });
    return searcher;
  }

  void open_writer() { writer.emplace(dir, options.batch_size, options.threads); }

  // Parts a build left when it was killed, after its merge or before (an older qadex's
  // shard-K too): no build runs now (this writer holds the lock), so they are removed.
  void remove_leftovers() const {
    const auto leftovers = dir / store::kBuildDirName;
    std::error_code error;
    if (!std::filesystem::exists(leftovers, error)) return;
    const auto removed = std::filesystem::remove_all(leftovers, error);
    if (options.on_note) {
      options.on_note(error ? "cannot remove what an interrupted build left in " +
                                  leftovers.string() + ": " + error.message()
                            : "removed what an interrupted build left in " + leftovers.string() +
                                  " (" + std::to_string(removed) + " files)");
    }
  }
};

Index::Index(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Index::Index(Index&&) noexcept = default;
Index& Index::operator=(Index&&) noexcept = default;
Index::~Index() = default;

Index Index::open(const std::filesystem::path& dir, const OpenOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->dir = dir;
  impl->label = dir.string();
  impl->options = options;
  const auto threads = indexer::resolve_threads(options.threads);
  switch (options.mode) {
    case OpenOptions::Mode::kRead:
      impl->searcher.emplace(open_location(dir.string()));
      break;
    case OpenOptions::Mode::kBuild:
      impl->lock.emplace(dir);
      impl->remove_leftovers();
      if (threads > 1 && !indexer::ParallelBuild::holds_database(dir)) {
        impl->build.emplace(dir, options.batch_size, threads);
        break;
      }
      impl->open_writer();
      break;
    case OpenOptions::Mode::kWrite:
      impl->lock.emplace(dir);
      impl->remove_leftovers();
      impl->open_writer();
      break;
  }
  return Index(std::move(impl));
}

Index Index::open_shards(const std::vector<std::string>& locations) {
  if (locations.empty()) throw UsageError("no index given: name one with --db DIR");
  Xapian::Database combined;
  for (const auto& location : locations) combined.add_database(open_location(location));
  auto impl = std::make_unique<Impl>();
  for (const auto& location : locations) {
    impl->label += (impl->label.empty() ? "" : ", ") + location;
  }
  impl->searcher.emplace(std::move(combined));
  return Index(std::move(impl));
}

namespace {
indexer::IndexWriter& writer_of(std::optional<indexer::IndexWriter>& writer) {
  if (!writer) throw UsageError("this index is open for reading; open it with Mode::kWrite");
  return *writer;
}
}  // namespace

void Index::add(const Record& record) {
  if (impl_->build) return impl_->build->add(record);
  writer_of(impl_->writer).add(record);
}
void Index::add_synonyms(const std::filesystem::path& list) {
  auto pairs = indexer::read_vocabulary(list);
  if (impl_->build) return impl_->build->add_synonyms(pairs);
  writer_of(impl_->writer).add_synonyms(pairs);
}
bool Index::remove(std::string_view id) {
  if (impl_->build) return impl_->build->remove(id);
  return writer_of(impl_->writer).remove(id);
}
void Index::commit() {
  if (impl_->build) {
    impl_->build->finish();
    impl_->build.reset();
    impl_->open_writer();  // from here on, as Mode::kWrite
    return;
  }
  writer_of(impl_->writer).commit();
}

bool Index::reopen() {
  if (impl_->writer || impl_->build) return false;  // a writer's reads already see everything
  auto& searcher = impl_->search();
  return store::read_with_retry(searcher.database(), impl_->label,
                                [&] { return searcher.reopen(); });
}

std::optional<Record> Index::find(std::string_view id) const {
  auto& db = impl_->fresh().database();
  return store::read_with_retry(db, "find", [&]() -> std::optional<Record> {
    const auto term = schema::id_term(id);
    auto posting = db.postlist_begin(term);
    if (posting == db.postlist_end(term)) return std::nullopt;
    return store::decode_record(db.get_document(*posting).get_data());
  });
}

SearchResults Index::search(std::string_view text, const SearchOptions& options) const {
  return impl_->fresh().search(text, options);
}

IndexStats Index::stats() const {
  auto& db = impl_->fresh().database();
  return store::read_with_retry(db, "stats", [&] {
    IndexStats stats;
    stats.records = db.get_doccount();
    stats.average_length = db.get_avlength();
    stats.format_version = db.get_metadata(std::string(schema::kFormatVersionKey));
    stats.vocabulary_current =
        db.get_metadata(std::string(schema::kVocabularyKey)) == text::builtin_lay_vocabulary();
    for (auto it = db.allterms_begin(); it != db.allterms_end(); ++it) ++stats.terms;
    for (const auto& [field, counts] : {std::pair{schema::kSource, &stats.by_source},
                                        std::pair{schema::kQtype, &stats.by_qtype}}) {
      const std::string prefix(field.prefix);
      for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
        (*counts)[(*it).substr(prefix.size())] = it.get_termfreq();
      }
    }
    return stats;
  });
}

std::string name_key(std::string_view name) {
  thread_local text::Analyzer analyzer;
  return text::synonym_key(analyzer, std::string(name));
}

}  // namespace qadex
