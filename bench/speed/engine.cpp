// Choosing an engine by name, and what all engines share (index size on disk).
#include "bench/speed/engine.hpp"

#include <stdexcept>
#include <system_error>

namespace qadex::bench {

std::string index_engine(const std::string& engine) {
  return engine == "qadex-hits" ? "qadex" : engine;
}

std::unique_ptr<EngineWriter> open_writer(const std::string& engine,
                                          const std::filesystem::path& dir) {
  if (index_engine(engine) != engine) {
    throw std::invalid_argument(engine + " builds no index: it searches " + index_engine(engine) +
                                "'s");
  }
  if (engine == "qadex") return open_qadex_writer(dir);
  if (engine == "xapian") return open_xapian_writer(dir);
  if (engine == "fts5") return open_fts5_writer(dir);
  if (engine == "lucene") return open_lucene_writer(dir);
  throw std::invalid_argument("unknown engine \"" + engine + "\"");
}

std::unique_ptr<EngineSearcher> open_searcher(const std::string& engine,
                                              const std::filesystem::path& dir) {
  if (engine == "qadex") return open_qadex_searcher(dir);
  if (engine == "qadex-hits") return open_qadex_hits_searcher(dir);
  if (engine == "xapian") return open_xapian_searcher(dir);
  if (engine == "fts5") return open_fts5_searcher(dir);
  if (engine == "lucene") return open_lucene_searcher(dir);
  throw std::invalid_argument("unknown engine \"" + engine + "\"");
}

std::string engine_version(const std::string& engine) {
  if (engine == "qadex" || engine == "qadex-hits" || engine == "xapian") return xapian_version();
  if (engine == "fts5") return fts5_version();
  if (engine == "lucene") return lucene_version();
  throw std::invalid_argument("unknown engine \"" + engine + "\"");
}

std::uint64_t directory_bytes(const std::filesystem::path& dir) {
  std::uint64_t total = 0;
  std::error_code ec;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir, ec)) {
    if (entry.is_regular_file(ec)) total += entry.file_size(ec);
  }
  return total;
}

}  // namespace qadex::bench
