// libFuzzer harness: the analyzer (text/analyzer.hpp) over any valid UTF-8 (its documented
// input; other inputs are rejected). Words must lie inside the input, in order (compounds
// after their parts), and terms() must give the non-empty terms of for_each_word.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/utf8.hpp"
#include "fuzz_check.hpp"
#include "text/analyzer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (qadex::corpus::find_invalid_utf8(input)) return -1;  // not a valid input: not kept
  static qadex::text::Analyzer analyzer;

  std::vector<std::string> terms;
  std::uint32_t last_begin = 0;
  analyzer.for_each_word(input, [&](const qadex::text::Word& word) {
    QADEX_FUZZ_CHECK(word.begin < word.end);
    QADEX_FUZZ_CHECK(word.end <= input.size());
    if (!word.compound) {  // a compound ("covid19") comes after its parts, spanning them
      QADEX_FUZZ_CHECK(word.begin >= last_begin);
      last_begin = word.begin;
    }
    QADEX_FUZZ_CHECK(!qadex::corpus::find_invalid_utf8(word.normalized));
    QADEX_FUZZ_CHECK(!qadex::corpus::find_invalid_utf8(word.term));
    if (word.normalized.empty()) QADEX_FUZZ_CHECK(word.term.empty());
    if (!word.term.empty()) terms.push_back(word.term);
    if (!word.normalized.empty()) {
      (void)analyzer.is_stopword(word.normalized);
      (void)analyzer.stem(word.normalized);
    }
  });
  QADEX_FUZZ_CHECK(analyzer.terms(input) == terms);
  return 0;
}
