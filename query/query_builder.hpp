// QueryBuilder: what was understood of a person's text -> the Xapian query qadex runs.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "qadex/search.hpp"
#include "query/name_forms.hpp"
#include "query/ranking.hpp"
#include "query/understander.hpp"
#include "text/analyzer.hpp"

namespace qadex::query {

struct BuiltQuery {
  Xapian::Query query;
  Understood understood;                // empty with advanced syntax
  std::vector<std::string> terms;       // the terms searched (advanced: the query's terms)
  std::vector<std::string> expansions;  // "key => synonym" pairs taken from the synonym table
  std::vector<std::string> filters;     // filter terms applied
  // Prefixed term -> the factor its BM25 weight is multiplied by in `query`, for --explain.
  std::map<std::string, double> term_scale;
  // Fixed bonuses: a record bearing every boolean term of a key gets the bonus (a name, a
  // question type, or the asked-about name and a type together).
  std::map<std::vector<std::string>, double> bonuses;

  // A stable, readable account of the query, for --explain and tests.
  [[nodiscard]] std::string describe() const;
};

class QueryBuilder {
 public:
  QueryBuilder(const Xapian::Database& db, text::Analyzer& analyzer)
      : db_(db), analyzer_(analyzer), understander_(db, analyzer), name_forms_(db) {}

  // Throws UsageError for an unknown filter field or bad advanced syntax.
  [[nodiscard]] BuiltQuery build(std::string_view text, const SearchOptions& options);

 private:
  [[nodiscard]] BuiltQuery build_ranked(std::string_view text, const Ranking& ranking);
  [[nodiscard]] BuiltQuery build_advanced(std::string_view text);
  void add_expansions(BuiltQuery& built, std::vector<Xapian::Query>& parts, const Ranking& ranking);
  void add_bonuses(BuiltQuery& built, const Ranking& ranking);
  // Whether some record matches `query`.
  [[nodiscard]] bool any_match(const Xapian::Query& query) const;
  void apply_filters(BuiltQuery& built, const std::vector<Filter>& filters);

  const Xapian::Database& db_;
  text::Analyzer& analyzer_;
  Understander understander_;
  NameForms name_forms_;
};

}  // namespace qadex::query
