// Ranked search: build the query, run Xapian's matcher with BM25, read and dress the hits
// (as much as SearchOptions::content asks).
#include "query/searcher.hpp"

#include <algorithm>
#include <set>

#include "indexer/database_errors.hpp"
#include "indexer/record_codec.hpp"
#include "indexer/schema.hpp"
#include "query/snippet.hpp"

namespace qadex::query {

Searcher::Searcher(Xapian::Database db) : db_(std::move(db)) {}

SearchResults Searcher::search(std::string_view text, const SearchOptions& options) {
  SearchResults results;
  results.query = std::string(text);
  const auto built = builder_.build(text, options);
  if (options.explain) results.explanation = built.describe();
  results.understanding = built.understood.to_public();
  if (!built.understood.corrections.empty()) {
    results.corrected_query = results.query;
    for (const auto& correction : built.understood.corrections) {
      if (const auto at = results.corrected_query.find(correction.from); at != std::string::npos) {
        results.corrected_query.replace(at, correction.from.size(), correction.to);
      }
    }
  }
  if (built.query.empty()) return results;
  const Ranking ranking(options.ranking);

  return indexer::translate_xapian_errors("search", [&] {
    Xapian::Enquire enquire(db_);
    enquire.set_weighting_scheme(ranking.weighting());
    enquire.set_query(built.query);
    if (options.ranking.collapse && !options.advanced_syntax) {
      enquire.set_collapse_key(schema::kCollapseSlot);
    }
    const auto mset = enquire.get_mset(static_cast<Xapian::doccount>(options.offset),
                                       static_cast<Xapian::doccount>(options.limit));
    results.estimated_matches = mset.get_matches_estimated();

    // Snippets highlight the words that match any query term, whatever the field.
    std::set<std::string> plain_terms;
    if (options.content == HitContent::kSnippet) {
      for (const auto& [term, scale] : built.term_scale) {
        if (const auto* field = schema::field_of_term(term)) {
          plain_terms.insert(term.substr(field->prefix.size()));
        }
      }
    }
    const SnippetOptions snippet{options.snippet_words, options.highlight_open,
                                 options.highlight_close};
    const auto ids =
        options.content == HitContent::kId ? read_ids(mset) : std::vector<std::string>{};
    std::size_t index = 0;
    for (auto it = mset.begin(); it != mset.end(); ++it, ++index) {
      Hit hit;
      hit.rank = it.get_rank() + 1;  // Xapian ranks count from the first match, offset included
      hit.score = it.get_weight();
      if (options.content == HitContent::kId) {
        hit.id = ids[index];
      } else {
        auto record = indexer::decode_record(it.get_document().get_data());
        if (options.content == HitContent::kSnippet) {
          hit.snippet = make_snippet(analyzer_, record.answer, plain_terms, snippet);
        }
        hit.id = std::move(record.id);
        hit.question = std::move(record.question);
        hit.answer = std::move(record.answer);
        hit.focus = std::move(record.focus);
        hit.qtype = std::move(record.qtype);
        hit.source = std::move(record.source);
        hit.url = std::move(record.url);
      }
      if (options.explain) hit.explanation = explain(built, ranking, it.get_document(), hit.id);
      results.hits.push_back(std::move(hit));
    }
    return results;
  });
}

// The hits' record ids (value slot kIdSlot), in the MSet's order. They are read through one
// value stream in docid order: its cursor keeps the B-tree blocks it has read, where reading
// each hit's value on its own descends the tree anew (about 3 block reads fewer for 10 hits).
std::vector<std::string> Searcher::read_ids(const Xapian::MSet& mset) const {
  std::vector<std::pair<Xapian::docid, std::size_t>> by_docid;
  for (auto it = mset.begin(); it != mset.end(); ++it) by_docid.emplace_back(*it, by_docid.size());
  std::sort(by_docid.begin(), by_docid.end());
  std::vector<std::string> ids(by_docid.size());
  auto value = db_.valuestream_begin(schema::kIdSlot);
  const auto end = db_.valuestream_end(schema::kIdSlot);
  for (const auto& [docid, index] : by_docid) {
    value.skip_to(docid);
    if (value != end && value.get_docid() == docid) ids[index] = *value;
  }
  return ids;
}

// Each matching term's share of the score: BM25 sums over terms, so the weight of the term
// alone (scaled as in the query) on this document is exactly its contribution.
std::vector<TermContribution> Searcher::explain(const BuiltQuery& built, const Ranking& ranking,
                                                const Xapian::Document& doc,
                                                const std::string& id) {
  Xapian::Enquire enquire(db_);
  enquire.set_weighting_scheme(ranking.weighting());
  std::vector<TermContribution> contributions;
  auto has_term = [&](const std::string& term) {
    auto in_doc = doc.termlist_begin();
    in_doc.skip_to(term);
    return in_doc != doc.termlist_end() && *in_doc == term;
  };
  for (const auto& [term, scale] : built.term_scale) {
    const auto* field = schema::field_of_term(term);
    if (!field || !has_term(term)) continue;
    enquire.set_query(Xapian::Query(
        Xapian::Query::OP_FILTER,
        Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(term), scale),
        Xapian::Query(schema::id_term(id))));
    const auto mset = enquire.get_mset(0, 1);
    if (mset.empty()) continue;
    contributions.push_back(
        {std::string(field->name), term.substr(field->prefix.size()), mset.begin().get_weight()});
  }
  // The fixed bonuses: names the record bears, and its question type.
  for (const auto& [term, bonus] : built.bonuses) {
    if (!has_term(term)) continue;
    for (const auto& [prefix, field] : {std::pair{schema::kNamePrefix, "name"},
                                       std::pair{schema::kMainNamePrefix, "focus name"},
                                       std::pair{schema::kQtype.prefix, "qtype"}}) {
      if (term.rfind(prefix, 0) != 0) continue;
      const auto what = term.substr(prefix.size());
      contributions.push_back({field, what.empty() ? "(unknown)" : what, bonus});
      break;
    }
  }
  std::sort(contributions.begin(), contributions.end(),
            [](const auto& a, const auto& b) { return a.weight > b.weight; });
  return contributions;
}

}  // namespace qadex::query
