// Tests of the analyzer: words, offsets, compounds, stopwords, stems, and bad input.
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include "text/analyzer.hpp"

using qadex::text::Analyzer;
using qadex::text::Word;

namespace {

using Terms = std::vector<std::string>;

Analyzer& shared_analyzer() {
  static Analyzer analyzer;
  return analyzer;
}

Terms analyze_terms(std::string_view input) { return shared_analyzer().terms(input); }

std::vector<Word> analyze_words(std::string_view input) {
  std::vector<Word> words;
  shared_analyzer().for_each_word(input, [&words](const Word& w) { words.push_back(w); });
  return words;
}

}  // namespace

TEST_CASE("analyzer folds case and width, then stems", "[text][unit]") {
  const std::pair<std::string_view, Terms> cases[] = {
      {"Back PAIN", {"back", "pain"}},
      {"lower back stiffness", {"lower", "back", "stiff"}},
      {"ｓｔｉｆｆｎｅｓｓ", {"stiff"}},  // fullwidth: NFKC runs before the stemmer
      {"treatments", {"treatment"}},
      {"Symptoms", {"symptom"}},
      {"Sjögren's syndrome", {"sjogren", "syndrom"}},
      {"Ménière’s disease", {"menier", "diseas"}},
      {"Crohn's disease", {"crohn", "diseas"}},
      {"Crohn’s disease", {"crohn", "diseas"}},  // U+2019 apostrophe
      {"Crohns' disease", {"crohn", "diseas"}},  // ICU splits the trailing '; the stem drops s
  };
  for (const auto& [input, terms] : cases) {
    INFO(input);
    CHECK(analyze_terms(input) == terms);
  }
}

TEST_CASE("analyzer leaves stopwords out of terms", "[text][unit]") {
  const std::pair<std::string_view, Terms> cases[] = {
      {"What are the symptoms of ABCD syndrome ?", {"symptom", "abcd", "syndrom"}},
      {"I have lower back stiffness. What could it be?", {"lower", "back", "stiff"}},
      {"What's causing it?", {"caus"}},  // "what's" loses its 's and is then a stopword
      // Negations are stopwords: bag-of-words ranking cannot use them (see stopwords.cpp).
      {"I do not have pain", {"pain"}},
      // Words of place and time locate a complaint, so they are terms.
      {"pain below the knee after eating", {"pain", "below", "knee", "after", "eat"}},
  };
  for (const auto& [input, terms] : cases) {
    INFO(input);
    CHECK(analyze_terms(input) == terms);
  }
}

TEST_CASE("analyzer adds the joined form of hyphenated words after their parts", "[text][unit]") {
  const std::pair<std::string_view, Terms> cases[] = {
      {"COVID-19", {"covid", "19", "covid19"}},
      {"COVID\xE2\x80\x91"
       "19",
       {"covid", "19", "covid19"}},  // U+2011 non-breaking hyphen
      {"COVID\xE2\x80\x90"
       "19",
       {"covid", "19", "covid19"}},     // U+2010 hyphen
      {"COVID - 19", {"covid", "19"}},  // spaced: a dash, not a hyphen
      {"COVID--19", {"covid", "19"}},
      {"X-ray", {"x", "ray", "xray"}},
      {"follow-up visit", {"follow", "up", "followup", "visit"}},
      {"beta-blockers", {"beta", "blocker", "betablock"}},
      {"vitamin B-12", {"vitamin", "b", "12", "b12"}},
      {"mother-in-law", {"mother", "law", "motherinlaw"}},  // a stopword part still joins
      {"2010-2015", {"2010", "2015"}},                      // numbers alone: a range, not a name
      {"Crohn's-like", {"crohn", "like", "crohnlik"}},
  };
  for (const auto& [input, terms] : cases) {
    INFO(input);
    CHECK(analyze_terms(input) == terms);
  }
}

