// CSV: RFC 4180 rows mapped by header name; bad rows and bad headers reported with lines.
#include <catch2/catch.hpp>
#include <map>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "corpus/csv_parser.hpp"
#include "corpus_test_support.hpp"
#include "qadex/error.hpp"

using qadex::Diagnostic;
using qadex::test::read_all;
using qadex::test::TempDir;
using qadex::test::test_data;

TEST_CASE("the CSV parser splits RFC 4180 records", "[corpus][unit]") {
  using Rows = std::vector<std::vector<std::string>>;
  const std::pair<std::string, Rows> cases[] = {
      {"a,b\n1,2\n", {{"a", "b"}, {"1", "2"}}},
      {"a,b\r\n1,2\r\n", {{"a", "b"}, {"1", "2"}}},  // CRLF
      {"a,b\n1,2", {{"a", "b"}, {"1", "2"}}},        // no line break at the end
      {"\"x, y\",\"say \"\"hi\"\"\"\n", {{"x, y", "say \"hi\""}}},
      {"\"two\r\nlines\",z\n", {{"two\r\nlines", "z"}}},  // a quoted CRLF is content
      {"a,,\n", {{"a", "", ""}}},
      {"in\"side,x\n", {{"in\"side", "x"}}},  // lenient: a quote inside an unquoted field
      {"\"q\"tail,x\n", {{"qtail", "x"}}},    // lenient: text after a closing quote
      {"a\rb,c\n", {{"a\rb", "c"}}},          // a lone CR is content
      {"\xEF\xBB\xBFid,x\n", {{"id", "x"}}},  // byte order mark dropped
  };
  for (const auto& [input, rows] : cases) {
    INFO(input);
    std::istringstream in(input);
    qadex::corpus::CsvParser parser(in, 1000);
    qadex::corpus::CsvRow row;
    Rows got;
    while (parser.next(row)) {
      CHECK_FALSE(row.unterminated);
      got.push_back(row.fields);
    }
    CHECK(got == rows);
    CHECK(parser.offset() == input.size());
  }
}

TEST_CASE("the CSV parser keeps at most cap bytes of a field but counts all of them",
          "[corpus][unit]") {
  std::istringstream in("abcdefgh,\"ijklmnop\"\nshort,x\n");
  qadex::corpus::CsvParser parser(in, 4);
  qadex::corpus::CsvRow row;
  REQUIRE(parser.next(row));
  CHECK(row.fields == std::vector<std::string>{"abcd", "ijkl"});
  CHECK(row.sizes == std::vector<std::size_t>{8, 8});
  REQUIRE(parser.next(row));
  CHECK(row.line == 2);
  CHECK(row.fields[0] == "shor");
}

TEST_CASE("a CSV file yields one record per row, columns found by header name", "[corpus][unit]") {
  const auto result = read_all({test_data("csv/good.csv")});
  CHECK(result.diagnostics.empty());
  CHECK(result.report.records == 3);
  CHECK(result.report.skipped == std::map<std::string, std::size_t>{{"no answer text", 1}});
  REQUIRE(result.records.size() == 3);

  qadex::Record c1;
  c1.id = "c1";
  c1.question = "Why does my back hurt?";
  c1.answer = "Most back pain goes away, in time.";
  c1.focus = "Back pain";
  c1.synonyms = {"lumbago", "backache"};  // split on '|', items trimmed
  c1.qtype = "causes";
  c1.source = "test";
  c1.url = "https://example.org/back";
  CHECK(result.records[0] == c1);
  CHECK(result.records[1].question == "Quoted \"question\"?");
  CHECK(result.records[1].answer == "Line one\nline two");
  CHECK(result.records[1].synonyms.empty());
  CHECK(result.records[2].answer == "Answer with \"quotes\", commas, and a | bar");
}

TEST_CASE("CSV with CRLF line ends and a byte order mark reads like plain CSV", "[corpus][unit]") {
  TempDir dir;
  const auto file = dir.write("crlf.csv",
                              "\xEF\xBB\xBFID, Answer ,Question\r\n"
                              "a,\"first\r\nanswer\",q1\r\n"
                              "b,second,q2\r\n");
  const auto result = read_all({file});
  CHECK(result.diagnostics.empty());
  REQUIRE(result.records.size() == 2);
  CHECK(result.records[0].answer == "first\r\nanswer");  // as quoted: the text's own line end
  CHECK(result.records[1].id == "b");
  CHECK(result.records[1].question == "q2");
}

