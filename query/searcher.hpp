// Searcher: runs ranked searches against an open database and turns matches into Hits.
#pragma once

#include <string_view>

#include <xapian.h>

#include "qadex/search.hpp"
#include "query/query_builder.hpp"
#include "query/ranking.hpp"
#include "text/analyzer.hpp"

namespace qadex::query {

// Keeps the analyzer and stemmer for reuse across searches. Not thread-safe.
class Searcher {
 public:
  explicit Searcher(Xapian::Database db);

  [[nodiscard]] SearchResults search(std::string_view text, const SearchOptions& options);
  [[nodiscard]] const Xapian::Database& database() const { return db_; }

 private:
  [[nodiscard]] std::vector<std::string> read_ids(const Xapian::MSet& mset) const;
  [[nodiscard]] std::vector<TermContribution> explain(const BuiltQuery& built,
                                                       const Ranking& ranking,
                                                       const Xapian::Document& doc,
                                                       const std::string& id);

  Xapian::Database db_;
  text::Analyzer analyzer_;
  QueryBuilder builder_{db_, analyzer_};
};

}  // namespace qadex::query
