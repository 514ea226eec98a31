// Related questions ("people also asked"): for a hit, the records a person would read next.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "qadex/search.hpp"

namespace qadex::query {

// What a page of hits shows already: related questions leave these records out, and records
// alike to them (the same focus and type: their collapse keys).
struct Shown {
  std::set<Xapian::docid> docids;
  std::set<std::string> kinds;
};
[[nodiscard]] Shown shown_on_page(const Xapian::Database& db,
                                  const std::vector<Xapian::docid>& page);

// Up to `count` (at most kMaxRelated) records to read after `hit`, none of them shown on the
// page or alike to one there, and no two alike (same focus and type, or same question):
// 1. records about the same focus (its XM main-name term) of other question types, in the
//    order a reader goes (symptoms, causes, exams and tests, treatment, outlook, ...), one
//    per type, the hit's own type left out;
// 2. then records whose questions are most like the hit's: BM25 over the question field with
//    the hit's question terms, records about the same focus left out (step 1 had them).
// Reads the database: call it inside a search's retry (store::read_with_retry).
[[nodiscard]] std::vector<RelatedQuestion> find_related(const Xapian::Database& db,
                                                        const Xapian::Document& hit,
                                                        const Shown& page, std::size_t count);

}  // namespace qadex::query
