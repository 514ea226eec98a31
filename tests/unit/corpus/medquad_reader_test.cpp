// MedQuAD XML: ids by position, text cleaned, irregular layouts read, bad files reported.
#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <vector>

#include "corpus_test_support.hpp"
#include "qadex/error.hpp"

using qadex::Diagnostic;
using qadex::test::read_all;
using qadex::test::TempDir;
using qadex::test::test_data;

namespace {

std::string one_pair_document(std::string_view answer) {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8"?>
<Document id="0000001" source="GARD" url="u">
<QAPairs>
<QAPair pid="1"><Question qid="1-1" qtype="information">First ?</Question>
<Answer>)") +
         std::string(answer) + R"(</Answer></QAPair>
<QAPair pid="2"><Question qid="1-2" qtype="information">Second ?</Question>
<Answer>Second answer.</Answer></QAPair>
</QAPairs>
</Document>
)";
}

}  // namespace

TEST_CASE("a MedQuAD tree yields one record per QA pair with answer text, in path order",
          "[corpus][unit]") {
  const auto result = read_all({test_data("medquad")});
  CHECK(result.report.files == 6);
  CHECK(result.report.records == 7);
  CHECK(result.report.skipped == std::map<std::string, std::size_t>{{"no answer text", 2}});
  CHECK(result.report.files_skipped ==
        std::map<std::string, std::size_t>{{"not a corpus file", 1}});
  CHECK(result.report.warnings == 1);  // the repeated CancerGov id
  REQUIRE(result.diagnostics.size() == 1);

  // Sorted by path: "11_MPlusDrugs_QA" < "1_RepeatedIds_QA" < "2_Regular_QA" ('1' < '_').
  std::vector<std::string> ids;
  for (const auto& r : result.records) ids.push_back(r.id);
  CHECK(ids == std::vector<std::string>{"CancerGov_0000013_2_Sec1", "CancerGov_0000013_2_Sec1_dup2",
                                        "GARD_0000004_Sec1", "GARD_0000004_Sec2",
                                        "NINDS_0000007_Sec1", "NINDS_0000007_Sec2",
                                        "CDC_0000397_Sec1"});
}

TEST_CASE("MedQuAD fields are read with entities decoded and whitespace collapsed",
          "[corpus][unit]") {
  const auto result = read_all({test_data("medquad/2_Regular_QA/0000004.xml")});
  REQUIRE(result.records.size() == 2);
  const qadex::Record& first = result.records[0];
  CHECK(first.id == "GARD_0000004_Sec1");
  CHECK(first.question == "What are the symptoms of ABCD syndrome ?");
  CHECK(first.answer == R"(Signs include hearing loss & a "white" lock of hair; it's <rare>.)");
  CHECK(first.focus == "ABCD syndrome");  // a line break and a tab inside, spaces around
  CHECK(first.synonyms == std::vector<std::string>{"BADS", "Albinism, black lock"});
  CHECK(first.cuis == std::vector<std::string>{"C1838099", "C0000002"});
  CHECK(first.semantic_group == "Disorders");
  CHECK(first.semantic_types == std::vector<std::string>{"T047"});
  CHECK(first.category == "Disease");
  CHECK(first.qtype == "symptoms");
  CHECK(first.source == "GARD");
  CHECK(first.url == "https://example.org/gard/abcd");

  const qadex::Record& second = result.records[1];
  CHECK(second.id == "GARD_0000004_Sec2");  // pid="3": the position counts, not the pid
  CHECK(second.answer == "It is autosomal recessive.");  // CDATA
  CHECK(second.qtype == "inheritance");
  CHECK(second.focus == first.focus);  // document-level fields apply to every pair
}

