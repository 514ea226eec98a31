// Builds the ranked query: every term of the text searched in every field with the field's
// weight (OR semantics), names of the focus expanded through the synonym table, filters.
#include "query/query_builder.hpp"

#include <algorithm>
#include <set>

#include "indexer/schema.hpp"
#include "query/focus_finder.hpp"
#include "query/text_cleaner.hpp"
#include "qadex/error.hpp"
#include "text/lowercase.hpp"

namespace qadex::query {
namespace {

// Longest phrase looked up in the synonym table, in terms ("myocardial infarction" is 2).
constexpr std::size_t kMaxSynonymKeyTerms = 4;
// A complaint should not balloon: at most this many terms come from synonyms.
constexpr std::size_t kMaxExpansionTerms = 24;

std::vector<std::string> split_terms(const std::string& joined) {
  std::vector<std::string> terms;
  std::size_t start = 0;
  while (start < joined.size()) {
    auto end = joined.find(' ', start);
    if (end == std::string::npos) end = joined.size();
    if (end > start) terms.push_back(joined.substr(start, end - start));
    start = end + 1;
  }
  return terms;
}

std::string join(const std::vector<std::string>& terms, std::size_t from, std::size_t count) {
  std::string joined;
  for (std::size_t i = from; i < from + count; ++i) {
    if (i > from) joined += ' ';
    joined += terms[i];
  }
  return joined;
}

// Lets Xapian's QueryParser drop the same stopwords as the analyzer.
class AnalyzerStopper : public Xapian::Stopper {
 public:
  explicit AnalyzerStopper(const text::Analyzer& analyzer) : analyzer_(analyzer) {}
  bool operator()(const std::string& word) const override { return analyzer_.is_stopword(word); }

 private:
  const text::Analyzer& analyzer_;
};

}  // namespace

std::string BuiltQuery::describe() const {
  auto list = [](const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out.empty() ? std::string("(none)") : out;
  };
  std::vector<std::string> spelling;
  for (const auto& c : corrections) spelling.push_back(c.from + " -> " + c.to);
  return "removed: " + list(removed) + "\nspelling: " + list(spelling) + "\nterms: " + list(terms) + "\nfocus: " + list(foci) +
         "\nquestion type: " + list(qtypes) + "\nsynonyms: " + list(expansions) +
         "\nfilters: " + list(filters) + "\nxapian: " + query.get_description();
}

Understanding BuiltQuery::understanding() const {
  Understanding understood;
  for (std::size_t i = 0; i < foci.size(); ++i) {
    understood.names.push_back({foci[i], foci[i], i == 0 ? "primary" : "secondary", "name", 0});
  }
  for (const auto& qtype : qtypes) understood.qtypes.push_back({qtype, 1.0});
  understood.kept_terms = terms;
  for (const auto& c : corrections) understood.corrections.push_back({c.from, c.to});
  return understood;
}

BuiltQuery QueryBuilder::build(std::string_view text, const SearchOptions& options) {
  auto built = options.advanced_syntax ? build_advanced(text)
                                       : build_ranked(text, Ranking(options.ranking));
  apply_filters(built, options.filters);
  return built;
}

namespace {

void add_term(BuiltQuery& built, std::vector<Xapian::Query>& parts, const std::string& term,
              double scale, const Ranking& ranking) {
  for (const auto& field : schema::kTextFields) {
    const double weight = ranking.field_weight(field) * scale;
    if (weight == 0) continue;
    auto prefixed = std::string(field.prefix) + term;
    built.term_scale[prefixed] += weight;
    parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(prefixed), weight);
  }
}

}  // namespace

