// Unit tests of the ranking features on small fixtures: cleaning, focus recognition,
// question-type cues and spelling correction.
#include <catch2/catch.hpp>

#include <algorithm>
#include <initializer_list>
#include <map>
#include <set>
#include <tuple>

#include <xapian.h>

#include "qadex/index.hpp"
#include "query/message.hpp"
#include "query/name_recognizer.hpp"
#include "query/qtype_cues.hpp"
#include "query/spelling.hpp"
#include "query/text_cleaner.hpp"
#include "tests/unit/query/write_records.hpp"
#include "tests/unit/temp_dir.hpp"
#include "text/hunspell_speller.hpp"

using qadex::testing::TempDir;
using qadex::testing::write_records;

namespace {

// `text` with the spelling corrections qadex makes against the index `db`.
std::string corrected_in(const Xapian::Database& db, std::string_view text) {
  qadex::text::Analyzer analyzer;
  return qadex::query::apply_corrections(
      text, qadex::query::find_corrections(db, analyzer, qadex::text::Dictionary::builtin(),
                                           qadex::text::HunspellSpeller::builtin(), text));
}

// The key of the strongest name recognized in `text` against the index `db`; empty if none.
std::string primary_name_in(const Xapian::Database& db, std::string_view text) {
  qadex::text::Analyzer analyzer;
  const auto found = qadex::query::recognize_names(db, analyzer, qadex::text::Dictionary::builtin(),
                                                   qadex::query::read_message(analyzer, text));
  return found.empty() ? std::string() : found.front().key;
}

// Records about other common conditions, of each of `types`, so that a test's conditions are
// a few among many (BM25's statistics need them).
void add_other_conditions(std::vector<qadex::Record>& records,
                          std::initializer_list<const char*> types) {
  for (const std::string focus : {"Asthma", "Anemia", "Acne", "Eczema", "Migraine", "Psoriasis"}) {
    for (const std::string type : types) {
      records.push_back({.id = focus + "-" + type,
                         .question = "What is the " + type + " of " + focus + "?",
                         .answer = focus + " is a common condition.",
                         .focus = focus,
                         .qtype = type});
    }
  }
}

}  // namespace

TEST_CASE("cleaning removes courtesy, contact details and repeats, not medical words",
          "[query][unit]") {
  qadex::text::Analyzer analyzer;
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"Hello, I would like to know what causes back pain. Thanks, Mary Smith",
       "what causes back pain."},
      {"Hi doctor! pain pain in my knee", "pain in my knee"},  // repeated word
      {"mail me at jo@example.com or call 555-123-4567 about gout",
       "mail me at or call about gout"},
      {"ref AB123456: can you please advise on asthma", "ref on asthma"},
      // Medical words that look like codes stay: COVID-19, H1N1, B12, 5mg.
      {"COVID-19 and H1N1 and B12 5mg", "COVID-19 and H1N1 and B12 5mg"},
      {"Is help available for thyroid disease?", "Is help available for thyroid disease?"},
  };
  for (const auto& [input, expected] : cases) {
    INFO(input);
    auto cleaned = qadex::query::clean_text(analyzer, input).text;
    // Compare word sequences: cleaning may leave extra spaces and punctuation.
    auto words = [&](std::string_view text) {
      std::vector<std::string> out;
      analyzer.for_each_word(text, [&](const auto& w) {
        if (!w.compound) out.push_back(w.normalized);
      });
      return out;
    };
    CHECK(words(cleaned) == words(expected));
  }
}

TEST_CASE("HTML character references are markup, not words", "[query][unit]") {
  const auto cleaned = qadex::query::remove_character_references(
      "your &quot;agency&quot; &amp; me, it&#39;s &#x27;fine&#x27; & AT&T; R&D");
  CHECK(cleaned.text == "your  agency    me, it s  fine  & AT&T; R&D");
  CHECK(cleaned.removed ==
        std::vector<std::string>{"&quot;", "&quot;", "&amp;", "&#39;", "&#x27;", "&#x27;"});
}

TEST_CASE("question-type cues map phrasings to the corpus's question types", "[query][unit]") {
  qadex::text::Analyzer analyzer;
  qadex::query::QtypeCues cues(analyzer);
  auto detect = [&](std::string_view text) {
    return cues.detect(qadex::query::cue_words(analyzer, text));
  };
  using V = std::vector<std::string>;
  CHECK(detect("what causes lower back stiffness") == V{"causes"});
  CHECK(detect("I have lower back stiffness. What could it be?") == V{"causes"});
  CHECK(detect("how is gout treated") == V{"treatment"});
  CHECK(detect("can it be cured?") == V{"treatment"});
  CHECK(detect("is it hereditary") == V{"inheritance"});
  CHECK(detect("what is the outlook for ALS") == V{"outlook"});
  CHECK(detect("prostate cancer survival rate") == V{"outlook"});
  CHECK(detect("can colon cancer come back after surgery") == V{"outlook"});
  CHECK(detect("is there a test for lupus") == V{"exams and tests"});
  CHECK(detect("can CDH be passed down to future generations") == V{"inheritance"});
  CHECK(detect("can the disorder be passed on to offspring") == V{"inheritance"});
  CHECK(detect("does sickle cell skip generations") == V{"inheritance"});
  CHECK(detect("how do you know when you have night blindness") == V{"symptoms"});
  CHECK(detect("will the pneumonia happen again") == V{"outlook"});
  CHECK(detect("what is done for people with emphysema") == V{"treatment"});
  CHECK(detect("will my son grow out of his asthma") == V{"outlook"});
  CHECK(detect("will he outgrow it") == V{"outlook"});
  CHECK(detect("should I get tested") == V{"exams and tests"});
  CHECK(detect("what tests are done for a thyroid problem") == V{"exams and tests"});
  CHECK(detect("I have gout, is it serious") == V{"outlook"});
  CHECK(detect("what happens if a hernia is not fixed") == V{"complications"});
  CHECK(detect("what happens if high blood pressure is not treated") == V{"complications"});
  CHECK(detect("is untreated sleep apnea dangerous") == V{"complications"});
  CHECK(detect("is pink eye contagious") == V{"information"});
  CHECK(detect("how do people get diabetes") == V{"causes"});  // how one comes to have it...
  CHECK(detect("how did I catch shingles") == V{"causes"});
  CHECK(detect("how do you get rid of warts") == V{"treatment"});  // ...not ridding oneself
  CHECK(detect("how do you get tested for HIV") == V{"exams and tests"});
  CHECK(detect("how do you get help for depression").empty());
  CHECK(detect("a diaper rash that won't go away").empty());  // it lasts: no outlook asked
  CHECK(detect("could my headaches be from my blood pressure") == V{"causes"});
  CHECK(detect("could the rash be due to the new soap") == V{"causes"});
  auto both = detect("symptoms of flu and how to treat it");
  std::sort(both.begin(), both.end());
  CHECK(both == V{"symptoms", "treatment"});
  CHECK(detect("lower back stiffness").empty());
  // Phrases that tell the story hold a cue's words but ask nothing.
  CHECK(detect("my mom was diagnosed with alzheimer's, is it hereditary?") == V{"inheritance"});
  CHECK(detect("diarrhea since coming back from Mexico").empty());
  CHECK(detect("how is lupus diagnosed") == V{"exams and tests"});
}

namespace {

// An index whose names are known: focus names, a synonym, a gene symbol.
void write_fixture(const TempDir& dir) {
  qadex::OpenOptions options;
  options.mode = qadex::OpenOptions::Mode::kWrite;
  auto index = qadex::Index::open(dir.path(), options);
  index.add({.id = "1",
             .question = "What is lower back pain?",
             .answer = "Pain in the lumbar area.",
             .focus = "Lower back pain",
             .synonyms = {"dorsalgia"}});
  index.add({.id = "2",
             .question = "What is back pain?",
             .answer = "Pain anywhere in the back.",
             .focus = "Back pain"});
  index.add({.id = "3", .question = "What is ABL?", .answer = "A gene.", .focus = "ABL"});
  for (int i = 0; i < 100; ++i) {  // "able" (stem "abl") is an ordinary word in answers
    index.add({.id = "filler" + std::to_string(i), .answer = "You may be able to walk."});
  }
  index.add({.id = "4",
             .question = "What are tablets?",
             .answer = "Tablets are pills; abetalipoproteinemia is a rare disorder.",
             .focus = "Abetalipoproteinemia"});
  index.add({.id = "5",
             .question = "What is locked-in syndrome?",
             .answer = "Paralysis of all voluntary muscles but the eyes.",
             .focus = "Locked-In Syndrome",
             .synonyms = {"cerebromedullospinal disconnection"}});
  index.add({.id = "6",
             .question = "What is Parkinson's disease?",
             .answer = "A disorder of the brain that leads to shaking.",
             .focus = "Parkinson's disease"});
  index.add({.id = "7",
             .question = "What is nephrotic syndrome in adults?",
             .answer = "A kidney disorder that makes the body pass too much protein.",
             .focus = "Nephrotic syndrome in adults"});
  // One record's slip ("walkk"), and one record's word that is close to no other.
  index.add({.id = "9", .answer = "Few people walkk after it; xylofrenia is rare."});
  index.add({.id = "8",
             .question = "What is small intestine cancer?",
             .answer = "A rare cancer of the small bowel.",
             .focus = "Small intestine cancer"});
  index.commit();
}

}  // namespace

