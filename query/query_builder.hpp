// QueryBuilder: a person's text -> the Xapian query qadex runs, and what it understood.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "qadex/search.hpp"
#include "query/ranking.hpp"
#include "text/analyzer.hpp"

namespace qadex::query {

struct BuiltQuery {
  Xapian::Query query;
  std::vector<std::string> terms;       // the text's terms, in order, without repeats
  std::vector<std::string> expansions;  // "key => synonym" pairs taken from the synonym table
  std::vector<std::string> filters;     // filter terms applied
  // Prefixed term -> the factor its BM25 weight is multiplied by in `query`, for --explain.
  std::map<std::string, double> term_scale;

  // A stable, readable account of the query, for --explain and tests.
  [[nodiscard]] std::string describe() const;
};

class QueryBuilder {
 public:
  QueryBuilder(const Xapian::Database& db, text::Analyzer& analyzer, Ranking ranking = {})
      : db_(db), analyzer_(analyzer), ranking_(ranking) {}

  // Throws UsageError for an unknown filter field or bad advanced syntax.
  [[nodiscard]] BuiltQuery build(std::string_view text, const SearchOptions& options);

 private:
  [[nodiscard]] BuiltQuery build_plain(std::string_view text);
  [[nodiscard]] BuiltQuery build_advanced(std::string_view text);
  void add_term(BuiltQuery& built, std::vector<Xapian::Query>& parts, const std::string& term,
                double scale);
  void add_expansions(BuiltQuery& built, std::vector<Xapian::Query>& parts,
                      const std::vector<std::string>& sequence);
  void apply_filters(BuiltQuery& built, const std::vector<Filter>& filters);

  const Xapian::Database& db_;
  text::Analyzer& analyzer_;
  Ranking ranking_;
};

}  // namespace qadex::query
