// JSONL: one object per line; each bad line reported with its line number, the rest read.
#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "corpus_test_support.hpp"
#include "qadex/error.hpp"

using qadex::Diagnostic;
using qadex::test::read_all;
using qadex::test::TempDir;
using qadex::test::test_data;

TEST_CASE("a JSONL file yields one record per object line", "[corpus][unit]") {
  const auto result = read_all({test_data("jsonl/good.jsonl")});
  CHECK(result.diagnostics.empty());
  CHECK(result.report.files == 1);
  CHECK(result.report.records == 4);
  CHECK(result.report.skipped == std::map<std::string, std::size_t>{{"no answer text", 1}});
  REQUIRE(result.records.size() == 4);

  qadex::Record full;
  full.id = "j1";
  full.question = "Why does my back hurt?";
  full.answer = "Most back pain goes away on its own.";
  full.focus = "Back pain";
  full.synonyms = {"lumbago", "backache"};
  full.qtype = "causes";
  full.source = "test";
  full.url = "https://example.org/back";
  full.cuis = {"C0004604"};
  full.semantic_group = "Disorders";
  CHECK(result.records[0] == full);
  CHECK(result.records[1].id == "42");  // a JSON number id is kept as its decimal text
  CHECK(result.records[2].id == "j3");
  CHECK(result.records[2].question.empty());  // null is absent
  CHECK(result.records[3].answer ==
        "Unicode: caf\xC3\xA9, \xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E "
        "and an escape \xC3\xA9.");
}

TEST_CASE("bad JSONL lines are skipped with their line number and reason", "[corpus][unit]") {
  const auto result = read_all({test_data("jsonl/bad.jsonl")});
  std::vector<std::string> ids;
  for (const auto& r : result.records) ids.push_back(r.id);
  CHECK(ids == std::vector<std::string>{"b1", "b9", "b12"});  // nothing valid is lost

  const std::tuple<std::size_t, std::string, std::string> expected[] = {
      {2, "malformed JSON", "malformed JSON at column"},
      {3, "missing required field", "missing required field \"id\""},
      {4, "missing required field", "missing required field \"answer\""},
      {5, "wrong type", "field \"synonyms\" must be an array of strings"},
      {6, "wrong type", "must be a string or an integer, not a fractional number"},
      {7, "wrong type", "a line must hold one JSON object, not array"},
      {8, "duplicate id", "duplicate id \"b1\" (first seen at "},
      {10, "wrong type", "field \"focus\" must be a string, not number"},
      // 1e999 threw out of the reader and aborted the whole run, with no file or line.
      {11, "number out of range", "number out of range (number overflow parsing '1e999')"},
  };
  REQUIRE(result.diagnostics.size() == std::size(expected));
  for (std::size_t i = 0; i < std::size(expected); ++i) {
    const auto& [line, reason, text] = expected[i];
    const Diagnostic& d = result.diagnostics[i];
    INFO(d.describe());
    CHECK(d.severity == Diagnostic::Severity::kSkipped);
    CHECK(d.line == line);
    CHECK(d.reason == reason);
    CHECK_THAT(d.message, Catch::Contains(text));
    CHECK_THAT(d.message, Catch::EndsWith("; record skipped (--strict stops at the first bad "
                                          "record)"));
  }
  CHECK_THAT(result.diagnostics[6].message, Catch::Contains("bad.jsonl:1)"));
  CHECK(result.report.skipped_total() == 9);
  CHECK(result.report.skipped.at("wrong type") == 4);
}

TEST_CASE("a JSONL diagnostic describes itself as file:line: message", "[corpus][unit]") {
  TempDir dir;
  const auto file = dir.write("answers.jsonl", "\n\n\n\n\n\n\n\n\n\n\n{\"id\": \"a\"}\n");
  const auto result = read_all({file});
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].describe() ==
        file.string() +
            ":12: missing required field \"answer\"; record skipped (--strict "
            "stops at the first bad record)");
}

TEST_CASE("a JSONL line with invalid UTF-8 is skipped and the next line read", "[corpus][unit]") {
  TempDir dir;
  const auto file = dir.write("latin1.jsonl",
                              "{\"id\": \"a\", \"answer\": \"caf\xE9\"}\n"
                              "{\"id\": \"b\", \"answer\": \"fine\"}\n");
  const auto result = read_all({file});
  REQUIRE(result.records.size() == 1);
  CHECK(result.records[0].id == "b");
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].reason == "invalid UTF-8");
  CHECK(result.diagnostics[0].line == 1);
  CHECK_THAT(result.diagnostics[0].message, Catch::Contains("0xE9 at column 27"));
}

TEST_CASE("a 50 MB JSONL line is rejected as too large and the next lines still read",
          "[corpus][unit]") {
  TempDir dir;
  const std::size_t big = 50u << 20;
  std::string content = "{\"id\": \"big\", \"answer\": \"" + std::string(big, 'x') + "\"}\n";
  content += "{\"id\": \"after\", \"answer\": \"small\"}\n";
  const auto result = read_all({dir.write("big.jsonl", content)});
  REQUIRE(result.records.size() == 1);
  CHECK(result.records[0].id == "after");
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].reason == "field too large");
  CHECK(result.diagnostics[0].line == 1);
  CHECK_THAT(result.diagnostics[0].message,
             Catch::Contains("field \"answer\" is 52428800 bytes, over the limit of 1048576"));
}

TEST_CASE("a JSONL line longer than any record could be is dropped without being kept",
          "[corpus][unit]") {
  TempDir dir;
  qadex::ReadOptions options;
  options.max_field_bytes = 16;  // lines over 64 x 16 bytes are not held in memory
  const std::string long_line =
      "{\"id\": \"long\", \"answer\": \"" + std::string(2000, 'y') + "\"}";
  const auto file = dir.write("long.jsonl", long_line + "\n{\"id\": \"ok\", \"answer\": \"a\"}\n");
  const auto result = read_all({file}, options);
  REQUIRE(result.records.size() == 1);
  CHECK(result.records[0].id == "ok");
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].reason == "field too large");
  CHECK_THAT(result.diagnostics[0].message,
             Catch::Contains("line is " + std::to_string(long_line.size()) + " bytes"));
}

TEST_CASE("JSONL with a byte order mark and CRLF line ends reads like plain JSONL",
          "[corpus][unit]") {
  TempDir dir;
  const auto file = dir.write("crlf.jsonl",
                              "\xEF\xBB\xBF{\"id\": \"a\", \"answer\": \"one\"}\r\n\r\n"
                              "{\"id\": \"b\", \"answer\": \"two\"}\r\n");
  const auto result = read_all({file});
  CHECK(result.diagnostics.empty());
  REQUIRE(result.records.size() == 2);
  CHECK(result.records[1].answer == "two");
}

TEST_CASE("strict mode stops at the first bad JSONL line with its file and line",
          "[corpus][unit]") {
  qadex::ReadOptions options;
  options.strict = true;
  std::size_t records = 0;
  try {
    (void)qadex::read_corpus({test_data("jsonl/bad.jsonl")}, options,
                             [&](qadex::Record&&) { ++records; });
    FAIL("no InputError thrown");
  } catch (const qadex::InputError& e) {
    CHECK(e.file().ends_with("bad.jsonl"));
    CHECK(e.line() == 2);
    CHECK_THAT(e.what(), Catch::Contains("bad.jsonl:2: malformed JSON"));
  }
  CHECK(records == 1);  // line 1 was passed on before line 2 stopped the read
}
