// read_corpus as a whole: formats named and detected, folders walked in order, bad files,
// ids unique across files and formats, strict mode, progress.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstring>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "corpus_test_support.hpp"
#include "qadex/error.hpp"

using qadex::Diagnostic;
using qadex::InputFormat;
using qadex::test::read_all;
using qadex::test::TempDir;
using qadex::test::test_data;

namespace {

std::vector<std::string> ids_of(const qadex::test::ReadResult& result) {
  std::vector<std::string> ids;
  for (const auto& r : result.records) ids.push_back(r.id);
  return ids;
}

}  // namespace

TEST_CASE("input format names parse and print", "[corpus][unit]") {
  const std::pair<std::string_view, std::optional<InputFormat>> cases[] = {
      {"auto", InputFormat::kAuto},   {"medquad", InputFormat::kMedquad},
      {"jsonl", InputFormat::kJsonl}, {"csv", InputFormat::kCsv},
      {"JSONL", std::nullopt},  // names are lower case, as on the command line
      {"xml", std::nullopt},          {"", std::nullopt},
  };
  for (const auto& [name, format] : cases) {
    INFO(name);
    CHECK(qadex::parse_input_format(name) == format);
    if (format) CHECK(qadex::to_string(*format) == name);
  }
}

TEST_CASE("a diagnostic describes itself with file, line and element", "[corpus][unit]") {
  const std::pair<Diagnostic, std::string> cases[] = {
      {{Diagnostic::Severity::kSkipped, "a.jsonl", 12, "", "r", "bad"}, "a.jsonl:12: bad"},
      {{Diagnostic::Severity::kSkipped, "b.xml", 0, "QAPair #3", "r", "bad"},
       "b.xml (QAPair #3): bad"},
      {{Diagnostic::Severity::kWarning, "b.xml", 7, "QAPair #3", "r", "kept"},
       "b.xml:7 (QAPair #3): kept"},
      {{Diagnostic::Severity::kSkipped, "c.bin", 0, "", "r", "binary"}, "c.bin: binary"},
  };
  for (const auto& [diagnostic, text] : cases) CHECK(diagnostic.describe() == text);
}

TEST_CASE("skipped_total adds the records skipped for every reason", "[corpus][unit]") {
  qadex::ReadReport report;
  CHECK(report.skipped_total() == 0);
  report.skipped = {{"no answer text", 5}, {"invalid UTF-8", 2}};
  report.files_skipped = {{"binary file", 1}};  // files are not records
  CHECK(report.skipped_total() == 7);
}

TEST_CASE("folders are walked recursively in sorted path order", "[corpus][unit]") {
  TempDir dir;
  dir.write("b/2.jsonl", R"({"id": "b2", "answer": "x"})");
  dir.write("b/10.jsonl", R"({"id": "b10", "answer": "x"})");  // "10" < "2" as text
  dir.write("a/z/deep.csv", "id,answer\nazdeep,x\n");
  dir.write("a.jsonl", R"({"id": "top", "answer": "x"})");
  dir.write("notes.txt", "ignored");
  const auto result = read_all({dir.path()});
  // Paths compare name by name: folder "a" sorts before file "a.jsonl".
  CHECK(ids_of(result) == std::vector<std::string>{"azdeep", "top", "b10", "b2"});
  CHECK(result.report.files == 4);
  CHECK(result.report.files_skipped ==
        std::map<std::string, std::size_t>{{"not a corpus file", 1}});
  CHECK(result.diagnostics.empty());  // an unknown extension in a folder is not a problem
}

TEST_CASE("a file given twice, directly and through its folder, is read once", "[corpus][unit]") {
  TempDir dir;
  const auto file = dir.write("a.jsonl", R"({"id": "a", "answer": "x"})");
  const auto result = read_all({file, dir.path(), file});
  CHECK(ids_of(result) == std::vector<std::string>{"a"});
  CHECK(result.diagnostics.empty());
}

TEST_CASE("a file named explicitly is read by its extension, else by its first character",
          "[corpus][unit]") {
  TempDir dir;
  const std::string xml = R"(<Document id="1" source="S"><QAPairs><QAPair><Question>q</Question>)"
                          R"(<Answer>from xml</Answer></QAPair></QAPairs></Document>)";
  const std::pair<std::string, std::string> cases[] = {
      {"x.xml", xml},
      {"x.JSONL", R"({"id": "S_1_Sec1", "answer": "from jsonl"})"},  // extension case ignored
      {"x.ndjson", R"({"id": "S_1_Sec1", "answer": "from ndjson"})"},
      {"x.json", R"({"id": "S_1_Sec1", "answer": "from json"})"},
      {"x.csv", "id,answer\nS_1_Sec1,from csv\n"},
      {"x.data", "  \n" + xml},  // sniffed: '<' after blanks
      {"x.txt", "\xEF\xBB\xBF{\"id\": \"S_1_Sec1\", \"answer\": \"sniffed jsonl\"}"},
      {"export", "id,answer\nS_1_Sec1,sniffed csv\n"},
  };
  for (const auto& [name, content] : cases) {
    INFO(name);
    const auto result = read_all({dir.write(name, content)});
    CHECK(result.diagnostics.empty());
    REQUIRE(result.records.size() == 1);
    CHECK(result.records[0].id == "S_1_Sec1");
  }
}

