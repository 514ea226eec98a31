// What the indexer tests share: records to index and a database's contents to compare.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <xapian.h>
#include <catch2/catch.hpp>

#include "qadex/corpus.hpp"
#include "qadex/record.hpp"

namespace qadex::testing {

// The fixture corpus's good records, each copied `copies` times under new ids.
inline std::vector<Record> fixture_records(int copies) {
  const auto corpus = std::filesystem::path(QADEX_TEST_DATA) / "corpus";
  std::vector<Record> originals;
  ReadOptions options;
  read_corpus({corpus / "medquad", corpus / "jsonl" / "good.jsonl", corpus / "csv" / "good.csv"},
              options, [&](Record&& record) { originals.push_back(std::move(record)); });
  std::vector<Record> records;
  for (int copy = 0; copy < copies; ++copy) {
    for (auto record : originals) {
      record.id += "_copy" + std::to_string(copy);
      records.push_back(std::move(record));
    }
  }
  return records;
}

inline Record small_record(const std::string& id, const std::string& answer) {
  Record record;
  record.id = id;
  record.answer = answer;
  return record;
}

// Adds every record, then re-adds every third one with another answer and removes every
// seventh: the calls of an IndexWriter or a ParallelBuild, to compare what they write.
// Returns how many removes found their record (all should).
template <typename Writer>
std::size_t add_with_changes(Writer& writer, const std::vector<Record>& records) {
  std::size_t removed = 0;
  for (const auto& record : records) writer.add(record);
  for (std::size_t i = 0; i < records.size(); ++i) {
    if (i % 3 == 0) {
      auto changed = records[i];
      changed.answer = "Replaced answer number " + std::to_string(i) + ".";
      writer.add(changed);
    }
    if (i % 7 == 0 && writer.remove(records[i].id)) ++removed;
  }
  return removed;
}

// Each document as its id -> terms with wdf, values and data; the synonym table; the
// spelling table's words with their frequencies.
struct DatabaseContents {
  std::map<std::string, std::string> documents;
  std::map<std::string, std::vector<std::string>> synonyms;
  std::map<std::string, Xapian::doccount> spellings;
};

inline DatabaseContents contents_of(const std::filesystem::path& dir) {
  Xapian::Database db(dir.string());
  DatabaseContents contents;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    const auto doc = db.get_document(*it);
    std::string id;
    std::string described;
    for (auto term = doc.termlist_begin(); term != doc.termlist_end(); ++term) {
      if ((*term)[0] == 'Q') id = *term;
      described += *term + ":" + std::to_string(term.get_wdf()) + " ";
    }
    for (auto value = doc.values_begin(); value != doc.values_end(); ++value) {
      described += std::to_string(value.get_valueno()) + "=" + *value + " ";
    }
    contents.documents[id] = described + doc.get_data();
  }
  for (auto key = db.synonym_keys_begin(); key != db.synonym_keys_end(); ++key) {
    contents.synonyms[*key] = {db.synonyms_begin(*key), db.synonyms_end(*key)};
  }
  for (auto word = db.spellings_begin(); word != db.spellings_end(); ++word) {
    contents.spellings[*word] = word.get_termfreq();
  }
  return contents;
}

// Checks that `actual` holds the same documents, synonyms and spellings as `expected`,
// which must have documents, synonyms and spellings (or the check would prove nothing).
inline void check_same_contents(const DatabaseContents& actual, const DatabaseContents& expected) {
  REQUIRE_FALSE(expected.documents.empty());
  REQUIRE_FALSE(expected.synonyms.empty());
  REQUIRE_FALSE(expected.spellings.empty());
  CHECK(actual.documents.size() == expected.documents.size());
  for (const auto& [id, described] : expected.documents) {
    INFO(id);
    REQUIRE(actual.documents.count(id) == 1);
    CHECK(actual.documents.at(id) == described);
  }
  CHECK(actual.synonyms == expected.synonyms);
  CHECK(actual.spellings == expected.spellings);
}

}  // namespace qadex::testing
