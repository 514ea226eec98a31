// Normalizes one word as found by the word breaker: NFKC case folding, accents removed,
// curly apostrophes made straight, possessive 's dropped, thousands separators dropped.
#pragma once

#include <string>
#include <string_view>

#include <unicode/normalizer2.h>

namespace qadex::text {

// Reusable scratch space around ICU's normalizers (process-wide singletons, not owned).
// Not thread-safe: one per Analyzer.
class WordNormalizer {
 public:
  WordNormalizer();  // throws std::runtime_error if ICU's normalization data is missing

  // Replaces `out` with the normalized form of `word` (UTF-8). Pure-ASCII words take a fast
  // path (lowercase bytes) that gives what ICU would.
  void normalize(std::string_view word, std::string& out);
  // The same, through ICU even for ASCII: lets tests check the fast path against it.
  void normalize_with_icu(std::string_view word, std::string& out);

 private:
  void fold_with_icu(std::string_view word, std::string& out);
  void remove_accents(std::string& folded);

  const icu::Normalizer2* nfkc_casefold_ = nullptr;
  const icu::Normalizer2* nfd_ = nullptr;
  const icu::Normalizer2* nfc_ = nullptr;
  std::string decomposed_;  // scratch for remove_accents(), kept for its capacity
  std::string stripped_;
};

}  // namespace qadex::text