TEST_CASE(
    "an explicit format reads named files as that format and, in folders, only files "
    "with its extensions",
    "[corpus][unit]") {
  TempDir dir;
  const auto odd = dir.write("odd.xml", R"({"id": "named", "answer": "x"})");
  dir.write("in/a.jsonl", R"({"id": "a", "answer": "x"})");
  dir.write("in/b.csv", "id,answer\nb,x\n");
  qadex::ReadOptions options;
  options.format = InputFormat::kJsonl;
  const auto result = read_all({odd, dir.path() / "in"}, options);
  CHECK(ids_of(result) == std::vector<std::string>{"named", "a"});
  CHECK(result.report.files_skipped ==
        std::map<std::string, std::size_t>{{"not a corpus file", 1}});
}

TEST_CASE("binary inputs are skipped with a reason", "[corpus][unit]") {
  TempDir dir;
  std::string binary = "{\"id\": \"x\"}";
  binary += '\0';
  const auto bin = dir.write("data.jsonl", binary);
  const auto good = dir.write("good.jsonl", R"({"id": "g", "answer": "x"})");
  const auto result = read_all({bin, good});
  CHECK(ids_of(result) == std::vector<std::string>{"g"});
  CHECK(result.report.files == 1);
  CHECK(result.report.files_skipped == std::map<std::string, std::size_t>{{"binary file", 1}});
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].reason == "binary file");
  CHECK(result.diagnostics[0].file == bin.string());
}

// Regression: a mistyped path was one more "unreadable" file among the skipped, and a run
// given only mistyped paths "indexed 0 records" with exit status 0.
TEST_CASE("an input that does not exist is an error naming it, before anything is read",
          "[corpus][unit]") {
  TempDir dir;
  const auto good = dir.write("good.jsonl", R"({"id": "g", "answer": "x"})");
  const auto missing = dir.path() / "mising.csv";
  std::size_t records = 0;
  CHECK_THROWS_WITH(
      qadex::read_corpus({good, missing}, {}, [&](qadex::Record&&) { ++records; }),
      missing.string() + ": no such file or folder; check the path (nothing was read)");
  CHECK(records == 0);
}

// Regression: the folder walk skipped these in silence, and a symlink loop ended the walk
// there, losing every file after it.
TEST_CASE("dangling symlinks, symlink loops and unreadable folders are reported by path",
          "[corpus][unit]") {
  namespace fs = std::filesystem;
  TempDir dir;
  const auto in = dir.path() / "in";
  dir.write("in/a.jsonl", R"({"id": "a", "answer": "x"})");
  fs::create_symlink(in / "gone.jsonl", in / "b_dangling.jsonl");
  fs::create_symlink(in / "c_loop2", in / "c_loop1");  // c_loop1 -> c_loop2 -> c_loop1
  fs::create_symlink(in / "c_loop1", in / "c_loop2");
  fs::create_directory(in / "d_sub");
  fs::create_directory_symlink(in, in / "d_sub" / "up");  // leads back to a folder being read
  dir.write("in/d_sub/e.csv", "id,answer\ne,x\n");
  fs::create_symlink(in / "a.jsonl", in / "f_link.jsonl");  // the same file again: read once
  dir.write("in/z.jsonl", R"({"id": "z", "answer": "x"})");
  const auto result = read_all({in});
  CHECK(ids_of(result) == std::vector<std::string>{"a", "e", "z"});  // nothing after is lost
  CHECK(result.report.files_skipped ==
        std::map<std::string, std::size_t>{{"dangling symlink", 1}, {"symlink loop", 3}});
  REQUIRE(result.diagnostics.size() == 4);
  CHECK(result.diagnostics[0].file == (in / "b_dangling.jsonl").string());
  CHECK_THAT(result.diagnostics[0].message, Catch::StartsWith("dangling symlink to \""));
  CHECK(result.diagnostics[1].file == (in / "c_loop1").string());
  CHECK(result.diagnostics[1].reason == "symlink loop");
  CHECK(result.diagnostics[3].file == (in / "d_sub" / "up").string());
  CHECK_THAT(result.diagnostics[3].message, Catch::Contains("leads back to"));
  // A dangling symlink named directly is reported too (it exists, as a link).
  const auto named = read_all({in / "b_dangling.jsonl"});
  CHECK(named.report.files_skipped.at("dangling symlink") == 1);
}

