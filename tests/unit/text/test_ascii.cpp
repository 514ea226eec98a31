// ASCII helpers: the same answers as <cctype> in the "C" locale, and bytes of UTF-8 untouched.
#include <cctype>
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include "text/ascii.hpp"

using namespace qadex::text;

TEST_CASE("ASCII character tests and folding agree with <cctype> on every byte", "[ascii]") {
  for (int i = 0; i < 256; ++i) {
    const auto c = static_cast<char>(i);
    const auto u = static_cast<unsigned char>(i);
    INFO("byte " << i);
    CHECK(is_space(c) == (std::isspace(u) != 0));
    CHECK(is_upper(c) == (std::isupper(u) != 0));
    CHECK(is_lower(c) == (std::islower(u) != 0));
    CHECK(to_lower(c) == static_cast<char>(std::tolower(u)));
    CHECK(to_upper(c) == static_cast<char>(std::toupper(u)));
  }
}

TEST_CASE("lowercase and uppercase change ASCII letters only", "[ascii]") {
  CHECK(lowercase("GARD") == "gard");
  CHECK(lowercase("Exams and Tests 2") == "exams and tests 2");
  CHECK(lowercase("") == "");
  CHECK(lowercase("ÉCOLE Ü") == "École Ü");  // UTF-8 bytes as they were
  CHECK(uppercase("ibs") == "IBS");
  CHECK(uppercase("anxiety/ depression") == "ANXIETY/ DEPRESSION");
  CHECK(uppercase("é") == "é");
}

TEST_CASE("iequals ignores the case of ASCII letters only", "[ascii]") {
  CHECK(iequals("QAPairs", "qaPairs"));
  CHECK(iequals("MEDIQA", "mediqa"));
  CHECK(iequals("", ""));
  CHECK_FALSE(iequals("Question", "Questions"));
  CHECK_FALSE(iequals("Questions", "Question"));
  CHECK_FALSE(iequals("a", ""));
  CHECK_FALSE(iequals("É", "é"));
  CHECK_FALSE(iequals("[", "{"));  // 'A' - 'a' apart, but not letters
  STATIC_REQUIRE(iequals("Focus", "FOCUS"));
}

TEST_CASE("trim removes white space, or the characters asked, from both ends", "[ascii]") {
  CHECK(trim("  a b \t\r\n") == "a b");
  CHECK(trim("\v\fa\f\v") == "a");
  CHECK(trim(" \t\r\n") == "");
  CHECK(trim("") == "");
  CHECK(trim("x") == "x");
  CHECK(trim(" x ") == "x");
  // A set of its own: only those characters go.
  CHECK(trim(" \tfocus\t ", " \t") == "focus");
  CHECK(trim("\r\nfocus\n", " \t") == "\r\nfocus\n");
  CHECK(trim(" cell\r", " \r") == "cell");
  CHECK(trim("\tcell ", " \r") == "\tcell");
  CHECK(trim("  COPD ", " ") == "COPD");
  CHECK(trim("What is COPD?", " \t\r\n?.!") == "What is COPD");
  CHECK(trim("?!.", " \t\r\n?.!") == "");
  // A view into the same text, not a copy.
  const std::string_view text = "  inside  ";
  CHECK(trim(text).data() == text.data() + 2);
  STATIC_REQUIRE(trim(" x ") == "x");
}
