// qadex through its public API only, as an embedding program would use it: a new index
// built with Mode::kBuild and default batches, and the default SearchOptions (qadex's full
// ranking), except for what the hits carry: ids only for "qadex" (what the peers return),
// records and snippets for "qadex-hits" (the default, what `qadex search` shows).
#include <qadex/qadex.hpp>

#include "bench/speed/engine.hpp"

namespace qadex::bench {
namespace {

class QadexWriter final : public EngineWriter {
 public:
  explicit QadexWriter(const std::filesystem::path& dir) : index_(Index::open(dir, build())) {}
  void add(const Record& record) override { index_.add(record); }
  void finish() override { index_.commit(); }

 private:
  static OpenOptions build() {
    OpenOptions options;
    options.mode = OpenOptions::Mode::kBuild;
    return options;
  }

  Index index_;
};

class QadexSearcher final : public EngineSearcher {
 public:
  QadexSearcher(const std::filesystem::path& dir, HitContent content)
      : index_(Index::open(dir)), content_(content) {}
  std::vector<std::string> search(std::string_view text, std::size_t k) override {
    SearchOptions options;
    options.limit = k;
    options.content = content_;
    std::vector<std::string> ids;
    for (auto& hit : index_.search(text, options).hits) ids.push_back(std::move(hit.id));
    return ids;
  }

 private:
  Index index_;
  HitContent content_;
};

}  // namespace

std::unique_ptr<EngineWriter> open_qadex_writer(const std::filesystem::path& dir) {
  return std::make_unique<QadexWriter>(dir);
}
std::unique_ptr<EngineSearcher> open_qadex_searcher(const std::filesystem::path& dir) {
  return std::make_unique<QadexSearcher>(dir, HitContent::kId);
}
std::unique_ptr<EngineSearcher> open_qadex_hits_searcher(const std::filesystem::path& dir) {
  return std::make_unique<QadexSearcher>(dir, HitContent::kSnippet);
}

}  // namespace qadex::bench
