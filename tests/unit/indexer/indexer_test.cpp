// Unit tests of the indexer: stored records, document layout, batches, replace and delete.
#include <catch2/catch.hpp>

#include <cerrno>
#include <map>
#include <set>

#include <xapian.h>

#include "indexer/document_builder.hpp"
#include "indexer/index_writer.hpp"
#include "indexer/vocabulary.hpp"
#include "qadex/error.hpp"
#include "store/database_errors.hpp"
#include "store/record_codec.hpp"
#include "store/schema.hpp"
#include "tests/unit/temp_dir.hpp"
#include "text/dictionary.hpp"
#include "text/name_key.hpp"

using qadex::Record;
using qadex::testing::TempDir;

namespace {

Record sample_record() {
  Record record;
  record.id = "GARD_0000004_Sec1";
  record.question = "What are the symptoms of ABCD syndrome?";
  record.answer = "Hearing impairment and albinism are signs of ABCD syndrome.";
  record.focus = "ABCD syndrome";
  record.synonyms = {"Albinism, black lock, deafness", "BADS"};
  record.qtype = "symptoms";
  record.source = "GARD";
  record.url = "https://rarediseases.info.nih.gov/gard/335";
  record.cuis = {"C1838099"};
  record.semantic_group = "Disorders";
  record.semantic_types = {"T047"};
  return record;
}

bool has_term(const Xapian::Document& doc, const std::string& term) {
  auto it = doc.termlist_begin();
  it.skip_to(term);
  return it != doc.termlist_end() && *it == term;
}

}  // namespace

TEST_CASE("a stored record decodes to the record that was encoded", "[indexer][unit]") {
  const auto record = sample_record();
  CHECK(qadex::store::decode_record(qadex::store::encode_record(record)) == record);
  Record minimal;
  minimal.id = "x";
  minimal.answer = "y";
  CHECK(qadex::store::decode_record(qadex::store::encode_record(minimal)) == minimal);
  // Lengths of 128 bytes and more take two bytes or more.
  Record large = record;
  large.answer.assign(100000, 'a');
  large.synonyms.assign(300, "s");
  CHECK(qadex::store::decode_record(qadex::store::encode_record(large)) == large);
}

TEST_CASE("a stored record's bytes are the documented layout", "[indexer][unit]") {
  // docs/index-format.md: 0x04, then every field in declaration order, each string as a
  // LEB128 length and its bytes, each list as a count and its strings.
  const Record record{.id = "i",
                      .question = "q",
                      .answer = "a",
                      .focus = "f",
                      .synonyms = {"s1", "s2"},
                      .qtype = "t",
                      .source = "S",
                      .url = "u",
                      .cuis = {"C1"},
                      .semantic_group = "g",
                      .semantic_types = {"T1", "T2"},
                      .category = "c"};
  // clang-format off
  const std::string expected = std::string("\x04", 1) +
      "\x01" "i" + "\x01" "q" + "\x01" "a" + "\x01" "f" +
      "\x02" "\x02" "s1" "\x02" "s2" +
      "\x01" "t" + "\x01" "S" + "\x01" "u" +
      "\x01" "\x02" "C1" +
      "\x01" "g" + "\x02" "\x02" "T1" "\x02" "T2" + "\x01" "c";
  // clang-format on
  CHECK(qadex::store::encode_record(record) == expected);
}

TEST_CASE("a stored record that is not one throws", "[indexer][unit]") {
  const auto data = qadex::store::encode_record(sample_record());
  auto unreadable = [](const std::string& bad) {
    try {
      (void)qadex::store::decode_record(bad);
    } catch (const qadex::IndexError& e) {
      return std::string(e.what()).find("Re-index into a new --db") != std::string::npos;
    }
    return false;
  };
  CHECK(unreadable(""));
  CHECK(unreadable(R"({"id":"x","answer":"y"})"));  // index format 1 stored JSON
  CHECK(unreadable("\x7f" + data.substr(1)));       // another leading byte
  for (const std::size_t size :
       {std::size_t{1}, std::size_t{2}, data.size() / 2, data.size() - 1}) {
    INFO("truncated to " << size << " bytes");
    CHECK(unreadable(data.substr(0, size)));
  }
  CHECK(unreadable(data + "x"));  // trailing bytes
  // A length that claims more bytes than follow, and one that never ends.
  CHECK(unreadable(data.substr(0, 1) + "\x05" + "abc"));
  CHECK(unreadable(data.substr(0, 1) + std::string(12, '\xff')));
}

