// Greedy longest match of the text's term sequence against the index's name terms, with
// the checks that keep ordinary words, greetings and units from becoming names.
#include "query/name_recognizer.hpp"

#include <algorithm>
#include <set>

#include "query/name_context.hpp"
#include "query/scattered_names.hpp"
#include "store/record_codec.hpp"
#include "store/schema.hpp"
#include "text/ascii.hpp"
#include "text/name_key.hpp"

namespace qadex::query {

bool is_complaint(std::string_view term) {
  return term == "diseas" || term == "disord" || term == "injuri" || term == "condit" ||
         term == "problem" || term == "infect" || term == "pain" || term == "ach" ||
         term == "hurt" || term == "damag";
}

namespace {

constexpr std::size_t kMaxNameTerms = 6;
// An ordinary English word is a name only where the corpus treats it as one: corpus
// questions ask about it more than once ("parent" is one topic's synonym)...
constexpr Xapian::doccount kMinQuestionsAsking = 2;
// ...at least this share of the records asking about it are about it ("stroke", "flu",
// "diabetes"; not "risk", "blood", "pain", which head other names)...
constexpr double kMinNameShareOfQuestions = 0.05;
// ...and it is not an everyday word of the answers ("medicines": 27% of them; "diabetes":
// 5.8% of MedQuAD's).
constexpr double kMaxAnswerShare = 0.10;
// A condition whose word the corpus's longer names share ("arthritis" of rheumatoid arthritis,
// "lymphoma", "fever", "hepatitis": few of the questions naming it are about it alone) counts
// when a record is about it and the answers seldom use it in passing: "fever" is in 3.8% of
// MedQuAD's answers, "medicines" in 6%, "pain" in 12%.
constexpr double kMaxAnswerShareSharedName = 0.04;
// A record's own focus that corpus questions ask about only once (one topic page:
// "Heartburn", "Snoring") counts when it is rarer in the answers than this: "falls" (1.7%), as
// in "fall asleep", does not. A word for ill health or a symptom ("constipation", 1.4%;
// "jaundice", 1.1%) has no everyday sense to fear: it counts up to kMaxAnswerShare.
constexpr double kMaxAnswerShareAskedOnce = 0.01;
// Words that make no name may begin one ("nephrotic syndrome" in adults): the names begun
// that are looked at, and the shortest single word that may begin one.
constexpr std::size_t kMaxNamesBegun = 100;
// A word this share of the corpus's questions use is a word of their templates ("causes",
// "treatments", "genetic changes"), which begins no condition's name.
constexpr double kMinTemplateWordShare = 0.02;
constexpr std::size_t kMinEponymBytes = 4;
// What an adjective's ending leaves of it at least, for its noun to be looked up ("anemic":
// "anem").
constexpr std::size_t kMinStemBytes = 3;
// Shorter terms of medicine are mostly abbreviations and formulas ("HCl", "EMG"); after a
// drug's name, a form of it.
constexpr std::size_t kMinMedicalTermBytes = 5;

// Whether a term is a kind of condition that ends a name ("syndrom"; stems, as indexed).
bool is_kind(std::string_view term) {
  return term == "diseas" || term == "syndrom" || term == "disord";
}

// Whether name `a` is a narrower form of name `b`: its terms hold all of b's, or of one of b's
// synonyms, and more ("lower back pain" of "back pain"; "pulmonary hypertension" of "high blood
// pressure", whose synonym hypertension is).
bool narrower(const Xapian::Database& db, const NameMatch& a, const NameMatch& b) {
  const auto a_terms = schema::key_terms(a.key);
  const std::set<std::string> in_a(a_terms.begin(), a_terms.end());
  const auto held = [&](const std::string& key) {
    const auto terms = schema::key_terms(key);
    return terms.size() < in_a.size() &&
           std::all_of(terms.begin(), terms.end(), [&](const auto& t) { return in_a.count(t); });
  };
  if (held(b.key)) return true;
  for (auto it = db.synonyms_begin(b.key); it != db.synonyms_end(b.key); ++it) {
    if (held(*it)) return true;
  }
  return false;
}

// Whether a match is something no record is named for: a condition ("unnamed") or a term of
// medicine ("medical term").
bool unindexed(const NameMatch& match) {
  return match.match == "unnamed" || match.match == "medical term";
}

// Whether a word ends as adjectives and participles do ("hyperbaric treatment", "chromosomal
// changes", "cementless joint", "a nonfunctioning gallbladder"): it qualifies what it names,
// which is not itself.
bool looks_like_adjective(std::string_view normalized) {
  for (const std::string_view ending :
       {"al", "ic", "ous", "ary", "ian", "ive", "less", "ing", "ed"}) {
    if (normalized.ends_with(ending)) return true;
  }
  return false;
}

// Words that say what a part of the body feels like, before it ("a sore knee", "stiff
// fingers", "a swollen left ankle", "a bad back", "a weak bladder").
bool is_symptom_adjective(std::string_view normalized) {
  for (const std::string_view adjective :
       {"sore", "stiff", "painful", "swollen", "itchy", "aching", "achy", "tender", "numb",
        "throbbing", "injured", "inflamed", "bad", "weak"}) {
    if (normalized == adjective) return true;
  }
  return false;
}

// Whether a word may stand between "my" and a part of the body, saying which or what sort:
// "my lower left leg", "my poor old knees", "my swollen ankle", "my son's knee", "my finger
// joints", "my knees and ankles"; not "my life back", "my test came back".
bool describes_a_part(const MessageWord& word, const text::Dictionary& dictionary) {
  for (const std::string_view which :
       {"left", "right", "lower", "upper", "middle", "inner", "outer", "front", "whole", "entire",
        "both", "other", "big", "little", "poor", "old", "broken", "and", "or"}) {
    if (word.normalized == which) return true;
  }
  return word.after == '\'' || looks_like_adjective(word.normalized) ||
         dictionary.is_body_part(word.normalized);
}

// Abbreviations and spellings of chat, which in lower case mean only that ("dizzy atm": at the
// moment, not the ATM gene; "pls": please, not primary lateral sclerosis; "wat": what, not a
// Wolffian adnexal tumor).
bool is_chat_abbreviation(std::string_view normalized) {
  for (const std::string_view chat :
       {"atm", "btw", "tbh",   "imo",  "imho", "idk", "fyi",  "asap", "lol",  "omg",
        "smh", "ngl", "afaik", "iirc", "fwiw", "pls", "plz",  "thx",  "ppl",  "cuz",
        "tho", "wat", "cud",   "wud",  "shud", "coz", "bcoz", "abt",  "thnx", "pic"}) {
    if (normalized == chat) return true;
  }
  return false;
}

// Adverbs of degree and frequency, which a person puts inside a phrase without changing what
// it names ("my ears are still ringing", "feeling really down"): names read through them, as
// through stopwords. Written in lower case ("Still's disease" is a name).
bool is_degree_adverb(const MessageWord& word) {
  if (word.capitals || word.written.empty() || !text::is_lower(word.written[0])) return false;
  for (const std::string_view adverb :
       {"really",   "still",    "always",       "constantly", "extremely",
        "badly",    "totally",  "completely",   "sometimes",  "often",
        "quite",    "slightly", "usually",      "frequently", "occasionally",
        "terribly", "awfully",  "increasingly", "mostly",     "suddenly"}) {
    if (word.normalized == adverb) return true;
  }
  return false;
}

// Forms of "to be" that join a noun to what it is ("my sugar is high"), all stopwords.
bool is_copula(std::string_view normalized) {
  return normalized == "is" || normalized == "are" || normalized == "was" || normalized == "were" ||
         normalized == "been" || normalized == "be";
}

// The words a person writes before a part of their own (or another's) body.
bool is_possessive(std::string_view normalized) {
  return normalized == "my" || normalized == "his" || normalized == "her" || normalized == "your" ||
         normalized == "our" || normalized == "their";
}

// What may follow the words a person wrote in a name they only begin.
enum class Rest {
  kAnything,   // "nephrotic syndrome" of "nephrotic syndrome in adults"
  kKind,       // an eponym: "parkinson" of "parkinson's disease"
  kComplaint,  // a part of the body: "knee" of "knee injuries and disorders"
  kDisorder,   // the part a part belongs to, for what goes wrong with it at all ("finger" of
               // "finger injuries and disorders" for a thumb; not "head injuries" for a rash
               // on the face)
};

struct Candidate {
  std::string key;
  std::string match;
  Xapian::doccount records = 0;
  bool derived = false;     // no record gives it as focus or synonym (see derived_only)
  bool other_name = false;  // see NameMatch
};

std::string main_name_of(const Xapian::Database& db, const std::string& key);

// The terms of message words [first, first + n), stopwords left out, joined by spaces.
std::string key_of(const std::vector<const MessageWord*>& words, std::size_t first, std::size_t n) {
  std::string key;
  for (std::size_t k = first; k < first + n; ++k) {
    if (!key.empty()) key += ' ';
    key += words[k]->term;
  }
  return key;
}

class Recognizer {
 public:
  Recognizer(const Xapian::Database& db, text::Analyzer& analyzer,
             const text::Dictionary& dictionary, const Message& message)
      : db_(db),
        analyzer_(analyzer),
        dictionary_(dictionary),
        message_(message),
        records_(std::max<double>(1, db.get_doccount())) {}