TEST_CASE("focus recognition takes the longest indexed name and distrusts common words",
          "[query][unit]") {
  TempDir dir;
  write_fixture(dir);
  Xapian::Database db(dir.path().string());
  qadex::text::Analyzer analyzer;
  using Names = std::vector<std::string>;
  auto names = [&](std::string_view text) {
    Names out;
    const auto message = qadex::query::read_message(analyzer, text);
    for (const auto& match :
         qadex::query::recognize_names(db, analyzer, qadex::text::Dictionary::builtin(), message)) {
      out.push_back(match.key);
    }
    return out;
  };
  CHECK(names("severe lower back pain") == Names{"lower back pain"});
  CHECK(names("back pain again") == Names{"back pain"});
  // A synonym is a name too: the name of the records that give it.
  CHECK(names("dorsalgia") == Names{"lower back pain"});
  CHECK(names("able to walk").empty());  // "able" (stem of the gene ABL): a word
  CHECK(names("what is abetalipoproteinemia") == Names{"abetalipoproteinemia"});
  // A hyphenated name is its parts, written with the hyphen or without.
  CHECK(names("my brother with locked-in syndrome") == Names{"lock syndrom"});
  CHECK(names("Locked in Syndrome") == Names{"lock syndrom"});
  // Named less specifically than the corpus does: a phrase ending in a kind of condition, or an
  // eponym alone, begins the name; other words (a body part) do not.
  CHECK(names("what is nephrotic syndrome") == Names{"nephrot syndrom adult"});
  CHECK(names("my dad has parkinson") == Names{"parkinson diseas"});
  // An eponym with another kind than the corpus's still begins its name.
  CHECK(names("my dad has parkinson's syndrome") == Names{"parkinson diseas"});
  CHECK(names("pain in my small intestine").empty());
}

TEST_CASE("spelling corrects words the corpus lacks or one record slipped on, never others",
          "[query][unit]") {
  TempDir dir;
  write_fixture(dir);
  Xapian::Database db(dir.path().string());
  const auto corrected = [&](std::string_view text) { return corrected_in(db, text); };
  CHECK(corrected("tabkets for abetalipoproteimemia") == "tablets for abetalipoproteinemia");
  // A very long word may have three slips, but not at its start.
  CHECK(corrected("abetakipoprotenemai") == "abetalipoproteinemia");
  CHECK(corrected("xyetalipoproteinemi") == "xyetalipoproteinemi");
  CHECK(corrected("able to walk") == "able to walk");  // known words stay
  CHECK(corrected("xq") == "xq");                      // too short to correct
  CHECK(corrected("zzzzzzzz") == "zzzzzzzz");          // nothing close
  // A word one record has, a hundred times rarer than a word one edit away: its slip.
  CHECK(corrected("can I walkk") == "can I walk");
  CHECK(corrected("what is xylofrenia") == "what is xylofrenia");
}

TEST_CASE("did-you-mean reports the corrected question", "[query][unit]") {
  TempDir dir;
  write_fixture(dir);
  const auto index = qadex::Index::open(dir.path());
  const auto results = index.search("what is abetalipoproteimemia");
  CHECK(results.corrected_query == "what is abetalipoproteinemia");
  REQUIRE_FALSE(results.hits.empty());
  CHECK(results.hits[0].id == "4");
  qadex::SearchOptions plain;
  plain.ranking = qadex::RankingOptions::plain();
  CHECK(index.search("what is abetalipoproteimemia", plain).corrected_query.empty());
}

namespace {

// Names as MedQuAD writes them: conditions with abbreviations that are also English words
// (HI, MG, MED, ED; ChILD in mixed case), one-word conditions people name (stroke), a synonym
// that is an ordinary word (operation).
void write_names_fixture(const TempDir& dir) {
  qadex::OpenOptions options;
  options.mode = qadex::OpenOptions::Mode::kWrite;
  auto index = qadex::Index::open(dir.path(), options);
  const std::pair<std::string, std::vector<std::string>> names[] = {
      {"Harlequin ichthyosis", {"HI"}},
      {"Myasthenia gravis", {"MG"}},
      {"Multiple epiphyseal dysplasia", {"MED"}},
      {"Ehlers-Danlos syndrome", {"EDS"}},
      {"Erectile dysfunction", {"ED"}},
      {"Chronic obstructive pulmonary disease", {"COPD"}},
      {"Surgery", {"Operation"}},
      {"Stroke", {}},
      {"Diabetes", {}},
      {"Depression", {}},
      {"Gestational trophoblastic tumor", {"GT"}},
      {"Wolffian tumor", {"WAT"}},
      {"Children's interstitial lung disease", {"ChILD"}},
      {"Knee Injuries and Disorders", {}},
      {"Finger Injuries and Disorders", {}},
      {"Head Injuries", {}},
      {"Hemorrhoids", {}},
      {"Seizures", {}},
      {"Drowning", {}},
      {"Wolff-Parkinson-White syndrome", {"WPW syndrome"}},
      {"Burns", {}},
      {"Ribbing disease", {}},  // an eponym whose stem is a part of the body's
      {"Diabetic foot", {}},
      {"Carpal tunnel syndrome", {}},
      {"Spinal cord diseases", {}},
      {"Spinal cord injury", {}},
      {"Heart attack", {}},
      {"Panic disorder", {}},
      {"Alcohol", {"Drink"}},
      {"Drinking water", {}},
      {"Hashimoto's disease", {}},
      {"Rare diseases", {}},
      {"Back Pain", {}},
      {"Blood Disorders", {}},
      {"Asthma", {}},
      {"Epilepsy", {}},
      {"Ataxia-telangiectasia", {"ATM"}},
      {"Multiple sclerosis", {"MS"}},
      {"Hyperglycemia", {"High blood sugar"}},
      {"Dry eye", {}},
      {"Sore throat", {}},
      {"Insomnia", {}},
      {"Thyroid Diseases", {}},
      {"Fatigue", {}},
      {"Esophageal cancer", {}},
      {"High blood pressure", {"Hypertension"}},
      {"Pulmonary hypertension", {}},
  };
  int id = 0;
  for (const auto& [focus, synonyms] : names) {
    for (const std::string type : {"information", "treatment"}) {
      index.add({.id = std::to_string(++id),
                 .question = "What is the " + type + " of " + focus + "?",
                 .answer = focus + " is a condition; see a doctor about it.",
                 .focus = focus,
                 .synonyms = synonyms,
                 .qtype = type});
    }
  }
  // Corpus questions that ask about "child", as MedQuAD's do.
  for (const std::string type : {"inheritance", "outlook"}) {
    index.add({.id = std::to_string(++id),
               .question = "Is chILD in a child " + type + "?",
               .answer = "It depends on the child.",
               .focus = "Children's interstitial lung disease",
               .synonyms = {"ChILD"},
               .qtype = type});
  }
  // A sign or symptom a part of the body may show.
  index.add({.id = "sweat",
             .question = "What is sweat?",
             .answer = "Sweating too much is hyperhidrosis.",
             .focus = "Sweat",
             .qtype = "information",
             .semantic_types = {"T184"}});
  // Topics one record asks about: a rare word ("heartburn") and an everyday one ("falls").
  index.add({.id = "heartburn",
             .question = "What is heartburn?",
             .answer = "A burning feeling in the chest.",
             .focus = "Heartburn",
             .qtype = "information"});
  index.add({.id = "falls",
             .question = "How can older people prevent falls?",
             .answer = "Exercise and good lighting help.",
             .focus = "Falls",
             .qtype = "prevention"});
  // A topic page about a word for ill health that answers use in passing more than falls.
  index.add({.id = "constipation",
             .question = "What is constipation?",
             .answer = "Having fewer than three bowel movements a week.",
             .focus = "Constipation",
             .qtype = "information"});
  for (int i = 0; i < 4; ++i) {
    index.add({.id = "side-effects" + std::to_string(i),
               .answer = "Side effects may include nausea or constipation."});
  }
  // Words that head many longer names, so that few questions naming them are about them alone:
  // a condition the answers seldom use ("arthritis"), and an everyday word ("pain").
  for (const std::string word : {"arthritis", "pain"}) {
    index.add({.id = word,
               .question = "What is " + word + "?",
               .answer = "See a doctor.",
               .focus = word,
               .qtype = "information"});
    for (const std::string kind : {"rheumatoid", "psoriatic", "reactive", "juvenile", "septic",
                                   "gouty", "viral", "fungal", "traumatic", "chronic", "acute"}) {
      for (const std::string type : {"information", "treatment"}) {
        index.add({.id = kind + word + type,
                   .question = "What is the " + type + " of " + kind + " " + word + "?",
                   .answer = "See a doctor.",
                   .focus = kind + " " + word,
                   .qtype = type});
      }
    }
  }
  // Questions of a template, as MedQuAD's "What causes ...?".
  for (int i = 0; i < 10; ++i) {
    index.add({.id = "causes" + std::to_string(i),
               .question = "What causes it?",
               .answer = "Many things."});
  }
  // Ordinary answers that use ordinary words, so the index knows they are ordinary.
  for (int i = 0; i < 120; ++i) {
    index.add({.id = "filler" + std::to_string(i),
               .answer = "After an operation, take 5 mg of the medicine and tell the doctor of "
                         "any pain or if you fall. Serious side effects are rare."});
  }
  index.commit();
}

// The names fixture's index, and the keys of the names recognized in a text against it.
class NamesIndex {
 public:
  NamesIndex() {
    write_names_fixture(dir_);
    db_ = Xapian::Database(dir_.path().string());
  }
  // The primary first.
  std::vector<std::string> keys_in(std::string_view text) {
    std::vector<std::string> keys;
    for (const auto& name :
         qadex::query::recognize_names(db_, analyzer_, qadex::text::Dictionary::builtin(),
                                       qadex::query::read_message(analyzer_, text))) {
      keys.push_back(name.key);
    }
    return keys;
  }

 private:
  TempDir dir_;
  Xapian::Database db_;
  qadex::text::Analyzer analyzer_;
};

}  // namespace

