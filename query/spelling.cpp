// Finding and applying spelling corrections.
#include "query/spelling.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <functional>
#include <iterator>
#include <numeric>
#include <tuple>
#include <utility>

#include "query/message.hpp"
#include "query/name_recognizer.hpp"
#include "store/schema.hpp"
#include "text/ascii.hpp"
#include "text/edit_distance.hpp"
#include "text/hunspell_speller.hpp"
#include "text/sound_key.hpp"
#include "text/spelling_variants.hpp"
#include "text/stopwords.hpp"

namespace qadex::query {
namespace {

// Longer words have room for two slips, and very long ones for three ("mediterean").
constexpr std::size_t kLongWordBytes = 8;
constexpr std::size_t kVeryLongWordBytes = 10;
constexpr std::size_t kKeptStartBytes = 2;

// A word only this many records use, that no dictionary knows, may be their slip ("symtoms"):
// it is corrected by one edit to a word this many times as many records use.
constexpr Xapian::doccount kMaxSlipRecords = 1;
constexpr Xapian::doccount kMinSlipRatio = 100;

// A word of at least this many letters that is nothing at all may be a slip of two in a
// condition's name ("asma": asthma, "excema": eczema).
constexpr std::size_t kMinConditionSlipBytes = 4;
constexpr std::size_t kMaxConditionSlips = 2;
constexpr std::size_t kMaxChangedLetters = 1;

// Words of English checked for being a slip in a condition's name, at most, in one text: each
// check looks some 500 strings one slip away up in the dictionaries, and the words among them
// in the index.
constexpr std::size_t kMaxNameSlipChecks = 4;

// Words joined across a space and corrected as one ("poly sistic"), at most this many times in
// one text: each is a look-up of two slips in the spelling table, and a long message of unknown
// words would otherwise pay one or two per word.
constexpr std::size_t kMaxJoinedSlipChecks = 2;

// Hunspell is asked about a word only in a text this short, a search box's query, where the
// word may be all there is to search ("hemroids"). In a longer message it is one word of many,
// and the 30-70 ms each of Hunspell's suggestions costs would be paid for every name and slip
// (on LiveQA's messages: p95 latency 24 -> 72 ms, the rankings unchanged).
constexpr std::size_t kMaxWordsAskingHunspell = 8;
// And about two of its words at most, of at most 30 letters ("esophagogastroduodenoscopy" has
// 26; Hunspell's time grows with a word's length), which bounds what a text of unknown words
// costs.
constexpr std::size_t kMaxHunspellQuestions = 2;
constexpr std::size_t kMaxHunspellWordBytes = 30;

// The most records any text field has the term in (0: the corpus lacks it).
Xapian::doccount records_with(const Xapian::Database& db, const std::string& term) {
  Xapian::doccount most = 0;
  for (const auto& field : schema::kTextFields) {
    most = std::max(most, db.get_termfreq(std::string(field.prefix) + term));
  }
  return most;
}

// The condition a slip or two from `word` that keeps its letters and that the corpus has: the
// nearest, then the one sharing the most letters with it, then the one the most records use;
// empty if none.
std::string condition_slipped(const Xapian::Database& db, text::Analyzer& analyzer,
                              const text::Dictionary& dictionary, const std::string& word) {
  std::string best;
  std::tuple<std::size_t, Xapian::doccount> best_likeness{0, 0};  // shared letters, records
  std::size_t best_edits = kMaxConditionSlips + 1;
  for (auto& [edits, condition] : dictionary.conditions_near(word, kMaxConditionSlips)) {
    if (edits > best_edits) break;
    // Letters left out or doubled, at most one letter changed: a name spelt by ear ("asma",
    // "excema"), not another word ("alot" is no ALS, "infomation" no insolation).
    const auto shared = text::shared_letters(word, condition);
    if (shared + kMaxChangedLetters < word.size()) continue;
    const auto records = records_with(db, analyzer.stem(condition));
    if (records == 0) continue;
    const std::tuple likeness{shared, records};
    if (likeness > best_likeness) {
      best = std::move(condition);
      best_likeness = likeness;
      best_edits = edits;
    }
  }
  return best;
}

// A word spelt by ear: the word of medicine that sounds like it (text/sound_key.hpp), has
// most of its letters in order and is by itself what some record is about ("numonia": pneumonia,
// "skitzofrenia": schizophrenia, "ciatica": sciatica, not stitch, which sounds the same; not
// "prolly": priorly, "clartin": coloration, "rining": running, which name nothing); of several,
// the one sharing the most letters, then the one the most records use; empty if none. Not for a
// word under six letters or of fewer than three consonant sounds, which too many terms share
// ("alot": ALT).
std::string medical_word_sounding_like(const Xapian::Database& db, text::Analyzer& analyzer,
                                       const text::Dictionary& dictionary,
                                       const std::string& word) {
  constexpr std::size_t kMinLetters = 6;
  constexpr std::size_t kMinSounds = 3;
  constexpr std::size_t kMinSharedQuarters = 3;  // three quarters of the word's letters
  if (word.size() < kMinLetters || text::sound_key(word).size() < kMinSounds) return {};
  std::string best;
  std::tuple<std::size_t, Xapian::doccount> best_likeness{0, 0};  // shared letters, records
  for (auto& term : dictionary.medical_words_sounding_like(word)) {
    const auto shared = text::shared_letters(word, term);
    if (4 * shared < kMinSharedQuarters * word.size()) continue;
    const auto stem = analyzer.stem(term);
    if (!db.term_exists(std::string(schema::kMainNamePrefix) + stem)) continue;
    const auto records = records_with(db, stem);
    if (const std::tuple likeness{shared, records}; likeness > best_likeness) {
      best = std::move(term);
      best_likeness = likeness;
    }
  }
  return best;
}

// The name of the person a condition is named after, spelt by ear ("chrones disease": Crohn's
// disease, "rayno's syndrome"): a name of the medical list that sounds like message.words[at]
// (the possessive's "s" or "es" left out or not) and makes, with the next word, a name the
// corpus has; the one the most records bear. Cased as the list writes it, with "'s" where the
// word had an "s". Empty if none.
std::string eponym_sounding_like(const Xapian::Database& db, text::Analyzer& analyzer,
                                 const text::Dictionary& dictionary, const Message& message,
                                 std::size_t at) {
  const auto& words = message.words;
  if (at + 1 >= words.size() || words[at + 1].sentence != words[at].sentence ||
      words[at + 1].term.empty() || !dictionary.is_condition(words[at + 1].normalized)) {
    return {};
  }
  const auto& word = words[at].normalized;
  std::string best;
  Xapian::doccount best_records = 0;
  for (const std::string_view ending : {"", "s", "es"}) {
    if (!word.ends_with(ending) || word.size() <= ending.size()) continue;
    const auto stripped = word.substr(0, word.size() - ending.size());
    for (const auto& eponym : dictionary.eponyms_sounding_like(stripped)) {
      const auto name =
          std::string(schema::kNamePrefix) + analyzer.stem(eponym) + ' ' + words[at + 1].term;
      const auto records = db.get_termfreq(name);
      if (records > best_records) {
        best = eponym + (ending.empty() ? "" : "'s");
        best_records = records;
      }
    }
  }
  if (!best.empty()) best[0] = text::to_upper(best[0]);
  return best;
}

// Whether a word is written with a capital inside its sentence: someone's or something's name
// ("my daughter Kaitlyn"), not a slip.
bool proper_name(const Message& message, std::size_t at) {
  const auto& word = message.words[at];
  const bool opens_sentence = at == 0 || message.words[at - 1].sentence != word.sentence;
  return !opens_sentence && !word.written.empty() &&
         std::isupper(static_cast<unsigned char>(word.written.front()));
}

// Whether a suggestion may begin otherwise than the word: only by a letter people leave out
// because it is not heard ("nuemonia": pneumonia, "soriasis": psoriasis, "newmonia").
bool silent_first_letter(std::string_view word, std::string_view suggestion) {
  constexpr std::string_view kSilentStarts[] = {"pn", "ps", "pt", "kn", "gn", "wr"};
  return suggestion.size() > 2 && !word.empty() && suggestion[1] == word[0] &&
         std::find(std::begin(kSilentStarts), std::end(kSilentStarts), suggestion.substr(0, 2)) !=
             std::end(kSilentStarts);
}

// The words one slip (a letter left out, added, changed, or two swapped) from `word`.
std::vector<std::string> one_slip_away(const std::string& word) {
  std::vector<std::string> near;
  for (std::size_t at = 0; at <= word.size(); ++at) {
    for (char letter = 'a'; letter <= 'z'; ++letter) {
      near.push_back(word.substr(0, at) + letter + word.substr(at));
      if (at < word.size() && letter != word[at]) {
        near.push_back(word.substr(0, at) + letter + word.substr(at + 1));
      }
    }
    if (at < word.size()) near.push_back(word.substr(0, at) + word.substr(at + 1));
    if (at + 1 < word.size() && word[at] != word[at + 1]) {
      near.push_back(word.substr(0, at) + word[at + 1] + word[at] + word.substr(at + 2));
    }
  }
  return near;
}

// The word of grammar (text::is_grammar_word) one slip from `word`, two letters swapped first
// ("agian": again, "becuase": because, "wich": which); empty if none. The first letter is kept.
std::string grammar_word_slipped(std::string_view word) {
  std::string_view found;
  for (const auto grammar : text::grammar_words()) {
    if (grammar.empty() || grammar[0] != word[0] || text::edit_distance(word, grammar, 1) != 1) {
      continue;
    }
    // One slip that changes two letters is a swap.
    const bool swapped = grammar.size() == word.size() &&
                         std::inner_product(word.begin(), word.end(), grammar.begin(), 0,
                                            std::plus<>(), std::not_equal_to<>()) == 2;
    if (swapped) return std::string(grammar);
    if (found.empty() || grammar < found) found = grammar;
  }
  return std::string(found);
}

// Those of `words` the corpus writes (the spelling table has), with the records writing each.
std::vector<std::pair<std::string, Xapian::doccount>> written_words(
    const Xapian::Database& db, std::vector<std::string> words) {
  std::sort(words.begin(), words.end());
  std::vector<std::pair<std::string, Xapian::doccount>> written;
  auto spelling = db.spellings_begin();
  for (auto& word : words) {
    spelling.skip_to(word);  // in order: one pass over the table
    if (spelling == db.spellings_end()) break;
    if (*spelling == word) written.emplace_back(std::move(word), spelling.get_termfreq());
  }
  return written;
}

// The word a person meant by message.words[at], a word of English, where it is a slip in the
// name of a condition that the next word or the one after ends: "irritable bowl syndrome"
// (bowel), "prostrate cancer" (prostate). Only where the words as written name nothing and
// the slip undone makes a name the corpus has; empty otherwise. `terms` holds each word's term
// as corrected so far ("iritable bowl syndrome"); each run of words looked at spends one of
// `checks_left`.
std::string name_word_slipped(const Xapian::Database& db, text::Analyzer& analyzer,
                              const text::Dictionary& dictionary, const Message& message,
                              const std::vector<std::string>& terms, std::size_t at,
                              std::size_t& checks_left) {
  constexpr std::size_t kMaxNameWords = 3;
  const auto& words = message.words;
  const auto& word = words[at];
  if (word.capitals || word.term.empty() || !schema::is_spelling_word(word.normalized) ||
      dictionary.is_condition(word.normalized)) {
    return {};
  }
  // A word for a condition ends the name, next to the word or one word on (in memory: most
  // words are followed by none, and the index is not asked about them).
  bool condition_follows = false;
  for (std::size_t last = at + 1; last < std::min(words.size(), at + kMaxNameWords); ++last) {
    if (words[last].sentence != word.sentence || words[last].term.empty()) break;
    condition_follows = condition_follows || dictionary.is_condition(words[last].normalized);
  }
  if (!condition_follows) return {};
  // Alone or with the words before it, as written, the word may be a name or begin one:
  // "Lewy body disease" (Lewy body dementia; not Brody disease), "stiff person syndrome",
  // "cri du chat", "Alzheimer disease symptoms".
  constexpr std::size_t kMaxWordsBefore = 3;
  for (std::size_t first = at + 1; first > 0 && at + 1 - first <= kMaxWordsBefore; --first) {
    if (words[first - 1].sentence != word.sentence || terms[first - 1].empty()) break;
    std::string key(schema::kNamePrefix);
    for (std::size_t k = first - 1; k <= at; ++k) key += terms[k] + (k < at ? " " : "");
    if (db.term_exists(key) || db.allterms_begin(key + ' ') != db.allterms_end(key + ' ')) {
      return {};
    }
  }
  for (std::size_t last = at + 1; last < std::min(words.size(), at + kMaxNameWords); ++last) {
    if (words[last].sentence != word.sentence || words[last].term.empty()) return {};
    if (!dictionary.is_condition(words[last].normalized)) continue;
    for (std::size_t first = last + 1 - std::min(last + 1, kMaxNameWords); first <= at; ++first) {
      if (words[first].sentence != word.sentence) continue;
      auto key_with = [&](const std::string& term) {
        std::string key;
        for (std::size_t k = first; k <= last; ++k) {
          if (terms[k].empty()) return std::string();
          if (!key.empty()) key += ' ';
          key += k == at ? term : terms[k];
        }
        return std::string(schema::kNamePrefix) + key;
      };
      const auto written = key_with(word.term);
      if (written.size() <= schema::kNamePrefix.size() || db.term_exists(written)) continue;
      if (checks_left == 0) return {};
      --checks_left;
      // The word meant keeps the first letter and is the corpus's more usual word: "I feel
      // pain" is no heel pain.
      const auto as_written = written_words(db, {word.normalized});
      std::string meant;
      Xapian::doccount meant_records = as_written.empty() ? 0 : as_written.front().second;
      // The dictionaries first (in memory): of some 500 strings a few are words.
      auto words_near = one_slip_away(word.normalized);
      std::erase_if(words_near, [&](const auto& near) { return !dictionary.is_known(near); });
      for (const auto& [near, records] : written_words(db, std::move(words_near))) {
        if (records > meant_records && near[0] == word.normalized[0] &&
            db.term_exists(key_with(analyzer.stem(near)))) {
          meant = near;
          meant_records = records;
        }
      }
      if (!meant.empty()) return meant;
    }
  }
  return {};
}

// Hunspell's likeliest suggestion for a word the corpus lacks, if it is one word with the same
// first letter that the corpus has ("hemroids": hemorrhoids); else empty. Only the likeliest:
// further down come words that merely look alike ("alot": "a lot", then alto, slot, ...).
std::string sounding_like(const Xapian::Database& db, text::Analyzer& analyzer,
                          const text::HunspellSpeller& speller, const std::string& word) {
  auto suggestions = speller.suggest(word);
  if (suggestions.empty()) return {};
  auto& likeliest = suggestions.front();
  if (likeliest.empty() || likeliest[0] != word[0] || !schema::is_spelling_word(likeliest) ||
      records_with(db, analyzer.stem(likeliest)) == 0) {
    return {};
  }
  return std::move(likeliest);
}

// The corpus's spelling of a word it writes the American way, where the text has it British
// ("haemorrhoids": hemorrhoids, "oesophageal": esophageal, "tumour": tumor): the same word, so
// one no dictionary flags ("diarrhoea" is correct English), yet searched for next to nothing (a
// record quoting "Neisseria gonorrhoeae" against the ones on gonorrhea). The American form is a
// word of the dictionaries that some record uses, and at least twice as many as use the word as
// written. Empty if none is. Cased as the word.
std::string corpus_spelling(const Xapian::Database& db, text::Analyzer& analyzer,
                            const text::Dictionary& dictionary, const MessageWord& word) {
  constexpr Xapian::doccount kMinAmericanRatio = 2;
  auto forms = text::american_spellings(word.normalized);  // in memory: most words have none
  std::erase_if(forms, [&](const std::string& form) { return !dictionary.is_known(form); });
  if (forms.empty()) return {};
  const auto as_written = records_with(db, word.term);
  for (auto& form : forms) {
    const auto stem = analyzer.stem(form);
    if (stem == word.term) continue;
    const auto american = records_with(db, stem);
    if (american == 0 || american < kMinAmericanRatio * as_written) continue;
    if (text::is_upper(word.written.front())) form[0] = text::to_upper(form[0]);
    return std::move(form);
  }
  return {};
}

// The ways to cut a word in two words of at least three letters that the dictionaries know,
// that `may_be` accepts (in memory, before the index is asked) and that records use, with
// whether the two make a name the corpus has.
struct Cut {
  std::string words;  // the two, a space between
  bool names = false;
};
template <typename MayBe>
std::vector<Cut> cuts_in_two(const Xapian::Database& db, text::Analyzer& analyzer,
                             const text::Dictionary& dictionary, const std::string& word,
                             MayBe may_be) {
  constexpr std::size_t kMinPartLetters = 3;
  std::vector<Cut> cuts;
  for (std::size_t cut = kMinPartLetters; cut + kMinPartLetters <= word.size(); ++cut) {
    const auto first = word.substr(0, cut);
    const auto second = word.substr(cut);
    if (!dictionary.is_known(first) || !dictionary.is_known(second) || !may_be(first, second)) {
      continue;
    }
    const auto first_term = analyzer.stem(first);
    const auto second_term = analyzer.stem(second);
    if (records_with(db, first_term) == 0 || records_with(db, second_term) == 0) continue;
    const auto name = std::string(schema::kNamePrefix) + first_term + ' ' + second_term;
    cuts.push_back({first + ' ' + second, db.term_exists(name)});
  }
  return cuts;
}

// Two words the text runs together that the corpus writes apart ("coldsore": cold sore,
// "hayfever": hay fever, "bullseye": bulls eye): message.words[at], a word no record uses (the
// caller has counted them), that cuts in two such words one way only, or one way that makes a
// name; else none ("eyestrain": eye strain or eyes train?). Empty if none. Not someone's name,
// written with a capital inside its sentence.
std::string words_run_together(const Xapian::Database& db, text::Analyzer& analyzer,
                               const text::Dictionary& dictionary, const Message& message,
                               std::size_t at) {
  if (proper_name(message, at)) return {};
  const auto cuts = cuts_in_two(db, analyzer, dictionary, message.words[at].normalized,
                                [](const std::string&, const std::string&) { return true; });
  for (const auto& cut : cuts) {
    if (cut.names) return cut.words;
  }
  return cuts.size() == 1 ? cuts.front().words : std::string();
}

// A part of the body and what ails it, written as one word that names nothing ("earache",
// "stomachache", "toothache"): the part and the complaint apart, which the corpus names ("ear"
// for ear disorders, "stomach ache" for abdominal pain) or writes far more often. Empty if the
// word is no such word. Asks the index nothing about other words (most words of most texts).
std::string part_and_complaint(const Xapian::Database& db, text::Analyzer& analyzer,
                               const text::Dictionary& dictionary, const MessageWord& word) {
  const auto part_then_complaint = [&](const std::string& part, const std::string& complaint) {
    return dictionary.is_body_part(part) &&
           (dictionary.is_condition(complaint) || is_complaint(analyzer.stem(complaint)));
  };
  if (!dictionary.is_condition(word.normalized)) return {};
  auto cuts = cuts_in_two(db, analyzer, dictionary, word.normalized, part_then_complaint);
  if (cuts.empty() || db.term_exists(std::string(schema::kNamePrefix) + word.term)) return {};
  const auto as_written = records_with(db, word.term);
  for (auto& cut : cuts) {
    const auto complaint = cut.words.substr(cut.words.find(' ') + 1);
    if (records_with(db, analyzer.stem(complaint)) > as_written) return std::move(cut.words);
  }
  return {};
}

// Whether message.words[at] and the next word are in one sentence, next to each other (a space
// or a hyphen between), neither in capitals nor a stopword ("my sistic"): two words that may be
// one word written apart.
bool written_apart(const Message& message, std::size_t at) {
  if (at + 1 >= message.words.size()) return false;
  const auto& first = message.words[at];
  const auto& second = message.words[at + 1];
  return first.sentence == second.sentence && !first.capitals && !second.capitals &&
         second.begin <= first.end + 1 && !first.term.empty() && !second.term.empty();
}

// A word for ill health or a part of the body.
bool condition_or_part(const text::Dictionary& dictionary, std::string_view word) {
  return dictionary.is_condition(word) || dictionary.is_body_part(word);
}

// A word for ill health or a part of the body that the text writes as two words of English
// and the corpus as one ("gall bladder": gallbladder, "toe nail", "eye lid", "knee cap"; not
// "long term", which only the medical list writes as one): message.words[at] and the next
// word joined, where the two make no name or synonym as written ("heart burn" names heartburn
// already, "chicken pox" is chickenpox's synonym) and the corpus writes the word at least a
// tenth as often as the rarer of the two ("back side" is no backside, "back bone" rarely the
// backbone). Empty if not.
std::string word_written_apart(const Xapian::Database& db, text::Analyzer& analyzer,
                               const text::Dictionary& dictionary, const Message& message,
                               std::size_t at) {
  constexpr Xapian::doccount kMaxRarerRatio = 10;
  if (!written_apart(message, at)) return {};
  const auto& first = message.words[at];
  const auto& second = message.words[at + 1];
  auto joined = first.normalized + second.normalized;
  // In memory first: most pairs of words are no word.
  if (!condition_or_part(dictionary, joined) || !dictionary.is_known(joined)) return {};
  const auto pair = first.term + ' ' + second.term;
  const auto name = std::string(schema::kNamePrefix) + pair;
  if (db.term_exists(name) || db.allterms_begin(name + ' ') != db.allterms_end(name + ' ') ||
      db.synonyms_begin(pair) != db.synonyms_end(pair)) {
    return {};
  }
  const auto rarer = std::min(records_with(db, first.term), records_with(db, second.term));
  const auto as_one = records_with(db, analyzer.stem(joined));
  if (as_one == 0 || kMaxRarerRatio * as_one < rarer) return {};
  return joined;
}

// A word of medicine written apart and misspelt ("poly sistic": polycystic): the word the
// corpus has a slip or two from message.words[at] and the next word joined, a condition, a part
// of the body or a term only the medical list has, that keeps the first letter. Where one of the
// two is no word at all (the caller's word, which no record uses). Empty if none. Each look-up
// in the index spends one of `checks_left`.
std::string slip_written_apart(const Xapian::Database& db, text::Analyzer& analyzer,
                               const text::Dictionary& dictionary, const Message& message,
                               std::size_t at, std::size_t& checks_left) {
  constexpr unsigned kMaxSlips = 2;
  if (checks_left == 0 || !written_apart(message, at)) return {};
  const auto joined = message.words[at].normalized + message.words[at + 1].normalized;
  if (joined.size() < kLongWordBytes || !schema::is_spelling_word(joined)) return {};
  --checks_left;
  auto suggestion = db.get_spelling_suggestion(joined, kMaxSlips);
  if (suggestion.empty() || suggestion[0] != joined[0]) return {};
  const bool medical =
      condition_or_part(dictionary, suggestion) || dictionary.is_medical_term(suggestion);
  if (!medical || records_with(db, analyzer.stem(suggestion)) == 0) return {};
  return suggestion;
}

// Contractions people write without the apostrophe ("I cant sleep": "cant" was searched, and
// named Cant syndrome), the ones no likelier word is written alike: not "ill", "well", "were",
// "shed", "id", "its".
constexpr std::pair<std::string_view, std::string_view> kContractions[] = {
    {"arent", "aren't"},
    {"cant", "can't"},
    {"couldnt", "couldn't"},
    {"couldve", "could've"},
    {"didnt", "didn't"},
    {"doesnt", "doesn't"},
    {"dont", "don't"},
    {"hadnt", "hadn't"},
    {"hasnt", "hasn't"},
    {"havent", "haven't"},
    {"im", "I'm"},
    {"isnt", "isn't"},
    {"ive", "I've"},
    {"shouldnt", "shouldn't"},
    {"shouldve", "should've"},
    {"thats", "that's"},
    {"theres", "there's"},
    {"theyre", "they're"},
    {"wasnt", "wasn't"},
    {"werent", "weren't"},
    {"whats", "what's"},
    {"wont", "won't"},
    {"wouldnt", "wouldn't"},
    {"wouldve", "would've"},
    {"youre", "you're"},
};

// The contraction `word` (message.words[at]) is written for, as cased as the word; empty if
// none, if the word is an abbreviation (capitals where the text has few: "IM injection"), or if
// it begins a name with the next one ("Cant syndrome").
std::string contraction_of(const Xapian::Database& db, const Message& message, std::size_t at) {
  const auto& word = message.words[at];
  const auto* found =
      std::find_if(std::begin(kContractions), std::end(kContractions),
                   [&](const auto& entry) { return entry.first == word.normalized; });
  if (found == std::end(kContractions) || word.capitals) return {};
  if (at + 1 < message.words.size() && message.words[at + 1].sentence == word.sentence &&
      !word.term.empty()) {
    const auto name =
        std::string(schema::kNamePrefix) + word.term + ' ' + message.words[at + 1].term;
    if (db.allterms_begin(name) != db.allterms_end(name)) return {};
  }
  std::string contraction(found->second);
  if (std::all_of(word.written.begin(), word.written.end(), text::is_upper)) {
    return text::uppercase(contraction);  // a shouted text's ("I CANT SLEEP")
  }
  if (text::is_upper(word.written[0])) contraction[0] = text::to_upper(contraction[0]);
  return contraction;
}

}  // namespace

std::vector<Correction> find_corrections(const Xapian::Database& db, text::Analyzer& analyzer,
                                         const text::Dictionary& dictionary,
                                         const text::HunspellSpeller& speller,
                                         std::string_view text) {
  std::vector<Correction> corrections;
  const auto message = read_message(analyzer, text);
  std::size_t hunspell_questions =
      message.words.size() <= kMaxWordsAskingHunspell ? kMaxHunspellQuestions : 0;
  std::size_t name_checks_left = kMaxNameSlipChecks;
  std::size_t joined_checks_left = kMaxJoinedSlipChecks;
  std::vector<std::string> terms;
  for (const auto& word : message.words) terms.push_back(word.term);
  const auto correct = [&](const MessageWord& word, std::string to) {
    corrections.push_back({static_cast<std::uint32_t>(word.begin),
                           static_cast<std::uint32_t>(word.end), word.written, std::move(to)});
  };
  // Two words, message.words[at] and the next, corrected as one.
  const auto correct_two = [&](std::size_t at, std::string to) {
    const auto& first = message.words[at];
    const auto& second = message.words[at + 1];
    terms[at] = analyzer.stem(to);
    terms[at + 1].clear();
    corrections.push_back(
        {static_cast<std::uint32_t>(first.begin), static_cast<std::uint32_t>(second.end),
         std::string(text.substr(first.begin, second.end - first.begin)), std::move(to)});
  };
  // A word in capitals is an abbreviation or a code ("MSIE", "MIDP" in a pasted browser
  // header), not a slip: never corrected.
  for (std::size_t at = 0; at < message.words.size(); ++at) {
    const auto& word = message.words[at];
    if (auto contraction = contraction_of(db, message, at); !contraction.empty()) {
      correct(word, std::move(contraction));
      continue;
    }
    if (auto joined = word_written_apart(db, analyzer, dictionary, message, at); !joined.empty()) {
      correct_two(at++, std::move(joined));
      continue;
    }
    if (word.capitals || word.term.empty() || !schema::is_spelling_word(word.normalized)) {
      continue;
    }
    if (auto american = corpus_spelling(db, analyzer, dictionary, word); !american.empty()) {
      terms[at] = analyzer.stem(american);
      correct(word, std::move(american));
      continue;
    }
    if (auto apart = part_and_complaint(db, analyzer, dictionary, word); !apart.empty()) {
      correct(word, std::move(apart));
      continue;
    }
    if (dictionary.is_known(word.normalized)) {
      // A brand's name (the medical list's "Bullseye") written in lower case where no record
      // uses it may be two words run together ("a rash like a bullseye": bulls eye, as Lyme
      // disease's records write it).
      if (dictionary.is_capitalized_medical_word(word.normalized) &&
          records_with(db, word.term) == 0) {
        if (auto apart = words_run_together(db, analyzer, dictionary, message, at);
            !apart.empty()) {
          correct(word, std::move(apart));
          continue;
        }
      }
      if (auto meant =
              name_word_slipped(db, analyzer, dictionary, message, terms, at, name_checks_left);
          !meant.empty()) {
        correct(word, std::move(meant));
      }
      continue;
    }
    const auto size = word.normalized.size();
    const auto records = records_with(db, word.term);
    // A word of grammar, which people write most and slip on most, one slip away: that word
    // ("agian": again, not angina, which a condition's two slips would prefer; "becuase"). The
    // spelling table lacks stopwords ("becuase" is one slip from "became" there).
    if (records == 0) {
      if (auto grammar = grammar_word_slipped(word.normalized); !grammar.empty()) {
        correct(word, std::move(grammar));
        continue;
      }
    }
    std::string suggestion;
    if (records > kMaxSlipRecords) {
      // A word the corpus never writes, whose stem another word gives ("migrane" stems as
      // "migrans" does): a slip only of a condition's name.
      if (size < kMinConditionSlipBytes || !written_words(db, {word.normalized}).empty()) continue;
      suggestion = condition_slipped(db, analyzer, dictionary, word.normalized);
    } else if (records > 0) {
      suggestion = db.get_spelling_suggestion(word.normalized, 1);
      if (records_with(db, analyzer.stem(suggestion)) < kMinSlipRatio * records) continue;
    } else {
      suggestion = db.get_spelling_suggestion(word.normalized, size < kLongWordBytes ? 1 : 2);
      // A third slip only where the start is kept: slips there are rare, and "sarcopenia"
      // (a word the lists lack) is not "leucopenia".
      if (suggestion.empty() && size >= kVeryLongWordBytes) {
        suggestion = db.get_spelling_suggestion(word.normalized, 3);
        if (suggestion.compare(0, kKeptStartBytes, word.normalized, 0, kKeptStartBytes) != 0) {
          suggestion.clear();
        }
      }
    }
    // A slip in a condition's name is likelier than one in another word, a slip further: a
    // person writing "asma" means asthma, not Asia.
    if (records == 0 && size >= kMinConditionSlipBytes &&
        (suggestion.empty() || !dictionary.is_condition(suggestion))) {
      if (auto condition = condition_slipped(db, analyzer, dictionary, word.normalized);
          !condition.empty()) {
        suggestion = std::move(condition);
      }
    }
    // People seldom slip on a word's first letter; a suggestion that changes it is another
    // word ("alot" is not "clot", "comit" not "vomit", "wich" not "rich").
    if (!suggestion.empty() && suggestion[0] != word.normalized[0] &&
        !silent_first_letter(word.normalized, suggestion)) {
      suggestion.clear();
    }
    // Before it is heard as a word of its own, the word may be part of one written apart: with
    // the word before it (not corrected already) or the one after.
    if (suggestion.empty() && records == 0) {
      const bool before_free =
          at > 0 && (corrections.empty() || corrections.back().end <= message.words[at - 1].begin);
      if (auto joined = before_free ? slip_written_apart(db, analyzer, dictionary, message, at - 1,
                                                         joined_checks_left)
                                    : std::string();
          !joined.empty()) {
        correct_two(at - 1, std::move(joined));
        continue;
      }
      if (auto joined =
              slip_written_apart(db, analyzer, dictionary, message, at, joined_checks_left);
          !joined.empty()) {
        correct_two(at++, std::move(joined));
        continue;
      }
    }
    if (suggestion.empty() && records == 0) {
      if (auto eponym = eponym_sounding_like(db, analyzer, dictionary, message, at);
          !eponym.empty()) {
        terms[at] = analyzer.stem(eponym);
        correct(word, std::move(eponym));
        continue;
      }
    }
    if (suggestion.empty() && records == 0 && !proper_name(message, at)) {
      suggestion = medical_word_sounding_like(db, analyzer, dictionary, word.normalized);
    }
    if (suggestion.empty() && records == 0 && hunspell_questions > 0 &&
        size <= kMaxHunspellWordBytes) {
      --hunspell_questions;
      suggestion = sounding_like(db, analyzer, speller, word.normalized);
    }
    // Last, two words run together: "shingels" is a slip of shingles, not "shin gels".
    if (suggestion.empty() && records == 0) {
      if (auto apart = words_run_together(db, analyzer, dictionary, message, at); !apart.empty()) {
        correct(word, std::move(apart));
        continue;
      }
    }
    if (suggestion.empty() || suggestion == word.normalized) continue;
    terms[at] = analyzer.stem(suggestion);
    correct(word, std::move(suggestion));
  }
  return corrections;
}

std::string apply_corrections(std::string_view text, const std::vector<Correction>& corrections) {
  std::string out;
  std::size_t copied = 0;
  for (const auto& correction : corrections) {
    out.append(text.substr(copied, correction.begin - copied));
    out += correction.to;
    copied = correction.end;
  }
  out.append(text.substr(copied));
  return out;
}

}  // namespace qadex::query