  // A part of a person's body they say something about: "my knees", "his left eye", "a sore
  // knee", "knee pain" (not "on the other hand", "I went back", "I want my life back", "my
  // blood test").
  [[nodiscard]] bool is_complained_of_body_part(const MessageWord& word) const {
    if (!dictionary_.is_body_part(word.normalized)) return false;
    // A part typed alone into a search box: what goes wrong with it ("knee", "thyroid").
    if (message_.words.size() == 1) return true;
    const auto* next = next_in_sentence(word);
    // It says what sort of thing the next word is, which "my" is said of.
    if (next != nullptr && dictionary_.names_other_thing(word.normalized, next->normalized)) {
      return false;
    }
    const auto at = static_cast<std::size_t>(&word - message_.words.data());
    constexpr std::size_t kMaxWordsBetween = 2;  // "my lower left leg"
    for (std::size_t back = 1; back <= kMaxWordsBetween + 1 && back <= at; ++back) {
      const auto& before = message_.words[at - back];
      if (before.sentence != word.sentence) break;
      if (is_possessive(before.normalized) || is_symptom_adjective(before.normalized)) {
        return true;
      }
      if (!describes_a_part(before, dictionary_)) break;
    }
    return next != nullptr && is_complaint(next->term);
  }

  // The terms of the adjectives that say "of" a part of the body ("esophagus": esophag, of
  // esophageal), other than the part's own term; none for another word.
  [[nodiscard]] std::vector<std::string> adjective_terms(const MessageWord& word) const {
    std::vector<std::string> terms;
    if (word.term.empty()) return terms;
    for (const auto& adjective : dictionary_.adjectives_of(word.normalized)) {
      auto term = analyzer_.stem(adjective);
      if (term != word.term) terms.push_back(std::move(term));
    }
    return terms;
  }

  // The name the corpus gives a condition of the part of the body `part` stands for (one the
  // text complains of): "diabet foot" of "diabet" and "my feet" (the diabetic foot); nothing
  // if the corpus names no such condition.
  [[nodiscard]] Candidate condition_of_part(const std::string& condition,
                                            const MessageWord& part) const {
    std::vector<std::string> parts = {part.term};
    for (const auto& whole : dictionary_.wholes_of(part.normalized)) {
      parts.push_back(analyzer_.stem(whole));
    }
    for (const auto& term : parts) {
      const auto key = condition + ' ' + term;
      if (db_.term_exists(std::string(schema::kMainNamePrefix) + key)) {
        return {key, "name", db_.get_termfreq(std::string(schema::kNamePrefix) + key)};
      }
    }
    return {};
  }

