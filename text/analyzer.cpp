// The analyzer: ICU word breaking straight over the UTF-8 input (so offsets are byte
// offsets; ASCII input skips ICU for the same rules in text/ascii_words.cpp), per-word
// normalization, hyphen compounds, stopwords and Xapian's English stemmer.
#include "text/analyzer.hpp"

#include <climits>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/utext.h>
#include <xapian.h>

#include "text/ascii.hpp"
#include "text/ascii_words.hpp"
#include "text/stopwords.hpp"
#include "text/word_normalizer.hpp"

namespace qadex::text {
namespace {

// Longer words are junk (base64, URLs, gene sequences) that nobody searches for; skipping
// them keeps the index small and safely under Xapian's 245-byte term limit.
constexpr std::size_t kMaxWordBytes = 64;
// As written, a word may shrink when normalized (fullwidth letters: 3 bytes -> 1); past this
// it cannot come back under kMaxWordBytes in real text, so it is not even normalized.
constexpr std::size_t kMaxRawWordBytes = 4 * kMaxWordBytes;
// Slots in the cache of recent words' terms (a power of two; 64 bytes each, so it stays in
// the CPU's cache: a larger hash map measured slower than stemming again).
constexpr std::size_t kTermCacheSlots = 1 << 13;

// Recent words and their terms, one per slot, a new word evicting the old. Stemming and
// the stopword test were over half the analyzer's time, and word frequencies are skewed.
class TermCache {
 public:
  TermCache() : slots_(kTermCacheSlots) {}
  // The slot where `normalized` is, or belongs: check its key before using its term.
  std::pair<std::string, std::string>& slot(std::string_view normalized) {
    return slots_[std::hash<std::string_view>{}(normalized) & (kTermCacheSlots - 1)];
  }

