// Unit tests of synonym lists: the shipped lay <-> medical vocabulary and user lists.
#include <catch2/catch.hpp>

#include <xapian.h>

#include "indexer/index_writer.hpp"
#include "indexer/vocabulary.hpp"
#include "qadex/error.hpp"
#include "tests/unit/temp_dir.hpp"
#include "text/dictionary.hpp"

using qadex::indexer::parse_vocabulary;

namespace {

std::vector<std::string> synonyms_of(const Xapian::Database& db, const std::string& key) {
  return {db.synonyms_begin(key), db.synonyms_end(key)};
}

// Opens a writer on `dir`, as any `qadex index` into it does, and commits.
void open_writer(const qadex::testing::TempDir& dir) {
  qadex::indexer::IndexWriter writer(dir.path(), 10);
  writer.commit();
}

}  // namespace

TEST_CASE("a synonym list gives one pair per synonym and skips comments", "[indexer][unit]") {
  const auto pairs = parse_vocabulary(
      "# comment\n\nheart attack\tmyocardial infarction\r\nbelly\tabdomen\tabdominal\n", "list");
  REQUIRE(pairs.size() == 3);
  CHECK(pairs[0].phrase == "heart attack");
  CHECK(pairs[0].synonym == "myocardial infarction");  // CRLF line: no trailing \r
  CHECK(pairs[2].phrase == "belly");
  CHECK(pairs[2].synonym == "abdominal");
}

TEST_CASE("a malformed synonym line names its list and line", "[indexer][unit]") {
  try {
    (void)parse_vocabulary("a\tb\nno tab here\n", "mine.tsv");
    FAIL("no error");
  } catch (const qadex::InputError& e) {
    CHECK(e.line() == 2);
    CHECK_THAT(e.what(), Catch::StartsWith("mine.tsv:2:"));
  }
  CHECK_THROWS_AS(qadex::indexer::read_vocabulary("/nonexistent/list.tsv"), qadex::InputError);
}

// Regression: a phrase too long for the synonym table passed the parse and made Xapian
// refuse the table at commit, losing the run.
TEST_CASE("a synonym-list phrase over the term limit names its list and line", "[indexer][unit]") {
  const std::string list =
      "a\tb\n" + std::string(201, 'p') + "\tshort\nc\t" + std::string(300, 's') + "\n";
  try {
    (void)parse_vocabulary(list, "long.tsv");
    FAIL("no error");
  } catch (const qadex::InputError& e) {
    CHECK(e.line() == 2);
    CHECK_THAT(e.what(), Catch::StartsWith("long.tsv:2: phrase is 201 bytes, over the limit of "
                                           "200 bytes"));
  }
  CHECK_THROWS_WITH(parse_vocabulary("c\t" + std::string(300, 's') + "\n", "l.tsv"),
                    Catch::StartsWith("l.tsv:1: synonym 1 is 300 bytes"));
  CHECK_NOTHROW(parse_vocabulary(std::string(200, 'p') + "\tok\n", "l.tsv"));
}

TEST_CASE("the shipped vocabulary parses and holds the common lay phrasings", "[indexer][unit]") {
  const auto pairs = parse_vocabulary(qadex::text::builtin_lay_vocabulary(), "builtin");
  CHECK(pairs.size() > 100);
  auto has = [&](std::string_view lay, std::string_view medical) {
    return std::any_of(pairs.begin(), pairs.end(),
                       [&](const auto& p) { return p.phrase == lay && p.synonym == medical; });
  };
  CHECK(has("high blood pressure", "hypertension"));
  CHECK(has("heart attack", "myocardial infarction"));
  CHECK(has("lower back", "lumbar"));
  CHECK(has("belly", "abdominal"));
  CHECK(has("pee", "urine"));
  CHECK(has("sugar diabetes", "diabetes"));  // diabetes itself, not the subtypes listing mellitus
  // No pair maps a phrase to itself.
  for (const auto& pair : pairs) CHECK(pair.phrase != pair.synonym);
}

TEST_CASE("every index holds the shipped vocabulary in its synonym table, once",
          "[indexer][unit]") {
  qadex::testing::TempDir dir;
  {
    qadex::indexer::IndexWriter writer(dir.path(), 10);
    writer.add_synonyms({{"tummy bug", "gastroenteritis"}});
    writer.commit();
  }
  Xapian::Database db(dir.path().string());
  const auto synonyms = [&](const std::string& key) { return synonyms_of(db, key); };
  CHECK(synonyms("high blood pressur") == std::vector<std::string>{"hypertens"});
  CHECK(synonyms("hypertens") == std::vector<std::string>{"high blood pressur"});
  CHECK(synonyms("tummi bug") == std::vector<std::string>{"gastroenter"});
  CHECK_FALSE(db.get_metadata("qadex.vocabulary").empty());
}

TEST_CASE("a newer shipped vocabulary takes out the entries the earlier one had and it dropped",
          "[indexer][unit]") {
  qadex::testing::TempDir dir;
  {
    qadex::indexer::IndexWriter writer(dir.path(), 10);
    qadex::Record record{.id = "r1",
                         .question = "What is Coryza?",
                         .answer = "A head cold.",
                         .focus = "Coryza",
                         .synonyms = {"head cold"}};
    writer.add(record);
    writer.commit();
  }
  // As an earlier qadex would have left it: its list had two pairs this one lacks, one of
  // which a record also gives.
  {
    Xapian::WritableDatabase db(dir.path().string());
    db.set_metadata("qadex.vocabulary", "sniffly nose\tcoryza\nhead cold\tcoryza\n");
    db.add_synonym("sniffli nose", "coryza");
    db.add_synonym("coryza", "sniffli nose");
    db.commit();
  }
  open_writer(dir);
  Xapian::Database db(dir.path().string());
  const auto synonyms = [&](const std::string& key) { return synonyms_of(db, key); };
  CHECK(synonyms("sniffli nose").empty());
  CHECK(synonyms("coryza") == std::vector<std::string>{"head cold"});  // the record's
  CHECK(synonyms("head cold") == std::vector<std::string>{"coryza"});
  CHECK(synonyms("high blood pressur") == std::vector<std::string>{"hypertens"});
  CHECK(db.get_metadata("qadex.vocabulary") == qadex::text::builtin_lay_vocabulary());
}

TEST_CASE("an index that holds only a hash of its vocabulary keeps its entries",
          "[indexer][unit]") {
  qadex::testing::TempDir dir;
  {
    Xapian::WritableDatabase db(dir.path().string(), Xapian::DB_CREATE_OR_OPEN);
    db.set_metadata("qadex.format", "6");
    db.set_metadata("qadex.vocabulary", "1234567890");
    db.add_synonym("sniffli nose", "coryza");
    db.commit();
  }
  open_writer(dir);
  Xapian::Database db(dir.path().string());
  CHECK(synonyms_of(db, "sniffli nose") == std::vector<std::string>{"coryza"});
  CHECK(db.get_metadata("qadex.vocabulary") == qadex::text::builtin_lay_vocabulary());
}
