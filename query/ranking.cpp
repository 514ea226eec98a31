// Ranking parameters.
#include "query/ranking.hpp"

namespace qadex::query {

double Ranking::field_weight(const schema::Field& field) const {
  const bool question = field.name == schema::kQuestion.name;
  const bool answer = field.name == schema::kAnswer.name;
  // Plain: the question and answer text only, equally weighted.
  if (!options_.field_weights) return question || answer ? 1.0 : 0.0;
  if (question) return options_.question_weight;
  if (answer) return options_.answer_weight;
  if (field.name == schema::kFocus.name) return options_.focus_weight;
  return options_.synonyms_weight;
}

Xapian::BM25Weight Ranking::weighting() const {
  // k2 = 0 (no query-length correction), k3 = 1 (query term frequency counts once),
  // min_normlen = 0.5 (Xapian's default floor on the length normalization).
  return Xapian::BM25Weight(options_.k1, 0, 1, options_.b, 0.5);
}

}  // namespace qadex::query
