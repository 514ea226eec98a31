// How many slips apart two words are, and how many letters they share in order.
#include <catch2/catch.hpp>

#include "text/edit_distance.hpp"

using qadex::text::edit_distance;
using qadex::text::shared_letters;

TEST_CASE("edit distance counts insertions, deletions, replacements and swaps", "[edit_distance]") {
  CHECK(edit_distance("asthma", "asthma", 2) == 0);
  CHECK(edit_distance("asma", "asthma", 2) == 2);      // two letters left out
  CHECK(edit_distance("asma", "asia", 2) == 1);        // one replaced
  CHECK(edit_distance("thyriod", "thyroid", 2) == 1);  // two letters swapped
  CHECK(edit_distance("excema", "eczema", 2) == 2);
  CHECK(edit_distance("", "abc", 5) == 3);
  // Past the bound, the bound + 1, however far.
  CHECK(edit_distance("asma", "hemorrhoids", 2) == 3);
  CHECK(edit_distance("abcdef", "uvwxyz", 2) == 3);
}

TEST_CASE("shared letters are the longest common subsequence", "[edit_distance]") {
  CHECK(shared_letters("excema", "eczema") == 5);
  CHECK(shared_letters("excema", "edema") == 4);
  CHECK(shared_letters("asma", "asthma") == 4);
  CHECK(shared_letters("alot", "als") == 2);
  CHECK(shared_letters("", "abc") == 0);
}