  // The name these words make, if they make one a person plausibly means.
  [[nodiscard]] Candidate lookup(const std::vector<const MessageWord*>& words, std::size_t first,
                                 std::size_t n) const {
    if (n == 1) {
      const auto& word = *words[first];
      if (is_form_of_drug(word) || is_likeness(word) || is_state_of_town(word)) return {};
      auto candidate = lookup_word(word);
      if (!candidate.key.empty()) return candidate;
      if (may_be_eponym(word)) {
        // A person's name alone, possessive, is how people call what is named after them
        // ("tourettes", "Crohn's"): the name itself, not a back-off to a longer one as a place
        // ("perth") may be.
        candidate = beginning_of_name(word.term, Rest::kKind);
        if (!candidate.key.empty() && text::lowercase(word.written).ends_with('s')) {
          candidate.match = "eponym";
        }
        return candidate;
      }
      // An abbreviation the corpus writes only with its kind: "WPW" of "WPW syndrome".
      if (word.capitals) return beginning_of_name(word.normalized, Rest::kKind);
      if (!is_complained_of_body_part(word)) return candidate;
      auto organ = name_of_body_part(word);
      if (!organ.key.empty()) organ.match = "body part";
      return organ;
    }
    const auto key = key_of(words, first, n);
    if (const auto bearing = names(key)) return {key, "name", bearing, derived_only(key)};
    auto candidate = through_synonyms(key);
    if (!candidate.key.empty()) return candidate;
    candidate = in_children(key);
    if (!candidate.key.empty()) return candidate;
    candidate = said_of(words, first, n);
    if (!candidate.key.empty()) return candidate;
    // Words ending in a kind begin a longer name; other words may be a name without its kind
    // ("carpal tunnel" of "carpal tunnel syndrome"), unless they are a part of the body or say
    // what is wrong with one ("spinal cord", "ankle injury"): a part is no condition.
    if (is_kind(words[first + n - 1]->term)) return beginning_of_name(key, Rest::kAnything);
    if (is_complaint(words[first + n - 1]->term) || names_injuries_of(key)) {
      return candidate;
    }
    return beginning_of_name(key, Rest::kKind);
  }

  // The name the corpus gives a condition of children said the other way round: "childhood
  // obesity" and "obesity in kids" are its "obesity in children" ("childhood asthma" is a name
  // of its own, found first).
  [[nodiscard]] Candidate in_children(const std::string& key) const {
    constexpr std::string_view kChildhood = "childhood ";
    constexpr std::string_view kKids = " kid";
    std::string condition;
    if (key.starts_with(kChildhood)) condition = key.substr(kChildhood.size());
    if (key.ends_with(kKids)) condition = key.substr(0, key.size() - kKids.size());
    if (condition.empty()) return {};
    auto of_children = condition + " children";
    if (const auto bearing = names(of_children)) {
      return {std::move(of_children), "name", bearing, derived_only(of_children)};
    }
    return {};
  }

  // The name that words ending in what is said of the rest make in the usual order: "my
  // sugar is high" (high blood sugar), "my eyes are dry" (dry eye), "my throat is very sore".
  // Not when it is denied ("my sugar is not high").
  [[nodiscard]] Candidate said_of(const std::vector<const MessageWord*>& words, std::size_t first,
                                  std::size_t n) const {
    const auto subject_end =
        static_cast<std::size_t>(words[first + n - 2] - message_.words.data()) + 1;
    const auto said = static_cast<std::size_t>(words[first + n - 1] - message_.words.data());
    bool joined = false;
    for (auto k = subject_end; k < said; ++k) {
      const auto& between = message_.words[k].normalized;
      if (between == "not" || between == "never" || between == "no") return {};
      joined = joined || is_copula(between);
    }
    if (!joined) return {};
    const auto key = words[first + n - 1]->term + ' ' + key_of(words, first, n - 1);
    if (const auto bearing = names(key)) return {key, "name", bearing, derived_only(key)};
    return through_synonyms(key);
  }

  // The number of words of a condition the corpus does not name that begins at words[first]:
  // words side by side in the text, ending in a kind of condition ("burning mouth syndrome"),
  // of which neither the whole (looked up already) nor an ending ("mouth syndrome") is a name;
  // 0 if none, or if the first word is a template word of the corpus's questions ("causes
  // burning mouth syndrome" is burning mouth syndrome's). `position` gives each word's place in
  // the message.
  [[nodiscard]] std::size_t unnamed_condition_at(const std::vector<const MessageWord*>& words,
                                                 const std::vector<std::size_t>& position,
                                                 std::size_t first) const {
    // The kind ending it, if the words up to one lie side by side (most words have none).
    std::size_t last = first + 1;
    for (; last < std::min(words.size(), first + kMaxNameTerms); ++last) {
      if (words[last]->sentence != words[first]->sentence ||
          position[last] - position[first] != last - first) {
        return 0;
      }
      if (is_kind(words[last]->term)) break;
    }
    if (last == std::min(words.size(), first + kMaxNameTerms)) return 0;
    // A word that a tenth of the answers use says what sort of condition it is, not which
    // ("a rare disorder", "a genetic disease").
    if (in_answers(words[last - 1]->term) >= kMaxAnswerShare * records_) return 0;
    const auto asking =
        db_.get_termfreq(std::string(schema::kQuestion.prefix) + words[first]->term);
    if (asking >= kMinTemplateWordShare * records_) return 0;
    for (std::size_t from = first + 1; from < last; ++from) {
      if (!lookup(words, from, last - from + 1).key.empty()) return 0;
    }
    return last - first + 1;
  }

  // The number of words of a drug, condition or organism the corpus does not name that begins
  // at words[first], when the text's first sentence asks about it: terms of medicine side by
  // side that are no English words and name nothing, the last no adjective ("Letrozole.",
  // "Please i want to know the cure to Adenomyosis.", "treatment Information Serratia
  // marcescens.", "intraductal papilloma"); 0 if none. Elsewhere
  // such a word is only a word: a story mentions drugs and tests in passing.
  [[nodiscard]] std::size_t medical_term_at(const std::vector<const MessageWord*>& words,
                                            const std::vector<std::size_t>& position,
                                            std::size_t first) const {
    if (words[first]->sentence != words.front()->sentence || !message_.asks(*words[first])) {
      return 0;
    }
    std::size_t last = first;
    for (; last < std::min(words.size(), first + kMaxNameTerms); ++last) {
      const auto& word = *words[last];
      if (word.sentence != words[first]->sentence ||
          position[last] - position[first] != last - first || !is_medical_word(word) ||
          (last > first && !lookup(words, last, 1).key.empty())) {
        break;
      }
    }
    // It ends in what is qualified: "intraductal papilloma"; "hyperbaric" treatment is none.
    while (last > first && looks_like_adjective(words[last - 1]->normalized)) --last;
    return last - first;
  }