TEST_CASE("a word becomes a name only where a person plausibly means one", "[query][unit]") {
  TempDir dir;
  write_names_fixture(dir);
  Xapian::Database db(dir.path().string());
  qadex::text::Analyzer analyzer;
  const auto primary = [&](std::string_view text) { return primary_name_in(db, text); };
  const std::pair<std::string_view, std::string_view> cases[] = {
      // Names people mean.
      {"I think I had a stroke last year", "stroke"},
      {"how do I manage my diabetes", "diabet"},
      {"depression after a loss", "depress"},
      // An abbreviation is the name of the records that give it.
      {"what is COPD", "chronic obstruct pulmonari diseas"},
      {"copd flare up", "chronic obstruct pulmonari diseas"},  // lower case, but no English word
      {"EDS symptoms", "ehler danlo syndrom"},  // an abbreviation is not stemmed into "ed"
      {"Is ED treatable", "erectil dysfunct"},
      {"stroke. I am worried about my father", "stroke"},  // a subject line
      {"my arthritis is worse in winter", "arthriti"},     // heads longer names, rare in answers
      {"my knees hurt when I climb stairs", "knee injuri disord"},  // a part of one's body...
      {"knee pain at night", "knee injuri disord"},
      {"knee",
       "knee injuri disord"},  // alone in a search box                 // ...or one that hurts
      {"knee damage from running", "knee injuri disord"},
      {"my thumb is swollen", "finger injuri disord"},  // a thumb is a finger
      {"I have a sore knee", "knee injuri disord"},     // a part that feels something...
      {"stiff and swollen fingers", "finger injuri disord"},
      {"I type with my fingers all day and now my knees hurt", "knee injuri disord"},  // hurt
      {"my back is stiff", "back pain"},
      {"I have a bad back", "back pain"},
      {"my blood is too thick", "blood disord"},
      {"my sugar is high", "hyperglycemia"},  // said of it: the name in the usual order...
      {"my eyes are dry", "dri eye"},
      {"my throat is very sore", "sore throat"},
      {"my sugar is not high", ""},                  // ...unless denied
      {"I have been so tired for weeks", "fatigu"},  // a lay word...
      {"I have been so tired and cold for weeks now, and I gain weight. Could it be my thyroid?",
       "thyroid diseas"},                             // ...before a part asked about
      {"I want my life back", ""},                    // "my" says whose life
      {"the pain in my poor old back", "back pain"},  // words that say which part
      {"my blood test came back abnormal", ""},       // "blood" says what sort of test
      {"a rash on my face", ""},  // a face is part of a head, but head injuries are no rash
      {"my knee hurts and I have diabetes", "diabet"},  // a condition named: no part of the body
      {"I have diabetes. My feet tingle, what helps?", "diabet foot"},  // unless named together
      {"I have piles, it hurts to sit", "hemorrhoid"},  // everyday words of the lay vocabulary
      {"my son is asthmatic, can he play football", "asthma"},  // an adjective for having it
      {"I am epileptic, can I drive", "epilepsi"},
      {"I have been an insomniac for years", "insomnia"},
      {"a dramatic change", ""},  // no "drama" named
      {"she had fits as a child", "seizur"},
      {"piles of laundry and fits of anger", ""},  // quantities, not conditions
      // An abbreviation written without its kind.
      {"my son has WPW, is it serious", "wolff parkinson white syndrom"},
      {"a rare disease called Ehlers-Danlos", "ehler danlo syndrom"},  // what sort
      {"I was diagnosed with Hashimoto's", "hashimoto diseas"},  // the medical list has "hashimoto"
      // A condition written without its kind; a part of the body is none.
      {"I think I have carpal tunnel", "carpal tunnel syndrom"},
      {"the scan showed my spinal cord is fine", ""},  // the corpus names injuries of it
      // A name the person says they do not have.
      {"I am not depressed, just tired", "fatigu"},
      {"my knees hurt, no diabetes in the family", "knee injuri disord"},
      {"no fever yet, but my diabetes is worse", "diabet"},
      {"my diabetes test was fine, but I think I had a stroke", "stroke"},  // which test
      // Greetings, units, ordinary words: never names (each once was one).
      {"Hi, I have a question", ""},  // HI: harlequin ichthyosis
      {"ok thanks", ""},
      {"so dizzy atm", ""},          // chat: "at the moment"
      {"wat are the symptoms", ""},  // chat's "what": WAT, a Wolffian tumor
      {"is ATM inherited", "ataxia telangiectasia"},
      {"I take 5 mg twice daily", ""},              // MG: myasthenia gravis
      {"can I stop my meds", ""},                   // MED: a skeletal dysplasia
      {"pain after my operation", ""},              // an ordinary word the corpus never asks about
      {"where does the pain come from", ""},        // heads longer names, everyday in answers
      {"the eds said nothing", ""},                 // "eds" in lower case is a word
      {"HI THERE, WHAT IS GOING ON", ""},           // capitals in a shouted text say nothing
      {"my e-mail is &gt;me@example.org&lt;", ""},  // two letters in lower case: no name
      {"GT. what is it", "gestat trophoblast tumor"},  // in capitals: an abbreviation
      {"heartburn after dinner", "heartburn"},  // one topic page asks about it; rare in answers
      {"I fall asleep at work", ""},            // one topic page asks about falls; everyday
      {"I have constipation", "constip"},       // as common in answers, but a word for ill health
      {"burns on my hand", "burn"},
      {"a burning pain in my hand", ""},     // a participle says what a pain feels like
      {"a burning itch on my arm", ""},      // or any complaint
      {"she had stroke-like episodes", ""},  // what something resembles
      {"my knees burn after running", "knee injuri disord"},  // what a part of the body feels
      {"my knee burns at night", "knee injuri disord"},
      {"my hands sweat so much", "sweat"},  // unless the word names a sign the part shows
      {"my knees ache and burn", "knee injuri disord"},
      {"I have hand burns", "burn"},
      {"my ribs hurt when I cough", ""},  // "Ribbing" disease: no disease of the ribs
      // A condition the corpus has no name for is that condition, not a name inside it.
      {"I have burning mouth syndrome", "burn mouth syndrom"},
      {"what causes burning mouth syndrome", "burn mouth syndrom"},  // "causes" is a template's
      {"he went down on one knee", ""},                              // a knee no one complains of
      {"since this is such a rare disorder", ""},  // a word many answers use says what sort
      // A drug, condition or organism the corpus has no name for, that the first sentence asks
      // about; before a name only the story mentions, after one a question asks about.
      {"Letrozole. I have diabetes. Should I worry?", "letrozol"},
      {"Please tell me the cure for adenomyosis. I have a stroke.", "adenomyosi"},
      {"intraductal papilloma. What if I do not have it removed?", "intraduct papilloma"},
      {"I take letrozole. My diabetes is worse, what can I do?", "diabet"},
      {"My diabetes is worse. I take letrozole, is that why?", "diabet"},  // not the first
      {"Hyperbaric treatment. Does it help?", ""},  // an adjective qualifies what it names
      {"what are symptoms of a nonfunctioning gallbladder", ""},
      {"Peruvian girl. Can you help her?", ""},  // a proper noun the medical list has
      {"is GT serious", "gestat trophoblast tumor"},
      {"Letrozole GT. When should I take it?", "letrozol"},  // a drug's form, no abbreviation
      // The text comes back to it in a question more than to the name asked about there.
      {"Bruxism. I read bruxism may come from depression, but why?", "bruxism"},
      {"my child has a fever", ""},  // ChILD, an abbreviation in mixed case: the word is no name
      {"is CHILD inherited", "children interstiti lung diseas"},
      {"I was diagnosed with MS. Can I work?", "multipl sclerosi"},
      {"We moved to Jackson, MS. Why is my asthma worse?", "asthma"},  // a U.S. state
      {"Any doctor near Jackson, MS?", ""},
  };
  for (const auto& [text, expected] : cases) {
    INFO(text);
    CHECK(primary(text) == expected);
  }
  // Beside a named condition, a part of the body is no name at all; of several parts, the
  // first named stands for the complaint.
  const auto named = [&](std::string_view text) {
    return qadex::query::recognize_names(db, analyzer, qadex::text::Dictionary::builtin(),
                                         qadex::query::read_message(analyzer, text));
  };
  CHECK(named("my knee hurts and I have diabetes").size() == 1);
  const auto unnamed = named("I have burning mouth syndrome, and diabetes");
  REQUIRE(unnamed.size() == 2);
  CHECK(unnamed[0].key == "diabet");  // a name the corpus has comes first
  CHECK(unnamed[1].match == "unnamed");
  CHECK(unnamed[1].records == 0);
  // A term of medicine that does not come first is only a word.
  const auto term = named("Letrozole. I have diabetes. Should I worry?");
  REQUIRE(term.size() == 2);
  CHECK(term[0].match == "medical term");
  CHECK(term[0].records == 0);
  REQUIRE(named("I take letrozole. My diabetes is worse, what can I do?").size() == 1);
  const auto parts = named("my finger is stiff, and my knees hurt too");
  REQUIRE(parts.size() == 1);
  CHECK(parts.front().key == "finger injuri disord");
  // A word of a name found is no word of a name whose words lie apart: "anxiety attacks" (the
  // lay vocabulary's panic disorder) leave no "attack" for a heart attack.
  const auto attacks = named("I have anxiety attacks where my heart races");
  REQUIRE(attacks.size() == 1);
  CHECK(attacks.front().key == "panic disord");
  // Unless the name found has fewer words: "drink" alone names alcohol, with "water" drinking
  // water.
  const auto water = named("how much water should I drink a day");
  REQUIRE(water.size() == 1);
  CHECK(water.front().key == "drink water");
}

TEST_CASE("a sentence asks when it is a question, a request or the subject line", "[query][unit]") {
  qadex::text::Analyzer analyzer;
  const auto asking = [&](std::string_view text) {
    return qadex::query::read_message(analyzer, text).asking;
  };
  const auto story = asking(
      "My knee has hurt for a year now when I walk up the stairs. It is worse at night. What "
      "helps?");
  CHECK_FALSE(story[0]);
  CHECK_FALSE(story[1]);
  CHECK(story[2]);
  CHECK(asking("Knee pain. It has hurt for a year. I walk a lot.")[0]);  // a subject line
  // A greeting before the question word.
  CHECK(asking("I walk a lot. Hi, what is the best thing for knee pain.")[1]);
  // What a person wants.
  const auto request = asking("I will love to try diet I need. To lose weight");
  CHECK_FALSE(request[0]);
  CHECK(request[1]);
}

