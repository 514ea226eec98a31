// How many slips apart two words are.
#pragma once

#include <cstddef>
#include <string_view>

namespace qadex::text {

// The edits (a letter inserted, deleted or replaced, or two letters side by side swapped)
// that make `a` into `b`, as Xapian's speller counts them; `bound` + 1 when more than
// `bound`, found without the whole table (most word pairs are far apart).
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t bound);

// The letters of `a` that `b` has in the same order (their longest common subsequence): of two
// words equally many slips away, the one sharing more letters is likelier meant ("excema" shares
// five with eczema, four with edema).
[[nodiscard]] std::size_t shared_letters(std::string_view a, std::string_view b);

}  // namespace qadex::text
