// The ranking's numbers: BM25's parameters and each field's weight, derived from the
// caller's RankingOptions. One place, so --explain, the benchmarks and the docs agree.
#pragma once

#include <xapian.h>

#include "indexer/schema.hpp"
#include "qadex/search.hpp"

namespace qadex::query {

class Ranking {
 public:
  explicit Ranking(const RankingOptions& options) : options_(options) {}

  // The weight of a match in `field`; 0 when the field is not searched. A match in a short,
  // descriptive field (question, focus) says more about an answer than one in its text.
  [[nodiscard]] double field_weight(const schema::Field& field) const;
  // Terms that come from the synonym table rather than the person's words count less.
  [[nodiscard]] double expansion_weight() const { return 0.5; }
  // The words of a recognized focus name weigh this many times an ordinary word.
  [[nodiscard]] double focus_term_scale() const { return 2.0; }
  // A record bearing a recognized name: the name term's BM25 weight times this.
  [[nodiscard]] double name_weight() const { return 3.0; }
  // Added to records of the question type the text's cues point to.
  [[nodiscard]] double qtype_boost() const { return 4.0; }
  [[nodiscard]] Xapian::BM25Weight weighting() const;
  [[nodiscard]] const RankingOptions& options() const { return options_; }

 private:
  RankingOptions options_;
};

}  // namespace qadex::query
