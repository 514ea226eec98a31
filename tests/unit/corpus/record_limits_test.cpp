// Regression tests of the reliability issue "one bad value is one skipped record": an id,
// source or qtype too long for an index term aborted a whole `qadex index` run (Xapian
// refused the term on another thread), with no file or line, losing the uncommitted batch.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "corpus/record_check.hpp"
#include "corpus_test_support.hpp"
#include "qadex/error.hpp"

using qadex::kMaxTermFieldBytes;
using qadex::test::read_all;
using qadex::test::TempDir;

namespace {

std::string jsonl_line(const std::string& id, const std::string& field, const std::string& value) {
  return "{\"id\": \"" + id + "\", \"answer\": \"text\", \"" + field + "\": \"" + value + "\"}\n";
}

}  // namespace

TEST_CASE("an id, source or qtype over the term limit skips its record and names the field",
          "[corpus][unit]") {
  const std::string at_limit(kMaxTermFieldBytes, 'a');
  const std::string over(kMaxTermFieldBytes + 1, 'b');
  TempDir dir;
  const auto file = dir.write(
      "limits.jsonl",
      jsonl_line("ok-1", "source", at_limit) +                        // 1: at the limit: kept
          "{\"id\": \"" + over + "\", \"answer\": \"text\"}\n" +      // 2: id over
          jsonl_line("src", "source", over) +                         // 3: source over
          jsonl_line("qt", "qtype", std::string(238, 'q')) +          // 4: the fuzzer's 238 bytes
          "{\"id\": \"" + at_limit + "\", \"answer\": \"text\"}\n" +  // 5: id at the limit
          jsonl_line("ok-2", "qtype", "symptoms"));                   // 6
  const auto result = read_all({file});
  std::vector<std::string> ids;
  for (const auto& r : result.records) ids.push_back(r.id);
  CHECK(ids == std::vector<std::string>{"ok-1", at_limit, "ok-2"});

  const std::pair<std::size_t, std::string> expected[] = {
      {2, "field \"id\" is 201 bytes, over the limit of 200 bytes"},
      {3, "field \"source\" is 201 bytes, over the limit of 200 bytes"},
      {4, "field \"qtype\" is 238 bytes, over the limit of 200 bytes"},
  };
  REQUIRE(result.diagnostics.size() == std::size(expected));
  for (std::size_t i = 0; i < std::size(expected); ++i) {
    const auto& d = result.diagnostics[i];
    INFO(d.describe());
    CHECK(d.line == expected[i].first);
    CHECK(d.reason == "value too long");
    CHECK_THAT(d.message, Catch::Contains(expected[i].second));
  }
  CHECK(result.report.skipped.at("value too long") == 3);
}

TEST_CASE("a CSV or MedQuAD value over the term limit skips its record, not the file",
          "[corpus][unit]") {
  TempDir dir;
  const auto csv = dir.write("t.csv", "id,answer,qtype\nc1," + std::string(300, 'x') +
                                          ",ok\nc2,text," + std::string(300, 'q') + "\nc3,x,y\n");
  // A long source attribute makes every id of the file too long.
  const auto xml = dir.write(
      "m.xml", "<Document id=\"1\" source=\"" + std::string(250, 'S') +
                   "\"><QAPairs><QAPair pid=\"1\"><Question>Q?</Question><Answer>A.</Answer>"
                   "</QAPair></QAPairs></Document>\n");
  const auto result = read_all({csv, xml});
  REQUIRE(result.records.size() == 2);
  CHECK(result.records[0].id == "c1");
  CHECK(result.records[1].id == "c3");
  REQUIRE(result.diagnostics.size() == 2);
  CHECK(result.diagnostics[0].line == 3);
  CHECK_THAT(result.diagnostics[0].message, Catch::Contains("field \"qtype\" is 300 bytes"));
  CHECK(result.diagnostics[1].where == "QAPair #1");
  CHECK_THAT(result.diagnostics[1].message, Catch::Contains("field \"id\" is 257 bytes"));
}

TEST_CASE("strict mode stops at a value over the term limit with file and line", "[corpus][unit]") {
  TempDir dir;
  const auto file = dir.write("s.jsonl", "{\"id\": \"a\", \"answer\": \"x\"}\n" +
                                             jsonl_line("b", "source", std::string(250, 's')));
  qadex::ReadOptions options;
  options.strict = true;
  CHECK_THROWS_WITH(read_all({file}, options),
                    Catch::StartsWith(file.string() + ":2: field \"source\" is 250 bytes"));
}

TEST_CASE("a record the sink refuses with UsageError is skipped with its file and line",
          "[corpus][unit]") {
  TempDir dir;
  const auto file = dir.write("r.jsonl",
                              "{\"id\": \"a\", \"answer\": \"x\"}\n"
                              "{\"id\": \"refused\", \"answer\": \"x\"}\n"
                              "{\"id\": \"c\", \"answer\": \"x\"}\n");
  std::vector<std::string> passed;
  std::vector<qadex::Diagnostic> diagnostics;
  const auto report = qadex::read_corpus(
      {file}, {},
      [&](qadex::Record&& r) {
        if (r.id == "refused") throw qadex::UsageError("record \"refused\": not today");
        passed.push_back(r.id);
      },
      [&](const qadex::Diagnostic& d) { diagnostics.push_back(d); });
  CHECK(passed == std::vector<std::string>{"a", "c"});
  CHECK(report.records == 2);
  CHECK(report.skipped.at("refused by the index") == 1);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].line == 2);
  CHECK_THAT(diagnostics[0].message, Catch::StartsWith("record \"refused\": not today"));
}