TEST_CASE("analyzer keeps letters and digits together and does not stem them", "[text][unit]") {
  const std::pair<std::string_view, Terms> cases[] = {
      {"HbA1c", {"hba1c"}},
      {"B12", {"b12"}},
      {"COVID19", {"covid19"}},
      // One word, as ICU finds it: splitting would also cut "hba1c" and "h1n1" into junk.
      {"5mg", {"5mg"}},
      {"5 mg", {"5", "mg"}},
      {"2.5 mg", {"2.5", "mg"}},            // a decimal point stays
      {"1,000 people", {"1000", "peopl"}},  // a thousands separator goes
      {"1,2", {"1,2"}},
      {"H1N1s", {"h1n1s"}},  // has a digit: not stemmed
  };
  for (const auto& [input, terms] : cases) {
    INFO(input);
    CHECK(analyze_terms(input) == terms);
  }
}

TEST_CASE("analyzer splits words where a full stop lost its space, nowhere else", "[text][unit]") {
  const std::pair<std::string_view, Terms> cases[] = {
      {"an insulinoma.Need help", {"insulinoma", "need", "help"}},
      {"weakness.He said so, then pain.Thanks", {"weak", "said", "pain", "thank"}},
      {"an insulinoma.Need", {"insulinoma", "need"}},  // ASCII and ICU paths alike
      {"caf\xC3\xA9 insulinoma.Need", {"cafe", "insulinoma", "need"}},
      {"medlineplus.gov", {"medlineplus.gov"}},  // a host name: no capital after the dot
      {"U.S.A. or e.g.", {"u.s.a", "e.g"}},      // abbreviations
      {"x.Yz", {"x.yz"}},                        // one letter before: not a sentence
  };
  for (const auto& [input, expected] : cases) {
    INFO(input);
    CHECK(analyze_terms(input) == expected);
  }
}

TEST_CASE("analyzer gives nothing for empty input, punctuation and junk", "[text][unit]") {
  const std::string base64(100, 'Q');
  const std::string junk = "see " + std::string(70, 'z') + " doctor";
  const std::pair<std::string_view, Terms> cases[] = {
      {"", {}},     {"?!... --- () \"\" \t\n", {}}, {"😀 ★ ©", {}},
      {base64, {}}, {junk, {"see", "doctor"}},  // over 64 bytes: not a word anyone searches for
  };
  for (const auto& [input, terms] : cases) {
    INFO(input);
    CHECK(analyze_terms(input) == terms);
  }
}

TEST_CASE("analyzer reports stopwords and junk with an empty term", "[text][unit]") {
  const std::string text = "What is " + std::string(70, 'z') + " pain";
  const auto words = analyze_words(text);
  REQUIRE(words.size() == 4);
  CHECK(words[0].normalized == "what");
  CHECK(words[0].term.empty());
  CHECK(words[1].normalized == "is");
  CHECK(words[1].term.empty());
  CHECK(words[2].normalized.empty());
  CHECK(words[2].term.empty());
  CHECK(words[3].term == "pain");
}

TEST_CASE("analyzer offsets are byte offsets into the original text", "[text][unit]") {
  const std::string text = "Sjögren’s syndrome, ｓｔｉｆｆｎｅｓｓ & COVID-19; Ménière.";
  const auto words = analyze_words(text);
  std::vector<std::string> found;
  for (const auto& w : words) {
    REQUIRE(w.begin < w.end);
    REQUIRE(w.end <= text.size());
    found.push_back(text.substr(w.begin, w.end - w.begin));
  }
  const std::vector<std::string> expected = {
      "Sjögren’s", "syndrome", "ｓｔｉｆｆｎｅｓｓ", "COVID", "19", "COVID-19", "Ménière"};
  CHECK(found == expected);
  REQUIRE(words.size() == 7);
  CHECK(words[5].compound);
  CHECK(words[5].normalized == "covid19");
  CHECK_FALSE(words[4].compound);
}

TEST_CASE("analyzer gives the same terms for the same words written differently", "[text][unit]") {
  // The index side (left) and the query side (right) must meet on every row.
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"Sjögren’s syndrome", "SJOGRENS syndromes"},
      {"Crohn's disease", "crohns diseases"},
      {"stiffness", "ｓｔｉｆｆｎｅｓｓ"},
      {"COVID-19",
       "covid\xE2\x80\x91"
       "19"},
      {"Straße", "STRASSE"},
  };
  for (const auto& [indexed, query] : cases) {
    INFO(indexed << " | " << query);
    CHECK(analyze_terms(indexed) == analyze_terms(query));
  }
}

