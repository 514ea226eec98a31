// The English stopword list. It follows Snowball's English list (pronouns, articles,
// auxiliaries, conjunctions, question words), with these choices for health questions:
// - kept as terms: words of place and time that locate a complaint ("pain below the knee",
//   "after eating", "during pregnancy", "throw up"): above, below, under, over, after, before,
//   during, up, down, out, off, again, against. Their document frequency already makes them cheap.
// - stopwords: "no", "not", "nor" and the n't contractions. Ranking is bag-of-words, so "not"
//   cannot negate anything; it occurs in most answers and would only add noise and long
//   posting lists. Snippets still see them (the analyzer reports stopwords, without a term).
// - "'s" contractions (it's, what's, that's) need no entry: the analyzer drops a trailing 's.
#include "text/stopwords.hpp"

#include <algorithm>
#include <iterator>

namespace qadex::text {
namespace {

// Sorted, so that lookup is a binary search.
constexpr std::string_view kStopwords[] = {
    "a",       "about",   "all",     "also",   "am",        "an",        "and",        "any",
    "are",     "aren't",  "as",      "at",     "be",        "because",   "been",       "being",
    "both",    "but",     "by",      "can",    "can't",     "cannot",    "could",      "couldn't",
    "did",     "didn't",  "do",      "does",   "doesn't",   "doing",     "don't",      "each",
    "for",     "from",    "further", "had",    "hadn't",    "has",       "hasn't",     "have",
    "haven't", "having",  "he",      "he'd",   "he'll",     "her",       "here",       "hers",
    "herself", "him",     "himself", "his",    "how",       "i",         "i'd",        "i'll",
    "i'm",     "i've",    "if",      "in",     "into",      "is",        "isn't",      "it",
    "its",     "itself",  "may",     "me",     "might",     "must",      "my",         "myself",
    "no",      "nor",     "not",     "of",     "on",        "once",      "only",       "or",
    "other",   "ought",   "our",     "ours",   "ourselves", "own",       "same",       "shall",
    "she",     "she'd",   "she'll",  "should", "shouldn't", "so",        "some",       "such",
    "than",    "that",    "the",     "their",  "theirs",    "them",      "themselves", "then",
    "there",   "these",   "they",    "they'd", "they'll",   "they're",   "they've",    "this",
    "those",   "through", "to",      "too",    "until",     "us",        "very",       "was",
    "wasn't",  "we",      "we'd",    "we'll",  "we're",     "we've",     "were",       "weren't",
    "what",    "when",    "where",   "which",  "while",     "who",       "whom",       "why",
    "will",    "with",    "won't",   "would",  "wouldn't",  "you",       "you'd",      "you'll",
    "you're",  "you've",  "your",    "yours",  "yourself",  "yourselves"};
static_assert(std::is_sorted(std::begin(kStopwords), std::end(kStopwords)));

// Snowball's stopwords kept as terms (see above).
constexpr std::string_view kKeptGrammarWords[] = {"above", "after", "again",  "against", "before",
                                                  "below", "down",  "during", "off",     "out",
                                                  "over",  "under", "up"};
static_assert(std::is_sorted(std::begin(kKeptGrammarWords), std::end(kKeptGrammarWords)));

}  // namespace

bool is_english_stopword(std::string_view normalized) {
  return std::binary_search(std::begin(kStopwords), std::end(kStopwords), normalized);
}

const std::vector<std::string_view>& grammar_words() {
  static const std::vector<std::string_view> words = [] {
    std::vector<std::string_view> all(std::begin(kStopwords), std::end(kStopwords));
    all.insert(all.end(), std::begin(kKeptGrammarWords), std::end(kKeptGrammarWords));
    return all;
  }();
  return words;
}

bool is_grammar_word(std::string_view normalized) {
  return is_english_stopword(normalized) ||
         std::binary_search(std::begin(kKeptGrammarWords), std::end(kKeptGrammarWords), normalized);
}

}  // namespace qadex::text