TEST_CASE("the name a text asks about comes first, a repeated name counts once", "[query][unit]") {
  TempDir dir;
  write_names_fixture(dir);
  Xapian::Database db(dir.path().string());
  qadex::text::Analyzer analyzer;
  const auto names_in = [&](std::string_view text) {
    return qadex::query::recognize_names(db, analyzer, qadex::text::Dictionary::builtin(),
                                         qadex::query::read_message(analyzer, text));
  };
  const auto found = names_in(
      "My mother had a stroke in May and has diabetes. Stroke runs in the family. "
      "Is depression common after it?");
  REQUIRE(found.size() == 3);
  CHECK(found[0].key == "depress");  // in the question sentence
  CHECK(found[0].asked);
  CHECK(found[1].key == "stroke");  // named twice, listed once
  CHECK(found[2].key == "diabet");

  // Both asked about: the name the text comes back to first, though the other is longer.
  const auto named = names_in("Stroke. Can multiple epiphyseal dysplasia lead to a stroke?");
  REQUIRE(named.size() == 2);
  CHECK(named[0].key == "stroke");
  CHECK(named[1].key == "multipl epiphys dysplasia");

  // A web form's labels may come before the subject line.
  const auto subject = names_in(
      "ClinicalTrials.gov - Question - general information. Depression. My mother had a stroke "
      "in May and it seems worse. What can she do?");
  REQUIRE(subject.size() == 2);
  CHECK(subject[0].key == "depress");
  CHECK(subject[0].asked);
  CHECK_FALSE(subject[1].asked);

  // A name written out comes before one whose words lie apart, even in the question.
  const auto written =
      names_in("My daughter has depression. Is the dysplasia of her epiphyseal plates multiple?");
  REQUIRE(written.size() == 2);
  CHECK(written[0].key == "depress");
  CHECK(written[1].key == "multipl epiphys dysplasia");
  CHECK(written[1].match == "scattered");
}

TEST_CASE("a narrower name comes before the one it narrows, through a synonym too",
          "[query][unit]") {
  NamesIndex index;
  // Its words hold a synonym of the other ("hypertension" of high blood pressure).
  CHECK(index
            .keys_in("what is pulmonary hypertension and how is it different from high blood "
                     "pressure")
            .front() == "pulmonari hypertens");
  CHECK(index.keys_in("is high blood pressure the same as pulmonary hypertension").front() ==
        "pulmonari hypertens");
}

TEST_CASE("a part of the body stands for the adjective that says \"of it\" in a name",
          "[query][unit]") {
  NamesIndex index;
  using Keys = std::vector<std::string>;
  CHECK(index.keys_in("What is the outlook for cancer of the esophagus?") ==
        Keys{"esophag cancer"});
  CHECK(index.keys_in("My dad has cancer of the gullet.") == Keys{"esophag cancer"});
  // Only within one sentence, as for any name whose words lie apart.
  CHECK(index.keys_in("My esophagus burns. My aunt had cancer.").empty());
}

TEST_CASE("a person's name alone, possessive, is the name of what is named after them",
          "[query][unit]") {
  NamesIndex index;
  using Keys = std::vector<std::string>;
  // Asked about, it comes before a condition the story names in full.
  CHECK(index.keys_in("I have diabetes and my neck is swollen. Is it hashimotos?") ==
        Keys{"hashimoto diseas", "diabet"});
  CHECK(index.keys_in("Could it be Hashimoto's? I have diabetes.") ==
        Keys{"hashimoto diseas", "diabet"});
}

TEST_CASE("names read through adverbs of degree, as through stopwords", "[query][unit]") {
  NamesIndex index;
  using Keys = std::vector<std::string>;
  // A lay phrase ("feeling down"), whose words apart name nothing.
  CHECK(index.keys_in("I've been feeling down.") == Keys{"depress"});
  CHECK(index.keys_in("I've been feeling really down.") == Keys{"depress"});
  CHECK(index.keys_in("Feeling quite often down lately") == Keys{"depress"});
  CHECK(index.keys_in("I've been feeling kind of down.").empty());  // not an adverb of degree
}

TEST_CASE("a relative's condition, or one the person does not have, is the story beside another",
          "[query][unit]") {
  TempDir dir;
  write_names_fixture(dir);
  Xapian::Database db(dir.path().string());
  qadex::text::Analyzer analyzer;
  const auto first_name = [&](std::string_view text) {
    const auto found =
        qadex::query::recognize_names(db, analyzer, qadex::text::Dictionary::builtin(),
                                      qadex::query::read_message(analyzer, text));
    return found.empty() ? std::string() : found.front().key;
  };
  // The longer, written-out name is the mother's; the writer's own comes first.
  CHECK(first_name("My mom had a heart attack at 60 so I'm scared. I've been having seizures "
                   "for a month. What could cause them?") == "seizur");
  CHECK(first_name("My father has diabetes, and I have asthma attacks at night.") == "asthma");
  // Not when the writer names no condition of their own: then it is what they ask about...
  CHECK(first_name("My mom had a heart attack. Could I have one too?") == "heart attack");
  // ...nor when the nearest person before it is the writer ("My wife says I have").
  CHECK(first_name("My wife says I have seizures in my sleep. I also have asthma.") == "seizur");
  // Named where the person was told they do not have it, and as a relative's: the story too.
  CHECK(first_name("The doctor said it wasn't a stroke, it is seizures. My uncle had a stroke, "
                   "so I panicked. Will it get better?") == "seizur");
  CHECK(first_name("It wasn't a stroke.").empty());  // only denied: no name
  // What a relative or friend is said to say or think is their guess at the writer's
  // condition, not theirs.
  CHECK(first_name("My mom had a heart attack, and my friend said seizures.") == "seizur");
}

namespace {

// Each name recognized in `text`, with its weight.
std::map<std::string, double> name_weights(const qadex::Index& index, std::string_view text) {
  std::map<std::string, double> out;
  for (const auto& name : index.search(text, {}).understanding.names) {
    out[name.key] = name.weight;
  }
  return out;
}

}  // namespace

TEST_CASE("a relative's condition beside the writer's own gets no name's bonus", "[query][unit]") {
  TempDir dir;
  write_names_fixture(dir);
  auto index = qadex::Index::open(dir.path());
  const auto weights = [&](std::string_view text) { return name_weights(index, text); };
  const auto beside = weights("My father had a stroke. I have seizures at night.");
  REQUIRE(beside.size() == 2);
  CHECK(beside.at("seizur") > 0);
  CHECK(beside.at("stroke") == 0);
  // Alone, it is what the writer asks about.
  CHECK(weights("My father had a stroke. Could I have one too?").at("stroke") > 0);
}

TEST_CASE("a name that only says what a feeling is like names nothing", "[query][unit]") {
  NamesIndex index;
  using Keys = std::vector<std::string>;
  CHECK(index.keys_in("At night I feel like I'm drowning and my back hurts.") == Keys{"back pain"});
  CHECK(index.keys_in("My back hurts after drowning almost.") == Keys{"drown"});  // named otherwise
  CHECK(index.keys_in("It felt like a stroke.") == Keys{"stroke"});  // a thing likened: asked about
  CHECK(index.keys_in("I feel like I have asthma.") == Keys{"asthma"});  // a guess
}

TEST_CASE("a general topic is a name only when asked about and nothing else is named",
          "[query][unit]") {
  // Focus, synonyms, category; two records each, as a corpus asks about a name.
  const std::tuple<std::string, std::vector<std::string>, std::string> fixture[] = {
      {"Medicines", {"Medications"}, "Other"},
      {"CT Scans", {}, "Other"},
      {"Gout", {}, "Disease"},
      // A name a topic and a condition share is the condition's.
      {"Stroke", {}, "Other"},
      {"Stroke", {}, ""}};
  std::vector<qadex::Record> records;
  for (const auto& [focus, synonyms, category] : fixture) {
    for (const std::string question : {"What is ", "Who should see a doctor about "}) {
      records.push_back({.id = std::to_string(records.size()),
                         .question = question + focus + "?",
                         .answer = "About " + focus + ".",
                         .focus = focus,
                         .synonyms = synonyms,
                         .category = category});
    }
  }
  for (int i = 0; i < 40; ++i) {
    records.push_back(
        {.id = "filler" + std::to_string(i), .answer = "Tell the doctor how you feel."});
  }
  TempDir dir;
  write_records(dir, records);
  Xapian::Database db(dir.path().string());
  qadex::text::Analyzer analyzer;
  auto names = [&](std::string_view text) {
    std::vector<std::string> keys;
    for (const auto& name :
         qadex::query::recognize_names(db, analyzer, qadex::text::Dictionary::builtin(),
                                       qadex::query::read_message(analyzer, text))) {
      keys.push_back(name.key + (name.topic ? " (topic)" : ""));
    }
    return keys;
  };
  using Keys = std::vector<std::string>;
  CHECK(names("Please suggest a medicine for my gout.") == Keys{"gout"});
  CHECK(names("my father has gout, he takes medications") == Keys{"gout"});
  CHECK(names("my father always uses medicine") == Keys{});  // told, not asked
  CHECK(names("medicines") == Keys{"medicin (topic)"});      // a search box's keywords
  CHECK(names("CT scans") == Keys{"ct scan (topic)"});
  CHECK(names("Where can I read about medicines for children?") == Keys{"medicin (topic)"});
  CHECK(names("Is a CT scan safe?") == Keys{"ct scan (topic)"});
  CHECK(names("Can a stroke be seen on a CT scan?") == Keys{"stroke"});
  // Asked for, not about: a treatment is wanted.
  CHECK(names("can you suggest some medicine or anything else") == Keys{});
  CHECK(names("please prescribe a medicine for the cure") == Keys{});
}

