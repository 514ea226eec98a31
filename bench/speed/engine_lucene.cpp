// The Lucene++ peer (Debian's liblucene++, the C++ port of Lucene 3.0): StandardAnalyzer,
// one IndexWriter with its default buffering, QueryParser (OR), IndexSearcher top k. Lucene
// 3.0 ranks with its classic TF-IDF similarity; it has no BM25.
#include <lucene++/LuceneHeaders.h>

#include <cwctype>

#include "bench/speed/engine.hpp"

namespace qadex::bench {
namespace {

using namespace Lucene;  // the library's own idiom: newLucene<T>, ...Ptr types

constexpr LuceneVersion::Version kVersion = LuceneVersion::LUCENE_30;

String wide(std::string_view utf8) {
  return StringUtils::toUnicode(reinterpret_cast<const uint8_t*>(utf8.data()),
                                static_cast<int32_t>(utf8.size()));
}

// Lucene's QueryParser.escape (protected in Lucene++): a backslash before every character
// the query syntax gives a meaning to.
String escape(const String& text) {
  static const String kSpecial = L"\\+-!():^[]\"{}~*?|&/";
  String escaped;
  for (const wchar_t c : text) {
    if (kSpecial.find(c) != String::npos) escaped += L'\\';
    escaped += c;
  }
  return escaped;
}

class LuceneWriter final : public EngineWriter {
 public:
  explicit LuceneWriter(const std::filesystem::path& dir)
      : writer_(newLucene<IndexWriter>(FSDirectory::open(wide(dir.string())),
                                       newLucene<StandardAnalyzer>(kVersion), true,
                                       IndexWriter::MaxFieldLengthUNLIMITED)) {}
  void add(const Record& record) override {
    const auto id = wide(record.id);
    auto doc = newLucene<Document>();
    doc->add(newLucene<Field>(L"id", id, Field::STORE_YES, Field::INDEX_NOT_ANALYZED));
    // Question and answer go into one field, added twice: Lucene concatenates them.
    doc->add(
        newLucene<Field>(L"text", wide(record.question), Field::STORE_NO, Field::INDEX_ANALYZED));
    doc->add(
        newLucene<Field>(L"text", wide(record.answer), Field::STORE_NO, Field::INDEX_ANALYZED));
    // Replaces any document with this id, as qadex and the Xapian peer do.
    writer_->updateDocument(newLucene<Term>(L"id", id), doc);
  }
  void finish() override { writer_->close(); }

 private:
  IndexWriterPtr writer_;
};

class LuceneSearcher final : public EngineSearcher {
 public:
  explicit LuceneSearcher(const std::filesystem::path& dir)
      : searcher_(newLucene<IndexSearcher>(
            IndexReader::open(FSDirectory::open(wide(dir.string())), true))),
        parser_(newLucene<QueryParser>(kVersion, L"text", newLucene<StandardAnalyzer>(kVersion))) {
    parser_->setDefaultOperator(QueryParser::OR_OPERATOR);
  }
  std::vector<std::string> search(std::string_view text, std::size_t k) override {
    // Lower case first so that a shouted "AND" or "NOT" is a word, not an operator; the
    // analyzer lower-cases anyway. Then escape the parser's special characters.
    auto query_text = wide(text);
    for (auto& c : query_text) c = static_cast<wchar_t>(std::towlower(static_cast<wint_t>(c)));
    std::vector<std::string> ids;
    QueryPtr query;
    try {
      query = parser_->parse(escape(query_text));
    } catch (const LuceneException&) {
      return ids;  // nothing searchable (e.g. only stopwords)
    }
    const auto top = searcher_->search(query, static_cast<int32_t>(k));
    for (const auto& hit : top->scoreDocs) {
      ids.push_back(StringUtils::toUTF8(searcher_->doc(hit->doc)->get(L"id")));
    }
    return ids;
  }

 private:
  IndexSearcherPtr searcher_;
  QueryParserPtr parser_;
};

}  // namespace

std::unique_ptr<EngineWriter> open_lucene_writer(const std::filesystem::path& dir) {
  return std::make_unique<LuceneWriter>(dir);
}
std::unique_ptr<EngineSearcher> open_lucene_searcher(const std::filesystem::path& dir) {
  return std::make_unique<LuceneSearcher>(dir);
}
std::string lucene_version() {
  return "Lucene++ " + StringUtils::toUTF8(Constants::LUCENE_VERSION);
}

}  // namespace qadex::bench
