// The ranking's numbers: BM25's parameters and each field's weight, derived from the
// caller's RankingOptions. One place, so --explain, the benchmarks and the docs agree.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>

#include <xapian.h>

#include "qadex/search.hpp"
#include "store/schema.hpp"

namespace qadex::query {

class Ranking {
 public:
  explicit Ranking(const RankingOptions& options) : options_(options) {}

  // The weight of a match in `field`; 0 when the field is not searched. A match in a short,
  // descriptive field (question, focus) says more about an answer than one in its text.
  [[nodiscard]] double field_weight(const schema::Field& field) const;
  // Terms that come from the synonym table rather than the person's words count less.
  [[nodiscard]] double expansion_weight() const { return 0.5; }
  // The words of a recognized focus name weigh this many times an ordinary word; so do words
  // for ill health where nothing is named (1.5 and 3 tried: MEDIQA nDCG@10 -0.0001/-0.0006).
  [[nodiscard]] double focus_term_scale() const { return 2.0; }
  // Added to a record whose focus is the primary recognized name: a bounded bonus, counted
  // once however often the name occurs, so that the name is one strong signal, not the
  // whole ranking.
  [[nodiscard]] double name_bonus() const { return options_.name_bonus; }
  // A secondary name (mentioned, not asked about) gets this share of the bonus.
  [[nodiscard]] double secondary_name_share() const { return 0.5; }
  // A name the story gives as a relative's condition beside the person's own ("my father had
  // prostate cancer" beside "my prostate is enlarged") gets this share: none, since it is not
  // what they ask about (0.25 and 0.5 tried: see bench/RESULTS.md).
  [[nodiscard]] static double story_name_share() { return 0.0; }
  // Two or more signs or symptoms named ("a fever and a cough", "my heart races and my hands
  // shake") say what the person noticed: none is what they ask about, but the condition that
  // has them all, which the text's words find. Each then gets this share of its bonus, unless
  // the text asks about it (0.25 and 0.5 were tried: see bench/RESULTS.md). One alone is the
  // complaint ("I have a cough").
  [[nodiscard]] static double several_observations_share() { return 0.0; }
  // A part of the body named for what ails it ("my jaw clicks", "white patches on my hands")
  // stands in for a condition the text describes: the part's general page ("Jaw Injuries and
  // Disorders") gets this share of its bonus, so that the record about the described condition
  // can pass it (0, 0.25, 0.75 and 1 tried: see bench/RESULTS.md). Not where the part's page
  // is itself a complaint ("back": back pain).
  [[nodiscard]] static double body_part_share() { return 0.5; }
  // A record that only lists the name as a synonym (a numbered subtype listing the general
  // name) gets this share of a name's bonus; one whose focus it is gets all of it.
  [[nodiscard]] double synonym_name_share() const { return 0.5; }
  // The bonuses' factor for a query of `terms` terms: sqrt(terms / 4), between 1 and 2. A
  // BM25 sum grows with the terms a record matches, so a fixed bonus would count for less
  // in a long message than in a short question.
  [[nodiscard]] static double bonus_scale(std::size_t terms) {
    return std::clamp(std::sqrt(static_cast<double>(terms) / 4.0), 1.0, 2.0);
  }
  // Added to records of the question type asked, times the guess's confidence.
  [[nodiscard]] double qtype_boost() const { return options_.qtype_bonus; }
  // Added, times the type's confidence, to a record about the primary name that is also of a
  // guessed type.
  [[nodiscard]] double name_qtype_bonus() const { return options_.name_qtype_bonus; }
  // When no record about the name is of the type asked, a record of that type about a more
  // specific form of the name gets this share of the name-and-type bonus.
  [[nodiscard]] static double narrower_name_share() { return 0.5; }
  // The type breaks ties among the records about the condition asked. Where it cannot (no
  // name recognized, or none of the name's records is of the type) it is a weaker signal:
  // records of the type get this share of its bonus.
  [[nodiscard]] static double weak_qtype_share() { return 0.5; }
  [[nodiscard]] Xapian::BM25Weight weighting() const;
  [[nodiscard]] const RankingOptions& options() const { return options_; }

 private:
  RankingOptions options_;
};

}  // namespace qadex::query
