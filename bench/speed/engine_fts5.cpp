// The SQLite FTS5 peer: one FTS5 table (porter tokenizer) over question and answer, rows
// inserted in transactions of 10k, queries as an OR of the quoted words ranked by bm25().
#include <sqlite3.h>

#include <cctype>
#include <stdexcept>

#include "bench/speed/engine.hpp"

namespace qadex::bench {
namespace {

constexpr std::size_t kBatch = 10000;
constexpr const char* kFile = "fts5.sqlite";

class Connection {
 public:
  explicit Connection(const std::filesystem::path& file, int flags) {
    if (sqlite3_open_v2(file.c_str(), &db_, flags, nullptr) != SQLITE_OK) fail("open");
  }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  ~Connection() { sqlite3_close_v2(db_); }

  void exec(const char* sql) {
    if (sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) != SQLITE_OK) fail(sql);
  }
  sqlite3_stmt* prepare(const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
      fail(sql);
    }
    return stmt;
  }
  [[noreturn]] void fail(const std::string& what) const {
    throw std::runtime_error("sqlite: " + what + ": " + sqlite3_errmsg(db_));
  }

 private:
  sqlite3* db_ = nullptr;
};

// Prepared statements are finalized before their connection closes (declared after it).
struct Statement {
  sqlite3_stmt* stmt;
  ~Statement() { sqlite3_finalize(stmt); }
};

void bind_text(Connection& db, sqlite3_stmt* stmt, int column, std::string_view text) {
  if (sqlite3_bind_text(stmt, column, text.data(), static_cast<int>(text.size()), SQLITE_STATIC) !=
      SQLITE_OK) {
    db.fail("bind");
  }
}

// The database file in `dir`, creating the directory as the other engines do.
std::filesystem::path database_file(const std::filesystem::path& dir) {
  std::filesystem::create_directories(dir);
  return dir / kFile;
}

// Creates the table; returns the statement that inserts into it.
sqlite3_stmt* create_table(Connection& db) {
  db.exec(
      "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, question, answer, "
      "tokenize = 'porter')");
  return db.prepare("INSERT INTO docs(id, question, answer) VALUES (?, ?, ?)");
}

class Fts5Writer final : public EngineWriter {
 public:
  explicit Fts5Writer(const std::filesystem::path& dir)
      : db_(database_file(dir), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE),
        insert_{create_table(db_)} {
    db_.exec("BEGIN");
  }
  void add(const Record& record) override {
    bind_text(db_, insert_.stmt, 1, record.id);
    bind_text(db_, insert_.stmt, 2, record.question);
    bind_text(db_, insert_.stmt, 3, record.answer);
    if (sqlite3_step(insert_.stmt) != SQLITE_DONE) db_.fail("insert " + record.id);
    sqlite3_reset(insert_.stmt);
    if (++pending_ == kBatch) {
      db_.exec("COMMIT; BEGIN");
      pending_ = 0;
    }
  }
  void finish() override { db_.exec("COMMIT"); }

 private:
  Connection db_;
  Statement insert_;
  std::size_t pending_ = 0;
};

// "lower back pain" -> "lower" OR "back" OR "pain": words are runs of letters and digits
// (any non-ASCII byte counts as a letter, as in FTS5's unicode61 tokenizer).
std::string or_query(std::string_view text) {
  std::string query;
  std::size_t i = 0;
  const auto is_word = [](unsigned char c) { return std::isalnum(c) || c >= 0x80; };
  while (i < text.size()) {
    while (i < text.size() && !is_word(static_cast<unsigned char>(text[i]))) ++i;
    const auto start = i;
    while (i < text.size() && is_word(static_cast<unsigned char>(text[i]))) ++i;
    if (i == start) break;
    if (!query.empty()) query += " OR ";
    query += '"';
    query += text.substr(start, i - start);
    query += '"';
  }
  return query;
}

class Fts5Searcher final : public EngineSearcher {
 public:
  explicit Fts5Searcher(const std::filesystem::path& dir)
      : db_(dir / kFile, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX),
        select_{db_.prepare("SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT ?")} {
  }
  std::vector<std::string> search(std::string_view text, std::size_t k) override {
    std::vector<std::string> ids;
    const auto query = or_query(text);
    if (query.empty()) return ids;
    bind_text(db_, select_.stmt, 1, query);
    sqlite3_bind_int64(select_.stmt, 2, static_cast<sqlite3_int64>(k));
    int rc;
    while ((rc = sqlite3_step(select_.stmt)) == SQLITE_ROW) {
      ids.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(select_.stmt, 0)));
    }
    sqlite3_reset(select_.stmt);
    if (rc != SQLITE_DONE) db_.fail("search");
    return ids;
  }

 private:
  Connection db_;
  Statement select_;
};

}  // namespace

std::unique_ptr<EngineWriter> open_fts5_writer(const std::filesystem::path& dir) {
  return std::make_unique<Fts5Writer>(dir);
}
std::unique_ptr<EngineSearcher> open_fts5_searcher(const std::filesystem::path& dir) {
  return std::make_unique<Fts5Searcher>(dir);
}
std::string fts5_version() { return std::string("SQLite ") + sqlite3_libversion(); }

}  // namespace qadex::bench
