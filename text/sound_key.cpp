#include "text/sound_key.hpp"

#include <array>

namespace qadex::text {

namespace {

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

bool softens(char next) { return next == 'e' || next == 'i' || next == 'y'; }

}  // namespace

std::string sound_key(std::string_view word) {
  std::string letters;
  for (const char c : word) {
    if (c >= 'a' && c <= 'z') letters += c;
  }
  // A first letter not heard: pneumonia, psoriasis, ptosis, knee, gnat, wrist, mnemonic.
  constexpr std::array<std::string_view, 7> kSilentStarts{"pn", "ps", "pt", "kn", "gn", "wr", "mn"};
  for (const auto start : kSilentStarts) {
    if (std::string_view(letters).starts_with(start)) {
      letters.erase(0, 1);
      break;
    }
  }
  std::string sounds;
  const auto next_of = [&](std::size_t i) {
    return i + 1 < letters.size() ? letters[i + 1] : '\0';
  };
  for (std::size_t i = 0; i < letters.size(); ++i) {
    const char c = letters[i];
    const char next = next_of(i);
    if (i > 0 && c == letters[i - 1]) continue;  // doubled: heard once
    switch (c) {
      case 'a':
      case 'e':
      case 'i':
      case 'o':
      case 'u':
      case 'y':
        if (i == 0) sounds += 'a';
        break;
      case 'c':
        if (next == 'h') {
          sounds += 'k';
          ++i;
        } else {
          sounds += softens(next) ? 's' : 'k';
        }
        break;
      case 'g':
        if (next == 'h') {
          ++i;  // "gh": silent, or an f whose spellings vary anyway
        } else {
          sounds += softens(next) ? 'j' : 'g';
        }
        break;
      case 'p':
        if (next == 'h') {
          sounds += 'f';
          ++i;
        } else {
          sounds += 'p';
        }
        break;
      case 't':
        if (next == 'h') {
          sounds += 't';
          ++i;
        } else if (next != 'z' && next != 's') {  // "tz", "ts": the s is what is heard
          sounds += 't';
        }
        break;
      case 'x':
        sounds += i == 0 ? "s" : "ks";
        break;
      case 'q':
        sounds += 'k';
        break;
      case 'z':
        sounds += 's';
        break;
      case 'h':
        break;
      case 'w':
        if (is_vowel(next)) sounds += 'w';
        break;
      default:
        sounds += c;
    }
  }
  // The same sound twice in a row is heard once ("sc" before i: "sciatica").
  std::string key;
  for (const char s : sounds) {
    if (key.empty() || key.back() != s) key += s;
  }
  return key;
}

}  // namespace qadex::text
