// The ranking parameters: BM25's and each field's weight. One place, so that --explain,
// the benchmarks and the docs all see the same numbers.
#pragma once

#include <string_view>

#include <xapian.h>

#include "indexer/schema.hpp"

namespace qadex::query {

struct Ranking {
  // BM25 (Robertson & Zaragoza): k1 = term-frequency saturation, b = length normalization.
  double k1 = 1.2;
  double b = 0.75;
  // A match in a short, descriptive field says more about the answer than one in its text.
  double question_weight = 2.0;
  double focus_weight = 2.0;
  double synonyms_weight = 1.0;
  double answer_weight = 1.0;
  // Terms that come from the synonym table rather than the person's words count less.
  double expansion_weight = 0.5;

  [[nodiscard]] double field_weight(std::string_view field_name) const;
  [[nodiscard]] Xapian::BM25Weight weighting() const;
};

}  // namespace qadex::query
