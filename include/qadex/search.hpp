// Search options and results: what a caller asks for and what comes back, as plain values.
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace qadex {

using Score = double;

/// Bounds on one search, so that no request can take unbounded time or memory; a search
/// beyond one throws UsageError saying which. A person's message is a few KB at most.
inline constexpr std::size_t kMaxQueryBytes = 16 * 1024;  ///< the text, in UTF-8 bytes
/// Words searched: distinct ones with plain ranking, every one with advanced syntax.
inline constexpr std::size_t kMaxQueryTerms = 256;
inline constexpr std::size_t kMaxFilters = 64;
inline constexpr std::size_t kMaxLimit = 1000;     ///< SearchOptions::limit
inline constexpr std::size_t kMaxOffset = 100000;  ///< SearchOptions::offset
/// Related questions per hit: SearchOptions::related asks for at most this many (more is
/// lowered to it).
inline constexpr std::size_t kMaxRelated = 5;

/// A field restriction: only records whose `field` equals `value` (case-insensitive).
/// Fields: "source", "qtype". Several filters on one field match any of them; filters on
/// different fields must all match.
struct Filter {
  std::string field;
  std::string value;
};

/// Which parts of qadex's ranking run, each switchable for ablation. The defaults are qadex's
/// ranking; plain() is the baseline a user gets from stock Xapian: BM25 with Xapian's default
/// parameters over one question+answer field, the person's words taken as they are.
struct RankingOptions {
  /// On by default: chosen on bench/quality's two dev sets (bench/RESULTS.md has the ablation,
  /// including where a feature helps one set and not the other).
  bool combined_text = true;  ///< question and answer scored as one field (false: as two
                              ///< fields whose BM25 scores are added)
  bool focus = true;          ///< recognize the condition, drug or body part asked about
  bool qtype = true;          ///< recognize what is asked ("what causes" -> causes) and prefer
                              ///< answers of that question type
  bool spelling = true;       ///< correct words that neither the corpus nor a dictionary knows
  bool subquestions = true;   ///< a text asking about several names in several sentences is
                              ///< searched a sentence at a time, the answers interleaved
  /// Off by default: measured neutral or harmful on bench/quality; kept for other corpora.
  bool term_selection = false;   ///< a long text keeps its topical words, not its chat (off:
                                 ///< its rarest words, as many as max_terms)
  bool collapse_copies = false;  ///< one hit per answer text: the same answer under several
                                 ///< ids, questions or sources is shown once (off: the matcher
                                 ///< reads every candidate's value, a slower search)
  bool collapse = false;         ///< one answer per focus and type too (near-duplicates from two
                                 ///< sources), instead of collapse_copies
  bool field_weights = false;    ///< search focus and synonyms too, with the weights below
  bool synonyms = false;       ///< expand names through the synonym table (corpus + lay vocabulary)
  bool clean_text = false;     ///< drop greetings, thanks, signatures, contact details, filler
  double k1 = 1.2;             ///< BM25 term-frequency saturation
  double b = 0.5;              ///< BM25 length normalization (long, on-topic answers lose less)
  std::size_t max_terms = 16;  ///< at most this many terms from a long text (0: all)
  double name_bonus = 10.0;    ///< added to a record about the name the text asks about (focus)
  double qtype_bonus = 10.0;   ///< added to a record of the type asked, times its confidence
  /// Added, times the type's confidence, to a record both about that name and of that type:
  /// the condition asked decides first, then what is asked about it.
  double name_qtype_bonus = 18.0;
  /// With field_weights, a match in each field counts this much (without: the question and
  /// answer text 1, focus and synonyms not searched).
  double question_weight = 1.0;
  double answer_weight = 1.0;
  double focus_weight = 1.0;
  double synonyms_weight = 0.5;

  /// The baseline: stock BM25 over one question+answer field.
  [[nodiscard]] static RankingOptions plain() {
    return {.combined_text = true,
            .focus = false,
            .qtype = false,
            .spelling = false,
            .subquestions = false,
            .term_selection = false,
            .collapse_copies = false,
            .collapse = false,
            .field_weights = false,
            .synonyms = false,
            .clean_text = false,
            .k1 = 1.0,  ///< Xapian's BM25Weight defaults
            .b = 0.5,
            .max_terms = 0};
  }
  /// The earlier baseline: the question and the answer scored as two BM25 fields and added.
  [[nodiscard]] static RankingOptions plain_two_fields() {
    auto options = plain();
    options.combined_text = false;
    return options;
  }
};

/// The switchable features by name, for command lines and benchmarks.
struct RankingFeature {
  std::string_view name;
  bool RankingOptions::*flag;
};
inline constexpr std::array<RankingFeature, 11> kRankingFeatures = {{
    {"combined_text", &RankingOptions::combined_text},
    {"focus", &RankingOptions::focus},
    {"qtype", &RankingOptions::qtype},
    {"spelling", &RankingOptions::spelling},
    {"term_selection", &RankingOptions::term_selection},
    {"subquestions", &RankingOptions::subquestions},
    {"collapse_copies", &RankingOptions::collapse_copies},
    {"collapse", &RankingOptions::collapse},
    {"field_weights", &RankingOptions::field_weights},
    {"synonyms", &RankingOptions::synonyms},
    {"clean_text", &RankingOptions::clean_text},
}};

/// What each hit carries: the less, the cheaper a search (reading and dressing hits costs more
/// than ranking them).
enum class HitContent {
  kId,       ///< rank, id and score only: the id comes from a value slot, the record is not read
  kRecord,   ///< also the record's fields (question, answer, focus, ...); no snippet
  kSnippet,  ///< also the highlighted snippet: what `qadex search` shows
};

/// How a person's text becomes a query, and what comes back. The defaults are qadex's ranking
/// and full hits.
struct SearchOptions {
  std::size_t limit = 10;        ///< hits to return
  std::size_t offset = 0;        ///< hits to skip first (pagination)
  std::vector<Filter> filters;   ///< see Filter
  bool explain = false;          ///< fill Hit::explanation and SearchResults::explanation
  bool advanced_syntax = false;  ///< Xapian query syntax (AND, OR, NOT, "phrases", field:)
  HitContent content = HitContent::kSnippet;  ///< what each hit carries; see HitContent
  std::size_t snippet_words = 40;             ///< length of a snippet in words
  std::string highlight_open = "**";          ///< put around matched words in snippets
  std::string highlight_close = "**";
  bool escape_snippets = false;  ///< escape the snippet's text for HTML (&, <, >, ", '); the
                                 ///< highlight marks are inserted as given (qadex/json.hpp)
  RankingOptions ranking;        ///< see RankingOptions
  std::size_t related = 0;       ///< related questions per hit (Hit::related); 0: none
  bool facets = false;           ///< fill SearchResults::facets: counts over every match
};

/// Why a hit scored as it did: the query terms it matched, by field, with their weights.
struct TermContribution {
  std::string field;  ///< "question", "answer", "focus", "synonyms", "name" (a recognized
                      ///< focus name the record bears), "qtype" (question-type preference),
                      ///< "name and qtype" (both at once: the answer sought), "focus name
                      ///< and qtype" (no record about the name is of the type asked: one
                      ///< about a more specific form of it, "non-small cell lung cancer" of
                      ///< "lung cancer", and of that type)
  std::string term;   ///< the indexed term (stemmed); for "name and qtype" and "focus name
                      ///< and qtype", "name, type"
  Score weight = 0;   ///< this term's part of the score
};

/// A record a person may want to read next ("people also asked"): see SearchOptions::related.
struct RelatedQuestion {
  std::string id;
  std::string question;
  std::string focus;
  std::string qtype;
};

/// A text that may describe an emergency: every output shows `message` first, then answers.
struct EmergencyNotice {
  std::string reason;   ///< what in the text matched, e.g. "chest pain with breathlessness"
  std::string message;  ///< "This may be an emergency: call your local emergency number."
  std::string source;   ///< the public guidance the pattern restates (a URL)
};

/// A ranked record. Which members are filled depends on SearchOptions::content: rank, id and
/// score always; the record's fields from kRecord on; the snippet with kSnippet only.
struct Hit {
  std::size_t rank = 0;  ///< 1-based, counting from the first result (offset included)
  std::string id;
  Score score = 0;
  std::string question;
  std::string snippet;  ///< answer text around the matched words, highlighted
  std::string answer;
  std::string focus;
  std::string qtype;
  std::string source;
  std::string url;
  std::vector<TermContribution> explanation;  ///< only with SearchOptions::explain
  std::vector<RelatedQuestion> related;       ///< only with SearchOptions::related > 0
};

/// A condition, drug or body part recognized in a person's text, as the index names it.
struct RecognizedName {
  std::string key;    ///< the index's name: the name's analyzed terms joined by spaces
                      ///< ("back pain"); qadex::name_key() turns a name into its key. For a
                      ///< synonym the records of one name list, that name ("hypertension":
                      ///< "high blood pressur")
  std::string words;  ///< the text's words it was recognized from ("lower back stiffness")
  std::string role;   ///< "primary" (what the text asks about) or "secondary" (also mentioned)
  std::string match;  ///< how: "name" (as the index writes it), "abbreviation" (written in
                      ///< capitals), "synonym" (a lay phrase or synonym of the name), "lay
                      ///< word" (an everyday word the lay vocabulary gives for it: "piles"),
                      ///< "scattered" (its words apart, within one sentence), "contained"
                      ///< (a name inside one that only a title gave), "beginning" (the words
                      ///< begin it: "nephrotic syndrome" of "nephrotic syndrome in adults"),
                      ///< "eponym" (a person's name alone, possessive, for what is named
                      ///< after them: "tourettes" of "tourette syndrome"),
                      ///< "body part" (a part of the body the text complains of begins it, and
                      ///< nothing else is named: "my knees" of "knee injuries and disorders"),
                      ///< "unnamed" (a condition the index has no name for, words ending in a
                      ///< kind: "burning mouth syndrome"; no record bears it, its words count
                      ///< as a name's), "medical term" (a drug, condition or organism the
                      ///< index has no name for, terms of medicine that the first sentence
                      ///< asks about: "Letrozole."; primary only, its words count as a name's)
  Score weight = 0;   ///< the bonus a record bearing the name gets
};

/// A question type the text asks about, with the classifier's confidence (0-1).
struct QtypeGuess {
  std::string qtype;  ///< MedQuAD's types: "treatment", "causes", "symptoms", ...
  double confidence = 0;
};

struct SpellingCorrection {
  std::string from;  ///< the word as written
  std::string to;    ///< what was searched instead
};

/// What qadex understood of a person's text: filled by every ranked search, printed by
/// --explain and in JSON, read by bench/quality. Empty with advanced syntax.
struct Understanding {
  std::vector<RecognizedName> names;            ///< strongest first; the first is the primary one
  std::vector<QtypeGuess> qtypes;               ///< most likely first; empty when no type is clear
  std::vector<std::string> kept_terms;          ///< the terms searched, in the text's order
  std::vector<std::string> dropped_terms;       ///< the text's terms left out (chat, the term cap)
  std::vector<SpellingCorrection> corrections;  ///< words searched as another word
  std::vector<std::string> subquestions;        ///< the parts of a text that asks several things
};

/// A filter no record matches (a mistyped source, say), with the values that do exist.
struct UnmatchedFilter {
  std::string field;                      ///< "source" or "qtype"
  std::string value;                      ///< as given
  std::vector<std::string> known_values;  ///< the field's values in the index, lowercase,
                                          ///< sorted; at most kMaxKnownValues
  static constexpr std::size_t kMaxKnownValues = 50;
};

struct SearchResults {
  std::string query;                  ///< the text as given
  std::size_t estimated_matches = 0;  ///< Xapian's estimate of all matching records
  std::vector<Hit> hits;
  std::string explanation;                   ///< the query as understood (with explain)
  std::string corrected_query;               ///< "did you mean": the text with spelling corrected,
                                             ///< empty when nothing was corrected
  Understanding understanding;               ///< what was understood, as values
  std::optional<EmergencyNotice> emergency;  ///< set when the text may describe an emergency
  /// With SearchOptions::facets: for "source" and "qtype", how many of all the records the
  /// text matches (not only this page) have each value. Values as the records write them;
  /// records without a value are not counted. Filters apply: a filtered search counts the
  /// filtered matches.
  std::map<std::string, std::map<std::string, std::size_t>> facets;
  /// The filters whose value no record has: the reason nothing matched (empty otherwise).
  std::vector<UnmatchedFilter> unmatched_filters;
};

}  // namespace qadex