TEST_CASE("a word for ill health that only a record's synonyms list names that record's name",
          "[query][unit]") {
  TempDir dir;
  write_records(dir, {{.id = "flu",
                       .question = "What is Flu?",
                       .answer = "Flu is a contagious respiratory illness.",
                       .focus = "Flu",
                       .synonyms = {"influenza", "grippe"}},
                      {.id = "pain",
                       .question = "What is Pain?",
                       .answer = "Pain is a feeling.",
                       .focus = "Pain",
                       .synonyms = {"ache"}},
                      {.id = "headache",
                       .question = "What is Headache?",
                       .answer = "A pain in the head.",
                       .focus = "Headache",
                       .synonyms = {"ache"}}});
  Xapian::Database db(dir.path().string());
  const auto primary = [&](std::string_view text) { return primary_name_in(db, text); };
  // "Influenza" is English and no question asks with it: the corpus asks about the flu.
  CHECK(primary("influenza symptoms") == "flu");
  CHECK(primary("how long does the grippe last") == "flu");
  // Records about two names list "ache": it says which of neither.
  CHECK(primary("an ache that comes and goes") != "ach");
}

TEST_CASE("a condition of children is named either way round", "[query][unit]") {
  TempDir dir;
  write_records(dir, {{.id = "1",
                       .question = "What is Obesity in Children?",
                       .answer = "Obesity in children is common.",
                       .focus = "Obesity in Children"},
                      {.id = "2",
                       .question = "What is Obesity?",
                       .answer = "Obesity is too much body fat.",
                       .focus = "Obesity"}});
  Xapian::Database db(dir.path().string());
  const auto primary = [&](std::string_view text) { return primary_name_in(db, text); };
  CHECK(primary("how to prevent childhood obesity") == "obes children");
  CHECK(primary("obesity in kids") == "obes children");
  CHECK(primary("obesity in children") == "obes children");
  CHECK(primary("obesity in adults") != "obes children");
}

TEST_CASE("spelling never corrects a word an English or medical dictionary knows",
          "[query][unit]") {
  TempDir dir;
  write_records(dir,
                {{.id = "1",
                  .answer = "Ampicillin is an antibiotic; the inner ear; CVID lowers immunity. "
                            "CIDP is a nerve disorder."}});
  Xapian::Database db(dir.path().string());
  const auto corrected = [&](std::string_view text) { return corrected_in(db, text); };
  CHECK(corrected("amoxicillin rash") == "amoxicillin rash");    // not ampicillin
  CHECK(corrected("after dinner") == "after dinner");            // not inner
  CHECK(corrected("ampicilin") == "ampicillin");                 // a real slip is corrected
  CHECK(corrected("Profile/CIDPP-2.1") == "Profile/CIDPP-2.1");  // capitals: a code, not a slip
  CHECK(corrected("cidpp") == "cidp");                           // the same word in lower case
  CHECK(corrected("midp") == "midp");  // a slip on the first letter would be another word
}

TEST_CASE("a British spelling becomes the corpus's American one, and only that", "[query][unit]") {
  TempDir dir;
  write_records(dir, {{.id = "1",
                       .question = "What are Hemorrhoids?",
                       .answer = "Hemorrhoids are swollen veins. Hemorrhoids may bleed.",
                       .focus = "Hemorrhoids"},
                      {.id = "2",
                       .question = "What is Esophageal Cancer?",
                       .answer = "Esophageal cancer is a tumor of the esophagus.",
                       .focus = "Esophageal Cancer"},
                      {.id = "3", .answer = "A tumor is a growth. My pet is a poet's pet."},
                      {.id = "4", .answer = "The health centre; the centre; a centre of care."},
                      {.id = "5", .answer = "A center for hemorrhoids."}});
  Xapian::Database db(dir.path().string());
  const auto corrected = [&](std::string_view text) { return corrected_in(db, text); };
  // Correct English (the American list has "haemorrhoids"), yet the corpus never writes it.
  CHECK(corrected("treatment for haemorrhoids") == "treatment for hemorrhoids");
  CHECK(corrected("Oesophageal cancer and a brain tumour") ==
        "Esophageal cancer and a brain tumor");                  // cased as written
  CHECK(corrected("a poet with a pet") == "a poet with a pet");  // not a spelling of "pet"
  // The corpus writes "centre" more often than "center": as written.
  CHECK(corrected("a walk-in centre") == "a walk-in centre");
}

TEST_CASE("two words run together are parted where the corpus writes them apart", "[query][unit]") {
  TempDir dir;
  write_records(dir, {{.id = "1",
                       .question = "What are Cold Sores?",
                       .answer = "Cold sores are small blisters on the lip.",
                       .focus = "Cold Sores"},
                      {.id = "2",
                       .question = "What is Shingles?",
                       .answer = "Shingles is a painful rash. Wear a shin guard; apply gels.",
                       .focus = "Shingles"},
                      {.id = "3", .answer = "Every time you eat, eat slowly."},
                      {.id = "4", .answer = "Eyes get tired; a strain or a sprain; a train."},
                      {.id = "5",
                       .question = "What is Abdominal Pain?",
                       .answer = "Pain in the belly, a stomach ache.",
                       .focus = "Abdominal Pain",
                       .synonyms = {"stomach ache"}},
                      {.id = "6",
                       .question = "What is Headache?",
                       .answer = "A headache is a pain in the head.",
                       .focus = "Headache"},
                      {.id = "7",
                       .question = "What is Lyme Disease?",
                       .answer = "The rash may look like a bull's eye. Avoid the sun on hot days.",
                       .focus = "Lyme Disease"}});
  Xapian::Database db(dir.path().string());
  const auto corrected = [&](std::string_view text) { return corrected_in(db, text); };
  CHECK(corrected("coldsores on my lip") == "cold sores on my lip");  // a name
  // A brand's name ("Bullseye", in the medical list) is no word in lower case.
  CHECK(corrected("a rash like a bullseye") == "a rash like a bulls eye");
  CHECK(corrected("worse on sundays") == "worse on sundays");  // a day, in English
  CHECK(corrected("everytime I eat") == "every time I eat");   // one way to cut it
  // A slip of one word is likelier than two words: shingles, not "shin gels".
  CHECK(corrected("the shingels vaccine") == "the shingles vaccine");
  // Two ways to cut it, neither a name: "eye strain" or "eyes train"?
  CHECK(corrected("eyestrain at work") == "eyestrain at work");
  // A part of the body and what ails it, in one word of English that names nothing.
  CHECK(corrected("a stomachache after meals") == "a stomach ache after meals");
  CHECK(corrected("a headache after meals") == "a headache after meals");  // a name
}

TEST_CASE("a word of medicine written as two words is joined where the corpus writes it as one",
          "[query][unit]") {
  TempDir dir;
  write_records(dir,
                {{.id = "1",
                  .question = "What are Gallstones?",
                  .answer = "Gallstones form in the gallbladder. The gallbladder stores bile; "
                            "a gallbladder attack hurts.",
                  .focus = "Gallstones"},
                 {.id = "2",
                  .question = "What is Polycystic Ovary Syndrome?",
                  .answer = "Polycystic ovaries have cysts. Polycystic ovary syndrome.",
                  .focus = "Polycystic Ovary Syndrome"},
                 {.id = "3",
                  .question = "What is Heartburn?",
                  .answer = "Heartburn is a burning in the chest.",
                  .focus = "Heartburn",
                  .synonyms = {"heart burn"}},
                 {.id = "4", .answer = "The side of the back; my left side; the bladder."},
                 {.id = "5", .answer = "The back hurts; the back of the knee; side effects."}});
  Xapian::Database db(dir.path().string());
  const auto corrected = [&](std::string_view text) { return corrected_in(db, text); };
  CHECK(corrected("gall bladder attack") == "gallbladder attack");
  CHECK(corrected("a gall-bladder attack") == "a gallbladder attack");
  // A slip in the word written apart: joined, then corrected as one word.
  CHECK(corrected("poly sistic ovaries") == "polycystic ovaries");
  // The corpus names the two words as written.
  CHECK(corrected("heart burn after meals") == "heart burn after meals");
  // A word the corpus seldom writes, beside two it often does: two words meant.
  CHECK(corrected("pain in my back side") == "pain in my back side");
}

TEST_CASE("the name of a person a condition is named after, spelt by ear, is corrected",
          "[query][unit]") {
  TempDir dir;
  write_records(dir, {{.id = "1",
                       .question = "What is Crohn's Disease?",
                       .answer = "Crohn's disease inflames the digestive tract.",
                       .focus = "Crohn's Disease"},
                      {.id = "2", .answer = "Chronic disease; a chronic cough."}});
  Xapian::Database db(dir.path().string());
  const auto corrected = [&](std::string_view text) { return corrected_in(db, text); };
  CHECK(corrected("is chrones disease hereditary") == "is Crohn's disease hereditary");
  CHECK(corrected("Chrons disease diet") == "Crohn's disease diet");
  // Only before the word for a condition the name makes.
  CHECK(corrected("my friend chrones said hi") == "my friend chrones said hi");
}

TEST_CASE("a contraction written without its apostrophe is corrected, unless it begins a name",
          "[query][unit]") {
  TempDir dir;
  write_records(dir, {{.id = "1",
                       .question = "What is Cant syndrome?",
                       .answer = "Cant syndrome is a rare condition.",
                       .focus = "Cant syndrome"}});
  Xapian::Database db(dir.path().string());
  const auto corrected = [&](std::string_view text) { return corrected_in(db, text); };
  CHECK(corrected("I cant sleep and dont know why") == "I can't sleep and don't know why");
  CHECK(corrected("Dont worry, im fine") == "Don't worry, I'm fine");
  CHECK(corrected("what is Cant syndrome") == "what is Cant syndrome");  // a name's first word
  CHECK(corrected("I CANT SLEEP") == "I CAN'T SLEEP");                   // a shouted text
  CHECK(corrected("an IM injection") == "an IM injection");              // an abbreviation
  CHECK(corrected("I feel ill") == "I feel ill");  // no contraction of likelier words
}

