// The one analyzer qadex uses at index time and at query time: same text in, same terms out.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace qadex::text {

// One word of the input, as found and as indexed.
struct Word {
  std::uint32_t begin = 0;  // byte offset of the word in the input
  std::uint32_t end = 0;    // one past its last byte
  std::string normalized;   // NFKC, case-folded, accents removed, possessive 's removed
  std::string term;         // what is indexed and searched: the English stem of normalized
                            // (as is if it has a digit); empty for a stopword, and for a
                            // word over 64 bytes (junk: base64, URLs), whose normalized is
                            // empty too
  bool compound = false;    // a joined form ("covid19" for "COVID-19"), spanning its parts
};

// Whether text[dot] is a full stop typed without its space ("insulinoma.Need", "him.Thank"):
// a '.' after two lower-case letters and before a capital and a lower-case letter. Word
// breaking would keep the two words as one, and sentence splitting would miss the end.
[[nodiscard]] inline bool is_unspaced_stop(std::string_view text, std::size_t dot) {
  const auto lower = [&](std::size_t i) { return text[i] >= 'a' && text[i] <= 'z'; };
  return dot >= 2 && dot + 2 < text.size() && text[dot] == '.' && lower(dot - 1) &&
         lower(dot - 2) && text[dot + 1] >= 'A' && text[dot + 1] <= 'Z' && lower(dot + 2);
}

// Turns UTF-8 text into Words: ICU word breaking, normalization, stopwords, Xapian's English
// stemmer. Input must be valid UTF-8 (the corpus readers guarantee it for records; invalid
// bytes in a query are replaced). Not thread-safe: one Analyzer per thread; cheap to reuse.
class Analyzer {
 public:
  Analyzer();
  ~Analyzer();
  Analyzer(Analyzer&&) noexcept;
  Analyzer& operator=(Analyzer&&) noexcept;

  // Calls `on_word` for each word in order, stopwords included (with an empty term).
  void for_each_word(std::string_view utf8, const std::function<void(const Word&)>& on_word);
  // The non-empty terms of `utf8` in order, repeats kept (what the indexer counts).
  [[nodiscard]] std::vector<std::string> terms(std::string_view utf8);

  [[nodiscard]] bool is_stopword(std::string_view normalized) const;
  // The stem of one already normalized word; a word with a digit is its own stem.
  [[nodiscard]] std::string stem(std::string_view normalized);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace qadex::text