// A long complaint's common words cost matching time and add little: keep the focus terms
// and then the rarest (by answer-text document frequency), in their original order.
void QueryBuilder::prune_terms(std::vector<std::string>& terms,
                               const std::set<std::string>& keep, std::size_t limit) const {
  if (terms.size() <= limit) return;
  std::vector<std::pair<Xapian::doccount, std::size_t>> by_rarity;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    const auto df = keep.count(terms[i])
                        ? 0
                        : db_.get_termfreq(std::string(schema::kText.prefix) + terms[i]) + 1;
    by_rarity.emplace_back(df, i);
  }
  std::stable_sort(by_rarity.begin(), by_rarity.end());
  std::vector<bool> kept(terms.size(), false);
  for (std::size_t k = 0; k < limit; ++k) kept[by_rarity[k].second] = true;
  std::vector<std::string> pruned;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    if (kept[i]) pruned.push_back(std::move(terms[i]));
  }
  terms = std::move(pruned);
}

BuiltQuery QueryBuilder::build_ranked(std::string_view text, const Ranking& ranking) {
  BuiltQuery built;
  const auto& options = ranking.options();
  CleanedText cleaned;
  if (options.clean_text) {
    cleaned = clean_text(analyzer_, text);
    built.removed = std::move(cleaned.removed);
    text = cleaned.text;
  }
  std::string corrected;
  if (options.spelling) {
    built.corrections = find_corrections(db_, analyzer_, text);
    if (!built.corrections.empty()) {
      corrected = apply_corrections(text, built.corrections);
      text = corrected;
    }
  }

  std::vector<std::string> sequence;  // the plain words' terms in order, for names
  std::set<std::string> seen;
  analyzer_.for_each_word(text, [&](const text::Word& word) {
    if (word.term.empty()) return;
    if (!word.compound) sequence.push_back(word.term);
    if (seen.insert(word.term).second) built.terms.push_back(word.term);
  });

  // The words naming the focus say what the question is about: they count double, and a
  // record bearing the whole name scores for it as for a rare term.
  std::set<std::string> focus_terms;
  std::vector<Xapian::Query> parts;
  if (options.focus) {
    for (const auto& match : find_foci(db_, sequence)) {
      built.foci.push_back(match.name);
      for (std::size_t k = 0; k < match.count; ++k) focus_terms.insert(sequence[match.first + k]);
      const auto name_term = std::string(schema::kNamePrefix) + match.name;
      built.term_scale[name_term] += ranking.name_weight();
      parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(name_term),
                         ranking.name_weight());
    }
  }
  if (options.max_terms > 0) prune_terms(built.terms, focus_terms, options.max_terms);
  for (const auto& term : built.terms) {
    add_term(built, parts, term, focus_terms.count(term) ? ranking.focus_term_scale() : 1.0,
             ranking);
  }
  if (options.synonyms) add_expansions(built, parts, sequence, ranking);
  built.query = Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
  if (options.qtype && !built.query.empty()) add_qtype_boost(built, text, ranking);
  return built;
}

void QueryBuilder::add_qtype_boost(BuiltQuery& built, std::string_view text,
                                   const Ranking& ranking) {
  built.qtypes = cues_.detect(cue_words(analyzer_, text));
  if (built.qtypes.empty()) return;
  // Prefer the cued types without excluding the others; records of unknown type (a user's
  // JSONL, scraped answers) are not penalized for lacking the metadata.
  std::vector<Xapian::Query> types;
  for (const auto& qtype : built.qtypes) {
    built.qtype_boost_terms.push_back(std::string(schema::kQtype.prefix) + qtype);
    types.emplace_back(built.qtype_boost_terms.back());
  }
  built.qtype_boost_terms.push_back(schema::unknown_qtype_term());
  types.emplace_back(built.qtype_boost_terms.back());
  built.qtype_boost = ranking.qtype_boost();
  Xapian::Query boost(Xapian::Query::OP_FILTER,
                      Xapian::Query((new Xapian::FixedWeightPostingSource(built.qtype_boost))
                                        ->release()),
                      Xapian::Query(Xapian::Query::OP_OR, types.begin(), types.end()));
  built.query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, built.query, boost);
}

