// The compiled-in word lists: ordinary English, known words, parts of the body, conditions,
// lay words.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "text/dictionary.hpp"

using qadex::text::Dictionary;

TEST_CASE("the word lists tell ordinary words, known words and parts of the body", "[dictionary]") {
  const auto& dictionary = Dictionary::builtin();
  CHECK(dictionary.is_english("operation"));
  CHECK_FALSE(dictionary.is_english("amoxicillin"));  // medical, not everyday English
  CHECK(dictionary.is_known("amoxicillin"));
  CHECK_FALSE(dictionary.is_known("amoxicilin"));
  // Parts of the body, singular, regular plural and irregular plural.
  // "thyroid" too, whose adjective senses only relate to the gland.
  for (const auto* part :
       {"knee", "knees", "hip", "eyes", "eyelashes", "teeth", "feet", "liver", "thyroid"}) {
    INFO(part);
    CHECK(dictionary.is_body_part(part));
  }
  for (const auto* other : {"hello", "running", "doctor", "pain", "s", ""}) {
    INFO(other);
    CHECK_FALSE(dictionary.is_body_part(other));
  }
}

TEST_CASE("the conditions a slip or two from a word, the nearest first", "[dictionary]") {
  const auto& dictionary = Dictionary::builtin();
  const auto near = dictionary.conditions_near("asma", 2);
  REQUIRE_FALSE(near.empty());
  CHECK(std::is_sorted(near.begin(), near.end()));
  CHECK(std::find(near.begin(), near.end(), std::pair<std::size_t, std::string>{2, "asthma"}) !=
        near.end());
  // Only conditions beginning with the word's letter.
  CHECK(std::all_of(near.begin(), near.end(), [](const auto& c) { return c.second[0] == 'a'; }));
  CHECK(dictionary.conditions_near("zzzzzzzz", 2).empty());
}

TEST_CASE("a part of the body lists the parts it belongs to or is a kind of", "[dictionary]") {
  const Dictionary dictionary("knee\n", "",
                              "# knee is listed below\nelbow\tarm limb\nthumb\tfinger\narm\t\n"
                              "\tnothing\nblood\t\ttest type\nliver\t\t\thepatic\n");
  CHECK(dictionary.is_body_part("elbow"));
  CHECK(dictionary.is_body_part("arm"));
  CHECK_FALSE(dictionary.is_body_part("knee"));  // a comment only
  CHECK_FALSE(dictionary.is_body_part("#"));
  CHECK_FALSE(dictionary.is_body_part(""));  // a line with no part before its tab
  using Words = std::vector<std::string>;
  CHECK(dictionary.wholes_of("elbows") == Words{"arm", "limb"});
  CHECK(dictionary.wholes_of("thumb") == Words{"finger"});
  CHECK(dictionary.wholes_of("arm").empty());
  CHECK(dictionary.wholes_of("doctor").empty());
  CHECK(dictionary.wholes_of("blood").empty());
  // The words after which a part names something else: a blood test is no part or condition.
  CHECK(dictionary.names_other_thing("blood", "tests"));
  CHECK(dictionary.names_other_thing("blood", "type"));
  CHECK_FALSE(dictionary.names_other_thing("blood", "clot"));
  CHECK_FALSE(dictionary.names_other_thing("elbow", "test"));
  CHECK_FALSE(dictionary.names_other_thing("doctor", "test"));
  // The adjectives that say "of" a part; an empty column keeps the next in its place.
  CHECK(dictionary.adjectives_of("liver") == Words{"hepatic"});
  CHECK(dictionary.wholes_of("liver").empty());
  CHECK_FALSE(dictionary.names_other_thing("liver", "hepatic"));
  CHECK(dictionary.adjectives_of("blood").empty());
  CHECK(dictionary.adjectives_of("doctor").empty());
  // The shipped list, from WordNet.
  CHECK(Dictionary::builtin().adjectives_of("esophagus") == Words{"esophageal"});
  CHECK(Dictionary::builtin().adjectives_of("kidneys") == Words{"renal"});
  const auto thumb = Dictionary::builtin().wholes_of("thumb");
  CHECK(std::find(thumb.begin(), thumb.end(), "finger") != thumb.end());
  CHECK(Dictionary::builtin().names_other_thing("blood", "test"));
  CHECK(Dictionary::builtin().names_other_thing("eye", "doctor"));
  CHECK_FALSE(Dictionary::builtin().names_other_thing("heart", "attack"));  // a condition
  CHECK_FALSE(Dictionary::builtin().names_other_thing("hip", "joint"));     // a part
}

