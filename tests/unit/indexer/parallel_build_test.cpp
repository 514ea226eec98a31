// Unit tests of a parallel build: the merged index must hold what one writer writes, and a
// build must never touch an existing database or leave its parts behind.
#include <catch2/catch.hpp>

#include <xapian.h>

#include "indexer/index_writer.hpp"
#include "indexer/parallel_build.hpp"
#include "qadex/error.hpp"
#include "qadex/index.hpp"
#include "tests/unit/indexer/index_fixtures.hpp"
#include "tests/unit/temp_dir.hpp"

using qadex::indexer::IndexWriter;
using qadex::indexer::ParallelBuild;
using qadex::testing::add_with_changes;
using qadex::testing::contents_of;
using qadex::testing::fixture_records;
using qadex::testing::small_record;
using qadex::testing::TempDir;

TEST_CASE("a parallel build merges into the index one writer writes", "[indexer][unit]") {
  const auto records = fixture_records(30);
  REQUIRE(records.size() > 300);
  const auto removes = (records.size() + 6) / 7;
  TempDir one;
  TempDir built;
  {
    IndexWriter writer(one.path(), 23, 1);
    CHECK(add_with_changes(writer, records) == removes);
    writer.commit();
  }
  {
    ParallelBuild build(built.path(), 23, 3);
    CHECK(add_with_changes(build, records) == removes);
    build.finish();
  }
  const auto actual = contents_of(built.path());
  CHECK(actual.documents.size() == records.size() - removes);
  // Spelling frequencies add up across parts; synonym lists unite.
  qadex::testing::check_same_contents(actual, contents_of(one.path()));
  CHECK(Xapian::Database(built.path().string()).get_metadata("qadex.format") ==
        Xapian::Database(one.path().string()).get_metadata("qadex.format"));
  CHECK_FALSE(std::filesystem::exists(built / ".qadex-build"));
}

TEST_CASE("spelling frequencies count records across batches", "[indexer][unit]") {
  TempDir dir;
  {
    IndexWriter writer(dir.path(), 2, 1);
    for (const auto* id : {"a", "b", "c", "d", "e"}) writer.add(small_record(id, "fever"));
    writer.add(small_record("f", "chills"));
    writer.commit();
  }
  const auto contents = contents_of(dir.path());
  CHECK(contents.spellings.at("fever") == 5);
  CHECK(contents.spellings.at("chills") == 1);
}

TEST_CASE("a build's part writes its buffered spelling words past the bound, the rest at commit",
          "[indexer][unit]") {
  // Distinct letters-only words "qq" + 4 letters, 200 per record, batches of 20 records.
  auto word = [](std::size_t n) {
    std::string text = "qq";
    for (int k = 0; k < 4; ++k, n /= 26) text += static_cast<char>('a' + n % 26);
    return text;
  };
  constexpr std::size_t kPerRecord = 200;
  constexpr std::size_t kRecords = 670;
  static_assert(660 * kPerRecord >= IndexWriter::kMaxBufferedWords &&
                640 * kPerRecord < IndexWriter::kMaxBufferedWords);
  TempDir dir;
  IndexWriter writer(dir.path(), 20, 1, /*part=*/true);
  auto add_records = [&](std::size_t from, std::size_t to) {
    for (std::size_t r = from; r < to; ++r) {
      std::string answer;
      for (std::size_t k = 0; k < kPerRecord; ++k) answer += word(r * kPerRecord + k) + ' ';
      writer.add(small_record("r" + std::to_string(r), answer));
    }
  };
  add_records(0, 640);  // 32 batches committed, their 128,000 words still buffered
  CHECK(contents_of(dir.path()).documents.size() == 640);
  CHECK(contents_of(dir.path()).spellings.empty());
  add_records(640, kRecords);  // written with the batch of record 660; the last 10 wait
  const auto written = contents_of(dir.path()).spellings;
  CHECK(written.size() == 660 * kPerRecord);
  CHECK(written.count(word(660 * kPerRecord - 1)) == 1);
  writer.commit();
  const auto spellings = contents_of(dir.path()).spellings;
  CHECK(spellings.size() == kRecords * kPerRecord);
  CHECK(spellings.at(word(kRecords * kPerRecord - 1)) == 1);
}

