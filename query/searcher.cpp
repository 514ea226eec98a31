// Ranked search: build the query, run Xapian's matcher with BM25, read and dress the hits
// (as much as SearchOptions::content asks).
#include "query/searcher.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include "query/related.hpp"
#include "query/snippet.hpp"
#include "store/database_errors.hpp"
#include "store/record_codec.hpp"
#include "store/schema.hpp"
#include "text/ascii.hpp"

namespace qadex::query {

Searcher::Searcher(Xapian::Database db) : db_(std::move(db)) {}

SearchResults Searcher::search(std::string_view text, const SearchOptions& options) {
  auto results = store::read_with_retry(db_, "search", [&] { return search_once(text, options); });
  // From the text alone, after the search: a text too long or malformed to search is refused
  // before anything is said about it.
  if (!options.advanced_syntax) results.emergency = emergency_.detect(text);
  return results;
}

SearchResults Searcher::search_once(std::string_view text, const SearchOptions& options) {
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
  results.unmatched_filters = unmatched(options.filters);

  // A text of several sub-questions: each searched alone, their rankings interleaved.
  std::vector<BuiltQuery> parts;
  std::vector<std::size_t> turns;
  if (!options.advanced_syntax && built.understood.subquestions.size() > 1) {
    auto one = options;
    one.ranking.subquestions = false;
    for (std::size_t i = 0; i < built.understood.subquestions.size(); ++i) {
      parts.push_back(builder_.build(built.understood.subquestions[i], one));
      turns.push_back(built.understood.subquestion_turns[i]);
      if (parts.back().query.empty()) {
        parts.pop_back();
        turns.pop_back();
      }
    }
  }
  std::vector<Ranked> ranked;
  if (parts.size() > 1) {
    std::vector<Xapian::MSet> msets;
    for (const auto& part : parts) {
      msets.push_back(match(part.query, options, 0, options.offset + options.limit));
      results.estimated_matches =
          std::max<std::size_t>(results.estimated_matches, msets.back().get_matches_estimated());
    }
    ranked = interleave(msets, parts, turns, options.offset, options.limit);
    // The parts' match sets overlap: counting each would count a record once per part.
    if (options.facets) {
      std::vector<Xapian::Query> queries;
      for (const auto& part : parts) queries.push_back(part.query);
      (void)match(Xapian::Query(Xapian::Query::OP_OR, queries.begin(), queries.end()), options, 0,
                  0, &results.facets);
    }
  } else {
    const auto mset = match(built.query, options, options.offset, options.limit,
                            options.facets ? &results.facets : nullptr);
    results.estimated_matches = mset.get_matches_estimated();
    for (auto it = mset.begin(); it != mset.end(); ++it) ranked.push_back({it, &built});
  }
  dress_hits(ranked, options, results);
  return results;
}

Xapian::MSet Searcher::match(const Xapian::Query& query, const SearchOptions& options,
                             std::size_t first, std::size_t count, Facets* facets) const {
  Xapian::Enquire enquire(db_);
  enquire.set_weighting_scheme(Ranking(options.ranking).weighting());
  enquire.set_query(query);
  if (!options.advanced_syntax) {
    if (options.ranking.collapse) {
      enquire.set_collapse_key(schema::kCollapseSlot);
    } else if (options.ranking.collapse_copies) {
      enquire.set_collapse_key(schema::kAnswerHashSlot);
    }
  }
  if (!facets) {
    return enquire.get_mset(static_cast<Xapian::doccount>(first),
                            static_cast<Xapian::doccount>(count));
  }
  // Match spies over the filter fields' value slots see every match only if the matcher
  // visits them all: check_at_least = all records (bench/RESULTS.md has the cost).
  std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies;
  for (const auto& field : schema::kFilterFields) {
    spies.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(field.slot));
    enquire.add_matchspy(spies.back().get());
  }
  auto mset = enquire.get_mset(static_cast<Xapian::doccount>(first),
                               static_cast<Xapian::doccount>(count), db_.get_doccount());
  for (std::size_t f = 0; f < spies.size(); ++f) {
    auto& counts = (*facets)[std::string(schema::kFilterFields[f].name)];
    for (auto value = spies[f]->values_begin(); value != spies[f]->values_end(); ++value) {
      if (!(*value).empty()) counts[*value] = value.get_termfreq();
    }
  }
  return mset;
}

std::vector<UnmatchedFilter> Searcher::unmatched(const std::vector<Filter>& filters) const {
  std::vector<UnmatchedFilter> unmatched;
  for (const auto& filter : filters) {
    for (const auto& field : schema::kFilterFields) {
      if (text::lowercase(filter.field) != field.name ||
          db_.term_exists(schema::filter_term(field, filter.value))) {
        continue;
      }
      UnmatchedFilter missing{std::string(field.name), filter.value, {}};
      const std::string prefix(field.prefix);
      for (auto it = db_.allterms_begin(prefix);
           it != db_.allterms_end(prefix) &&
           missing.known_values.size() < UnmatchedFilter::kMaxKnownValues;
           ++it) {
        // The prefix alone marks records without a value (schema::unknown_qtype_term).
        if ((*it).size() > prefix.size())
          missing.known_values.push_back((*it).substr(prefix.size()));
      }
      unmatched.push_back(std::move(missing));
    }
  }
  return unmatched;
}

