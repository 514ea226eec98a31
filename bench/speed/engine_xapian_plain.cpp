// The stock Xapian peer: what a Xapian user gets by doing nothing clever. TermGenerator
// with the English stemmer (default settings, positions on), QueryParser with the same
// stemmer (default OR, FLAG_DEFAULT), Enquire with the default BM25Weight.
#include <xapian.h>

#include "bench/speed/engine.hpp"

namespace qadex::bench {
namespace {

// Records per transaction, as qadex's default batch.
constexpr std::size_t kBatch = 10000;

class XapianWriter final : public EngineWriter {
 public:
  explicit XapianWriter(const std::filesystem::path& dir)
      : db_(dir.string(), Xapian::DB_CREATE_OR_OVERWRITE) {
    generator_.set_stemmer(Xapian::Stem("english"));
  }
  void add(const Record& record) override {
    Xapian::Document doc;
    generator_.set_document(doc);
    generator_.index_text(record.question);
    generator_.increase_termpos();  // no phrase across the question/answer boundary
    generator_.index_text(record.answer);
    // The id is stored and made unique, as a program showing and replacing hits would.
    doc.set_data(record.id);
    const std::string id_term = "Q" + record.id;
    doc.add_boolean_term(id_term);
    db_.replace_document(id_term, doc);
    if (++pending_ == kBatch) {
      db_.commit();
      pending_ = 0;
    }
  }
  void finish() override {
    db_.commit();
    db_.close();
  }

 private:
  Xapian::WritableDatabase db_;
  Xapian::TermGenerator generator_;
  std::size_t pending_ = 0;
};

class XapianSearcher final : public EngineSearcher {
 public:
  explicit XapianSearcher(const std::filesystem::path& dir) : db_(dir.string()), enquire_(db_) {
    parser_.set_stemmer(Xapian::Stem("english"));
    parser_.set_database(db_);
  }
  std::vector<std::string> search(std::string_view text, std::size_t k) override {
    enquire_.set_query(parser_.parse_query(std::string(text)));
    const auto mset = enquire_.get_mset(0, static_cast<Xapian::doccount>(k));
    std::vector<std::string> ids;
    for (auto it = mset.begin(); it != mset.end(); ++it)
      ids.push_back(it.get_document().get_data());
    return ids;
  }

 private:
  Xapian::Database db_;
  Xapian::Enquire enquire_;
  Xapian::QueryParser parser_;
};

}  // namespace

std::unique_ptr<EngineWriter> open_xapian_writer(const std::filesystem::path& dir) {
  return std::make_unique<XapianWriter>(dir);
}
std::unique_ptr<EngineSearcher> open_xapian_searcher(const std::filesystem::path& dir) {
  return std::make_unique<XapianSearcher>(dir);
}
std::string xapian_version() { return std::string("Xapian ") + Xapian::version_string(); }

}  // namespace qadex::bench
