// Which conditions, drugs or body parts a person's text names: its word sequences matched
// against the names in the index (foci, their synonyms, and through the synonym table the
// lay vocabulary), kept only where the person plausibly means a name, ranked by role.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "query/message.hpp"
#include "text/dictionary.hpp"

namespace qadex::query {

struct NameMatch {
  std::string key;              // the index's name ("back pain")
  std::string words;            // the text's words it was recognized in
  std::string match;            // "name", "synonym" (through the synonym table), "lay word" (an
                                // ordinary word of the lay vocabulary: "piles"), "adjective"
                                // (one that says a person has it: "anemic"), "abbreviation",
                                // "scattered" (its words apart, in one sentence), "contained"
                                // (inside a name derived from a title), "beginning" (the
                                // words begin it: "nephrotic syndrome" of "... in adults"),
                                // "eponym" (a person's name alone, possessive: "tourettes"),
                                // "body part" (a part of the body begins it: "my knees" of
                                // "knee injuries and disorders"; only when nothing else is named),
                                // "unnamed" (a condition no record names, its words side by
                                // side ending in a kind: "burning mouth syndrome"; no record
                                // bears it, but its words are the name's words),
                                // "medical term" (terms of medicine the index names nothing
                                // with, that the first sentence asks about: "Letrozole."; only
                                // ever the primary)
  std::vector<std::size_t> at;  // the positions in message.words of the words that make it,
                                // wherever it is named
  std::set<std::size_t> sentences;  // every sentence that names it (it counts once)
  bool asked = false;               // found in a sentence that asks, or the subject line
  Xapian::doccount records = 0;     // records bearing the name
  // The words are another name for it (a lay phrase, a lay word, a synonym a record gives):
  // only the words it shares count as its words ("stiffness" is no word of back pain's
  // records), and its own words are searched too.
  bool other_name = false;
  bool topic = false;  // only general topics bear it ("medicines", "ct scan"): no condition
                       // or drug record is about it
  // Most records bearing it are about a sign, symptom or finding ("fever", "itching", "back
  // pain"): something a person notices, which a condition may explain.
  bool observation = false;
  // Named only as a relative's condition, or as one the person was told they do not have,
  // beside a name that is their own ("My dad had a stroke" beside "this dry cough"): the story,
  // not what is asked.
  bool story = false;

  // A part of the body named for what ails it that stands in for a condition the text
  // describes ("my jaw clicks"), not one whose page is itself a complaint ("back": back pain).
  [[nodiscard]] bool part_standing_in() const { return match == "body part" && !observation; }
};

// Whether a term says what is wrong with a part of the body without saying what, in a name
// ("knee injuries and disorders", "eye diseases", "back pain") or beside the part ("knee pain",
// "my back hurts"). Takes a term (a stem, as indexed).
[[nodiscard]] bool is_complaint(std::string_view term);

// Names in `message`, the one it asks about first (see name_recognizer.cpp for the order);
// each name once. Longest match first, left to right, no overlaps.
// `analyzer` makes terms of the words a name may stand for (a part of the body's whole).
[[nodiscard]] std::vector<NameMatch> recognize_names(const Xapian::Database& db,
                                                     text::Analyzer& analyzer,
                                                     const text::Dictionary& dictionary,
                                                     const Message& message);

}  // namespace qadex::query