TEST_CASE("bad CSV rows are skipped with the line they start on", "[corpus][unit]") {
  const auto result = read_all({test_data("csv/bad_rows.csv")});
  std::vector<std::string> ids;
  for (const auto& r : result.records) ids.push_back(r.id);
  CHECK(ids == std::vector<std::string>{"r1", "r6"});

  const std::tuple<std::size_t, std::string, std::string> expected[] = {
      {3, "wrong column count", "record has 2 fields, the header has 3"},
      {4, "wrong column count", "record has 4 fields, the header has 3"},
      {5, "missing required field", "required field \"id\" is empty"},
      {6, "duplicate id", "bad_rows.csv:2)"},
      {8, "malformed CSV", "quoted field opened on line 8 is never closed"},
  };
  REQUIRE(result.diagnostics.size() == std::size(expected));
  for (std::size_t i = 0; i < std::size(expected); ++i) {
    const auto& [line, reason, text] = expected[i];
    const Diagnostic& d = result.diagnostics[i];
    INFO(d.describe());
    CHECK(d.line == line);
    CHECK(d.reason == reason);
    CHECK_THAT(d.message, Catch::Contains(text));
  }
}

// Regression: an unbalanced quote swallowed the rest of the file into one bad record, or
// paired with the quote of a later record and merged the lines between, while the summary
// said "1 skipped".
TEST_CASE("a stray CSV quote costs its own record, read goes on at the next line",
          "[corpus][unit]") {
  const auto result = read_all({test_data("csv/stray_quote.csv")});
  std::vector<std::string> ids;
  for (const auto& r : result.records) ids.push_back(r.id);
  CHECK(ids == std::vector<std::string>{"s1", "s3", "s4", "s5", "s7", "s8"});
  REQUIRE(result.records.size() == 6);
  CHECK(result.records[2].answer == "a quoted answer\nover two lines");
  REQUIRE(result.diagnostics.size() == 2);
  for (const auto& [d, line] : {std::pair{result.diagnostics[0], 3}, {result.diagnostics[1], 8}}) {
    INFO(d.describe());
    CHECK(d.line == static_cast<std::size_t>(line));
    CHECK(d.reason == "malformed CSV");
    CHECK_THAT(d.message, Catch::StartsWith("quoted field opened on line " + std::to_string(line) +
                                            " is never closed; the lines after it are read as "
                                            "new records"));
  }
  CHECK(result.report.skipped_total() == 2);
}

TEST_CASE("a CSV file without an id or answer column is skipped whole", "[corpus][unit]") {
  const auto result = read_all({test_data("csv/no_answer_column.csv")});
  CHECK(result.records.empty());
  CHECK(result.report.files == 0);
  CHECK(result.report.files_skipped ==
        std::map<std::string, std::size_t>{{"missing required column", 1}});
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].line == 1);
  CHECK_THAT(result.diagnostics[0].message,
             Catch::StartsWith("header has no \"answer\" column (found: id, question, reply)"));
}

TEST_CASE("a CSV field over the size limit or with invalid UTF-8 skips its row", "[corpus][unit]") {
  TempDir dir;
  qadex::ReadOptions options;
  options.max_field_bytes = 10;
  const auto file = dir.write("limits.csv",
                              "id,answer,focus\n"
                              "a,ok,this focus is too long\n"
                              "b,caf\xE9,x\n"
                              "c,fine,x\n");
  const auto result = read_all({file}, options);
  REQUIRE(result.records.size() == 1);
  CHECK(result.records[0].id == "c");
  REQUIRE(result.diagnostics.size() == 2);
  CHECK(result.diagnostics[0].line == 2);
  CHECK(result.diagnostics[0].reason == "field too large");
  CHECK_THAT(result.diagnostics[0].message,
             Catch::StartsWith("field \"focus\" is 22 bytes, over the limit of 10 bytes"));
  CHECK(result.diagnostics[1].line == 3);
  CHECK(result.diagnostics[1].reason == "invalid UTF-8");
  CHECK_THAT(result.diagnostics[1].message, Catch::Contains("field \"answer\""));
}

TEST_CASE("strict mode stops at the first bad CSV row with its file and line", "[corpus][unit]") {
  qadex::ReadOptions options;
  options.strict = true;
  try {
    (void)read_all({test_data("csv/bad_rows.csv")}, options);
    FAIL("no InputError thrown");
  } catch (const qadex::InputError& e) {
    CHECK(e.file().ends_with("bad_rows.csv"));
    CHECK(e.line() == 3);
    CHECK_THAT(e.what(), Catch::Contains("record has 2 fields"));
  }
}
