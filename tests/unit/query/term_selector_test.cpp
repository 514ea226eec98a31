// Unit tests of the term cap for long texts: which terms a search keeps.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <xapian.h>

#include "query/term_selector.hpp"
#include "tests/unit/query/write_records.hpp"
#include "tests/unit/temp_dir.hpp"

using qadex::testing::TempDir;
using qadex::testing::write_records;
using Terms = std::vector<std::string>;

namespace {

// Lupus asked about once; "went" and "pain" in every answer.
void write_corpus(const TempDir& dir) {
  std::vector<qadex::Record> records = {{.id = "lupus",
                                         .question = "What is lupus?",
                                         .answer = "Lupus is a disease of the immune system.",
                                         .focus = "Lupus",
                                         .qtype = "information"}};
  for (int i = 0; i < 10; ++i) {
    records.push_back({.id = "story" + std::to_string(i), .answer = "The pain went away."});
  }
  write_records(dir, records);
}

}  // namespace

TEST_CASE("the rarest terms are kept after the names' terms, bare numbers last", "[query][unit]") {
  TempDir dir;
  write_corpus(dir);
  Xapian::Database db(dir.path().string());
  // "7" and "quinolon" occur nowhere, "lupus" once, "went" everywhere: the number goes first.
  const Terms terms = {"7", "went", "lupus", "pain", "8", "quinolon"};
  const auto selection = qadex::query::rarest_terms(db, terms, {"pain"}, 3);
  CHECK(selection.kept == Terms{"lupus", "pain", "quinolon"});
  CHECK(selection.dropped == Terms{"7", "went", "8"});
  // No cap, or a text within it: every term.
  CHECK(qadex::query::rarest_terms(db, terms, {}, 0).kept == terms);
  CHECK(qadex::query::rarest_terms(db, terms, {}, 6).dropped.empty());
}

TEST_CASE("topical selection keeps words the corpus asks with before narrative, numbers last",
          "[query][unit]") {
  TempDir dir;
  write_corpus(dir);
  Xapian::Database db(dir.path().string());
  // "lupus" is in a corpus question; "till" and "9" occur nowhere, "went" in many answers.
  const Terms terms = {"till", "9", "went", "lupus"};
  const auto selection = qadex::query::select_terms(db, terms, {}, 2);
  CHECK(selection.kept == Terms{"went", "lupus"});
  CHECK(selection.dropped == Terms{"till", "9"});
}
