// Ranking parameters.
#include "query/ranking.hpp"

namespace qadex::query {

double Ranking::field_weight(const schema::Field& field) const {
  const bool question = field.name == schema::kQuestion.name;
  const bool answer = field.name == schema::kAnswer.name;
  const bool text = field.name == schema::kText.name;
  // The question and answer text as one field, or as two whose scores are added.
  if (text) return options_.combined_text ? options_.answer_weight : 0.0;
  if (answer) return options_.combined_text ? 0.0 : options_.answer_weight;
  if (question) {
    // With field weights, the question is also searched on its own beside the combined text.
    if (!options_.combined_text) return options_.question_weight;
    return options_.field_weights ? options_.question_weight : 0.0;
  }
  if (!options_.field_weights) return 0.0;
  if (field.name == schema::kFocus.name) return options_.focus_weight;
  return options_.synonyms_weight;
}

Xapian::BM25Weight Ranking::weighting() const {
  // k2 = 0 (no query-length correction), k3 = 1 (query term frequency counts once),
  // min_normlen = 0.5 (Xapian's default floor on the length normalization).
  return Xapian::BM25Weight(options_.k1, 0, 1, options_.b, 0.5);
}

}  // namespace qadex::query