TEST_CASE("analyzer state does not leak from one text to the next", "[text][unit]") {
  Analyzer fresh;
  const std::string_view text = "beta-blockers for high blood pressure";
  // A reused analyzer that last saw an unfinished hyphen chain and a long text.
  (void)shared_analyzer().terms("X-ray of the lower back and COVID-");
  CHECK(shared_analyzer().terms(text) == fresh.terms(text));
  Analyzer moved = std::move(fresh);
  CHECK(moved.terms(text) == shared_analyzer().terms(text));
}

TEST_CASE("analyzer survives invalid UTF-8", "[text][unit]") {
  const std::pair<std::string_view, Terms> cases[] = {
      {"back\xFFpain", {"back", "pain"}},  // a bad byte is U+FFFD, which separates words
      {"caf\xC3", {"caf"}},                // truncated sequence at the end
      {"\xE2\x80", {}},
      {"\xC0\xAF pain \xED\xA0\x80", {"pain"}},  // overlong '/' and a UTF-8 surrogate
  };
  for (const auto& [input, terms] : cases) {
    INFO(input);
    CHECK(analyze_terms(input) == terms);
  }

  std::mt19937 random(42);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int i = 0; i < 300; ++i) {
    std::string text(static_cast<std::size_t>(i % 50), '\0');
    for (char& c : text) c = static_cast<char>(byte(random));
    text += " Back PAIN";
    INFO("random text " << i);
    std::vector<Word> words;
    REQUIRE_NOTHROW(words = analyze_words(text));
    for (const auto& w : words) {
      CHECK(w.begin < w.end);
      CHECK(w.end <= text.size());
    }
    const auto terms = analyze_terms(text);
    REQUIRE(terms.size() >= 2);
    CHECK(terms.back() == "pain");
  }
}

TEST_CASE("analyzer finds words in Chinese and Japanese text", "[text][unit]") {
  const std::string_view cases[] = {"我头疼", "頭痛がします", "糖尿病"};
  for (const auto& text : cases) {
    INFO(text);
    const auto words = analyze_words(text);
    REQUIRE_FALSE(words.empty());
    std::string joined;
    for (const auto& w : words) {
      CHECK_FALSE(w.term.empty());
      joined += std::string(text.substr(w.begin, w.end - w.begin));
    }
    CHECK(joined == text);  // every character is in exactly one word
  }
}

TEST_CASE("analyzer exposes its stopword test and stemmer", "[text][unit]") {
  Analyzer& analyzer = shared_analyzer();
  CHECK(analyzer.is_stopword("the"));
  CHECK(analyzer.is_stopword("what"));
  CHECK(analyzer.is_stopword("not"));
  CHECK_FALSE(analyzer.is_stopword("pain"));
  CHECK_FALSE(analyzer.is_stopword("back"));
  CHECK_FALSE(analyzer.is_stopword("below"));
  CHECK(analyzer.stem("stiffness") == "stiff");
  CHECK(analyzer.stem("symptoms") == "symptom");
  CHECK(analyzer.stem("covid19s") == "covid19s");  // a digit: its own stem
}

TEST_CASE("analyzer terms match the stopword test and stemmer word by word", "[text][unit]") {
  // Terms come from a cache of recent words; this checks it against the direct rule, with
  // each word repeated so that both cache misses and hits are checked.
  std::string text;
  for (int i = 0; i < 3; ++i) {
    text +=
        "What are the treatments for lower back stiffness? Patients' symptoms include "
        "pain, swelling, and fevers after COVID-19; X-rays show 2.5 mm erosions. ";
  }
  Analyzer& analyzer = shared_analyzer();
  int checked = 0;
  analyzer.for_each_word(text, [&](const Word& w) {
    const std::string expected =
        analyzer.is_stopword(w.normalized) ? std::string() : analyzer.stem(w.normalized);
    INFO(w.normalized);
    CHECK(w.term == expected);
    ++checked;
  });
  CHECK(checked > 60);
}