TEST_CASE("a document has one prefixed field per part, filter terms and values",
          "[indexer][unit]") {
  qadex::text::Analyzer analyzer;
  qadex::indexer::DocumentBuilder builder(analyzer);
  const auto doc = builder.build(sample_record());
  const std::pair<std::string, bool> cases[] = {
      {"QGARD_0000004_Sec1", true},  // the unique id term
      {"XQsymptom", true},           // question, stemmed
      {"XAhear", true},              // answer
      {"XFabcd", true},              // focus
      {"XYbad", true},               // synonyms: "BADS" folded and stemmed
      {"XThear", true},              // question and answer as one text
      {"XTsymptom", true},
      {"XNabcd syndrom", true},  // names: the focus and each synonym
      {"XMabcd syndrom", true},  // the record's own focus name
      {"XNbads", true},          // an abbreviation's name stays unstemmed...
      {"XBbads", true},          // ...and is marked as an abbreviation
      {"XMbads", false},         // a synonym is not the record's focus
      {"XSOURCE:gard", true},    // filter terms are lower case
      {"XQTYPE:symptoms", true},
      {"XOabcd syndrom", false},  // a disease (T047) is neither a general topic...
      {"XSabcd syndrom", false},  // ...nor an observation
      {"XQwhat", false},          // stopwords are not indexed
      {"XFsymptom", false},       // a word of the question is not in the focus field
  };
  for (const auto& [term, present] : cases) {
    INFO(term);
    CHECK(has_term(doc, term) == present);
  }
  CHECK(doc.get_value(qadex::schema::kSource.slot) == "GARD");
  CHECK(doc.get_value(qadex::schema::kQtype.slot) == "symptoms");
  CHECK(doc.get_value(qadex::schema::kIdSlot) == "GARD_0000004_Sec1");
  // Near-duplicates collapse on focus and type.
  CHECK(doc.get_value(qadex::schema::kCollapseSlot) == "abcd syndrom|symptoms");
}

TEST_CASE("a focus UMLS files as a sign, symptom or finding only is an observation",
          "[indexer][unit]") {
  using qadex::indexer::FocusKind;
  const auto kind = [](std::vector<std::string> types, std::string category = "Disease") {
    return qadex::indexer::focus_kind(
        Record{.semantic_types = std::move(types), .category = std::move(category)});
  };
  CHECK(kind({"T184"}) == FocusKind::kObservation);          // sign or symptom: "Itching"
  CHECK(kind({"T047", "T184"}) == FocusKind::kObservation);  // "Sore Throat"
  CHECK(kind({"T033"}) == FocusKind::kObservation);          // finding only: "Fever"
  CHECK(kind({"t033", "T184"}) == FocusKind::kObservation);  // any case
  CHECK(kind({"T033", "T047"}) == FocusKind::kThing);        // a finding and a disease: "Glaucoma"
  CHECK(kind({"T047"}) == FocusKind::kThing);
  CHECK(kind({}) == FocusKind::kThing);                 // unknown
  CHECK(kind({"T184"}, "Other") == FocusKind::kTopic);  // a general topic first

  qadex::text::Analyzer analyzer;
  qadex::indexer::DocumentBuilder builder(analyzer);
  const auto doc = builder.build(Record{.id = "itch",
                                        .answer = "Itching is an irritating sensation.",
                                        .focus = "Itching",
                                        .synonyms = {"Pruritus"},
                                        .semantic_types = {"T184"}});
  CHECK(has_term(doc, "XSitch"));  // each of its names, as its XN term
  CHECK(has_term(doc, "XSpruritus"));
  CHECK_FALSE(has_term(doc, "XOitch"));
}

TEST_CASE("focus and synonyms become synonym pairs in both directions", "[indexer][unit]") {
  qadex::text::Analyzer analyzer;
  qadex::indexer::DocumentBuilder builder(analyzer);
  const auto entries = builder.synonyms(sample_record());
  REQUIRE(entries.size() == 4);
  CHECK(entries[0].key == "abcd syndrom");
  CHECK(entries[1].synonym == "abcd syndrom");
  // An abbreviation is kept unstemmed: "BADS" is not the word "bad".
  CHECK(entries[2].synonym == "bads");
}

TEST_CASE("the synonym table holds the pairs of the vocabulary and of every record",
          "[indexer][unit]") {
  // Written per batch (of 2 here): records repeat pairs across batches, one adds a synonym
  // to a key already in the table, and a list comes after a commit.
  std::vector<Record> records;
  for (int copy = 0; copy < 5; ++copy) {
    auto record = sample_record();
    record.id += std::to_string(copy);
    if (copy == 3) record.synonyms.push_back("Wolfram syndrome");
    records.push_back(record);
  }
  const std::vector<qadex::indexer::PhrasePair> list{{"blue toes", "cyanotic digits"}};
  TempDir dir;
  {
    qadex::indexer::IndexWriter writer(dir.path(), 2);
    for (const auto& record : records) writer.add(record);
    writer.commit();
    writer.add_synonyms(list);
    writer.commit();
  }

  std::map<std::string, std::set<std::string>> expected;
  qadex::text::Analyzer analyzer;
  auto vocabulary = qadex::indexer::parse_vocabulary(qadex::text::builtin_lay_vocabulary(), "");
  vocabulary.insert(vocabulary.end(), list.begin(), list.end());
  for (const auto& pair : vocabulary) {
    const auto phrase = qadex::text::synonym_key(analyzer, pair.phrase);
    const auto synonym = qadex::text::synonym_key(analyzer, pair.synonym);
    if (phrase.empty() || synonym.empty() || phrase == synonym) continue;
    expected[phrase].insert(synonym);
    expected[synonym].insert(phrase);
  }
  qadex::indexer::DocumentBuilder builder(analyzer);
  for (const auto& record : records) {
    for (const auto& entry : builder.synonyms(record)) expected[entry.key].insert(entry.synonym);
  }
  REQUIRE(expected.at("abcd syndrom").count("wolfram syndrom") == 1);
  REQUIRE(expected.at("blue toe").count("cyanot digit") == 1);

  Xapian::Database db(dir.path().string());
  std::map<std::string, std::set<std::string>> actual;
  for (auto key = db.synonym_keys_begin(); key != db.synonym_keys_end(); ++key) {
    actual[*key] = {db.synonyms_begin(*key), db.synonyms_end(*key)};
  }
  CHECK(actual == expected);
}

