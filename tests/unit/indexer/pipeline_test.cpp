// Unit tests of threaded indexing: the pipeline must write what one thread writes, in the
// order of the calls, and pass on the errors of its workers.
#include <catch2/catch.hpp>

#include <chrono>
#include <map>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <xapian.h>

#include "indexer/analysis_pipeline.hpp"
#include "indexer/index_writer.hpp"
#include "qadex/corpus.hpp"
#include "qadex/error.hpp"
#include "tests/unit/indexer/index_fixtures.hpp"
#include "tests/unit/temp_dir.hpp"

using qadex::Record;
using qadex::indexer::AnalysisPipeline;
using qadex::indexer::AnalyzedRecord;
using qadex::indexer::IndexWriter;
using qadex::testing::contents_of;
using qadex::testing::fixture_records;
using qadex::testing::small_record;
using qadex::testing::TempDir;

namespace {

// add_with_changes() with batches small enough that batch ends fall everywhere.
void index_with_changes(const std::filesystem::path& dir, std::size_t threads,
                        const std::vector<Record>& records) {
  IndexWriter writer(dir, 23, threads);
  CHECK(qadex::testing::add_with_changes(writer, records) == (records.size() + 6) / 7);
  writer.commit();
}

}  // namespace

TEST_CASE("indexing on two threads writes the database one thread writes", "[indexer][unit]") {
  const auto records = fixture_records(30);
  REQUIRE(records.size() > 300);
  TempDir one;
  TempDir two;
  index_with_changes(one.path(), 1, records);
  index_with_changes(two.path(), 2, records);
  const auto actual = contents_of(two.path());
  CHECK(actual.documents.size() == records.size() - (records.size() + 6) / 7);
  qadex::testing::check_same_contents(actual, contents_of(one.path()));
}

TEST_CASE("with threads, the last add of an id wins and remove sees earlier adds",
          "[indexer][unit]") {
  TempDir dir;
  IndexWriter writer(dir.path(), 1000, 2);
  writer.add(small_record("a", "first version"));
  writer.add(small_record("a", "second version"));
  writer.add(small_record("b", "to be removed"));
  CHECK(writer.remove("b"));  // the add just before is applied first
  CHECK_FALSE(writer.remove("b"));
  CHECK_FALSE(writer.remove("never added"));
  writer.add(small_record("b", "back again"));
  writer.add(small_record("c", "removed then"));
  CHECK(writer.remove("c"));
  writer.commit();

  Xapian::Database db(dir.path().string());
  CHECK(db.get_doccount() == 2);
  CHECK(db.term_exists("XAsecond"));
  CHECK_FALSE(db.term_exists("XAfirst"));
  CHECK(db.term_exists("XAback"));
  CHECK_FALSE(db.term_exists("Qc"));
}

TEST_CASE("the pipeline hands results out in submission order and passes on errors",
          "[indexer][unit]") {
  // Records named "slow…" take longer, so later ones finish first and must wait.
  auto make_analyze = [] {
    return [](const Record& record) {
      if (record.id == "bad") throw qadex::UsageError("bad record");
      if (record.id.rfind("slow", 0) == 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
      return AnalyzedRecord{record.id, Xapian::Document(), {}};
    };
  };
  AnalysisPipeline pipeline(3, 8, make_analyze);
  const std::vector<std::string> ids = {"slow1", "fast1", "bad", "slow2", "fast2", "fast3"};
  for (const auto& id : ids) pipeline.submit(small_record(id, "x"));
  CHECK(pipeline.in_flight() == ids.size());
  CHECK_FALSE(pipeline.full());
  CHECK(pipeline.take().id == "slow1");
  CHECK(pipeline.take().id == "fast1");
  CHECK_THROWS_AS(pipeline.take(), qadex::UsageError);  // the same type the worker threw
  CHECK(pipeline.take().id == "slow2");                 // the rest carries on
  CHECK(pipeline.take().id == "fast2");
  CHECK(pipeline.take().id == "fast3");
  CHECK(pipeline.in_flight() == 0);
  CHECK_FALSE(pipeline.take_ready().has_value());
}

// Regression: such a record was refused by Xapian on the writer's thread after add()
// returned, and the error (with no file or line) ended `qadex index` with the batch lost.
TEST_CASE("with threads, a record over the term limit is refused at add(), the next kept",
          "[indexer][unit]") {
  TempDir dir;
  IndexWriter writer(dir.path(), 1000, 2);
  writer.add(small_record("good1", "kept"));
  for (const auto& [field, bytes] :
       {std::pair{&Record::id, 201}, {&Record::source, 300}, {&Record::qtype, 238}}) {
    auto bad = small_record("bad", "refused");
    bad.*field = std::string(static_cast<std::size_t>(bytes), 'x');
    CHECK_THROWS_AS(writer.add(bad), qadex::UsageError);
  }
  writer.add(small_record("good2", "kept too"));
  writer.commit();
  Xapian::Database db(dir.path().string());
  CHECK(db.get_doccount() == 2);
  CHECK(db.term_exists("Qgood1"));
  CHECK(db.term_exists("Qgood2"));
}

TEST_CASE("with threads, what commit() returned from is on disk", "[indexer][unit]") {
  TempDir dir;
  const auto records = fixture_records(10);
  IndexWriter writer(dir.path(), 1000000, 2);
  for (const auto& record : records) writer.add(record);
  writer.commit();
  Xapian::Database reader(dir.path().string());  // another handle: sees only what is durable
  CHECK(reader.get_doccount() == records.size());
  CHECK(reader.term_exists("Q" + records.back().id));

  writer.add(small_record("uncommitted", "not yet"));
  writer.apply_pending();
  reader.reopen();
  CHECK_FALSE(reader.term_exists("Quncommitted"));  // applied is not durable
}

TEST_CASE("with threads, a full batch commits by itself", "[indexer][unit]") {
  TempDir dir;
  IndexWriter writer(dir.path(), 2, 2);
  for (const char* id : {"a", "b", "c"}) writer.add(small_record(id, "text"));
  Xapian::Database db(dir.path().string());
  CHECK(db.get_doccount() == 2);  // the third waits for the next batch or commit()
}