void QueryBuilder::add_expansions(BuiltQuery& built, std::vector<Xapian::Query>& parts,
                                  const std::vector<std::string>& sequence,
                                  const Ranking& ranking) {
  std::set<std::string> have(built.terms.begin(), built.terms.end());
  std::size_t added = 0;
  for (std::size_t i = 0; i < sequence.size();) {
    std::size_t matched = 0;
    // Longest phrase first: "lower back pain" before "back pain" before "pain".
    for (auto n = std::min(kMaxSynonymKeyTerms, sequence.size() - i); n > 0 && !matched; --n) {
      const auto key = join(sequence, i, n);
      for (auto it = db_.synonyms_begin(key); it != db_.synonyms_end(key); ++it) {
        matched = n;
        built.expansions.push_back(key + " => " + *it);
        for (const auto& term : split_terms(*it)) {
          if (added >= kMaxExpansionTerms || !have.insert(term).second) continue;
          add_term(built, parts, term, ranking.expansion_weight(), ranking);
          ++added;
        }
      }
    }
    i += matched ? matched : 1;
  }
}

BuiltQuery QueryBuilder::build_advanced(std::string_view text) {
  AnalyzerStopper stopper(analyzer_);
  Xapian::QueryParser parser;
  parser.set_database(db_);
  parser.set_stemmer(Xapian::Stem("english"));
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_ALL);
  parser.set_stopper(&stopper);
  parser.set_default_op(Xapian::Query::OP_OR);
  for (const auto& field : schema::kTextFields) {
    parser.add_prefix(std::string(field.name), std::string(field.prefix));
    parser.add_prefix("", std::string(field.prefix));
  }
  for (const auto& field : schema::kFilterFields) {
    parser.add_boolean_prefix(std::string(field.name), std::string(field.prefix));
  }
  BuiltQuery built;
  try {
    // No phrase searches: the index keeps no positions.
    built.query = parser.parse_query(std::string(text), Xapian::QueryParser::FLAG_BOOLEAN |
                                                            Xapian::QueryParser::FLAG_LOVEHATE |
                                                            Xapian::QueryParser::FLAG_WILDCARD |
                                                            Xapian::QueryParser::FLAG_PURE_NOT);
  } catch (const Xapian::QueryParserError& e) {
    throw UsageError("cannot parse the query \"" + std::string(text) + "\": " + e.get_msg() +
                     " (advanced syntax: AND, OR, NOT, +word, -word, field:word, word*)");
  }
  for (auto it = built.query.get_unique_terms_begin(); it != built.query.get_unique_terms_end();
       ++it) {
    built.terms.push_back(*it);
    built.term_scale[*it] = 1.0;
  }
  return built;
}

void QueryBuilder::apply_filters(BuiltQuery& built, const std::vector<Filter>& filters) {
  if (filters.empty()) return;
  std::vector<Xapian::Query> per_field;
  for (const auto& field : schema::kFilterFields) {
    std::vector<Xapian::Query> values;
    for (const auto& filter : filters) {
      if (text::lowercase(filter.field) != field.name) continue;
      auto term = std::string(field.prefix) + text::lowercase(filter.value);
      built.filters.push_back(term);
      values.emplace_back(term);
    }
    if (!values.empty()) per_field.emplace_back(Xapian::Query::OP_OR, values.begin(), values.end());
  }
  for (const auto& filter : filters) {
    const auto name = text::lowercase(filter.field);
    const bool known = std::any_of(schema::kFilterFields.begin(), schema::kFilterFields.end(),
                                   [&](const auto& field) { return field.name == name; });
    if (!known) {
      throw UsageError("unknown filter field \"" + filter.field +
                       "\"; filter on source or qtype, e.g. --filter source=GARD");
    }
  }
  Xapian::Query filter(Xapian::Query::OP_AND, per_field.begin(), per_field.end());
  built.query = built.query.empty() ? filter
                                    : Xapian::Query(Xapian::Query::OP_FILTER, built.query, filter);
}

}  // namespace qadex::query
