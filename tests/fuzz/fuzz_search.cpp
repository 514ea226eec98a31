// libFuzzer harness: query building and search (include/qadex/index.hpp) over a small index
// of the sample corpus, built once in a temporary folder. Each input is one person's text,
// searched with qadex's ranking, with Xapian's query syntax, with plain BM25, and with every
// ranking feature on and explanations. qadex::Error (e.g. a bad advanced query) is fine.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <random>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "qadex/corpus.hpp"
#include "qadex/error.hpp"
#include "qadex/index.hpp"

namespace {

namespace fs = std::filesystem;

// The index and the folder that holds it, removed at exit.
struct Fixture {
  fs::path dir;
  std::unique_ptr<qadex::Index> index;
  ~Fixture() {
    index.reset();
    std::error_code ignored;
    fs::remove_all(dir, ignored);
  }
};

Fixture& fixture() {
  static Fixture instance;
  return instance;
}

qadex::SearchOptions all_features() {
  qadex::SearchOptions options;
  options.explain = true;
  options.limit = 5;
  options.offset = 1;
  for (const auto& feature : qadex::kRankingFeatures) options.ranking.*feature.flag = true;
  return options;
}

void search(const qadex::Index& index, std::string_view text, const qadex::SearchOptions& options) {
  try {
    const qadex::SearchResults results = index.search(text, options);
    QADEX_FUZZ_CHECK(results.hits.size() <= options.limit);
    for (std::size_t i = 0; i < results.hits.size(); ++i) {
      QADEX_FUZZ_CHECK(results.hits[i].rank == options.offset + i + 1);
      QADEX_FUZZ_CHECK(!results.hits[i].id.empty());
    }
  } catch (const qadex::Error&) {
    // Documented: e.g. UsageError for a query Xapian's parser cannot read.
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  Fixture& f = fixture();
  std::random_device random;
  f.dir = fs::temp_directory_path() /
          ("qadex-fuzz-search-" + std::to_string(random()) + std::to_string(random()));
  {
    qadex::Index writer =
        qadex::Index::open(f.dir, {.mode = qadex::OpenOptions::Mode::kWrite, .threads = 1});
    const qadex::ReadReport report = qadex::read_corpus(
        {QADEX_SAMPLE_CORPUS}, {}, [&](qadex::Record&& record) { writer.add(record); });
    writer.commit();
    if (report.records == 0) {
      std::cerr << "fuzz_search: no records read from " << QADEX_SAMPLE_CORPUS << '\n';
      std::abort();
    }
  }
  f.index = std::make_unique<qadex::Index>(qadex::Index::open(f.dir));
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const qadex::Index& index = *fixture().index;
  static const qadex::SearchOptions kDefaults;
  static const qadex::SearchOptions kAdvanced = [] {
    qadex::SearchOptions options;
    options.advanced_syntax = true;
    return options;
  }();
  static const qadex::SearchOptions kPlain = [] {
    qadex::SearchOptions options;
    options.ranking = qadex::RankingOptions::plain();
    return options;
  }();
  static const qadex::SearchOptions kAll = all_features();
  search(index, text, kDefaults);
  search(index, text, kAdvanced);
  search(index, text, kPlain);
  search(index, text, kAll);
  return 0;
}
