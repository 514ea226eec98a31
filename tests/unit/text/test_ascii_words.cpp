// AsciiWords must find exactly the words ICU's word break iterator finds in ASCII text.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/utext.h>
#include <catch2/catch.hpp>

#include "text/ascii_words.hpp"

namespace {

using Spans = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

// What the analyzer reads from ICU: the segments with a word status.
class IcuWords {
 public:
  IcuWords() {
    UErrorCode status = U_ZERO_ERROR;
    breaker_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
    REQUIRE(U_SUCCESS(status));
  }
  ~IcuWords() { utext_close(text_); }
  IcuWords(const IcuWords&) = delete;
  IcuWords& operator=(const IcuWords&) = delete;

  Spans operator()(const std::string& input) {
    UErrorCode status = U_ZERO_ERROR;
    text_ = utext_openUTF8(text_, input.data(), static_cast<int64_t>(input.size()), &status);
    breaker_->setText(text_, status);
    Spans spans;
    int32_t begin = breaker_->first();
    for (int32_t end = breaker_->next(); end != icu::BreakIterator::DONE;
         begin = end, end = breaker_->next()) {
      if (breaker_->getRuleStatus() >= UBRK_WORD_NONE_LIMIT) spans.emplace_back(begin, end);
    }
    return spans;
  }

 private:
  std::unique_ptr<icu::BreakIterator> breaker_;
  UText* text_ = nullptr;
};

Spans ascii_words(const std::string& input) {
  Spans spans;
  qadex::text::AsciiWords words(input);
  for (std::uint32_t begin = 0, end = 0; words.next(begin, end);) spans.emplace_back(begin, end);
  return spans;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("ASCII text breaks into the words ICU finds", "[text][unit]") {
  IcuWords icu;
  SECTION("every string of up to three ASCII characters") {
    // The rules look one character around a joiner at most, so short strings cover them.
    std::size_t mismatches = 0;
    for (int a = 1; a < 128; ++a) {
      for (int b = 0; b < 128; ++b) {
        for (int c = 0; c < 128; ++c) {
          if (b == 0 && c != 0) break;  // 0: no character
          std::string input(1, static_cast<char>(a));
          if (b != 0) input += static_cast<char>(b);
          if (c != 0) input += static_cast<char>(c);
          if (ascii_words(input) != icu(input) && ++mismatches <= 5) {
            CHECK(ascii_words(input) == icu(input));  // shows the first few
          }
        }
      }
    }
    CHECK(mismatches == 0);
  }
  SECTION("words, numbers, joiners, e-mail addresses, markup") {
    for (const std::string input :
         {"Don't take 2.5 mg (e.g. 1,000 IU/day); call 1-800-555-1234 or a.b@nih.gov.",
          "COVID-19 and H1N1: __init__ _x x_ 3.5mg HbA1c 10:30 'quoted' \"double\"",
          "Line one\r\nLine two\n\n\tTabbed... end.", "a.b.c 1.2.3 a.1 1.a a'.b x@ @@ _ __"}) {
      INFO(input);
      CHECK(ascii_words(input) == icu(input));
    }
  }
  SECTION("the fixture corpora") {
    const std::filesystem::path data = QADEX_TEST_DATA;
    std::vector<std::string> texts;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(data / "corpus")) {
      if (entry.is_regular_file()) texts.push_back(read_file(entry.path()));
    }
    std::istringstream sample(read_file(data / "../../corpus/sample/qadex-sample.jsonl"));
    for (std::string line; std::getline(sample, line);) texts.push_back(line);
    REQUIRE(texts.size() > 100);
    for (const auto& text : texts) {
      if (!qadex::text::is_ascii(text)) continue;
      CHECK(ascii_words(text) == icu(text));
    }
  }
}

TEST_CASE("is_ascii tells ASCII from any other UTF-8", "[text][unit]") {
  CHECK(qadex::text::is_ascii(""));
  CHECK(qadex::text::is_ascii("plain text, 100%"));
  CHECK_FALSE(qadex::text::is_ascii("caf\xC3\xA9"));
  CHECK_FALSE(qadex::text::is_ascii("\xE2\x80\x99"));  // a curly apostrophe
}
