// Searcher: runs ranked searches against an open database and turns matches into Hits.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "qadex/search.hpp"
#include "query/emergency.hpp"
#include "query/query_builder.hpp"
#include "query/ranking.hpp"
#include "text/analyzer.hpp"

namespace qadex::query {

// Keeps the analyzer and stemmer for reuse across searches. Not thread-safe.
class Searcher {
 public:
  explicit Searcher(Xapian::Database db);

  // Throws IndexError for any Xapian error; starts over at the latest commit when a writer
  // overwrote what this search was reading (store::read_with_retry).
  [[nodiscard]] SearchResults search(std::string_view text, const SearchOptions& options);
  // Moves to the latest commit; true if there was a newer one. May throw Xapian::Error.
  bool reopen() { return db_.reopen(); }
  [[nodiscard]] Xapian::Database& database() { return db_; }

 private:
  // A hit to dress: where it is in its MSet, and the query that found it.
  struct Ranked {
    Xapian::MSetIterator at;
    const BuiltQuery* built;
  };
  [[nodiscard]] SearchResults search_once(std::string_view text, const SearchOptions& options);
  using Facets = decltype(SearchResults::facets);
  // Ranks the matches of `query`; with `facets`, also counts values over every match.
  [[nodiscard]] Xapian::MSet match(const Xapian::Query& query, const SearchOptions& options,
                                   std::size_t first, std::size_t count,
                                   Facets* facets = nullptr) const;
  [[nodiscard]] static std::vector<Ranked> interleave(const std::vector<Xapian::MSet>& msets,
                                                      const std::vector<BuiltQuery>& parts,
                                                      const std::vector<std::size_t>& turns,
                                                      std::size_t offset, std::size_t limit);
  [[nodiscard]] static std::set<std::string> highlight_terms(const BuiltQuery& built);
  // The filters whose value no record has, with the values that exist.
  [[nodiscard]] std::vector<UnmatchedFilter> unmatched(const std::vector<Filter>& filters) const;
  void dress_hits(const std::vector<Ranked>& ranked, const SearchOptions& options,
                  SearchResults& results);
  [[nodiscard]] std::vector<std::string> read_ids(const std::vector<Xapian::docid>& docids) const;
  [[nodiscard]] std::vector<TermContribution> explain(const BuiltQuery& built,
                                                      const Ranking& ranking,
                                                      const Xapian::Document& doc,
                                                      const std::string& id);

  Xapian::Database db_;
  text::Analyzer analyzer_;
  QueryBuilder builder_{db_, analyzer_};
  EmergencyDetector emergency_{analyzer_};
};

}  // namespace qadex::query
