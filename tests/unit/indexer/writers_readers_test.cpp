// One writer at a time, whoever writes; readers that keep working while a writer commits.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <atomic>
#include <string>
#include <thread>

#include "qadex/error.hpp"
#include "qadex/index.hpp"
#include "tests/unit/indexer/index_fixtures.hpp"
#include "tests/unit/temp_dir.hpp"

using qadex::Index;
using qadex::OpenOptions;
using qadex::testing::small_record;
using qadex::testing::TempDir;

namespace {

OpenOptions mode(OpenOptions::Mode m, std::size_t threads = 1) {
  OpenOptions options;
  options.mode = m;
  options.threads = threads;
  return options;
}

qadex::Record record_number(int i) {
  auto record = small_record("r" + std::to_string(i),
                             "Lower back pain and stiffness, note " + std::to_string(i) +
                                 ": stretching, heat and gentle exercise help the muscles.");
  record.question = "What helps lower back stiffness (" + std::to_string(i) + ")?";
  record.focus = "Back Pain";
  return record;
}

std::string refusal(const std::filesystem::path& dir, const OpenOptions& options) {
  try {
    (void)Index::open(dir, options);
  } catch (const qadex::IndexError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("a writer of any kind excludes every other writer, and says who holds the index",
          "[indexer][unit]") {
  const auto build = mode(OpenOptions::Mode::kBuild, 2);
  const auto write = mode(OpenOptions::Mode::kWrite);
  const auto write_threads = mode(OpenOptions::Mode::kWrite, 2);
  for (const auto& first : {build, write}) {
    TempDir dir;
    auto holder = Index::open(dir.path(), first);
    holder.add(small_record("a", "kept"));
    for (const auto& second : {build, write, write_threads}) {
      const auto message = refusal(dir.path(), second);
      CHECK_THAT(message,
                 Catch::Contains("is being written by process " + std::to_string(::getpid())));
      CHECK_THAT(message, Catch::Contains("wait for it to finish"));
    }
    holder.commit();
    // Reading is never locked out; the writer's records are all there.
    CHECK(Index::open(dir.path()).stats().records == 1);
  }
}

TEST_CASE("the writer lock is released when the writer is gone", "[indexer][unit]") {
  TempDir dir;
  {
    auto index = Index::open(dir.path(), mode(OpenOptions::Mode::kBuild, 2));
    index.add(small_record("a", "text"));
    index.commit();
  }
  auto again = Index::open(dir.path(), mode(OpenOptions::Mode::kWrite));
  again.add(small_record("b", "text"));
  again.commit();
  CHECK(again.stats().records == 2);
}

TEST_CASE("a permission problem is reported as one, not as a lock", "[indexer][unit]") {
  if (::geteuid() == 0) return;  // root writes anywhere: nothing to test
  TempDir dir;
  const auto readonly = dir / "readonly";
  std::filesystem::create_directories(readonly);
  std::filesystem::permissions(
      readonly, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
  const auto message = refusal(readonly, mode(OpenOptions::Mode::kWrite));
  std::filesystem::permissions(readonly, std::filesystem::perms::owner_all);
  CHECK_THAT(message, Catch::Contains("Permission denied"));
  CHECK_THAT(message, !Catch::Contains("being written"));
}

TEST_CASE("the parts a killed build left are removed by the next writer, with a note",
          "[indexer][unit]") {
  TempDir dir;
  {
    auto index = Index::open(dir.path(), mode(OpenOptions::Mode::kWrite));
    index.add(small_record("a", "text"));
    index.commit();
  }
  // As a build killed between its merge and its clean-up leaves them; an older qadex named
  // its parts shard-K.
  dir.write(".qadex-build/part-0/postlist.glass", std::string(4096, 'x'));
  dir.write(".qadex-build/shard-1/postlist.glass", std::string(4096, 'x'));
  auto options = mode(OpenOptions::Mode::kBuild, 2);
  std::string note;
  options.on_note = [&](const std::string& text) { note = text; };
  auto index = Index::open(dir.path(), options);
  CHECK_THAT(note, Catch::Contains("removed what an interrupted build left"));
  CHECK_FALSE(std::filesystem::exists(dir / ".qadex-build"));
  CHECK(index.stats().records == 1);  // the index itself untouched
}

TEST_CASE("a reader opened once keeps answering while a writer commits, and sees the commits",
          "[indexer][unit]") {
  TempDir dir;
  {
    auto index = Index::open(dir.path(), mode(OpenOptions::Mode::kWrite));
    for (int i = 0; i < 50; ++i) index.add(record_number(i));
    index.commit();
  }
  auto reader = Index::open(dir.path());
  REQUIRE(reader.stats().records == 50);

  constexpr int kRecords = 400;
  std::atomic<bool> writing{true};
  std::thread writer([&] {
    OpenOptions options = mode(OpenOptions::Mode::kWrite);
    options.batch_size = 2;  // a commit every two records: many revisions per search
    auto index = Index::open(dir.path(), options);
    for (int i = 50; i < 50 + kRecords; ++i) index.add(record_number(i));
    index.commit();
    writing = false;
  });
  int searches = 0;
  int failures = 0;
  std::string first_failure;
  while (writing || searches < 20) {
    try {
      const auto results = reader.search("My lower back is stiff after exercise. What helps?");
      if (results.hits.empty()) throw std::runtime_error("no hits");
      (void)reader.find("r" + std::to_string(searches % 50));
      ++searches;
    } catch (const std::exception& e) {
      if (failures++ == 0) first_failure = e.what();
      ++searches;
    }
  }
  writer.join();
  INFO("searches: " << searches << ", first failure: " << first_failure);
  CHECK(failures == 0);
  // No reopen(): the reader moved to the latest commit by itself.
  CHECK(reader.stats().records == 50 + kRecords);
  CHECK_FALSE(reader.reopen());  // nothing newer
}