TEST_CASE("a word that is nothing may be a condition's name spelt by ear, two slips away",
          "[query][unit]") {
  TempDir dir;
  write_records(dir, {{.id = "1",
                       .question = "What is asthma?",
                       .answer = "Asthma narrows the airways; edema and eczema are other "
                                 "conditions, and ALS another. People in Asia and Africa."},
                      {.id = "2", .answer = "Edema is swelling. Edema of the legs; edema."}});
  Xapian::Database db(dir.path().string());
  const auto corrected = [&](std::string_view text) { return corrected_in(db, text); };
  CHECK(corrected("I have asma and it gets worse at night, what can I do") ==
        "I have asthma and it gets worse at night, what can I do");  // not Asia, one slip away
  // Of two conditions two slips away, the one keeping more of the letters: eczema, not edema
  // (which more records use).
  CHECK(corrected("what is the best cream for excema on my hands") ==
        "what is the best cream for eczema on my hands");
  // A word that keeps too few of its letters in the condition is another word.
  CHECK(corrected("I have alot of questions about my heart and my lungs") ==
        "I have alot of questions about my heart and my lungs");  // no ALS
}

TEST_CASE("a slip of a word of grammar is that word, not a condition's name", "[query][unit]") {
  TempDir dir;
  write_records(dir, {{.id = "1",
                       .question = "What is angina?",
                       .answer = "Angina is chest pain. Asian people and others get it again.",
                       .focus = "Angina"},
                      {.id = "2", .answer = "Asthma comes back again and again."}});
  Xapian::Database db(dir.path().string());
  const auto corrected = [&](std::string_view text) { return corrected_in(db, text); };
  // Two letters swapped: again, not angina two slips away.
  CHECK(corrected("the pain came back agian") == "the pain came back again");
  CHECK(corrected("becuase of my asma") == "because of my asthma");
  CHECK(corrected("wich doctor") == "which doctor");
}

TEST_CASE("a word that is nothing may be spelt by ear: a name that sounds like it",
          "[query][unit]") {
  TempDir dir;
  write_records(dir, {{.id = "pneumonia",
                       .question = "What is (are) Pneumonia?",
                       .answer = "Pneumonia is an infection of the lungs.",
                       .focus = "Pneumonia"},
                      {.id = "sciatica",
                       .question = "What is (are) Sciatica?",
                       .answer = "Sciatica is pain along the sciatic nerve, like a stitch.",
                       .focus = "Sciatica"},
                      {.id = "stitches",
                       .question = "How are wounds closed?",
                       .answer = "A stitch closes a wound. A stitch, or two stitches.",
                       .focus = "Wounds"}});
  Xapian::Database db(dir.path().string());
  const auto corrected = [&](std::string_view text) { return corrected_in(db, text); };
  CHECK(corrected("how do you get numonia? is it catchy") ==
        "how do you get pneumonia? is it catchy");
  // Sciatica and stitch sound alike: the one keeping the word's letters.
  CHECK(corrected("ciatica pain down my leg") == "sciatica pain down my leg");
  // Only a name some record is about: "infekshun" sounds like infection, which none is about.
  CHECK(corrected("a bad infekshun in my lungs") == "a bad infekshun in my lungs");
  // Nor someone's name, written with a capital inside the sentence.
  CHECK(corrected("my daughter Newmonya has a cough") == "my daughter Newmonya has a cough");
}

TEST_CASE("a condition's name may lose a silent first letter or slip into another word",
          "[query][unit]") {
  TempDir dir;
  write_records(dir, {{.id = "1",
                       .question = "What is pneumonia?",
                       .answer = "Pneumonia is an infection of the lungs, not the bowel. "
                                 "Psoriasis is not either.",
                       .focus = "Pneumonia"},
                      {.id = "2",
                       .question = "What is Irritable Bowel Syndrome?",
                       .answer = "The bowel and the gut. Keep the bowel healthy; bowel habits.",
                       .focus = "Irritable Bowel Syndrome"},
                      {.id = "3",
                       .question = "What is Migraine?",
                       .answer = "A migraine is a headache. Erythema migrans is a rash.",
                       .focus = "Migraine"},
                      {.id = "4",
                       .question = "What is Lewy body dementia?",
                       .answer = "Lewy body dementia. Brody disease is a muscle disease.",
                       .focus = "Lewy body dementia",
                       .synonyms = {"Brody disease"}},
                      {.id = "5",
                       .question = "What is heel pain?",
                       .answer = "Heel pain: you may feel pain in the heel. Please feel free.",
                       .focus = "Heel pain"},
                      {.id = "6", .answer = "A bowl of soup. How do you feel? I feel fine."},
                      {.id = "7", .answer = "Erythema migrans after a tick bite."}});
  Xapian::Database db(dir.path().string());
  const auto corrected = [&](std::string_view text) { return corrected_in(db, text); };
  // A letter people do not hear: the suggestion may begin with it.
  CHECK(corrected("how long does nuemonia last") == "how long does pneumonia last");
  CHECK(corrected("soriasis") == "psoriasis");
  // A word the corpus never writes, whose stem another word's is ("migrans").
  CHECK(corrected("migrane with aura") == "migraine with aura");
  // A word of English, one slip from the word that makes the corpus's name ...
  CHECK(corrected("iritable bowl syndrome") == "irritable bowel syndrome");
  CHECK(corrected("a bowl of soup") == "a bowl of soup");  // ... only in that name
  // ... not where it is a name, or begins one, with the words before it ...
  CHECK(corrected("Lewy body disease") == "Lewy body disease");
  // ... nor into a rarer word of the corpus ("feel" -> heel pain).
  CHECK(corrected("I feel pain when I walk") == "I feel pain when I walk");
}

TEST_CASE("a short text's word no edit reaches gets Hunspell's likeliest suggestion",
          "[query][unit]") {
  // hunspell-en-us, installed by scripts/install-deps.sh
  REQUIRE(qadex::text::HunspellSpeller::builtin().available());
  TempDir dir;
  write_records(dir, {{.id = "1",
                       .question = "What are hemorrhoids?",
                       .answer = "Hemorrhoids are swollen veins; an infection needs care."}});
  Xapian::Database db(dir.path().string());
  const auto corrected = [&](std::string_view text) { return corrected_in(db, text); };
  CHECK(corrected("hemroids") == "hemorrhoids");  // three edits
  CHECK(corrected("I have a sinus infecshun") == "I have a sinus infection");
  // In a long message Hunspell is not asked (its suggestions cost tens of milliseconds each).
  const std::string story =
      "I have had them for years and they bleed when I go, the doctor says it is nothing but ";
  CHECK(corrected(story + "hemroids") == story + "hemroids");
  // Nor about more than two words of a text.
  CHECK(corrected("zzqxw qqzxw hemroids") == "zzqxw qqzxw hemroids");
  // Only a word the index has: Hunspell's "niece" is not in it.
  CHECK(corrected("my neice") == "my neice");
  // Only its likeliest suggestion: "alot" is "a lot" (two words), not alto or slot.
  CHECK(corrected("alot") == "alot");
}

TEST_CASE("inside a name derived from a title, the name a record is about is recognized too",
          "[query][unit]") {
  TempDir dir;
  write_records(dir, {{.id = "1",
                       .question = "What is thalassemia?",
                       .answer = "A blood disorder.",
                       .focus = "Thalassemia",
                       .qtype = "information"},
                      // No focus: one is derived from the answer's title.
                      {.id = "2", .answer = "Thalassemia Treatment: transfusions and chelation."}});
  Xapian::Database db(dir.path().string());
  qadex::text::Analyzer analyzer;
  const auto found = qadex::query::recognize_names(
      db, analyzer, qadex::text::Dictionary::builtin(),
      qadex::query::read_message(analyzer, "what thalassemia treatment options are there"));
  REQUIRE(found.size() == 2);
  CHECK(found[0].key == "thalassemia treatment");  // the more specific name the person wrote
  CHECK(found[1].key == "thalassemia");            // and the condition it is about
  CHECK(found[1].match == "contained");
}

TEST_CASE(
    "a text asking about different names in different sentences is split into "
    "sub-questions whose answers are interleaved",
    "[query][unit]") {
  TempDir dir;
  write_names_fixture(dir);
  const auto index = qadex::Index::open(dir.path());
  qadex::SearchOptions options;
  options.limit = 4;
  const auto results = index.search(
      "My father has diabetes and had a stroke. What is the treatment for diabetes? "
      "Can a stroke come back?",
      options);
  using Parts = std::vector<std::string>;
  CHECK(results.understanding.subquestions ==
        Parts{"What is the treatment for diabetes?", "Can a stroke come back?"});
  // Both conditions are answered near the top: the first two hits are one of each.
  REQUIRE(results.hits.size() >= 2);
  std::set<std::string> foci = {results.hits[0].focus, results.hits[1].focus};
  CHECK(foci == std::set<std::string>{"Diabetes", "Stroke"});
  // One sentence naming two things is one question (an interaction, say): no split.
  CHECK(index.search("Can I have a stroke because of my diabetes?")
            .understanding.subquestions.empty());
}

TEST_CASE("once the condition is known, its records come first and the type asked orders them",
          "[query][unit]") {
  TempDir dir;
  std::vector<qadex::Record> records = {
      {.id = "sarcoidosis-treatment",
       .question = "What are the treatments for Sarcoidosis?",
       .answer = "Medicines calm the inflammation.",
       .focus = "Sarcoidosis",
       .qtype = "treatment"},
      {.id = "sarcoidosis-causes",
       .question = "What causes Sarcoidosis?",
       .answer = "Nobody knows; clumps of immune cells form in a joint.",
       .focus = "Sarcoidosis",
       .qtype = "causes"},
      {.id = "lupus-treatment",
       .question = "What are the treatments for Lupus?",
       .answer = "Treatment of a lupus flare: medicines treat the joint pain and swelling that "
                 "flares bring.",
       .focus = "Lupus",
       .qtype = "treatment"},
  };
  add_other_conditions(records, {"information", "symptoms"});
  write_records(dir, records);
  auto index = qadex::Index::open(dir.path());
  const auto ids = [&](const qadex::RankingOptions& ranking) {
    qadex::SearchOptions options;
    options.ranking = ranking;
    std::vector<std::string> out;
    for (const auto& hit :
         index.search("My sarcoidosis flares in a joint. How is it treated?", options).hits) {
      out.push_back(hit.id);
    }
    return out;
  };
  const auto ranked = ids(qadex::RankingOptions{});
  REQUIRE(ranked.size() >= 3);
  CHECK(ranked[0] == "sarcoidosis-treatment");
  CHECK(ranked[1] == "sarcoidosis-causes");  // the condition asked, though not the type
  CHECK(ranked[2] == "lupus-treatment");

  // The record about the condition and of the type asked gets a bonus for the two together;
  // the condition's other records and other conditions' records of that type do not.
  qadex::SearchOptions explained;
  explained.explain = true;
  const auto results =
      index.search("My sarcoidosis flares in a joint. How is it treated?", explained);
  const auto has_both = [](const qadex::Hit& hit) {
    return std::any_of(hit.explanation.begin(), hit.explanation.end(), [](const auto& c) {
      return c.field == "name and qtype" && c.term == "sarcoidosi, treatment" && c.weight > 0;
    });
  };
  REQUIRE(results.hits.size() >= 3);
  CHECK(has_both(results.hits[0]));
  CHECK_FALSE(has_both(results.hits[1]));
  CHECK_FALSE(has_both(results.hits[2]));
}

