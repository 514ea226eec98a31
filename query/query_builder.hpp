// QueryBuilder: a person's text -> the Xapian query qadex runs, and what it understood.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "qadex/search.hpp"
#include "query/qtype_cues.hpp"
#include "query/ranking.hpp"
#include "query/spelling.hpp"
#include "text/analyzer.hpp"

namespace qadex::query {

struct BuiltQuery {
  Xapian::Query query;
  std::vector<std::string> removed;     // what cleaning took out of the text
  std::vector<Correction> corrections;  // spelling corrections made (offsets: cleaned text)
  std::vector<std::string> terms;       // the text's terms, in order, without repeats
  std::vector<std::string> foci;        // names recognized in the text
  std::vector<std::string> qtypes;      // question types its cues point to
  std::vector<std::string> expansions;  // "key => synonym" pairs taken from the synonym table
  std::vector<std::string> filters;     // filter terms applied
  // Prefixed term -> the factor its BM25 weight is multiplied by in `query`, for --explain.
  std::map<std::string, double> term_scale;
  // The constant added to records of the cued question types (or of unknown type).
  double qtype_boost = 0;
  std::vector<std::string> qtype_boost_terms;

  // A stable, readable account of the query, for --explain and tests.
  [[nodiscard]] std::string describe() const;
  // What was understood, as the public API reports it.
  [[nodiscard]] Understanding understanding() const;
};

class QueryBuilder {
 public:
  QueryBuilder(const Xapian::Database& db, text::Analyzer& analyzer)
      : db_(db), analyzer_(analyzer), cues_(analyzer) {}

  // Throws UsageError for an unknown filter field or bad advanced syntax.
  [[nodiscard]] BuiltQuery build(std::string_view text, const SearchOptions& options);

 private:
  [[nodiscard]] BuiltQuery build_ranked(std::string_view text, const Ranking& ranking);
  [[nodiscard]] BuiltQuery build_advanced(std::string_view text);
  void add_expansions(BuiltQuery& built, std::vector<Xapian::Query>& parts,
                      const std::vector<std::string>& sequence, const Ranking& ranking);
  void prune_terms(std::vector<std::string>& terms, const std::set<std::string>& keep,
                   std::size_t limit) const;
  void add_qtype_boost(BuiltQuery& built, std::string_view text, const Ranking& ranking);
  void apply_filters(BuiltQuery& built, const std::vector<Filter>& filters);

  const Xapian::Database& db_;
  text::Analyzer& analyzer_;
  QtypeCues cues_;
};

}  // namespace qadex::query