TEST_CASE("indexing a record again replaces it and delete removes it", "[indexer][unit]") {
  TempDir dir;
  qadex::indexer::IndexWriter writer(dir.path(), 100);
  auto record = sample_record();
  writer.add(record);
  record.answer = "Changed answer text.";
  writer.add(record);
  writer.commit();
  Xapian::Database db(dir.path().string());
  CHECK(db.get_doccount() == 1);
  CHECK(db.term_exists("XAchang"));
  CHECK_FALSE(db.term_exists("XAhear"));
  CHECK(db.term_exists("XTchang"));
  CHECK(db.get_metadata("qadex.format") == "6");

  CHECK(writer.remove(record.id));
  CHECK_FALSE(writer.remove(record.id));
  writer.commit();
  db.reopen();
  CHECK(db.get_doccount() == 0);
}

TEST_CASE("changes after the last commit are discarded when the writer closes", "[indexer][unit]") {
  TempDir dir;
  {
    qadex::indexer::IndexWriter writer(dir.path(), 1000);
    writer.add(sample_record());
    writer.commit();
    auto other = sample_record();
    other.id = "uncommitted";
    writer.add(other);
  }
  Xapian::Database db(dir.path().string());
  CHECK(db.get_doccount() == 1);
  CHECK_FALSE(db.term_exists("Quncommitted"));
}

TEST_CASE("a full batch commits by itself", "[indexer][unit]") {
  TempDir dir;
  qadex::indexer::IndexWriter writer(dir.path(), 2);
  for (const char* id : {"a", "b", "c"}) {
    auto record = sample_record();
    record.id = id;
    writer.add(record);
  }
  Xapian::Database db(dir.path().string());
  CHECK(db.get_doccount() == 2);  // the third waits for the next batch or commit()
}

TEST_CASE("a second writer on the same index is told it is locked", "[indexer][unit]") {
  TempDir dir;
  qadex::indexer::IndexWriter writer(dir.path(), 10);
  try {
    qadex::indexer::IndexWriter second(dir.path(), 10);
    FAIL("a second writer opened");
  } catch (const qadex::IndexError& e) {
    CHECK_THAT(e.what(), Catch::Contains("locked"));
  }
}

TEST_CASE("records without id or answer are refused", "[indexer][unit]") {
  TempDir dir;
  qadex::indexer::IndexWriter writer(dir.path(), 10);
  auto record = sample_record();
  record.answer.clear();
  CHECK_THROWS_AS(writer.add(record), qadex::UsageError);
  record = sample_record();
  record.id.clear();
  CHECK_THROWS_AS(writer.add(record), qadex::UsageError);
}

// Regression: a name too long for a term must not make Xapian refuse the record.
TEST_CASE("a focus or synonym too long to be a name is indexed as words only", "[indexer][unit]") {
  TempDir dir;
  auto record = sample_record();
  std::string long_name;
  for (int i = 0; i < 40; ++i) long_name += "syndromeword" + std::to_string(i) + " ";
  record.focus = long_name;
  record.synonyms = {long_name + "again", "BADS"};
  {
    qadex::indexer::IndexWriter writer(dir.path(), 10);
    writer.add(record);
    writer.commit();
  }
  Xapian::Database db(dir.path().string());
  const auto doc = db.get_document(*db.postlist_begin("Q" + record.id));
  CHECK(has_term(doc, "XFsyndromeword0"));  // the words are there
  CHECK(has_term(doc, "XNbads"));           // the short synonym is still a name
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    CHECK((*it).size() <= qadex::schema::kMaxXapianTermBytes);
  }
}

TEST_CASE("a full disk is named as such, not as a problem of the record being written",
          "[indexer][unit]") {
  const Xapian::DatabaseError full("Error writing block 188", "", ENOSPC);
  const auto message = qadex::store::describe_xapian_error("/data/idx", full);
  CHECK_THAT(message, Catch::StartsWith("/data/idx: the disk is full (No space left on device)"));
  CHECK_THAT(message, Catch::Contains("free some space"));
  const Xapian::DatabaseError other("Error writing block 188", "", EIO);
  CHECK_THAT(qadex::store::describe_xapian_error("/data/idx", other), !Catch::Contains("full"));
}
