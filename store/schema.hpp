// The layout of a qadex Xapian database: term prefixes, value slots, metadata keys.
// docs/index-format.md describes the same; change both together and bump kFormatVersion.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "qadex/record.hpp"
#include "text/ascii.hpp"

namespace qadex::schema {

inline constexpr std::string_view kFormatVersion = "6";
inline constexpr std::string_view kFormatVersionKey = "qadex.format";
// The shipped lay <-> medical vocabulary the synonym table holds, as shipped: a newer qadex
// adds what its list added and takes out what its list dropped. (Indexes made before
// 2026-12-03 hold a hash of the list here, which says what it was but not what it held.)
inline constexpr std::string_view kVocabularyKey = "qadex.vocabulary";

// Unique id term: "Q" + record id (Xapian's convention), so replace_document() by term
// makes re-indexing replace.
inline constexpr std::string_view kIdPrefix = "Q";

[[nodiscard]] inline std::string id_term(std::string_view id) {
  std::string term(kIdPrefix);
  term += id;
  return term;
}

// The record id again, as a value: a search that returns only ids reads it instead of
// decoding the whole stored record.
inline constexpr Xapian::valueno kIdSlot = 2;

// A searchable field: its prefix and what it is called in --explain and advanced syntax.
struct Field {
  std::string_view name;
  std::string_view prefix;
};
inline constexpr Field kQuestion{"question", "XQ"};
inline constexpr Field kAnswer{"answer", "XA"};
// The question and the answer as one text: what the ranking scores by default (one BM25
// field, as stock Xapian would index the pair), where question and answer are also kept
// apart for the two-field ranking and for field weights.
inline constexpr Field kText{"text", "XT"};
inline constexpr Field kFocus{"focus", "XF"};
inline constexpr Field kSynonyms{"synonyms", "XY"};
inline constexpr std::array<Field, 5> kTextFields{kText, kQuestion, kAnswer, kFocus, kSynonyms};

// Names a record is about (its focus, each synonym, or a derived focus), each the analyzed
// terms joined by spaces: "XNabcd syndrom". wdf 1, so a name match scores like a rare term;
// query/ recognizes names in a person's text by looking these up.
inline constexpr std::string_view kNamePrefix = "XN";

// The terms of a name or synonym-table key ("back pain" -> "back", "pain").
[[nodiscard]] inline std::vector<std::string> key_terms(std::string_view key) {
  std::vector<std::string> terms;
  std::size_t start = 0;
  while (start < key.size()) {
    auto end = key.find(' ', start);
    if (end == std::string_view::npos) end = key.size();
    if (end > start) terms.emplace_back(key.substr(start, end - start));
    start = end + 1;
  }
  return terms;
}
// The record's own focus name again ("XMabcd syndrom"): a record about a name outranks one
// that only lists it as a synonym (the numbered subtypes of a syndrome list the general name).
inline constexpr std::string_view kMainNamePrefix = "XM";
// A name written as an abbreviation ("HI", "EDS"; kept unstemmed: "XBeds"), so that query/
// can refuse it when a person writes an ordinary word in lower case ("hi", "meds").
inline constexpr std::string_view kAbbreviationPrefix = "XB";
// A name of a general topic (a record whose category is "other": "Medicines", "CT Scans"), the
// same key as its XN term: query/ ranks a name only topics bear after conditions and drugs.
inline constexpr std::string_view kTopicNamePrefix = "XO";
// A name of an observation (a record whose focus UMLS files only as a sign, symptom or
// finding, or as a sign or symptom among others: "Fever", "Itching"), the same key as its XN
// term: query/ takes several named together for what a person noticed, not what they have.
// Keys are lower case, so no "XSOURCE:" term is one.
inline constexpr std::string_view kObservationNamePrefix = "XS";

// Near-duplicate answers share this value, and a search keeps one hit per value: the focus
// name and question type ("back pain|treatment"), or for a record without both, a hash of
// its answer text.
inline constexpr Xapian::valueno kCollapseSlot = 3;
// Copies of one answer text (under several ids, questions or sources) share this value, a
// hash of the answer's letters and digits; the default ranking keeps one hit per value.
inline constexpr Xapian::valueno kAnswerHashSlot = 4;

// The spelling table holds each record's normalized words that are letters only (no numbers,
// codes or units) and long enough that a one-letter slip is a typo rather than another word;
// query/ corrects only such words.
[[nodiscard]] inline bool is_spelling_word(std::string_view word) {
  if (word.size() < 4) return false;
  for (const char c : word) {
    if (!((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80)) return false;
  }
  return true;
}

// The text field a prefixed term belongs to, or null for id and filter terms.
[[nodiscard]] inline const Field* field_of_term(std::string_view term) {
  for (const auto& field : kTextFields) {
    // Prefixes are upper case and terms lower case, so "XQ" never claims an "XQTYPE:" term.
    if (term.size() > field.prefix.size() && term.substr(0, field.prefix.size()) == field.prefix &&
        !text::is_upper(term[field.prefix.size()])) {
      return &field;
    }
  }
  return nullptr;
}

// Boolean filter terms: prefix + lower-cased value ("XSOURCE:gard").
struct FilterField {
  std::string_view name;
  std::string_view prefix;
  Xapian::valueno slot;  // the same value, as given, for sorting and facets
};
inline constexpr FilterField kSource{"source", "XSOURCE:", 0};
inline constexpr FilterField kQtype{"qtype", "XQTYPE:", 1};
inline constexpr std::array<FilterField, 2> kFilterFields{kSource, kQtype};

// The term a record's value is indexed as and a filter searches for: values match whatever
// their case.
[[nodiscard]] inline std::string filter_term(const FilterField& field, std::string_view value) {
  return std::string(field.prefix) + text::lowercase(value);
}

// The qtype filter term of records without a question type ("XQTYPE:"), so a preference for
// one type can leave records of unknown type alone.
[[nodiscard]] inline std::string unknown_qtype_term() { return std::string(kQtype.prefix); }

// Xapian refuses longer terms. Every term made whole from a field (id, source, qtype, name)
// is a prefix and at most kMaxTermFieldBytes: the limit must leave room for each prefix.
inline constexpr std::size_t kMaxXapianTermBytes = 245;
static_assert(kMaxTermFieldBytes + kIdPrefix.size() <= kMaxXapianTermBytes);
static_assert(kMaxTermFieldBytes + kSource.prefix.size() <= kMaxXapianTermBytes);
static_assert(kMaxTermFieldBytes + kQtype.prefix.size() <= kMaxXapianTermBytes);
static_assert(kMaxTermFieldBytes + kNamePrefix.size() <= kMaxXapianTermBytes);
static_assert(kMaxTermFieldBytes + kMainNamePrefix.size() <= kMaxXapianTermBytes);
static_assert(kMaxTermFieldBytes + kAbbreviationPrefix.size() <= kMaxXapianTermBytes);
static_assert(kMaxTermFieldBytes + kTopicNamePrefix.size() <= kMaxXapianTermBytes);
static_assert(kMaxTermFieldBytes + kObservationNamePrefix.size() <= kMaxXapianTermBytes);

// Whether an analyzed name or synonym key can be a name term or a synonym-table key; the
// document builder and the synonym table leave longer ones out (their words are still
// indexed as text), rather than have Xapian refuse the record or the table.
[[nodiscard]] inline bool fits_name_term(std::string_view key) {
  return !key.empty() && key.size() <= kMaxTermFieldBytes;
}

}  // namespace qadex::schema
