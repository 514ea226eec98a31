// The compiled-in word lists: ordinary English, known words, parts of the body.
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
  for (const auto* part : {"knee", "knees", "hip", "eyes", "eyelashes", "teeth", "feet", "liver"}) {
    INFO(part);
    CHECK(dictionary.is_body_part(part));
  }
  for (const auto* other : {"hello", "running", "doctor", "pain", "s", ""}) {
    INFO(other);
    CHECK_FALSE(dictionary.is_body_part(other));
  }
}

TEST_CASE("a dictionary reads the body-part list's comments as comments", "[dictionary]") {
  const Dictionary dictionary("knee\n", "", "# knee is listed below\nelbow\n");
  CHECK(dictionary.is_body_part("elbow"));
  CHECK_FALSE(dictionary.is_body_part("knee"));
  CHECK_FALSE(dictionary.is_body_part("#"));
}