TEST_CASE("an unreadable folder or file is reported by path, the rest read", "[corpus][unit]") {
  namespace fs = std::filesystem;
  if (::geteuid() == 0) {
    WARN("running as root, whom permissions do not stop: skipped");
    return;
  }
  TempDir dir;
  const auto in = dir.path() / "in";
  dir.write("in/a.jsonl", R"({"id": "a", "answer": "x"})");
  const auto locked_file = dir.write("in/b.jsonl", R"({"id": "b", "answer": "x"})");
  dir.write("in/c/inner.jsonl", R"({"id": "c", "answer": "x"})");
  dir.write("in/d.jsonl", R"({"id": "d", "answer": "x"})");
  fs::permissions(locked_file, fs::perms::none);
  fs::permissions(in / "c", fs::perms::none);
  const auto result = read_all({in});
  fs::permissions(in / "c", fs::perms::owner_all);  // so that the folder can be removed
  CHECK(ids_of(result) == std::vector<std::string>{"a", "d"});
  CHECK(result.report.files_skipped == std::map<std::string, std::size_t>{{"unreadable", 2}});
  REQUIRE(result.diagnostics.size() == 2);
  CHECK(result.diagnostics[0].file == locked_file.string());
  CHECK(result.diagnostics[1].file == (in / "c").string());
  CHECK_THAT(result.diagnostics[1].message, Catch::StartsWith("cannot read the folder: "));
}

TEST_CASE("a NUL byte after the first 8 KiB does not make a file binary", "[corpus][unit]") {
  TempDir dir;
  std::string content = "{\"id\": \"a\", \"answer\": \"" + std::string(9000, 'x') + "\"}\n";
  content += std::string(1, '\0') + "\n";  // a later bad line, not a binary file
  const auto result = read_all({dir.write("late.jsonl", content)});
  CHECK(ids_of(result) == std::vector<std::string>{"a"});
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].line == 2);
}

TEST_CASE("ids given by the user are unique across files and formats", "[corpus][unit]") {
  TempDir dir;
  const auto jsonl = dir.write("1.jsonl", "\n{\"id\": \"same\", \"answer\": \"first\"}\n");
  const auto csv = dir.write("2.csv", "id,answer\nsame,second\nother,third\n");
  const auto result = read_all({jsonl, csv});
  CHECK(ids_of(result) == std::vector<std::string>{"same", "other"});
  CHECK(result.records[0].answer == "first");
  REQUIRE(result.diagnostics.size() == 1);
  const Diagnostic& d = result.diagnostics[0];
  CHECK(d.file == csv.string());
  CHECK(d.line == 2);
  CHECK(d.reason == "duplicate id");
  CHECK_THAT(d.message, Catch::Contains("(first seen at " + jsonl.string() + ":2)"));
}

TEST_CASE("strict mode throws at bad files but not at ignored ones", "[corpus][unit]") {
  TempDir dir;
  qadex::ReadOptions options;
  options.strict = true;
  dir.write("in/readme.txt", "not corpus input");
  dir.write("in/a.jsonl", R"({"id": "a", "answer": ""})");  // no answer text: not a problem
  CHECK(read_all({dir.path() / "in"}, options).report.files_skipped.at("not a corpus file") == 1);

  std::string binary(10, '\0');
  const auto bin = dir.write("b.csv", binary);
  CHECK_THROWS_AS(read_all({bin}, options), qadex::InputError);
  CHECK_THROWS_WITH(read_all({dir.path() / "none.jsonl"}, options),
                    Catch::Contains("none.jsonl: no such file or folder"));
}

TEST_CASE("progress is reported after each file and every ~1000 records", "[corpus][unit]") {
  TempDir dir;
  std::string many;
  for (int i = 0; i < 2500; ++i) {
    many += "{\"id\": \"r" + std::to_string(i) + "\", \"answer\": \"x\"}\n";
  }
  const auto a = dir.write("a.jsonl", many);
  const auto b = dir.write("b.csv", "id,answer\nlast,x\n");
  const auto c = dir.write("c.txt.bin", std::string(3, '\0'));
  const std::uint64_t total =
      std::filesystem::file_size(a) + std::filesystem::file_size(b) + std::filesystem::file_size(c);
  std::vector<qadex::ReadProgress> seen;
  (void)qadex::read_corpus(
      {a, b, c}, {}, [](qadex::Record&&) {}, {},
      [&](const qadex::ReadProgress& p) { seen.push_back(p); });
  // Twice inside a.jsonl (at 1000 and 2000 records), then once after each of the 3 files.
  REQUIRE(seen.size() == 5);
  CHECK(seen[0].records == 1000);
  CHECK(seen[0].files_done == 0);
  CHECK(seen[0].bytes_done > 0);
  CHECK(seen[0].bytes_done < seen[1].bytes_done);
  CHECK(seen[2].files_done == 1);
  CHECK(seen[2].records == 2500);
  CHECK(seen[2].bytes_done == std::filesystem::file_size(a));
  for (const auto& p : seen) {
    CHECK(p.files_total == 3);
    CHECK(p.bytes_total == total);
  }
  CHECK(seen.back().files_done == 3);
  CHECK(seen.back().bytes_done == total);
  CHECK(seen.back().records == 2501);
}