 private:
  std::vector<std::pair<std::string, std::string>> slots_;  // normalized word, term
};

// What joins the parts of a compound: the hyphen-minus and Unicode's two hyphens, alone.
bool is_hyphen(std::string_view between) {
  return between == "-" || between == "\xE2\x80\x90" || between == "\xE2\x80\x91";
}

// A letter, in practice: any non-ASCII byte left after normalization belongs to a letter of
// another script (marks and symbols are not word characters to ICU's word breaker).
bool has_letter(std::string_view s) {
  for (char c : s) {
    if ((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

}  // namespace

struct Analyzer::Impl {
  std::unique_ptr<icu::BreakIterator> breaker;
  UText* text = nullptr;  // reopened over each input, never reallocated
  WordNormalizer normalizer;
  Xapian::Stem stemmer{"english"};

  TermCache term_cache;
  Word word;      // reused for every word, so its strings keep their capacity
  Word compound;  // the joined form of the current hyphen chain, built as it grows
  int chain_parts = 0;
  bool chain_has_letter = false;

  Impl() {
    UErrorCode status = U_ZERO_ERROR;
    breaker.reset(icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
    if (U_FAILURE(status) || !breaker) {
      throw std::runtime_error(std::string("cannot create ICU word breaker: ") +
                               u_errorName(status) + "; check the ICU installation");
    }
  }
  ~Impl() { utext_close(text); }
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;

  // Sets `term` to what `normalized` is indexed as: empty for a stopword, else its stem.
  void find_term(const std::string& normalized, std::string& term) {
    auto& [cached_word, cached_term] = term_cache.slot(normalized);
    // An empty key is an unused slot (no normalized word is empty here).
    if (cached_word == normalized) {
      term = cached_term;
      return;
    }
    if (is_english_stopword(normalized)) {
      term.clear();
    } else if (has_digit(normalized)) {
      term = normalized;
    } else {
      term = stemmer(normalized);
    }
    cached_word = normalized;
    cached_term = term;
  }

  void run(std::string_view utf8, const std::function<void(const Word&)>& on_word) {
    chain_parts = 0;
    // Nearly all of the corpus is ASCII, where ICU's general machinery was most of the cost
    // of breaking words (half of a snippet's): the same rules, specialized, find the same words.
    if (is_ascii(utf8)) {
      AsciiWords words(utf8);
      for (std::uint32_t begin = 0, end = 0; words.next(begin, end);) {
        on_token(utf8, begin, end, on_word);
      }
    } else {
      break_with_icu(utf8, on_word);
    }
    end_chain(on_word);
  }

  void break_with_icu(std::string_view utf8, const std::function<void(const Word&)>& on_word) {
    UErrorCode status = U_ZERO_ERROR;
    text = utext_openUTF8(text, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
    breaker->setText(text, status);
    if (U_FAILURE(status)) {
      throw std::runtime_error(std::string("ICU word breaking failed: ") + u_errorName(status));
    }
    int32_t begin = breaker->first();
    for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE;
         begin = end, end = breaker->next()) {
      // Only letters, numbers, kana and ideographs; not spaces, punctuation, symbols.
      if (breaker->getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;
      on_token(utf8, static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), on_word);
    }
  }

  // One token of the word breaker, split where a full stop lost its space ("weakness.He").
  void on_token(std::string_view utf8, std::uint32_t begin, std::uint32_t end,
                const std::function<void(const Word&)>& on_word) {
    // Nearly every token has no '.': one search, no per-byte test.
    for (auto dot = utf8.find('.', begin); dot < end; dot = utf8.find('.', dot + 1)) {
      if (!is_unspaced_stop(utf8.substr(begin, end - begin), dot - begin)) continue;
      on_segment(utf8, begin, static_cast<std::uint32_t>(dot), on_word);
      begin = static_cast<std::uint32_t>(dot + 1);
    }
    on_segment(utf8, begin, end, on_word);
  }

  // One word as ICU found it. Letters and digits that ICU keeps together stay one word
  // ("hba1c", "b12", "5mg"): splitting at digits would cut names such as "h1n1" into junk
  // terms; the cost is that "5mg" does not meet "5 mg".
  void on_segment(std::string_view utf8, std::uint32_t begin, std::uint32_t end,
                  const std::function<void(const Word&)>& on_word) {
    word.begin = begin;
    word.end = end;
    const std::string_view raw = utf8.substr(begin, end - begin);
    if (raw.size() <= kMaxRawWordBytes) {
      normalizer.normalize(raw, word.normalized);
    } else {
      word.normalized.clear();
    }
    const bool indexable = !word.normalized.empty() && word.normalized.size() <= kMaxWordBytes;
    if (indexable) {
      find_term(word.normalized, word.term);
    } else {
      word.normalized.clear();
      word.term.clear();
    }

    const bool continues_chain =
        indexable && chain_parts > 0 && is_hyphen(utf8.substr(compound.end, begin - compound.end));
    if (!continues_chain) end_chain(on_word);
    on_word(word);
    if (!indexable) return;
    if (chain_parts == 0) {
      compound.begin = begin;
      compound.normalized.clear();
      chain_has_letter = false;
    }
    compound.end = end;
    compound.normalized += word.normalized;
    chain_has_letter = chain_has_letter || has_letter(word.normalized);
    ++chain_parts;
  }

  // Reports the joined form of a finished hyphen chain ("covid19" after "covid", "19").
  // Chains of numbers alone ("2010-2015", "555-1234") are ranges and phone numbers, not names.
  void end_chain(const std::function<void(const Word&)>& on_word) {
    const bool report =
        chain_parts >= 2 && chain_has_letter && compound.normalized.size() <= kMaxWordBytes;
    chain_parts = 0;
    if (!report) return;
    find_term(compound.normalized, compound.term);
    compound.compound = true;
    on_word(compound);
  }
};

Analyzer::Analyzer() : impl_(std::make_unique<Impl>()) {}
Analyzer::~Analyzer() = default;
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;

void Analyzer::for_each_word(std::string_view utf8,
                             const std::function<void(const Word&)>& on_word) {
  // ICU indexes UTF-8 with int32_t; Word offsets are 32-bit too.
  if (utf8.size() > static_cast<std::size_t>(INT32_MAX)) {
    throw std::length_error("text to analyze is over 2 GiB; split it into fields or records");
  }
  if (utf8.empty()) return;
  impl_->run(utf8, on_word);
}

std::vector<std::string> Analyzer::terms(std::string_view utf8) {
  std::vector<std::string> out;
  for_each_word(utf8, [&out](const Word& w) {
    if (!w.term.empty()) out.push_back(w.term);
  });
  return out;
}

bool Analyzer::is_stopword(std::string_view normalized) const {
  return is_english_stopword(normalized);
}

std::string Analyzer::stem(std::string_view normalized) {
  std::string word(normalized);
  return has_digit(word) ? word : impl_->stemmer(word);
}

}  // namespace qadex::text