TEST_CASE("MedQuAD's irregular layouts are read like regular Documents", "[corpus][unit]") {
  SECTION("NINDS <doc docid corpus> with <qaPairs>/<pair>") {
    const auto result = read_all({test_data("medquad/6_NINDS_QA/0000007.xml")});
    REQUIRE(result.records.size() == 2);
    const qadex::Record& r = result.records[1];
    CHECK(r.id == "NINDS_0000007_Sec2");
    CHECK(r.source == "NINDS");
    CHECK(r.focus == "Holmes-Adie");
    CHECK(r.question == "is there any treatment for Holmes-Adie ?");
    CHECK(r.answer == "Doctors may prescribe reading glasses.");
    CHECK(r.qtype == "treatment");
    CHECK(r.cuis == std::vector<std::string>{"C0020000"});
    CHECK(r.semantic_group == "Disorders");
    CHECK(r.url == "https://example.org/ninds/holmes-adie");
  }
  SECTION("CDC <DiseaseFile fid> with <UMLS> under the root") {
    const auto result = read_all({test_data("medquad/9_CDC_QA/0000397.xml")});
    REQUIRE(result.records.size() == 1);
    const qadex::Record& r = result.records[0];
    CHECK(r.id == "CDC_0000397_Sec1");
    CHECK(r.source == "CDC");
    CHECK(r.focus == "Parasites - Taeniasis");
    CHECK(r.cuis.empty());  // <CUI></CUI> is no CUI
    CHECK(r.semantic_group.empty());
    CHECK(r.semantic_types.empty());  // <SemanticType></SemanticType> is none
    CHECK(r.answer ==
          "Taeniasis is a parasitic infection caused by tapeworms. Humans become infected by "
          "eating raw beef or pork.");
  }
}

TEST_CASE("a repeated MedQuAD Document id keeps both records, the later renamed with a warning",
          "[corpus][unit]") {
  const auto result = read_all({test_data("medquad/1_RepeatedIds_QA")});
  REQUIRE(result.records.size() == 2);
  CHECK(result.records[0].id == "CancerGov_0000013_2_Sec1");
  CHECK(result.records[0].answer == "Answer from the first file.");
  CHECK(result.records[1].id == "CancerGov_0000013_2_Sec1_dup2");
  CHECK(result.records[1].answer == "Answer from the second file.");
  CHECK(result.report.warnings == 1);
  CHECK(result.report.skipped_total() == 0);
  REQUIRE(result.diagnostics.size() == 1);
  const Diagnostic& d = result.diagnostics[0];
  CHECK(d.severity == Diagnostic::Severity::kWarning);
  CHECK(d.reason == "repeated id");
  CHECK(d.file.ends_with("0000013_2_1.xml"));
  CHECK(d.line == 6);
  CHECK(d.where == "QAPair #1");
  CHECK_THAT(d.message, Catch::Contains("0000013_2.xml:6") &&
                            Catch::Contains("\"CancerGov_0000013_2_Sec1_dup2\""));
}

TEST_CASE("a third copy of a MedQuAD id gets the next suffix", "[corpus][unit]") {
  TempDir dir;
  for (const char* name : {"a.xml", "b.xml", "c.xml"}) dir.write(name, one_pair_document("x"));
  const auto result = read_all({dir.path()});
  std::vector<std::string> ids;
  for (const auto& r : result.records) ids.push_back(r.id);
  CHECK(ids == std::vector<std::string>{"GARD_0000001_Sec1", "GARD_0000001_Sec2",
                                        "GARD_0000001_Sec1_dup2", "GARD_0000001_Sec2_dup2",
                                        "GARD_0000001_Sec1_dup3", "GARD_0000001_Sec2_dup3"});
  CHECK(result.report.warnings == 4);
}

TEST_CASE("bad MedQuAD files are reported and the good ones still read", "[corpus][unit]") {
  const auto result = read_all({test_data("medquad_bad")});
  CHECK(result.report.files == 1);
  CHECK(result.report.files_skipped ==
        std::map<std::string, std::size_t>{{"malformed XML", 1}, {"not a MedQuAD document", 1}});

  SECTION("a file without id and source attributes takes them from its names") {
    REQUIRE(result.records.size() == 1);
    CHECK(result.records[0].id == "NIDDK_0000200_Sec1");
    CHECK(result.records[0].source == "NIDDK");
    CHECK(result.report.warnings == 2);
  }
  SECTION("a malformed file is named with the line of the error") {
    const Diagnostic* malformed = nullptr;
    for (const auto& d : result.diagnostics) {
      if (d.reason == "malformed XML") malformed = &d;
    }
    REQUIRE(malformed);
    CHECK(malformed->severity == Diagnostic::Severity::kSkipped);
    CHECK(malformed->file.ends_with("truncated.xml"));
    CHECK(malformed->line == 8);
    CHECK_THAT(malformed->describe(),
               Catch::EndsWith("truncated.xml:8: malformed XML: Start-end tags mismatch; no "
                               "record of this file can be read until it is fixed; file skipped "
                               "(--strict stops at the first bad file)"));
  }
}