  // The longest run of these words that is a name some record is about, as [from, from +
  // length); length 0 if none. Inside a derived name ("thalassemia treatment", from a title)
  // it is the general name the person also names.
  [[nodiscard]] std::pair<std::size_t, std::size_t> inner_main_name(
      const std::vector<const MessageWord*>& words, std::size_t first, std::size_t n) const {
    for (std::size_t length = n - 1; length > 0; --length) {
      for (std::size_t from = first; from + length <= first + n; ++from) {
        const auto inner = key_of(words, from, length);
        if (db_.term_exists(std::string(schema::kMainNamePrefix) + inner)) return {from, length};
      }
    }
    return {first, 0};
  }

  // Whether most records bearing the name are about a sign or symptom (NameMatch::observation).
  // `records`: how many records bear it.
  [[nodiscard]] bool names_a_sign(const std::string& key, Xapian::doccount records) const {
    return 2 * db_.get_termfreq(std::string(schema::kObservationNamePrefix) + key) > records;
  }

 private:
  [[nodiscard]] Xapian::doccount in_answers(const std::string& term) const {
    return db_.get_termfreq(std::string(schema::kAnswer.prefix) + term);
  }

  [[nodiscard]] Xapian::doccount names(const std::string& key) const {
    return db_.get_termfreq(std::string(schema::kNamePrefix) + key);
  }

  // Whether the corpus names injuries of what the key names ("spinal cord injury"): then it is
  // a part of the body, of which conditions are named, not one.
  [[nodiscard]] bool names_injuries_of(const std::string& key) const {
    return db_.term_exists(std::string(schema::kNamePrefix) + key + " injuri");
  }

  // A name no record gives as its focus or synonym, only derived from a question's wording or
  // an answer's title ("thalassemia treatment", "symptoms of dehydration").
  [[nodiscard]] bool derived_only(const std::string& key) const {
    return !db_.term_exists(std::string(schema::kMainNamePrefix) + key) &&
           db_.synonyms_begin(key) == db_.synonyms_end(key);
  }

  // A word that may name a condition after a person ("parkinson", "raynauds", "cushing"): no
  // ordinary word, no number, no abbreviation, no drug or other term of medicine ("warfarin"
  // is no warfarin syndrome).
  [[nodiscard]] bool may_be_eponym(const MessageWord& word) const {
    return word.normalized.size() >= kMinEponymBytes && !word.capitals &&
           !text::has_digit(word.normalized) && !dictionary_.is_english(word.normalized) &&
           !dictionary_.is_english(word.term) &&
           !dictionary_.is_common_medical_term(word.normalized);
  }

