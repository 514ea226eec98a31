// Greedy longest-match of term n-grams against the index's name terms.
#include "query/focus_finder.hpp"

#include <algorithm>

#include "indexer/schema.hpp"

namespace qadex::query {
namespace {

constexpr std::size_t kMaxNameTerms = 6;
// A one-word name is trusted if few answers use the word, or if a good share of the records
// using it are about it ("abetalipoproteinemia"); not if it is mostly an ordinary word.
constexpr double kMaxSingleWordAnswerShare = 0.02;
constexpr double kMinNameShareOfUses = 0.2;

}  // namespace

std::vector<FocusMatch> find_foci(const Xapian::Database& db,
                                  const std::vector<std::string>& terms) {
  std::vector<FocusMatch> found;
  const double records = std::max<double>(1, db.get_doccount());
  for (std::size_t i = 0; i < terms.size();) {
    std::size_t matched = 0;
    for (auto n = std::min(kMaxNameTerms, terms.size() - i); n > 0 && !matched; --n) {
      std::string key = terms[i];
      for (std::size_t k = 1; k < n; ++k) key += ' ' + terms[i + k];
      const auto bearing = db.get_termfreq(std::string(schema::kNamePrefix) + key);
      if (bearing == 0) continue;
      if (n == 1) {
        const double in_answers = db.get_termfreq(std::string(schema::kAnswer.prefix) + key);
        if (in_answers / records > kMaxSingleWordAnswerShare &&
            bearing / in_answers < kMinNameShareOfUses) {
          continue;
        }
      }
      found.push_back({i, n, key, bearing});
      matched = n;
    }
    i += matched ? matched : 1;
  }
  return found;
}

}  // namespace qadex::query