TEST_CASE("a one-word lay phrase gives its medical phrases", "[dictionary]") {
  const Dictionary dictionary("", "", "",
                              "# lay<TAB>medical\npiles\themorrhoids\nfits\tseizures\tepilepsy\n"
                              "heart attack\tmyocardial infarction\nlonely\n");
  using Phrases = std::vector<std::string>;
  CHECK(dictionary.medical_phrases_of("piles") == Phrases{"hemorrhoids"});
  CHECK(dictionary.medical_phrases_of("fits") == Phrases{"seizures", "epilepsy"});
  CHECK(dictionary.medical_phrases_of("heart").empty());   // only one-word lay phrases
  CHECK(dictionary.medical_phrases_of("lonely").empty());  // no medical phrase given
  CHECK(dictionary.medical_phrases_of("#").empty());
  // The shipped vocabulary.
  CHECK(Dictionary::builtin().medical_phrases_of("piles") == Phrases{"hemorrhoids"});
}

TEST_CASE("terms of medicine are the medical list's words that English has in no case",
          "[dictionary]") {
  const auto& dictionary = Dictionary::builtin();
  for (const auto* term : {"letrozole", "adenomyosis", "schwannomas", "plaquenil", "raynaud"}) {
    INFO(term);
    CHECK(dictionary.is_medical_term(term));
  }
  // Ordinary words the medical list has too; proper nouns and a brand English has; no word.
  for (const auto* other : {"pain", "cramp", "english", "india", "tylenol", ""}) {
    INFO(other);
    CHECK_FALSE(dictionary.is_medical_term(other));
  }
  // Listed in lower case: a drug or a condition, no one's name (an eponym, a brand).
  CHECK(dictionary.is_common_medical_term("warfarin"));
  CHECK(dictionary.is_common_medical_term("schwannomas"));
  CHECK_FALSE(dictionary.is_common_medical_term("raynaud"));
  CHECK_FALSE(dictionary.is_common_medical_term("hashimoto"));  // also "Hashimoto's"
  CHECK_FALSE(dictionary.is_common_medical_term("plaquenil"));
  const Dictionary listed("Tylenol\naid\n", "Tylenol\nletrozole\nPlaquenil\naids\n");
  CHECK(listed.is_medical_term("letrozole"));
  CHECK(listed.is_medical_term("plaquenil"));
  CHECK_FALSE(listed.is_common_medical_term("plaquenil"));
  CHECK_FALSE(listed.is_medical_term("tylenol"));
  CHECK(listed.is_medical_term("aids"));  // "aid" is English, "aids" not in this list
}

TEST_CASE("words for ill health or a symptom are conditions, words with an everyday sense not",
          "[dictionary]") {
  const auto& dictionary = Dictionary::builtin();
  for (const auto* condition :
       {"constipation", "jaundice", "bruises", "rash", "rashes", "dizziness", "fever", "flu"}) {
    INFO(condition);
    CHECK(dictionary.is_condition(condition));
  }
  // A season and a descent; a faculty; tests; a nutrient.
  for (const auto* other : {"falls", "fall", "memory", "biopsy", "ultrasound", "sodium", ""}) {
    INFO(other);
    CHECK_FALSE(dictionary.is_condition(other));
  }
  const Dictionary listed("", "", "", "", "# comment\nconstipation\n");
  CHECK(listed.is_condition("constipation"));
  CHECK_FALSE(listed.is_condition("# comment"));
}