  // A U.S. state's postal code after a town and a comma names a place: "Jackson, MS" is no
  // multiple sclerosis, "Detroit, MI" no myocardial infarction, "Nashville, TN" no trigeminal
  // neuralgia.
  [[nodiscard]] bool is_state_of_town(const MessageWord& word) const {
    static constexpr std::string_view kStates[] = {
        "al", "ak", "az", "ar", "ca", "co", "ct", "de", "dc", "fl", "ga", "hi", "id",
        "il", "in", "ia", "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo",
        "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa",
        "pr", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy"};
    const auto at = static_cast<std::size_t>(&word - message_.words.data());
    if (!word.capitals || at == 0 ||
        std::find(std::begin(kStates), std::end(kStates), word.normalized) == std::end(kStates)) {
      return false;
    }
    const auto& town = message_.words[at - 1];
    return town.after == ',' && !town.written.empty() && text::is_upper(town.written[0]);
  }

  // A short word right after a drug's name says which form of it ("Duloxetine HCl",
  // "Wellbutrin HCL XL"), and is no abbreviation of a condition (hairy cell leukemia's).
  [[nodiscard]] bool is_form_of_drug(const MessageWord& word) const {
    const auto at = static_cast<std::size_t>(&word - message_.words.data());
    if (word.normalized.size() >= kMinMedicalTermBytes || at == 0) return false;
    const auto& before = message_.words[at - 1];
    return before.sentence == word.sentence && is_medical_word(before);
  }

  // A term of medicine as written: no abbreviation, no formula ("letrozole", not "HCl").
  [[nodiscard]] bool is_medical_word(const MessageWord& word) const {
    return !word.capitals && word.normalized.size() >= kMinMedicalTermBytes &&
           dictionary_.is_medical_term(word.normalized);
  }

  // The word after `word` in its sentence; null at the sentence's end.
  [[nodiscard]] const MessageWord* next_in_sentence(const MessageWord& word) const {
    const auto at = static_cast<std::size_t>(&word - message_.words.data());
    if (at + 1 >= message_.words.size() || message_.words[at + 1].sentence != word.sentence) {
      return nullptr;
    }
    return &message_.words[at + 1];
  }

  // What goes wrong with a part of the body, as the corpus names it: "knee" begins knee
  // injuries and disorders. A part no name begins stands for the part it belongs to or is a
  // kind of, and that for its own: "thumb" is a finger (finger injuries and disorders),
  // "forearm" part of an arm.
  [[nodiscard]] Candidate name_of_body_part(const MessageWord& word) const {
    constexpr int kMaxSteps = 2;  // thumb -> finger -> hand
    std::vector<std::string> parts = {word.normalized};
    std::set<std::string> seen = {word.normalized};
    for (int step = 0; step <= kMaxSteps && !parts.empty(); ++step) {
      Candidate best;
      std::vector<std::string> wholes;
      for (const auto& part : parts) {
        const auto terms = step == 0 ? std::vector<std::string>{word.term} : analyzer_.terms(part);
        if (terms.size() == 1) {
          auto candidate =
              beginning_of_name(terms.front(), step == 0 ? Rest::kComplaint : Rest::kDisorder);
          if (candidate.records > best.records) best = std::move(candidate);
        }
        for (auto& whole : dictionary_.wholes_of(part)) {
          if (seen.insert(whole).second) wholes.push_back(std::move(whole));
        }
      }
      if (!best.key.empty()) return best;
      parts = std::move(wholes);
    }
    return {};
  }

  // A condition named less specifically than the corpus names it: words ending in a kind of
  // condition begin a longer name ("nephrotic syndrome" of "nephrotic syndrome in adults"),
  // an eponym alone is its name's first word with a kind after it ("parkinson" of
  // "parkinson's disease"), and a part of the body begins a name of what goes wrong with it
  // ("knee" of "knee injuries and disorders"). The one of those names that the most records
  // bear, of those a record gives as its focus or synonym (not only a title's).
  [[nodiscard]] Candidate beginning_of_name(const std::string& key, Rest rest) const {
    const auto prefix = std::string(schema::kNamePrefix) + key + ' ';
    Candidate best;
    std::size_t looked = 0;
    for (auto it = db_.allterms_begin(prefix);
         it != db_.allterms_end(prefix) && looked < kMaxNamesBegun; ++it, ++looked) {
      const auto name = (*it).substr(schema::kNamePrefix.size());
      if (it.get_termfreq() <= best.records || !may_follow(rest, name.substr(key.size() + 1)) ||
          derived_only(name) ||
          (rest != Rest::kAnything && rest != Rest::kKind && !begins_with_body_part(name))) {
        continue;
      }
      best = {name, "beginning", it.get_termfreq()};
    }
    return best;
  }

  // Whether a record bearing the name writes it beginning with a part of the body: the stem
  // "rib" begins the key of "Ribbing disease", which is no disease of the ribs.
  [[nodiscard]] bool begins_with_body_part(const std::string& name) const {
    const auto bearer = db_.postlist_begin(std::string(schema::kNamePrefix) + name);
    if (bearer == db_.postlist_end(std::string(schema::kNamePrefix) + name)) return false;
    const auto record = store::decode_record(db_.get_document(*bearer).get_data());
    auto written = record.synonyms;
    written.push_back(record.focus);
    return std::any_of(written.begin(), written.end(), [&](const std::string& text) {
      const auto first = text::lowercase(text.substr(0, text.find_first_of(" -,(")));
      return dictionary_.is_body_part(first);
    });
  }

  [[nodiscard]] static bool may_follow(Rest rest, const std::string& terms) {
    switch (rest) {
      case Rest::kAnything:
        return true;
      case Rest::kKind:
        return is_kind(terms);
      case Rest::kComplaint: {
        const auto each = schema::key_terms(terms);
        return std::all_of(each.begin(), each.end(), is_complaint);
      }
      case Rest::kDisorder: {
        const auto each = schema::key_terms(terms);
        return std::all_of(each.begin(), each.end(), is_complaint) &&
               std::any_of(each.begin(), each.end(), is_kind);
      }
    }
    return false;
  }

  // A lay phrase whose synonym (shipped vocabulary or corpus) is a name: "heart attack".
  [[nodiscard]] Candidate through_synonyms(const std::string& key) const {
    for (auto it = db_.synonyms_begin(key); it != db_.synonyms_end(key); ++it) {
      if (const auto bearing = names(*it)) return {*it, "synonym", bearing, false, true};
    }
    return {};
  }

  [[nodiscard]] Candidate lookup_word(const MessageWord& word) const {
    if (describes_a_sensation(word)) return {};
    // What a part of the body does or feels is no name of its own ("my eyes burn": no burns),
    // unless it names a sign the part shows ("my hands sweat": sweat), but may be a lay word
    // for one ("my feet tingle": paresthesia).
    auto candidate = own_name(word);
    if (!candidate.key.empty() && is_what_a_part_does(word) &&
        !names_a_sign(candidate.key, candidate.records)) {
      candidate = {};
    }
    if (!candidate.key.empty()) return candidate;
    candidate = condition_of_adjective(word);
    if (!candidate.key.empty()) return candidate;
    // An everyday word that names nothing itself but that the lay vocabulary gives a medical
    // name for means that name: "piles" (hemorrhoids), "fits" (seizures); not as a quantity
    // ("periods of time", "piles of laundry", "fits of anger").
    if (const auto* next = next_in_sentence(word); next != nullptr && next->normalized == "of") {
      return {};
    }
    for (const auto& phrase : dictionary_.medical_phrases_of(word.normalized)) {
      auto medical = text::synonym_key(analyzer_, phrase);
      if (const auto bearing = names(medical)) {
        return {std::move(medical), "lay word", bearing, false, true};
      }
    }
    return {};
  }

  // The condition an adjective says a person has, when that condition is a name: "anemic"
  // (anemia), "asthmatic" (asthma), "epileptic" (epilepsy), "arthritic" (arthritis),
  // "psychotic" (psychosis), "psoriatic" (psoriasis), "allergic" (allergy), "autistic"
  // (autism), "insomniac" (insomnia), "anxious" (anxiety). English makes these adjectives from the
  // nouns by a few endings; the nouns each ending may come from are tried in turn. (The stemmer
  // already joins "constipated" and "hypertensive" to their nouns.)
  [[nodiscard]] Candidate condition_of_adjective(const MessageWord& word) const {
    struct Ending {
      std::string_view adjective;
      std::string_view noun;
    };
    static constexpr Ending kEndings[] = {
        {"ptic", "psy"}, {"itic", "itis"}, {"otic", "osis"}, {"atic", "asis"},
        {"atic", "a"},   {"istic", "ism"}, {"ic", "ia"},     {"ic", "y"},
        {"ic", "ism"},   {"ac", "a"},      {"ious", "iety"},
    };
    for (const auto& [adjective, noun] : kEndings) {
      if (!word.normalized.ends_with(adjective) ||
          word.normalized.size() < adjective.size() + kMinStemBytes) {
        continue;
      }
      auto as_noun = word;
      as_noun.normalized.replace(word.normalized.size() - adjective.size(), adjective.size(), noun);
      as_noun.term = analyzer_.stem(as_noun.normalized);
      if (as_noun.term == word.term) continue;  // already looked up ("diabetic", "diabetes")
      auto candidate = own_name(as_noun);
      if (!candidate.key.empty()) {
        candidate.match = "adjective";
        candidate.other_name = true;
        return candidate;
      }
    }
    return {};
  }

  // A verb right after a part of the body says what the part does or feels: "my eyes burn",
  // "my skin burns", "my feet tingle and burn" (the part then stands for the complaint). Told from
  // a noun the part qualifies ("my skin rash", "lymph edema") by agreement: a plural part with a
  // verb that takes no "s", a singular part with one that does.
  [[nodiscard]] bool is_what_a_part_does(const MessageWord& word) const {
    const auto at = static_cast<std::size_t>(&word - message_.words.data());
    if (at == 0) return false;
    const auto& part = message_.words[at - 1];
    if (part.sentence != word.sentence) return false;
    // And a verb joined to one: "my feet tingle and burn".
    if ((part.normalized == "and" || part.normalized == "or") && at >= 2 &&
        is_what_a_part_does(message_.words[at - 2])) {
      return true;
    }
    if (!is_complained_of_body_part(part)) return false;
    const auto ends_in_s = [](std::string_view w) {
      return w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is");
    };
    const bool plural =
        ends_in_s(part.normalized) || part.normalized == "feet" || part.normalized == "teeth";
    return plural != ends_in_s(word.normalized);
  }

  // A name that says what something resembles: "flu-like symptoms", "a lupus-like rash".
  [[nodiscard]] bool is_likeness(const MessageWord& word) const {
    const auto* next = next_in_sentence(word);
    return word.after == '-' && next != nullptr && next->normalized == "like";
  }

  // A participle before a pain, sensation or other complaint says what it feels like
  // ("burning pain", "stabbing ache", "tingling feeling", "burning rash"): burns are not what
  // the person asks about.
  [[nodiscard]] bool describes_a_sensation(const MessageWord& word) const {
    if (!word.normalized.ends_with("ing")) return false;
    const auto* next = next_in_sentence(word);
    if (next == nullptr) return false;
    const auto& felt = next->normalized;
    return felt == "pain" || felt == "pains" || felt == "ache" || felt == "sensation" ||
           felt == "sensations" || felt == "feeling" || dictionary_.is_condition(felt);
  }

  // The name a word is, as written or through the synonyms.
  [[nodiscard]] Candidate own_name(const MessageWord& word) const {
    // Written as an abbreviation ("EDS", "COPD"): looked up as one, unstemmed.
    if (word.capitals) {
      if (const auto bearing = names(word.normalized))
        return {word.normalized, "abbreviation", bearing};
    }
    const auto& key = word.term;
    // One or two letters in lower case ("t" of "can, t", "gt" of "&gt;") are no name, nor chat.
    if (word.normalized.size() <= 2 || is_chat_abbreviation(word.normalized)) return {};
    const auto bearing = names(key);
    // The word or its stem, which is often the singular ("meds" -> "med").
    const bool ordinary = dictionary_.is_english(word.normalized) || dictionary_.is_english(key);
    // An ordinary word names nothing through the synonyms: the corpus's list everyday words
    // beside names.
    if (bearing == 0) return ordinary ? Candidate{} : through_synonyms(key);
    if (!ordinary) return {key, "name", bearing};
    // An ordinary word in lower case is never an abbreviation ("hi", "mg", "meds")...
    const auto as_abbreviation = db_.get_termfreq(std::string(schema::kAbbreviationPrefix) + key);
    if (as_abbreviation >= bearing) return {};
    // ...and a name only where the corpus asks about it as one.
    const auto asking = db_.get_termfreq(std::string(schema::kQuestion.prefix) + key);
    const double in_questions = asking;
    const double in_text = db_.get_termfreq(std::string(schema::kText.prefix) + key);
    const double answer_share = in_text / records_;
    const bool about_it = db_.term_exists(std::string(schema::kMainNamePrefix) + key);
    // A word for ill health that only records' synonyms list, all of them about one name, is
    // never what the corpus asks with: it asks with that name ("influenza" is the flu's,
    // "tendonitis" tendinitis', "clubfoot" and "bellyache" are synonyms of theirs). It names
    // that name, as another name for it.
    if (asking == 0 && !about_it && dictionary_.is_condition(word.normalized) &&
        answer_share <= kMaxAnswerShare) {
      if (auto main = main_name_of(db_, key); main != key) {
        const auto records = names(main);
        return {std::move(main), "name", records, false, true};
      }
    }
    const double max_share_asked_once =
        dictionary_.is_condition(word.normalized) ? kMaxAnswerShare : kMaxAnswerShareAskedOnce;
    const bool asked_once_will_do = answer_share <= max_share_asked_once && about_it;
    if (asking < (asked_once_will_do ? Xapian::doccount{1} : kMinQuestionsAsking)) return {};
    const bool its_own_name =
        bearing / in_questions >= kMinNameShareOfQuestions && answer_share <= kMaxAnswerShare;
    const bool shared_name = about_it && in_answers(key) / records_ <= kMaxAnswerShareSharedName;
    if (!its_own_name && !shared_name) return {};
    return {key, "name", bearing};
  }

  const Xapian::Database& db_;
  text::Analyzer& analyzer_;
  const text::Dictionary& dictionary_;
  const Message& message_;
  double records_;
};

// The name the records listing `key` among their synonyms are about, when no record is about
// `key` itself and those records are all about one name: "hypertension" is high blood
// pressure, "Louis-Bar syndrome" ataxia-telangiectasia. Then every record about that name,
// not only the one listing the synonym, is about what the person named. Not when the synonym
// is a narrower name, the name's words and more ("body lice" of lice). Otherwise `key`.
std::string main_name_of(const Xapian::Database& db, const std::string& key) {
  const auto main_prefix = std::string(schema::kMainNamePrefix);
  if (db.term_exists(main_prefix + key)) return key;
  constexpr Xapian::doccount kMaxRecordsLooked = 50;
  std::set<std::string> about;
  Xapian::doccount looked = 0;
  const auto listing = std::string(schema::kNamePrefix) + key;
  for (auto record = db.postlist_begin(listing);
       record != db.postlist_end(listing) && looked < kMaxRecordsLooked; ++record, ++looked) {
    auto term = db.termlist_begin(*record);
    for (term.skip_to(main_prefix); term != db.termlist_end(*record) &&
                                    (*term).compare(0, main_prefix.size(), main_prefix) == 0;
         ++term) {
      about.insert((*term).substr(main_prefix.size()));
    }
    if (about.size() > 1) return key;
  }
  if (about.size() != 1) return key;
  const auto main_terms = schema::key_terms(*about.begin());
  const auto terms = schema::key_terms(key);
  const bool narrower = std::all_of(main_terms.begin(), main_terms.end(), [&](const auto& term) {
    return std::find(terms.begin(), terms.end(), term) != terms.end();
  });
  return narrower ? key : *about.begin();
}

// The number of words at words[first] that repeat a term of medicine found already (in the
// first sentence, where alone it is looked for); 0 if none.
std::size_t repeated_medical_term(const std::vector<NameMatch>& found,
                                  const std::vector<const MessageWord*>& words, std::size_t first) {
  for (const auto& name : found) {
    if (name.match != "medical term") continue;
    const auto n = static_cast<std::size_t>(std::count(name.key.begin(), name.key.end(), ' ')) + 1;
    if (first + n <= words.size() && words[first + n - 1]->sentence == words[first]->sentence &&
        key_of(words, first, n) == name.key) {
      return n;
    }
  }
  return 0;
}

// Whether the text says beside a part of the body it names what is wrong with it: "my
// bones hurt", "knee pain", "a sore knee", "my finger is stiff" (not "for my lungs", "pulls
// her legs up").
bool complaint_beside(const Message& message, const NameMatch& part) {
  if (part.at.empty()) return false;
  const auto k = part.at.front();
  const auto& word = message.words[k];
  const auto beside = [&](std::size_t i) -> const MessageWord* {
    return i < message.words.size() && message.words[i].sentence == word.sentence
               ? &message.words[i]
               : nullptr;
  };
  const auto* next = beside(k + 1);
  const auto* after_next = beside(k + 2);
  const auto* before = k > 0 ? beside(k - 1) : nullptr;
  return (next != nullptr && is_complaint(next->term)) ||
         (after_next != nullptr && is_symptom_adjective(after_next->normalized)) ||
         (before != nullptr && is_symptom_adjective(before->normalized));
}

// Adds a condition with a part of the body the text complains of, where the corpus names
// the two together ("type 2 diabetes ... my feet ... tingle and burn" is about the diabetic
// foot), wherever in the text the two are.
void add_conditions_of_parts(const Recognizer& recognizer, const Message& message,
                             std::vector<NameMatch>& found) {
  const auto conditions = found;
  for (std::size_t k = 0; k < message.words.size() && !conditions.empty(); ++k) {
    const auto& part = message.words[k];
    if (part.term.empty() || !recognizer.is_complained_of_body_part(part)) continue;
    for (const auto& condition : conditions) {
      if (condition.match == "body part" || unindexed(condition)) continue;
      auto candidate = recognizer.condition_of_part(condition.key, part);
      if (candidate.key.empty() || std::any_of(found.begin(), found.end(), [&](const NameMatch& m) {
            return m.key == candidate.key;
          })) {
        continue;
      }
      auto at = condition.at;
      at.push_back(k);
      auto sentences = condition.sentences;
      sentences.insert(part.sentence);
      found.push_back({std::move(candidate.key), condition.words + " ... " + part.written,
                       std::move(candidate.match), std::move(at), std::move(sentences),
                       condition.asked || message.asks(part), candidate.records});
    }
  }
}

}  // namespace

std::vector<NameMatch> recognize_names(const Xapian::Database& db, text::Analyzer& analyzer,
                                       const text::Dictionary& dictionary, const Message& message) {
  // Names are keyed without stopwords ("pain in the back" is "pain back"), as indexed, and
  // read through adverbs of degree.
  std::vector<const MessageWord*> words;
  std::vector<std::size_t> position;  // index into message.words
  for (std::size_t i = 0; i < message.words.size(); ++i) {
    if (message.words[i].term.empty() || is_degree_adverb(message.words[i])) continue;
    words.push_back(&message.words[i]);
    position.push_back(i);
  }
  const Recognizer recognizer(db, analyzer, dictionary, message);
  std::vector<NameMatch> found;
  // Records the name of words[first, first + n); a name repeated counts once.
  const auto add = [&](Candidate candidate, std::size_t first, std::size_t n) {
    if (!candidate.derived) {
      auto main = main_name_of(db, candidate.key);
      if (main != candidate.key) {
        candidate.records = db.get_termfreq(std::string(schema::kNamePrefix) + main);
        candidate.key = std::move(main);
        candidate.other_name = true;
      }
    }
    const bool asked = message.asks(*words[first]);
    std::vector<std::size_t> at(position.begin() + static_cast<std::ptrdiff_t>(first),
                                position.begin() + static_cast<std::ptrdiff_t>(first + n));
    const auto duplicate = std::find_if(found.begin(), found.end(),
                                        [&](const auto& m) { return m.key == candidate.key; });
    if (duplicate != found.end()) {
      duplicate->asked = duplicate->asked || asked;
      duplicate->sentences.insert(words[first]->sentence);
      duplicate->at.insert(duplicate->at.end(), at.begin(), at.end());
      return;
    }
    std::string written;
    for (std::size_t k = position[first]; k <= position[first + n - 1]; ++k) {
      written += (written.empty() ? "" : " ") + message.words[k].written;
    }
    found.push_back({std::move(candidate.key),
                     std::move(written),
                     std::move(candidate.match),
                     std::move(at),
                     {words[first]->sentence},
                     asked,
                     candidate.records,
                     candidate.other_name});
  };
  for (std::size_t i = 0; i < words.size();) {
    std::size_t matched = 0;
    for (auto n = std::min(kMaxNameTerms, words.size() - i); n > 0 && !matched; --n) {
      // A name lies within one sentence.
      if (words[i + n - 1]->sentence != words[i]->sentence) continue;
      auto candidate = recognizer.lookup(words, i, n);
      // Words that name a condition the corpus lacks are that condition, not names of their
      // own ("burning" is no burn in "burning mouth syndrome"); an eponym may still begin its
      // name ("Raynaud's syndrome": Raynaud's disease).
      if (n == 1 && candidate.match != "beginning" && candidate.match != "eponym") {
        if (const auto length = recognizer.unnamed_condition_at(words, position, i)) {
          matched = length;
          add({key_of(words, i, length), "unnamed"}, i, length);
          continue;
        }
      }
      if (candidate.key.empty()) {
        if (n > 1) continue;
        if (auto length = recognizer.medical_term_at(words, position, i);
            length > 0 || (length = repeated_medical_term(found, words, i)) > 0) {
          matched = length;
          add({key_of(words, i, length), "medical term"}, i, length);
        }
        continue;
      }
      matched = n;
      const bool derived = candidate.derived;
      add(std::move(candidate), i, n);
      if (derived) {
        const auto [from, length] = recognizer.inner_main_name(words, i, n);
        if (length > 0) {
          const auto key = key_of(words, from, length);
          add({key, "contained", db.get_termfreq(std::string(schema::kNamePrefix) + key)}, from,
              length);
        }
      }
    }
    i += matched ? matched : 1;
  }
  std::vector<std::vector<std::string>> adjective_terms(message.words.size());
  for (std::size_t i = 0; i < message.words.size(); ++i) {
    adjective_terms[i] = recognizer.adjective_terms(message.words[i]);
  }
  add_scattered_names(db, message, adjective_terms, found);
  add_conditions_of_parts(recognizer, message, found);
  std::erase_if(found, [&](const NameMatch& m) {
    return denied(message, m) || names_a_sort(message, m) || likened_to(message, m);
  });
  for (auto& name : found) {
    name.topic = name.records > 0 &&
                 db.get_termfreq(std::string(schema::kTopicNamePrefix) + name.key) >= name.records;
    name.observation = recognizer.names_a_sign(name.key, name.records);
  }
  // A general topic is what the text is about only when it asks about it and names no
  // condition or drug: "suggest a medicine for my leg pain" is about leg pain, and "my father
  // ... which use medicine" about nothing the index names.
  const bool names_a_thing =
      std::any_of(found.begin(), found.end(), [](const auto& m) { return !m.topic; });
  std::erase_if(found, [&](const auto& m) {
    return m.topic && (names_a_thing || !m.asked || requested(message, m));
  });
  // Names the words make first, then names whose words lie apart, then names the words only
  // begin ("stiff person syndrome." before "cramps ... muscle" in the question after it),
  // then lay words ("parkinson ... shaking" is about Parkinson's disease), then parts of the
  // body, then conditions the corpus has no name for. Then the asked-about name first: one in a
  // sentence that asks (or the subject line) before one in the story; then the one the text keeps
  // coming back to (named in more sentences: "achalasia. after surgery for achalasia, will ..." is
  // about achalasia); then the more specific (a narrower form of the other, else more words);
  // then the earlier.
  constexpr int kPartWeakness = 4;
  constexpr int kLayWeakness = 3;
  const auto weakness = [](const NameMatch& m) {
    return unindexed(m)                                      ? 5
           : m.match == "body part"                          ? kPartWeakness
           : m.match == "lay word" || m.match == "adjective" ? kLayWeakness
           : m.match == "beginning"                          ? 2
           : m.match == "scattered"                          ? 1
                                                             : 0;
  };
  // Lay words and parts of the body: the asked-about ones before the others, lay words first
  // ("I have been tired ... Could it be my thyroid?" asks about the thyroid).
  const auto rank = [&](const NameMatch& m) {
    const auto own = weakness(m);
    if (own != kLayWeakness && own != kPartWeakness) return 2 * own;
    return 2 * kLayWeakness + (m.asked ? 0 : 2) + (own == kPartWeakness ? 1 : 0);
  };
  // A name the text gives only as a relative's condition or as one the person was told they
  // do not have is the story beside one it names otherwise ("My mom had breast cancer" beside
  // "I've been having hot flashes"; "it wasn't a stroke, it's Bell's palsy ... My uncle had a
  // stroke"); alone, it is what the text asks about.
  const auto disowned = [&](std::size_t k) {
    return denied_at(message, k) || whose_at(message, k) == Whose::kRelatives;
  };
  const bool own_named = std::any_of(found.begin(), found.end(), [&](const NameMatch& m) {
    return m.match != "body part" && !unindexed(m) &&
           std::any_of(m.at.begin(), m.at.end(), [&](std::size_t k) {
             const auto whose = whose_at(message, k);
             return !denied_at(message, k) &&
                    (whose == Whose::kWriters || whose == Whose::kNobodys);
           });
  });
  std::stable_sort(found.begin(), found.end(), [&](const NameMatch& a, const NameMatch& b) {
    if (rank(a) != rank(b)) return rank(a) < rank(b);
    const bool procedure_a = names_a_shot_or_test(message, a);
    if (procedure_a != names_a_shot_or_test(message, b)) return !procedure_a;
    if (a.asked != b.asked) return a.asked;
    if (a.sentences.size() != b.sentences.size()) return a.sentences.size() > b.sentences.size();
    // Parts of the body: one said to hurt before one only mentioned ("for my lungs ... now my
    // bones hurt"), else the first named (a corpus name's length says nothing of them).
    if (a.match == "body part") {
      return b.match == "body part" && complaint_beside(message, a) &&
             !complaint_beside(message, b);
    }
    // A narrower form of another name through one of its synonyms may have fewer words:
    // "pulmonary hypertension" of "high blood pressure" (hypertension).
    if (narrower(db, a, b)) return true;
    if (narrower(db, b, a)) return false;
    const auto terms_a = std::count(a.key.begin(), a.key.end(), ' ');
    const auto terms_b = std::count(b.key.begin(), b.key.end(), ' ');
    return terms_a > terms_b;
  });
  // The story's names after the others, each group in that order.
  if (own_named) {
    for (auto& m : found) m.story = each_time_named(m, disowned);
    std::stable_partition(found.begin(), found.end(), [](const NameMatch& m) { return !m.story; });
  }
  // Something the index has no name for that the first sentence asks about comes before the
  // names only the story mentions: "Plaquenil. I was recently diagnosed with lupus. ...
  // Should I be concerned?" asks about Plaquenil.
  const auto opening = words.empty() ? 0 : words.front()->sentence;
  const auto asked_unnamed = std::find_if(found.begin(), found.end(), [&](const NameMatch& m) {
    return unindexed(m) && m.asked && m.sentences.count(opening) != 0;
  });
  // So does one the text comes back to more often than the names asked about before it
  // ("Bruxism. I understand that bruxism may be a result of anxiety, but why ...?").
  if (asked_unnamed != found.end() &&
      std::none_of(found.begin(), asked_unnamed, [&](const NameMatch& m) {
        return m.asked && m.sentences.size() >= asked_unnamed->sentences.size();
      })) {
    std::rotate(found.begin(), asked_unnamed, std::next(asked_unnamed));
  }
  // A part of the body stands for a complaint that names no condition ("my knees hurt"), one
  // part for it: the first named ("my lower back ... till my tail bone and my hips" is about
  // the back). Parts sort last, so only a part that comes first is kept: beside a named
  // condition, or another part, one only blurs it. So is a term of medicine.
  if (!found.empty()) {
    found.erase(std::remove_if(std::next(found.begin()), found.end(),
                               [](const auto& m) {
                                 return m.match == "body part" || m.match == "medical term";
                               }),
                found.end());
  }
  return found;
}

}  // namespace qadex::query