TEST_CASE("a MedQuAD answer with invalid UTF-8 skips that record only", "[corpus][unit]") {
  TempDir dir;
  const auto file = dir.write("1.xml", one_pair_document("caf\xE9 latin-1"));
  const auto result = read_all({file});
  REQUIRE(result.records.size() == 1);
  CHECK(result.records[0].id == "GARD_0000001_Sec2");
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].reason == "invalid UTF-8");
  CHECK(result.diagnostics[0].line == 4);
  CHECK(result.diagnostics[0].where == "QAPair #1");
  CHECK_THAT(result.diagnostics[0].message, Catch::Contains("field \"answer\""));
  CHECK(result.report.skipped.at("invalid UTF-8") == 1);
}

TEST_CASE("a MedQuAD file declared ISO-8859-1 is converted to UTF-8", "[corpus][unit]") {
  TempDir dir;
  std::string doc = one_pair_document("caf\xE9");
  doc.replace(doc.find("UTF-8"), 5, "ISO-8859-1");
  const auto result = read_all({dir.write("1.xml", doc)});
  REQUIRE(result.records.size() == 2);
  CHECK(result.records[0].answer == "caf\xC3\xA9");
}

TEST_CASE("strict mode stops at a malformed MedQuAD file with its file and line",
          "[corpus][unit]") {
  qadex::ReadOptions options;
  options.strict = true;
  try {
    read_all({test_data("medquad_bad/truncated.xml")}, options);
    FAIL("no InputError thrown");
  } catch (const qadex::InputError& e) {
    CHECK(e.file().ends_with("truncated.xml"));
    CHECK(e.line() == 8);
    CHECK_THAT(e.what(), Catch::Contains("Start-end tags mismatch") &&
                             Catch::Contains("stopped by --strict"));
  }
}

TEST_CASE("strict mode does not stop at warnings or answers removed for copyright",
          "[corpus][unit]") {
  qadex::ReadOptions options;
  options.strict = true;
  const auto result = read_all({test_data("medquad")}, options);
  CHECK(result.report.records == 7);
  CHECK(result.report.warnings == 1);
  CHECK(result.report.skipped.at("no answer text") == 2);
}

// Regression: a NUL byte past the first 8 KiB (which the binary check reads) made pugixml
// report "Start-end tags mismatch" and lost the whole file.
TEST_CASE("a NUL byte in a MedQuAD file is named by line, and costs only its record",
          "[corpus][unit]") {
  TempDir dir;
  const std::string padding = "<!--" + std::string(9000, ' ') + "-->\n";  // past the sniff
  std::string in_answer = one_pair_document(std::string("bad ") + '\0' + " byte");
  in_answer.insert(in_answer.find("<Document"), padding);  // the NUL is now on line 6
  std::string in_header = one_pair_document("fine");
  in_header.insert(in_header.find("<Document"), padding);
  in_header.insert(in_header.find("<QAPairs>"), std::string(1, '\0'));  // line 4, shared
  const auto result = read_all({dir.write("a.xml", in_answer), dir.write("b.xml", in_header)});
  REQUIRE(result.records.size() == 1);
  CHECK(result.records[0].answer == "Second answer.");
  REQUIRE(result.diagnostics.size() == 2);
  CHECK(result.diagnostics[0].line == 6);
  CHECK(result.diagnostics[0].where == "QAPair #1");
  CHECK_THAT(result.diagnostics[0].message, Catch::StartsWith("NUL byte at line 6; "));
  CHECK(result.report.skipped.at("NUL byte") == 1);
  CHECK(result.diagnostics[1].line == 4);
  CHECK_THAT(result.diagnostics[1].message, Catch::StartsWith("NUL byte at line 4; "));
  CHECK(result.report.files_skipped.at("NUL byte") == 1);
}

// Regression: a 300 MB XML file took 1.18 GB of memory and ended the run with bad_alloc.
TEST_CASE("a MedQuAD file over max_xml_bytes is refused by name and size, unread",
          "[corpus][unit]") {
  TempDir dir;
  const auto big = dir.write("big.xml", one_pair_document(std::string(5000, 'x')));
  const auto small = dir.write("small.xml", one_pair_document("fine"));
  qadex::ReadOptions options;
  options.max_xml_bytes = 4096;
  const auto result = read_all({big, small}, options);
  CHECK(result.records.size() == 2);  // the small file's two pairs
  CHECK(result.report.files_skipped == std::map<std::string, std::size_t>{{"file too large", 1}});
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].file == big.string());
  CHECK_THAT(result.diagnostics[0].message,
             Catch::StartsWith("XML file is " + std::to_string(std::filesystem::file_size(big)) +
                               " bytes, over the limit of 4096 bytes"));
  CHECK_THAT(result.diagnostics[0].message, Catch::Contains("--max-xml-bytes"));
}
