// Focus recognition: which condition, drug or body part a person's text is about, found by
// matching its terms against the names in the index (foci and their synonyms).
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

namespace qadex::query {

struct FocusMatch {
  std::size_t first = 0;    // index into the term sequence
  std::size_t count = 0;    // terms matched
  std::string name;         // the name's key, terms joined by spaces ("lower back stiff")
  Xapian::doccount records = 0;  // records bearing the name
};

// Longest matches first, left to right, no overlaps. A one-word name counts only when the
// word is uncommon in answers: "able" stems to the gene symbol "abl", "back" is everywhere.
[[nodiscard]] std::vector<FocusMatch> find_foci(const Xapian::Database& db,
                                                const std::vector<std::string>& terms);

}  // namespace qadex::query
