// The whole MedQuAD tree from ../shared/data: every QA pair counted, ids unique, fields right.
#include <catch2/catch.hpp>
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_set>

#include "corpus_test_support.hpp"
#include "qadex/corpus.hpp"

namespace {

// Measured on the MedQuAD release in ../shared/data (and equal to the count of non-blank
// <Answer> elements): folders 10, 11 and 12 have no answer text.
constexpr std::size_t kPairsTotal = 47457;
constexpr std::size_t kPairsWithAnswers = 16423;

}  // namespace

TEST_CASE("the whole MedQuAD tree yields every QA pair once, with unique ids",
          "[corpus][medquad][shared-data]") {
  const auto root = std::filesystem::path(QADEX_SHARED_DATA) / "medquad";
  if (!std::filesystem::is_directory(root)) {
    WARN(root.string() << " not found: skipped");
    return;
  }
  std::unordered_set<std::string> ids;
  std::size_t duplicates = 0;
  std::size_t records = 0;
  std::optional<qadex::Record> gard4;
  std::optional<qadex::Record> medicines;  // a general topic
  std::vector<qadex::Diagnostic> skipped;
  std::size_t warnings = 0;
  const qadex::ReadReport report = qadex::read_corpus(
      {root}, {},
      [&](qadex::Record&& r) {
        ++records;
        if (r.id == "GARD_0000004_Sec1") gard4 = r;
        if (r.id == "MPlusHealthTopics_0000592_Sec1") medicines = r;
        if (!ids.insert(r.id).second) ++duplicates;
      },
      [&](const qadex::Diagnostic& d) {
        if (d.severity == qadex::Diagnostic::Severity::kSkipped)
          skipped.push_back(d);
        else
          ++warnings;
      });

  CHECK(report.records + report.skipped_total() == kPairsTotal);
  CHECK(report.records == kPairsWithAnswers);
  CHECK(records == report.records);
  CHECK(report.skipped_total() == report.skipped.at("no answer text"));
  CHECK(duplicates == 0);
  CHECK(skipped.empty());
  CHECK(warnings == report.warnings);
  CHECK(report.warnings > 0);                                // CancerGov repeats Document ids
  CHECK(report.files_skipped.at("not a corpus file") == 2);  // LICENSE.txt, readme.txt
  CHECK(ids.count("CancerGov_0000013_2_Sec1") == 1);
  CHECK(ids.count("CancerGov_0000013_2_Sec1_dup2") == 1);
  CHECK(ids.count("NINDS_0000007_Sec1") == 1);  // a <doc>/<pair> file
  CHECK(ids.count("CDC_0000397_Sec3") == 1);    // the <DiseaseFile> file, pid 5 at position 3

  REQUIRE(gard4);
  CHECK(gard4->question == "What are the symptoms of ABCD syndrome ?");
  CHECK(gard4->answer.starts_with("What are the signs and symptoms of ABCD syndrome?"));
  CHECK(gard4->focus == "ABCD syndrome");
  CHECK(gard4->qtype == "symptoms");
  CHECK(gard4->source == "GARD");
  CHECK(gard4->url == "https://rarediseases.info.nih.gov/gard/335/abcd-syndrome");
  CHECK(gard4->cuis == std::vector<std::string>{"C1838099"});
  CHECK(gard4->semantic_group == "Disorders");
  CHECK(gard4->category.empty());  // GARD files give no <Category>
  REQUIRE(medicines);
  CHECK(medicines->focus == "Medicines");
  CHECK(medicines->category == "Other");
  CHECK(gard4->synonyms ==
        std::vector<std::string>{"Albinism, Black lock, Cell migration disorder of the neurocytes "
                                 "of the gut and Deafness"});
}