// The sub-questions' rankings merged, each record once, each ranking taking its share of
// turns spread evenly (smooth weighted round robin: with turns 9 and 1 the second ranking's
// first record comes sixth); then the page asked for.
std::vector<Searcher::Ranked> Searcher::interleave(const std::vector<Xapian::MSet>& msets,
                                                   const std::vector<BuiltQuery>& parts,
                                                   const std::vector<std::size_t>& turns,
                                                   std::size_t offset, std::size_t limit) {
  std::vector<Ranked> merged;
  std::set<Xapian::docid> seen;
  std::vector<Xapian::MSetIterator> next;
  for (const auto& mset : msets) next.push_back(mset.begin());
  std::vector<long> credit(msets.size(), 0);
  while (merged.size() < offset + limit) {
    long active_turns = 0;
    std::size_t pick = msets.size();
    for (std::size_t p = 0; p < msets.size(); ++p) {
      while (next[p] != msets[p].end() && seen.count(*next[p])) ++next[p];
      if (next[p] == msets[p].end()) continue;
      const auto share = static_cast<long>(std::max<std::size_t>(turns[p], 1));
      active_turns += share;
      credit[p] += share;
      if (pick == msets.size() || credit[p] > credit[pick]) pick = p;
    }
    if (pick == msets.size()) break;
    credit[pick] -= active_turns;
    seen.insert(*next[pick]);
    merged.push_back({next[pick]++, &parts[pick]});
  }
  merged.erase(merged.begin(),
               merged.begin() + static_cast<std::ptrdiff_t>(std::min(offset, merged.size())));
  return merged;
}

// The words a snippet highlights: those that match any of the query's terms, in any field.
std::set<std::string> Searcher::highlight_terms(const BuiltQuery& built) {
  std::set<std::string> terms;
  for (const auto& [term, scale] : built.term_scale) {
    if (const auto* field = schema::field_of_term(term)) {
      terms.insert(term.substr(field->prefix.size()));
    }
  }
  return terms;
}

void Searcher::dress_hits(const std::vector<Ranked>& ranked, const SearchOptions& options,
                          SearchResults& results) {
  const Ranking ranking(options.ranking);
  std::map<const BuiltQuery*, std::set<std::string>> highlights;
  if (options.content == HitContent::kSnippet) {
    for (const auto& hit : ranked) {
      if (!highlights.count(hit.built)) highlights[hit.built] = highlight_terms(*hit.built);
    }
  }
  SnippetOptions snippet{options.snippet_words, options.highlight_open, options.highlight_close};
  snippet.escape_html = options.escape_snippets;
  std::vector<Xapian::docid> docids;
  for (const auto& hit : ranked) docids.push_back(*hit.at);
  const auto ids =
      options.content == HitContent::kId ? read_ids(docids) : std::vector<std::string>{};
  const auto page = options.related > 0 ? shown_on_page(db_, docids) : Shown{};
  for (std::size_t index = 0; index < ranked.size(); ++index) {
    const auto& it = ranked[index].at;
    const auto& built = *ranked[index].built;
    Hit hit;
    hit.rank = options.offset + index + 1;
    hit.score = it.get_weight();
    if (options.content == HitContent::kId) {
      hit.id = ids[index];
    } else {
      auto record = store::decode_record(it.get_document().get_data());
      if (options.content == HitContent::kSnippet) {
        hit.snippet = make_snippet(analyzer_, record.answer, highlights[&built], snippet);
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
    if (options.related > 0) {
      hit.related = find_related(db_, it.get_document(), page, options.related);
    }
    results.hits.push_back(std::move(hit));
  }
}

// The hits' record ids (value slot kIdSlot), in the order of `docids`. They are read through one
// value stream in docid order: its cursor keeps the B-tree blocks it has read, where reading
// each hit's value on its own descends the tree anew (about 3 block reads fewer for 10 hits).
std::vector<std::string> Searcher::read_ids(const std::vector<Xapian::docid>& docids) const {
  std::vector<std::pair<Xapian::docid, std::size_t>> by_docid;
  for (const auto docid : docids) by_docid.emplace_back(docid, by_docid.size());
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
    enquire.set_query(
        Xapian::Query(Xapian::Query::OP_FILTER,
                      Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(term), scale),
                      Xapian::Query(schema::id_term(id))));
    const auto mset = enquire.get_mset(0, 1);
    if (mset.empty()) continue;
    contributions.push_back(
        {std::string(field->name), term.substr(field->prefix.size()), mset.begin().get_weight()});
  }
  // The fixed bonuses the record earns: names it bears, its question type, or both.
  const auto label = [](const std::string& term) -> std::pair<std::string, std::string> {
    for (const auto& [prefix, field] :
         {std::pair{schema::kNamePrefix, "name"}, std::pair{schema::kMainNamePrefix, "focus name"},
          std::pair{schema::kQtype.prefix, "qtype"}}) {
      if (term.rfind(prefix, 0) != 0) continue;
      const auto what = term.substr(prefix.size());
      return {field, what.empty() ? "(unknown)" : what};
    }
    return {"", term};
  };
  for (const auto& [terms, bonus] : built.bonuses) {
    if (!std::all_of(terms.begin(), terms.end(), has_term)) continue;
    std::string fields;
    std::string last_field;
    std::string what;
    for (const auto& term : terms) {
      const auto [field, value] = label(term);
      // A name, then a type: "focus name and qtype", each field said once.
      if (field != last_field) fields += (fields.empty() ? "" : " and ") + field;
      last_field = field;
      what += (what.empty() ? "" : ", ") + value;
    }
    contributions.push_back({fields, what, bonus});
  }
  std::sort(contributions.begin(), contributions.end(),
            [](const auto& a, const auto& b) { return a.weight > b.weight; });
  return contributions;
}

}  // namespace qadex::query
