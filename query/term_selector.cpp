// Ranking a text's terms by topicality, then keeping the best in the text's order.
#include "query/term_selector.hpp"

#include <algorithm>
#include <functional>
#include <tuple>

#include "store/schema.hpp"

namespace qadex::query {
namespace {

// Lower tiers are kept first. A bare number ("30 mins", "3 months", a list's "7.") is rarely
// what a message is about, however rare in the corpus.
enum Tier { kName = 0, kAsked = 1, kOther = 2, kNumber = 3 };

bool is_number(const std::string& term) {
  return std::all_of(term.begin(), term.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Terms with lower ranks are kept first, within a tier.
using RankOf = std::function<double(const std::string&)>;

TermSelection keep_best(const std::vector<std::string>& terms, std::size_t limit,
                        const std::function<Tier(const std::string&)>& tier, const RankOf& rank) {
  TermSelection selection;
  if (limit == 0 || terms.size() <= limit) {
    selection.kept = terms;
    return selection;
  }
  std::vector<std::tuple<Tier, double, std::size_t>> order;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    order.emplace_back(tier(terms[i]), rank(terms[i]), i);
  }
  std::sort(order.begin(), order.end());
  std::vector<bool> kept(terms.size(), false);
  for (std::size_t k = 0; k < limit; ++k) kept[std::get<2>(order[k])] = true;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    (kept[i] ? selection.kept : selection.dropped).push_back(terms[i]);
  }
  return selection;
}

}  // namespace

TermSelection select_terms(const Xapian::Database& db, const std::vector<std::string>& terms,
                           const std::set<std::string>& name_terms, std::size_t limit) {
  const auto tier = [&](const std::string& term) {
    if (name_terms.count(term)) return kName;
    if (is_number(term)) return kNumber;
    return db.term_exists(std::string(schema::kQuestion.prefix) + term) ? kAsked : kOther;
  };
  // Burstiness (occurrences per record that has the term): a topic word recurs in the
  // answers about its topic ("bone", "muscle"), a function word is spread thinly ("over",
  // "still"). Highest first.
  const auto burstiness = [&](const std::string& term) {
    const auto prefixed = std::string(schema::kText.prefix) + term;
    const auto records = db.get_termfreq(prefixed);
    return records == 0 ? 0.0 : -static_cast<double>(db.get_collection_freq(prefixed)) / records;
  };
  return keep_best(terms, limit, tier, burstiness);
}

TermSelection rarest_terms(const Xapian::Database& db, const std::vector<std::string>& terms,
                           const std::set<std::string>& name_terms, std::size_t limit) {
  return keep_best(
      terms, limit,
      [&](const std::string& term) {
        return name_terms.count(term) ? kName : is_number(term) ? kNumber : kOther;
      },
      [&](const std::string& term) {
        return static_cast<double>(db.get_termfreq(std::string(schema::kText.prefix) + term));
      });
}

}  // namespace qadex::query
