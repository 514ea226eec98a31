// Ranking parameters.
#include "query/ranking.hpp"

namespace qadex::query {

double Ranking::field_weight(std::string_view field_name) const {
  if (field_name == schema::kQuestion.name) return question_weight;
  if (field_name == schema::kFocus.name) return focus_weight;
  if (field_name == schema::kSynonyms.name) return synonyms_weight;
  return answer_weight;
}

Xapian::BM25Weight Ranking::weighting() const {
  // k2 = 0 (no query-length correction), k3 = 1 (query term frequency counts once),
  // min_normlen = 0.5 (Xapian's default floor on the length normalization).
  return Xapian::BM25Weight(k1, 0, 1, b, 0.5);
}

}  // namespace qadex::query
