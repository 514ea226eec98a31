// The one interface every engine in the speed benchmark implements (qadex and its peers),
// so that each is fed the same records and asked the same queries.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "qadex/record.hpp"

namespace qadex::bench {

// A writer indexes records into a directory it owns; finish() makes them durable (commit,
// close) and is part of the timed indexing work.
class EngineWriter {
 public:
  virtual ~EngineWriter() = default;
  virtual void add(const Record& record) = 0;
  virtual void finish() = 0;
};

// A searcher answers queries over a finished index. One per thread: none is shared.
class EngineSearcher {
 public:
  virtual ~EngineSearcher() = default;
  // The ids of the best `k` records, best first.
  [[nodiscard]] virtual std::vector<std::string> search(std::string_view text, std::size_t k) = 0;
};

// The engines, in the order they are run and reported; qadex first (the ratios' numerator).
// qadex returns ranked ids, as the peers do; qadex-hits returns what `qadex search` shows
// (records and snippets) from the index qadex built, so it indexes nothing itself.
inline const std::vector<std::string> kEngineNames = {"qadex", "qadex-hits", "xapian", "fts5",
                                                      "lucene"};

// The engine whose index `engine` searches: qadex's for qadex-hits, its own for the others.
[[nodiscard]] std::string index_engine(const std::string& engine);

// Throws std::invalid_argument for a name not in kEngineNames (or, for open_writer, an
// engine that searches another's index).
[[nodiscard]] std::unique_ptr<EngineWriter> open_writer(const std::string& engine,
                                                        const std::filesystem::path& dir);
[[nodiscard]] std::unique_ptr<EngineSearcher> open_searcher(const std::string& engine,
                                                            const std::filesystem::path& dir);
// "name version" of the library behind an engine, for the report's header.
[[nodiscard]] std::string engine_version(const std::string& engine);

// Each implementation lives in its own file (engine_<name>.cpp).
std::unique_ptr<EngineWriter> open_qadex_writer(const std::filesystem::path& dir);
std::unique_ptr<EngineSearcher> open_qadex_searcher(const std::filesystem::path& dir);
std::unique_ptr<EngineSearcher> open_qadex_hits_searcher(const std::filesystem::path& dir);
std::unique_ptr<EngineWriter> open_xapian_writer(const std::filesystem::path& dir);
std::unique_ptr<EngineSearcher> open_xapian_searcher(const std::filesystem::path& dir);
std::unique_ptr<EngineWriter> open_fts5_writer(const std::filesystem::path& dir);
std::unique_ptr<EngineSearcher> open_fts5_searcher(const std::filesystem::path& dir);
std::unique_ptr<EngineWriter> open_lucene_writer(const std::filesystem::path& dir);
std::unique_ptr<EngineSearcher> open_lucene_searcher(const std::filesystem::path& dir);
std::string xapian_version();
std::string fts5_version();
std::string lucene_version();

// Bytes of all regular files under `dir`: the index size on disk.
[[nodiscard]] std::uint64_t directory_bytes(const std::filesystem::path& dir);

}  // namespace qadex::bench
