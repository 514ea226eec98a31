// Which of a long text's terms are searched: the words that carry its topic before its
// narrative and chat. The cap keeps long messages fast (bench/speed's long-query figures).
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

namespace qadex::query {

struct TermSelection {
  std::vector<std::string> kept;     // in the text's order
  std::vector<std::string> dropped;  // in the text's order
};

// Keeps at most `limit` of `terms` (0: all), in this order of preference: terms of the
// recognized names (`name_terms`); terms that corpus questions use (the vocabulary people
// and the corpus ask with: conditions, body parts, symptoms), the burstiest first (see
// term_selector.cpp); then the rest; bare numbers last. Narrative words ("went", "till")
// and chat ("thanks") rarely occur in questions, so they go first however rare they are.
[[nodiscard]] TermSelection select_terms(const Xapian::Database& db,
                                         const std::vector<std::string>& terms,
                                         const std::set<std::string>& name_terms,
                                         std::size_t limit);

// The same cap without topicality (the default: see bench/RESULTS.md): the names' terms,
// then the rarest terms (by the combined text's frequency), bare numbers last ("7." of a
// numbered list is rare in any corpus).
[[nodiscard]] TermSelection rarest_terms(const Xapian::Database& db,
                                         const std::vector<std::string>& terms,
                                         const std::set<std::string>& name_terms,
                                         std::size_t limit);

}  // namespace qadex::query
