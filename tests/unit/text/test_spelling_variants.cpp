#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "text/spelling_variants.hpp"

using qadex::text::american_spellings;

namespace {

// The likeliest American form of `word`; the word itself if it has none.
std::string american(std::string_view word) {
  const auto forms = american_spellings(word);
  return forms.empty() ? std::string(word) : forms.front();
}

}  // namespace

TEST_CASE("a British spelling's likeliest American form applies every rule at once",
          "[text][unit]") {
  CHECK(american("haemorrhoids") == "hemorrhoids");  // ae
  CHECK(american("anaemia") == "anemia");
  CHECK(american("paediatric") == "pediatric");
  CHECK(american("oesophageal") == "esophageal");  // oe, also first
  CHECK(american("diarrhoea") == "diarrhea");
  CHECK(american("coeliac") == "celiac");
  CHECK(american("tumours") == "tumors");  // our
  CHECK(american("behavioural") == "behavioral");
  CHECK(american("centre") == "center");  // re
  CHECK(american("fibres") == "fibers");
  CHECK(american("immunisation") == "immunization");  // is, ys
  CHECK(american("hospitalised") == "hospitalized");
  CHECK(american("paralysed") == "paralyzed");
  CHECK(american("counselling") == "counseling");  // ll
  CHECK(american("sulphate") == "sulfate");
  CHECK(american("analogue") == "analog");
  CHECK(american("programme") == "program");
  CHECK(american("mouldy") == "moldy");
  CHECK(american("manoeuvre") == "maneuver");  // two rules
  CHECK(american("haematological") == "hematological");
}

TEST_CASE("each rule alone is a form too, after all of them at once", "[text][unit]") {
  const auto forms = american_spellings("oesophagitis");  // one rule
  REQUIRE(forms.size() == 1);
  const auto two = american_spellings("manoeuvres");  // oe and re
  CHECK(two.front() == "maneuvers");
  CHECK(std::find(two.begin(), two.end(), "maneuvres") != two.end());
  CHECK(std::find(two.begin(), two.end(), "manoeuvers") != two.end());
}

TEST_CASE("words that only look British have no American form", "[text][unit]") {
  CHECK(american_spellings("vertebrae").empty());  // a Latin plural
  CHECK(american_spellings("toes").empty());
  CHECK(american_spellings("poet").empty());  // two vowels in a short word
  CHECK(american_spellings("poems").empty());
  CHECK(american_spellings("four").empty());  // our after fewer than three letters
  CHECK(american_spellings("hour").empty());
  CHECK(american_spellings("genre").empty());  // re after n
  CHECK(american_spellings("pain").empty());
  CHECK(american_spellings("").empty());
}
