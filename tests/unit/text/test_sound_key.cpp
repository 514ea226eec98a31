#include <catch2/catch.hpp>

#include "text/sound_key.hpp"

using qadex::text::sound_key;

TEST_CASE("words spelt by ear sound like the word meant", "[text][unit]") {
  CHECK(sound_key("numonia") == sound_key("pneumonia"));           // a silent first letter
  CHECK(sound_key("skitzofrenia") == sound_key("schizophrenia"));  // sch, tz, ph
  CHECK(sound_key("skitsophrenia") == sound_key("schizophrenia"));
  CHECK(sound_key("ciatica") == sound_key("sciatica"));  // c and sc before i
  CHECK(sound_key("excema") == sound_key("eczema"));     // x, c before e, z
  CHECK(sound_key("hemroids") == sound_key("hemorrhoids"));
  CHECK(sound_key("nife") == sound_key("knife"));
  CHECK(sound_key("pneumonia") == "nmn");
  CHECK(sound_key("eczema") == "aksm");  // a first vowel is kept as "a"
}

TEST_CASE("words that sound different have different keys", "[text][unit]") {
  CHECK(sound_key("asthma") != sound_key("autism"));
  CHECK(sound_key("gout") != sound_key("goiter"));
  CHECK(sound_key("cancer") != sound_key("chancre"));  // "ch" is a "k"; c before e an "s"
  CHECK(sound_key("lupus") != sound_key("lipoma"));
}

TEST_CASE("a sound key ignores what is no lower-case letter", "[text][unit]") {
  CHECK(sound_key("").empty());
  CHECK(sound_key("123").empty());
  CHECK(sound_key("e-coli") == sound_key("ecoli"));
}
