// Spelling correction against the corpus's own vocabulary (Xapian's spelling table):
// "tabkets" -> "tablets". A word a dictionary knows, or two records use, is never corrected
// ("amoxicillin" is not "ampicillin", "dinner" is not "inner").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "text/analyzer.hpp"
#include "text/dictionary.hpp"
#include "text/hunspell_speller.hpp"

namespace qadex::query {

struct Correction {
  std::uint32_t begin = 0;  // byte range of the word in the text
  std::uint32_t end = 0;
  std::string from;  // the word as written
  std::string to;    // the suggestion
};

// Corrections for the words of `text` that neither dictionary knows, that are not written in
// capitals (abbreviations, codes), and for which the spelling table has a close suggestion:
// words no field of the index contains (1 edit for words under 8 letters, else 2; failing
// that, in a text of a few words, Hunspell's likeliest suggestion if the index has it:
// "hemroids"), and words one record has that are one edit from a word a hundred times as many
// records have (that record's slip: "symtoms"); words the corpus never writes whose stem only
// another word gives, when a slip of a condition's name ("migrane", stemmed as "migrans");
// words of English one slip from the word that makes the words up to a condition a name the
// corpus has ("irritable bowl syndrome", "prostrate cancer"). Never a suggestion that changes
// the first letter, unless it adds one people do not hear ("nuemonia": pneumonia).
[[nodiscard]] std::vector<Correction> find_corrections(const Xapian::Database& db,
                                                       text::Analyzer& analyzer,
                                                       const text::Dictionary& dictionary,
                                                       const text::HunspellSpeller& speller,
                                                       std::string_view text);

// `text` with each correction applied.
[[nodiscard]] std::string apply_corrections(std::string_view text,
                                            const std::vector<Correction>& corrections);

}  // namespace qadex::query