TEST_CASE("several signs or symptoms named are what a person noticed, not what they ask about",
          "[query][unit]") {
  TempDir dir;
  // Terms of medicine, so that the tiny corpus need not ask about them as names.
  std::vector<qadex::Record> records = {
      {.id = "pyrexia",
       .question = "What is (are) Pyrexia?",
       .answer = "Pyrexia is a body temperature that is higher than normal.",
       .focus = "Pyrexia",
       .qtype = "information",
       .semantic_types = {"T033"}},
      {.id = "dyspnea",
       .question = "What is (are) Dyspnea?",
       .answer = "Dyspnea is the feeling that you cannot get enough air.",
       .focus = "Dyspnea",
       .qtype = "information",
       .semantic_types = {"T184"}},
      {.id = "pneumonia",
       .question = "What is (are) Pneumonia?",
       .answer = "Pneumonia is an infection in one or both of the lungs. Its symptoms include "
                 "pyrexia, a cough with phlegm and dyspnea.",
       .focus = "Pneumonia",
       .qtype = "information",
       .semantic_types = {"T047"}},
  };
  add_other_conditions(records, {"information"});
  write_records(dir, records);
  auto index = qadex::Index::open(dir.path());
  const auto weights = [&](std::string_view text) { return name_weights(index, text); };
  const std::string_view noticed =
      "For days I have had pyrexia and dyspnea with phlegm. What is it?";
  const auto both = weights(noticed);
  REQUIRE(both.size() == 2);
  CHECK(both.at("pyrexia") == 0);
  CHECK(both.at("dyspnea") == 0);
  // One alone is the complaint.
  CHECK(weights("For days I have had dyspnea.").at("dyspnea") > 0);
  // Nor does the one the text asks about lose its bonus.
  const auto asked = weights("Dyspnea. I have had it for days, and pyrexia.");
  CHECK(asked.at("dyspnea") > 0);
  CHECK(asked.at("pyrexia") == 0);
}

TEST_CASE("a part of the body gets a name's bonus, not the bonus for its record of the type asked",
          "[query][unit]") {
  TempDir dir;
  std::vector<qadex::Record> records = {
      {.id = "hand-information",
       .question = "What is (are) Hand Injuries and Disorders?",
       .answer = "Your hands are made of many bones. Injuries and disorders of the hands cause "
                 "pain, stiffness and numbness.",
       .focus = "Hand Injuries and Disorders",
       .qtype = "information"},
      {.id = "vitiligo-information",
       .question = "What is (are) Vitiligo?",
       .answer = "Vitiligo makes white patches appear on the skin as it loses its color, often "
                 "on the face and hands.",
       .focus = "Vitiligo",
       .qtype = "information"},
  };
  add_other_conditions(records, {"information"});
  write_records(dir, records);
  auto index = qadex::Index::open(dir.path());
  qadex::SearchOptions options;
  options.explain = true;
  const auto results = index.search(
      "I have patches of skin on my hands that are losing their color and turning white. What "
      "is this?",
      options);
  const auto has_both = [](const qadex::Hit& hit) {
    return std::any_of(hit.explanation.begin(), hit.explanation.end(),
                       [](const auto& c) { return c.field == "name and qtype"; });
  };
  REQUIRE(results.understanding.names.size() == 1);
  CHECK(results.understanding.names[0].match == "body part");
  REQUIRE(results.hits.size() >= 2);
  CHECK(std::none_of(results.hits.begin(), results.hits.end(), has_both));
  // Named, the part's record of the type asked is the answer sought.
  const auto named = index.search("What is (are) Hand Injuries and Disorders?", options);
  REQUIRE_FALSE(named.hits.empty());
  CHECK(named.hits[0].id == "hand-information");
  CHECK(has_both(named.hits[0]));
}

TEST_CASE("when no record about the name is of the type asked, a more specific form's record is",
          "[query][unit]") {
  TempDir dir;
  std::vector<qadex::Record> records = {
      {.id = "lung-information",
       .question = "What is (are) Lung Cancer?",
       .answer = "Cancer that forms in tissues of the lung: small cell or non-small cell.",
       .focus = "Lung Cancer",
       .qtype = "information"},
      {.id = "lung-treatment",
       .question = "What are the treatments for Lung Cancer?",
       .answer = "Surgery, chemotherapy and radiation therapy.",
       .focus = "Lung Cancer",
       .qtype = "treatment"},
      {.id = "nsclc-outlook",
       .question = "What is the outlook for Non-Small Cell Lung Cancer?",
       .answer = "Prognosis depends on the stage of the cancer.",
       .focus = "Non-Small Cell Lung Cancer",
       .qtype = "outlook"},
      {.id = "nsclc-treatment",
       .question = "What are the treatments for Non-Small Cell Lung Cancer?",
       .answer = "Surgery is used when the cancer has not spread.",
       .focus = "Non-Small Cell Lung Cancer",
       .qtype = "treatment"},
      // A name that has a name's words is not always a form of it.
      {.id = "leukemia-information",
       .question = "What is Leukemia?",
       .answer = "Cancer of the blood cells, acute or chronic, myeloid or not, in adults too.",
       .focus = "Leukemia",
       .qtype = "information"},
      {.id = "aml-causes",
       .question = "What causes Adult Acute Myeloid Leukemia?",
       .answer = "Smoking and some chemicals raise the risk.",
       .focus = "Adult Acute Myeloid Leukemia",
       .qtype = "causes"},
      {.id = "htlv-causes",
       .question = "What causes Human T-cell leukemia virus type 1?",
       .answer = "A virus passed on in blood and breast milk.",
       .focus = "Human T-cell leukemia virus type 1",
       .qtype = "causes"},
      {.id = "oral-outlook",
       .question = "What is the outlook for Oral Cancer?",
       .answer = "Prognosis depends on the stage of the cancer and on life expectancy.",
       .focus = "Oral Cancer",
       .qtype = "outlook"},
  };
  add_other_conditions(records, {"information"});
  write_records(dir, records);
  const auto index = qadex::Index::open(dir.path());
  qadex::SearchOptions options;
  options.explain = true;
  const auto narrower_bonus = [](const qadex::Hit& hit) {
    return std::any_of(hit.explanation.begin(), hit.explanation.end(),
                       [](const auto& c) { return c.field == "focus name and qtype"; });
  };
  const auto rank_of = [](const qadex::SearchResults& results, std::string_view id) {
    for (std::size_t i = 0; i < results.hits.size(); ++i) {
      if (results.hits[i].id == id) return i;
    }
    return results.hits.size();
  };
  // No lung cancer record gives the outlook: non-small cell lung cancer's does, before the
  // outlook of another cancer.
  const auto outlook = index.search("What is the prognosis of lung cancer?", options);
  REQUIRE(outlook.understanding.qtypes.size() >= 1);
  REQUIRE(outlook.understanding.qtypes.front().qtype == "outlook");
  CHECK(rank_of(outlook, "nsclc-outlook") < rank_of(outlook, "oral-outlook"));
  CHECK(narrower_bonus(outlook.hits[rank_of(outlook, "nsclc-outlook")]));
  // Lung cancer's own treatment record exists: the more specific form gets no such bonus.
  const auto treatment = index.search("What is the treatment for lung cancer?", options);
  REQUIRE_FALSE(treatment.hits.empty());
  CHECK(treatment.hits.front().id == "lung-treatment");
  CHECK(std::none_of(treatment.hits.begin(), treatment.hits.end(), narrower_bonus));
  // A virus named after leukemia is no form of leukemia; adult acute myeloid leukemia is.
  const auto causes = index.search("What causes leukemia?", options);
  REQUIRE(rank_of(causes, "aml-causes") < causes.hits.size());
  REQUIRE(rank_of(causes, "htlv-causes") < causes.hits.size());
  CHECK(narrower_bonus(causes.hits[rank_of(causes, "aml-causes")]));
  CHECK_FALSE(narrower_bonus(causes.hits[rank_of(causes, "htlv-causes")]));
}

TEST_CASE("records about the name asked match without the person's words; a name's kind is its own",
          "[query][unit]") {
  TempDir dir;
  std::vector<qadex::Record> records = {
      // Its text never uses the synonym a person writes.
      {.id = "ataxia-inheritance",
       .question = "Is ataxia-telangiectasia inherited?",
       .answer = "It is passed on in an autosomal recessive pattern.",
       .focus = "Ataxia-telangiectasia",
       .synonyms = {"Louis-Bar syndrome"},
       .qtype = "inheritance"},
      {.id = "young-information",
       .question = "What is Young syndrome?",
       .answer = "Young syndrome affects the airways and fertility.",
       .focus = "Young syndrome",
       .qtype = "information"},
  };
  add_other_conditions(records, {"information", "inheritance"});
  write_records(dir, records);
  const std::string text = "My brother died young from Louis Bar Syndrome. Could my kids get it?";

  // "Syndrome" belongs to Louis-Bar syndrome: with "young" it makes no second name. The
  // synonym is the name its record is about.
  {
    Xapian::Database db(dir.path().string());
    qadex::text::Analyzer analyzer;
    const auto found =
        qadex::query::recognize_names(db, analyzer, qadex::text::Dictionary::builtin(),
                                      qadex::query::read_message(analyzer, text));
    REQUIRE(found.size() == 1);
    CHECK(found.front().key == "ataxia telangiectasia");
    CHECK(found.front().words == "Louis Bar Syndrome");
  }
  // The record about it is found, though it shares no word with the text, and it comes first.
  auto index = qadex::Index::open(dir.path());
  const auto hits = index.search(text).hits;
  REQUIRE_FALSE(hits.empty());
  CHECK(hits.front().id == "ataxia-inheritance");
}

