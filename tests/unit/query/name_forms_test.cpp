// NameForms: the more specific forms of a name, read again when the index changes.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include <xapian.h>

#include "qadex/index.hpp"
#include "query/name_forms.hpp"
#include "tests/unit/query/write_records.hpp"
#include "tests/unit/temp_dir.hpp"

using qadex::testing::TempDir;

namespace {

// Records about `focuses`, each answer the same `answer`.
void add_names(const TempDir& dir, const std::vector<std::string>& focuses,
               const std::string& answer = "A condition.") {
  std::vector<qadex::Record> records;
  for (const auto& focus : focuses) {
    records.push_back({.id = focus,
                       .question = "What is " + focus + "?",
                       .answer = answer,
                       .focus = focus,
                       .qtype = "information"});
  }
  qadex::testing::write_records(dir, records);
}

}  // namespace

TEST_CASE("the forms of a name end with one of its words and have all of them", "[query][unit]") {
  TempDir dir;
  // The general names' answers speak of their kinds (here every answer does).
  add_names(dir,
            {"Lung cancer", "Non-small cell lung cancer", "Small cell lung cancer",
             "Cancer of the lung and bronchus", "Leukemia", "Human T-cell leukemia virus",
             "Adult acute myeloid leukemia", "Scleroderma, systemic"},
            "Kinds: non-small cell, small cell; adult acute myeloid, chronic; gout.");
  Xapian::Database db(dir.path().string());
  qadex::query::NameForms forms(db);
  using Terms = std::vector<std::string>;
  auto lung = forms.forms_of("lung cancer", 10);
  std::sort(lung.begin(), lung.end());
  CHECK(lung == Terms{"XMnon small cell lung cancer", "XMsmall cell lung cancer"});
  CHECK(forms.forms_of("leukemia", 10) == Terms{"XMadult acut myeloid leukemia"});
  CHECK(forms.forms_of("system scleroderma", 10) == Terms{"XMscleroderma system"});
  CHECK(forms.forms_of("lung cancer", 1).size() == 1);
  CHECK(forms.forms_of("gout", 10).empty());

  // A record added later is seen by the same reader once the database is reopened.
  add_names(dir, {"Gout", "Chronic gout"}, "Gout may become chronic.");
  db.reopen();
  CHECK(forms.forms_of("gout", 10) == Terms{"XMchronic gout"});
}

TEST_CASE("a disease named after a symptom is no form of it", "[query][unit]") {
  TempDir dir;
  add_names(dir, {"Fever"}, "A fever is a body temperature higher than normal.");
  add_names(dir, {"Familial Mediterranean fever", "Typhoid fever", "Heat rash"},
            "A disease with fevers.");
  Xapian::Database db(dir.path().string());
  qadex::query::NameForms forms(db);
  CHECK(forms.forms_of("fever", 10).empty());
  // Nor of a name no record is about: nothing speaks of its kinds ("heat" is no kind of rash
  // here).
  CHECK(forms.forms_of("rash", 10).empty());
}
