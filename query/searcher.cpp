// Ranked search: build the query, run Xapian's matcher with BM25, read and dress the hits.
#include "query/searcher.hpp"

#include <algorithm>
#include <set>

#include "indexer/database_errors.hpp"
#include "indexer/record_codec.hpp"
#include "indexer/schema.hpp"
#include "query/snippet.hpp"

namespace qadex::query {

Searcher::Searcher(Xapian::Database db, Ranking ranking) : db_(std::move(db)), ranking_(ranking) {}

SearchResults Searcher::search(std::string_view text, const SearchOptions& options) {
  SearchResults results;
  results.query = std::string(text);
  const auto built = builder_.build(text, options);
  if (options.explain) results.explanation = built.describe();
  if (built.query.empty()) return results;

  return indexer::translate_xapian_errors("search", [&] {
    Xapian::Enquire enquire(db_);
    enquire.set_weighting_scheme(ranking_.weighting());
    enquire.set_query(built.query);
    const auto mset = enquire.get_mset(static_cast<Xapian::doccount>(options.offset),
                                       static_cast<Xapian::doccount>(options.limit));
    results.estimated_matches = mset.get_matches_estimated();

    // Snippets highlight the words that match any query term, whatever the field.
    std::set<std::string> plain_terms;
    for (const auto& [term, scale] : built.term_scale) {
      if (const auto* field = schema::field_of_term(term)) {
        plain_terms.insert(term.substr(field->prefix.size()));
      }
    }
    const SnippetOptions snippet{options.snippet_words, options.highlight_open,
                                 options.highlight_close};
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      auto record = indexer::decode_record(it.get_document().get_data());
      Hit hit;
      hit.rank = options.offset + it.get_rank() - mset.get_firstitem() + 1;
      hit.score = it.get_weight();
      hit.snippet = make_snippet(analyzer_, record.answer, plain_terms, snippet);
      if (options.explain) hit.explanation = explain(built, it.get_document(), record.id);
      hit.id = std::move(record.id);
      hit.question = std::move(record.question);
      hit.answer = std::move(record.answer);
      hit.focus = std::move(record.focus);
      hit.qtype = std::move(record.qtype);
      hit.source = std::move(record.source);
      hit.url = std::move(record.url);
      results.hits.push_back(std::move(hit));
    }
    return results;
  });
}

// Each matching term's share of the score: BM25 sums over terms, so the weight of the term
// alone (scaled as in the query) on this document is exactly its contribution.
std::vector<TermContribution> Searcher::explain(const BuiltQuery& built,
                                                const Xapian::Document& doc,
                                                const std::string& id) {
  Xapian::Enquire enquire(db_);
  enquire.set_weighting_scheme(ranking_.weighting());
  std::vector<TermContribution> contributions;
  for (const auto& [term, scale] : built.term_scale) {
    const auto* field = schema::field_of_term(term);
    if (!field) continue;
    auto in_doc = doc.termlist_begin();
    in_doc.skip_to(term);
    if (in_doc == doc.termlist_end() || *in_doc != term) continue;
    enquire.set_query(Xapian::Query(
        Xapian::Query::OP_FILTER,
        Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(term), scale),
        Xapian::Query(schema::id_term(id))));
    const auto mset = enquire.get_mset(0, 1);
    if (mset.empty()) continue;
    contributions.push_back(
        {std::string(field->name), term.substr(field->prefix.size()), mset.begin().get_weight()});
  }
  std::sort(contributions.begin(), contributions.end(),
            [](const auto& a, const auto& b) { return a.weight > b.weight; });
  return contributions;
}

}  // namespace qadex::query
