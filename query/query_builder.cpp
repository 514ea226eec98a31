// Builds the ranked query from what was understood: the kept terms searched in the ranked
// fields (OR semantics), fixed bonuses for the names and question type, optional synonym
// expansion, filters.
#include "query/query_builder.hpp"

#include <algorithm>
#include <set>

#include "qadex/error.hpp"
#include "store/schema.hpp"
#include "text/ascii.hpp"

namespace qadex::query {
namespace {

// Longest phrase looked up in the synonym table, in terms ("myocardial infarction" is 2).
constexpr std::size_t kMaxSynonymKeyTerms = 4;
// A complaint should not balloon: at most this many terms come from synonyms.
constexpr std::size_t kMaxExpansionTerms = 24;
// When no record about the name is of the type asked, the more specific forms of the name
// whose records of that type get a bonus, at most (query/name_forms.hpp).
constexpr std::size_t kMaxNarrowerForms = 20;

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
  std::vector<std::string> bonus_list;
  for (const auto& [terms, bonus] : bonuses) {
    std::string all;
    for (const auto& term : terms) all += (all.empty() ? "" : " & ") + term;
    bonus_list.push_back(all + " +" + std::to_string(bonus).substr(0, 4));
  }
  return understood.describe() + "\nsynonyms: " + describe_list(expansions) +
         "\nbonuses: " + describe_list(bonus_list) + "\nfilters: " + describe_list(filters) +
         "\nxapian: " + query.get_description();
}

namespace {

// The bounds of search.hpp, checked before any work.
void check_bounds(std::string_view text, const SearchOptions& options) {
  if (text.size() > kMaxQueryBytes) {
    throw UsageError("the question is " + std::to_string(text.size()) + " bytes long; qadex " +
                     "searches at most " + std::to_string(kMaxQueryBytes) +
                     " bytes: keep the part that describes the problem");
  }
  if (options.filters.size() > kMaxFilters) {
    throw UsageError(std::to_string(options.filters.size()) + " filters given; at most " +
                     std::to_string(kMaxFilters));
  }
  if (options.limit > kMaxLimit) {
    throw UsageError("at most " + std::to_string(kMaxLimit) + " answers per page (asked for " +
                     std::to_string(options.limit) + ")");
  }
  if (options.offset > kMaxOffset) {
    throw UsageError("the offset can be at most " + std::to_string(kMaxOffset) + " (asked for " +
                     std::to_string(options.offset) + ")");
  }
}

// `counted`: what the count is of, e.g. "different words".
void check_term_count(std::size_t terms, std::string_view counted) {
  if (terms > kMaxQueryTerms) {
    throw UsageError("the question has " + std::to_string(terms) + " " + std::string(counted) +
                     "; qadex " + "searches at most " + std::to_string(kMaxQueryTerms) + " (" +
                     "without --plain or --advanced, qadex picks the words that matter)");
  }
}

}  // namespace

BuiltQuery QueryBuilder::build(std::string_view text, const SearchOptions& options) {
  check_bounds(text, options);
  auto built =
      options.advanced_syntax ? build_advanced(text) : build_ranked(text, Ranking(options.ranking));
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

BuiltQuery QueryBuilder::build_ranked(std::string_view text, const Ranking& ranking) {
  BuiltQuery built;
  built.understood = understander_.understand(text, ranking);
  const auto& understood = built.understood;
  check_term_count(understood.kept.size(), "different words");
  built.terms = understood.kept;
  std::vector<Xapian::Query> parts;
  for (const auto& term : understood.kept) {
    const bool topical =
        understood.name_terms.count(term) || understood.complaint_terms.count(term);
    add_term(built, parts, term, topical ? ranking.focus_term_scale() : 1.0, ranking);
  }
  if (ranking.options().synonyms) add_expansions(built, parts, ranking);
  // The records bearing the name asked about match even where their text has none of the
  // person's words ("Louis Bar syndrome" is a synonym of ataxia-telangiectasia, which its
  // records' text never calls it); the name's bonus ranks them.
  if (!understood.names.empty()) {
    const auto& primary = understood.names.front().match.key;
    parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT,
                       Xapian::Query(std::string(schema::kNamePrefix) + primary), 0.0);
  }
  built.query = Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
  if (!built.query.empty()) add_bonuses(built, ranking);
  return built;
}

// Fixed bonuses for records about a recognized name and of the question type asked. They
// only add to records that match the text (AND_MAYBE), and each counts once.
void QueryBuilder::add_bonuses(BuiltQuery& built, const Ranking& ranking) {
  // A text of many terms gives records larger BM25 sums to differ by: the bonuses keep
  // their weight relative to them (see Ranking::bonus_scale).
  const double scale = ranking.bonus_scale(built.terms.size());
  for (auto& name : built.understood.names) {
    name.weight *= scale;
    // A name no record is about (a synonym that records about different names list) gives the
    // records listing it the whole bonus.
    const bool some_record_about_it =
        db_.term_exists(std::string(schema::kMainNamePrefix) + name.match.key);
    const double share = some_record_about_it ? ranking.synonym_name_share() : 1.0;
    built.bonuses[{std::string(schema::kNamePrefix) + name.match.key}] += name.weight * share;
    built.bonuses[{std::string(schema::kMainNamePrefix) + name.match.key}] +=
        name.weight * (1 - share);
  }
  const auto* primary =
      built.understood.names.empty() ? nullptr : &built.understood.names.front().match;
  const auto name_term = primary ? std::string(schema::kNamePrefix) + primary->key : std::string();
  // A part of the body standing in for what ails it has its bonus cut (Ranking::
  // body_part_share); the type's bonus for records about something else is cut alike, so that
  // only the text's words, which describe the condition, gain on the part's page.
  const double weak_share =
      Ranking::weak_qtype_share() *
      (primary && primary->part_standing_in() ? Ranking::body_part_share() : 1.0);
  for (const auto& guess : built.understood.qtypes) {
    const auto type_term = std::string(schema::kQtype.prefix) + guess.qtype;
    const auto of_type = [&] {
      return Xapian::Query(Xapian::Query::OP_AND, Xapian::Query(name_term),
                           Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(type_term),
                                         Xapian::Query(schema::unknown_qtype_term())));
    };
    const bool name_has_type = primary && any_match(of_type());
    // Without a record about the condition asked to pick, the type alone would pick among
    // records that share a word ("what could cause my back stiffness": any "causes" record
    // with "stiff"; "my thumb hurts, is there a medicine": any treatment with "medicine").
    const double bonus = ranking.qtype_boost() * guess.confidence * scale;
    const double type_bonus = bonus * (name_has_type ? 1.0 : weak_share);
    built.bonuses[{type_term}] += type_bonus;
    // Records of unknown type (a user's JSONL, scraped answers) are not penalized for
    // lacking the metadata: they get what a record of the likeliest type gets, and no more
    // (they had the whole bonus where the records of that type had a share, and so came
    // before them for lacking it).
    auto& unknown = built.bonuses[{schema::unknown_qtype_term()}];
    unknown = std::max(unknown, type_bonus);
    // A part of the body stands in for what is wrong with it, and its page is one general
    // record: a bonus for its record of the type asked would only widen that page's lead over
    // the conditions the rest of the text describes ("white patches on my hands ... What is
    // this?" is vitiligo's information, not the hand's). Nor does a name that gets no bonus
    // (one of several signs or symptoms) get one with the type.
    if (!primary || primary->match == "body part" || built.understood.names.front().weight == 0)
      continue;
    // A record about the condition asked and of the type asked is the answer sought: it gets
    // more than the two bonuses apart, so that a long answer about another condition, or of
    // another type, does not outscore it on the text's words.
    const double both = ranking.name_qtype_bonus() * guess.confidence * scale;
    built.bonuses[{name_term, type_term}] += both;
    auto& unknown_both = built.bonuses[{name_term, schema::unknown_qtype_term()}];
    unknown_both = std::max(unknown_both, both);
    // No record about the name is of that type: the records of that type about a more
    // specific form of the name come next (the outlook of "stage 4 lung cancer": MedQuAD gives
    // one for non-small cell lung cancer, none for lung cancer itself). Not for a name the
    // text only begins, a back-off already.
    if (primary->match != "beginning" && !name_has_type) {
      for (const auto& form : name_forms_.forms_of(primary->key, kMaxNarrowerForms)) {
        built.bonuses[{form, type_term}] += both * Ranking::narrower_name_share();
      }
    }
  }
  std::vector<Xapian::Query> bonuses;
  for (const auto& [terms, bonus] : built.bonuses) {
    if (bonus <= 0) continue;
    bonuses.emplace_back(Xapian::Query::OP_FILTER,
                         Xapian::Query((new Xapian::FixedWeightPostingSource(bonus))->release()),
                         Xapian::Query(Xapian::Query::OP_AND, terms.begin(), terms.end()));
  }
  if (bonuses.empty()) return;
  built.query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, built.query,
                              Xapian::Query(Xapian::Query::OP_OR, bonuses.begin(), bonuses.end()));
}