TEST_CASE("a synonym is the name its records are about, unless it names something narrower",
          "[query][unit]") {
  TempDir dir;
  std::vector<qadex::Record> records;
  // Only the first record of a topic lists its synonyms, as MedlinePlus's do in MedQuAD.
  const auto topic = [&](const std::string& focus, std::vector<std::string> synonyms) {
    for (const std::string type : {"information", "treatment", "prevention"}) {
      records.push_back({.id = focus + "-" + type,
                         .question = "What is the " + type + " of " + focus + "?",
                         .answer = "About " + focus + ".",
                         .focus = focus,
                         .synonyms = type == "information" ? synonyms : std::vector<std::string>{},
                         .qtype = type});
    }
  };
  topic("High blood pressure", {"Hypertension"});
  topic("Pulmonary hypertension", {});
  topic("Lice", {"Body lice", "Head lice"});
  topic("Lung cancer", {"CA"});
  topic("Skin cancer", {"CA"});
  add_other_conditions(records, {"information", "treatment"});
  // Ordinary answers, so that the names' words are rare in answers, as in a real corpus.
  for (int i = 0; i < 60; ++i) {
    records.push_back(
        {.id = "filler" + std::to_string(i), .answer = "Take the medicine as the doctor says."});
  }
  write_records(dir, records);
  Xapian::Database db(dir.path().string());
  const auto primary = [&](std::string_view text) { return primary_name_in(db, text); };
  CHECK(primary("how to reduce hypertension") == "high blood pressur");
  CHECK(primary("body lice in the family") == "bodi lice");  // narrower than lice
  CHECK(primary("what is CA") == "ca");                      // listed by two names' records
  // Every record about the name is about what the person named: the treatment of high blood
  // pressure, not of pulmonary hypertension, whose words the text shares.
  auto index = qadex::Index::open(dir.path());
  const auto hits = index.search("how to reduce hypertension").hits;
  REQUIRE_FALSE(hits.empty());
  CHECK(hits.front().id == "High blood pressure-treatment");
}

TEST_CASE("names joined in one question are asked about one at a time", "[query][unit]") {
  TempDir dir;
  write_names_fixture(dir);
  const auto index = qadex::Index::open(dir.path());
  using Parts = std::vector<std::string>;
  CHECK(index.search("What is the treatment for diabetes and depression?")
            .understanding.subquestions ==
        Parts{"What is the treatment for diabetes?", "What is the treatment for depression?"});
  CHECK(
      index.search("Is there a cure for stroke/diabetes/depression?").understanding.subquestions ==
      Parts{"Is there a cure for stroke?", "Is there a cure for diabetes?",
            "Is there a cure for depression?"});
  // A comma alone may set off another name for the same thing: no split.
  CHECK(index.search("What helps my condition, diabetes?").understanding.subquestions.empty());
  // Names apart in the sentence are one question (an interaction, say).
  CHECK(index.search("Can diabetes lead to depression?").understanding.subquestions.empty());
}

TEST_CASE("a part of the body standing in for what ails it yields to the condition described",
          "[query][unit]") {
  TempDir dir;
  std::vector<qadex::Record> records = {
      {.id = "jaw-information",
       .question = "What are jaw injuries and disorders?",
       .answer = "Your jaw is a set of bones that holds your teeth. Problems with the jaw "
                 "include fractures, dislocations and tumors.",
       .focus = "Jaw Injuries and Disorders",
       .qtype = "information"},
      {.id = "tmj-information",
       .question = "What is temporomandibular joint dysfunction?",
       .answer = "Disorders of the joint that connects the jaw to the skull: the jaw may click "
                 "or pop, and it aches when you chew.",
       .focus = "Temporomandibular Joint Dysfunction",
       .qtype = "information"},
  };
  add_other_conditions(records, {"information", "treatment"});
  write_records(dir, records);
  auto index = qadex::Index::open(dir.path());
  const auto results = index.search("my jaw clicks and pops and aches when I chew");
  REQUIRE_FALSE(results.understanding.names.empty());
  REQUIRE(results.understanding.names.front().key == "jaw injuri disord");
  REQUIRE(results.hits.size() >= 2);
  CHECK(results.hits.front().id == "tmj-information");
  CHECK(results.hits[1].id == "jaw-information");  // still the next answer
}

namespace {

// The only record about the part of the body a text complains of, which has no treatment
// record, and a treatment of another condition that shares the text's ordinary words.
std::vector<qadex::Record> finger_and_a_treatment() {
  return {
      {.id = "finger-information",
       .question = "What are finger injuries and disorders?",
       .answer = "Fingers can be injured in sports or at work.",
       .focus = "Finger Injuries and Disorders",
       .qtype = "information"},
      {.id = "incontinence-treatment",
       .question = "What are the treatments for urinary incontinence?",
       .answer = "A medicine may help when it hurts: it calms the bladder's muscles and nerves. "
                 "Medicine and training help most people, all the time.",
       .focus = "Urinary incontinence",
       .qtype = "treatment"},
  };
}

}  // namespace

TEST_CASE("where no record about the name is of the type asked, the type weighs less",
          "[query][unit]") {
  TempDir dir;
  auto records = finger_and_a_treatment();
  add_other_conditions(records, {"information", "treatment"});
  write_records(dir, records);
  auto index = qadex::Index::open(dir.path());
  const auto results = index.search(
      "my thumb hurts all the time, my nerves maybe. is there any medicine that will "
      "help?");
  REQUIRE_FALSE(results.understanding.names.empty());
  REQUIRE(results.understanding.names.front().key == "finger injuri disord");
  REQUIRE_FALSE(results.understanding.qtypes.empty());
  REQUIRE(results.understanding.qtypes.front().qtype == "treatment");
  REQUIRE_FALSE(results.hits.empty());
  CHECK(results.hits.front().id == "finger-information");
}

TEST_CASE("a record of unknown type gets the bonus a record of the type asked gets, no more",
          "[query][unit]") {
  TempDir dir;
  auto records = finger_and_a_treatment();
  // The same sort of answer from a list that gives no types.
  records.push_back({.id = "untyped-answer",
                     .question = "Which medicine helps an overactive bladder?",
                     .answer = "A medicine may help when it hurts: it relaxes the bladder's "
                               "muscles.",
                     .focus = "Overactive bladder"});
  add_other_conditions(records, {"information", "treatment"});
  write_records(dir, records);
  auto index = qadex::Index::open(dir.path());
  qadex::SearchOptions options;
  options.explain = true;
  const auto results =
      index.search("my thumb hurts all the time. is there any medicine that will help?", options);
  REQUIRE_FALSE(results.understanding.qtypes.empty());
  REQUIRE(results.understanding.qtypes.front().qtype == "treatment");
  const auto type_bonus = [&](std::string_view id) {
    for (const auto& hit : results.hits) {
      if (hit.id != id) continue;
      for (const auto& c : hit.explanation) {
        if (c.field == "qtype") return c.weight;
      }
    }
    return -1.0;
  };
  REQUIRE(type_bonus("incontinence-treatment") > 0);
  CHECK(type_bonus("untyped-answer") == Approx(type_bonus("incontinence-treatment")));
}

TEST_CASE("where nothing is named, a word for ill health outweighs the story's words",
          "[query][unit]") {
  TempDir dir;
  std::vector<qadex::Record> records = {
      {.id = "hht-treatment",
       .question = "What are the treatments for hereditary hemorrhagic telangiectasia?",
       .answer = "Treatment includes the care of nosebleeds and of anemia.",
       .focus = "Hereditary hemorrhagic telangiectasia",
       .qtype = "treatment"},
      // An answer full of the story's ordinary words.
      {.id = "diabetes-treatment",
       .question = "What are the treatments for diabetes?",
       .answer = "Take the medicine every day, almost always with food.",
       .focus = "Diabetes",
       .qtype = "treatment"},
  };
  // Story words are everyday words in answers too.
  for (int i = 0; i < 4; ++i) {
    records.push_back({.id = "everyday" + std::to_string(i),
                       .answer = "Almost everyone feels better day by day; rest every day."});
  }
  add_other_conditions(records, {"information", "treatment"});
  write_records(dir, records);
  auto index = qadex::Index::open(dir.path());
  const auto results = index.search("My son has a nosebleed almost every day. Should I worry?");
  REQUIRE(results.understanding.names.empty());
  REQUIRE_FALSE(results.hits.empty());
  CHECK(results.hits.front().id == "hht-treatment");
}

TEST_CASE("a name typed alone prefers no type: its overview competes with its treatments",
          "[query][unit]") {
  TempDir dir;
  std::vector<qadex::Record> records;
  add_other_conditions(records, {"information", "treatment"});
  write_records(dir, records);
  auto index = qadex::Index::open(dir.path());
  const auto alone = index.search("asthma");
  CHECK(alone.understanding.qtypes.empty());
  REQUIRE_FALSE(alone.hits.empty());
  CHECK(alone.hits.front().id == "Asthma-information");  // its words match the question best
  // A question word says more: "what is" asks for the overview.
  CHECK_FALSE(index.search("what is asthma").understanding.qtypes.empty());
  CHECK_FALSE(index.search("asthma treatment").understanding.qtypes.empty());  // a cue
}