TEST_CASE("a build refuses a directory that holds a database", "[indexer][unit]") {
  TempDir dir;
  {
    ParallelBuild first(dir.path(), 10, 2);
    first.add(small_record("a", "kept"));
    first.finish();
  }
  CHECK(ParallelBuild::holds_database(dir.path()));
  CHECK_THROWS_AS(ParallelBuild(dir.path(), 10, 2), qadex::IndexError);
  CHECK(Xapian::Database(dir.path().string()).get_doccount() == 1);  // untouched
}

TEST_CASE("a build that is not finished leaves no index and no parts", "[indexer][unit]") {
  TempDir dir;
  {
    ParallelBuild build(dir.path(), 1, 2);
    for (int i = 0; i < 20; ++i) build.add(small_record("r" + std::to_string(i), "text"));
    CHECK(build.remove("r3"));
    CHECK_FALSE(build.remove("never added"));
  }
  CHECK_FALSE(ParallelBuild::holds_database(dir.path()));
  CHECK_FALSE(std::filesystem::exists(dir / ".qadex-build"));
  // and a new build into the same place goes ahead
  ParallelBuild again(dir.path(), 10, 2);
  again.add(small_record("a", "text"));
  again.finish();
  CHECK(Xapian::Database(dir.path().string()).get_doccount() == 1);
}

// Regression: a source too long for a term was refused by Xapian in the part's thread and
// failed the whole build (the issue "one bad value is one skipped record").
TEST_CASE("a record over the term limit is refused at add() and the build goes on",
          "[indexer][unit]") {
  TempDir dir;
  ParallelBuild build(dir.path(), 1000, 2);
  auto bad = small_record("bad", "refused");
  bad.source = std::string(300, 's');
  CHECK_THROWS_WITH(build.add(bad),
                    Catch::StartsWith("record \"bad\": field \"source\" is 300 bytes, over the "
                                      "limit of 200 bytes"));
  build.add(small_record("good", "text"));
  build.finish();
  Xapian::Database db(dir.path().string());
  CHECK(db.get_doccount() == 1);
  CHECK(db.term_exists("Qgood"));
}

TEST_CASE("Mode::kBuild is readable after commit() and then writes as kWrite", "[indexer][unit]") {
  TempDir dir;
  qadex::OpenOptions options;
  options.mode = qadex::OpenOptions::Mode::kBuild;
  options.threads = 2;
  {
    auto index = qadex::Index::open(dir.path(), options);
    index.add(small_record("a", "Stiffness of the lower back."));
    index.add(small_record("b", "A stiff knee."));
    CHECK_THROWS_AS(index.search("stiff back"), qadex::UsageError);  // nothing merged yet
    index.commit();
    CHECK(index.search("lower back").hits.at(0).id == "a");
    index.add(small_record("c", "Lower back pain."));
    CHECK(index.find("c").has_value());  // kWrite: reads see adds before commit
    index.commit();
    CHECK(qadex::Index::open(dir.path()).stats().records == 3);
  }
  // Into an index that exists, kBuild is kWrite: nothing is rebuilt or lost.
  auto again = qadex::Index::open(dir.path(), options);
  again.add(small_record("d", "Neck pain."));
  CHECK(again.stats().records == 4);
  again.commit();
  CHECK(qadex::Index::open(dir.path()).stats().records == 4);
}

TEST_CASE("opening a directory whose build is running or was killed says which",
          "[indexer][unit]") {
  TempDir dir;
  auto opening = [&] {
    try {
      (void)qadex::Index::open(dir.path());
    } catch (const qadex::IndexError& e) {
      return std::string(e.what());
    }
    return std::string("opened a directory without an index");
  };
  std::filesystem::create_directories(dir / ".qadex-build" / "part-0");
  CHECK_THAT(opening(), Catch::Contains("a build was interrupted; run 'qadex index' again"));
  qadex::OpenOptions options;
  options.mode = qadex::OpenOptions::Mode::kBuild;
  options.threads = 2;
  auto build = qadex::Index::open(dir.path(), options);
  build.add(small_record("a", "text"));
  CHECK_THAT(opening(), Catch::Contains("is building one here; wait for it"));
}