bool QueryBuilder::any_match(const Xapian::Query& query) const {
  Xapian::Enquire enquire(db_);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  return enquire.get_mset(0, 1).size() > 0;
}

void QueryBuilder::add_expansions(BuiltQuery& built, std::vector<Xapian::Query>& parts,
                                  const Ranking& ranking) {
  // The understood text's non-stopword terms in order, repeats kept: the keys to look up.
  const auto sequence = analyzer_.terms(built.understood.searched);
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
        for (const auto& term : schema::key_terms(*it)) {
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
  // Each word is searched in every text field; a repeated word is searched again (the
  // parser's query grows with the text, and its matching time faster): count them all.
  check_term_count(built.query.get_length() / schema::kTextFields.size(),
                   "words (repeats counted, with --advanced)");
  return built;
}

void QueryBuilder::apply_filters(BuiltQuery& built, const std::vector<Filter>& filters) {
  if (filters.empty()) return;
  std::vector<Xapian::Query> per_field;
  for (const auto& field : schema::kFilterFields) {
    std::vector<Xapian::Query> values;
    for (const auto& filter : filters) {
      if (text::lowercase(filter.field) != field.name) continue;
      auto term = schema::filter_term(field, filter.value);
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
  built.query =
      built.query.empty() ? filter : Xapian::Query(Xapian::Query::OP_FILTER, built.query, filter);
}

}  // namespace qadex::query
