// Related questions ("people also asked"): for a hit, the records a person would read next.
#pragma once

#include <cstddef>
#include <set>
#include <vector>

#include <xapian.h>

#include "qadex/search.hpp"

namespace qadex::query {

// At most this many related questions per hit, whatever SearchOptions::related asks.
inline constexpr std::size_t kMaxRelated = 5;

// Up to `count` (at most kMaxRelated) records to read after `hit`, none of them in `page` (the
// docids of the page's hits) and no two alike (same focus and type, or same question):
// 1. records about the same focus (its XM main-name term) of other question types, in the
//    order a reader goes (symptoms, causes, exams and tests, treatment, outlook, ...), one
//    per type, the hit's own type left out;
// 2. then records whose questions are most like the hit's: BM25 over the question field with
//    the hit's question terms, records about the same focus left out (step 1 had them).
// Reads the database: call it inside a search's retry (indexer::read_with_retry).
[[nodiscard]] std::vector<RelatedQuestion> find_related(const Xapian::Database& db,
                                                        const Xapian::Document& hit,
                                                        const std::set<Xapian::docid>& page,
                                                        std::size_t count);

}  // namespace qadex::query
