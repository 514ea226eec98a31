// Phrase lists and token rules of the consumer-text cleaner.
#include "query/text_cleaner.hpp"

#include <algorithm>
#include <cctype>
#include <span>

namespace qadex::query {
namespace {

// Courtesy and filler phrases, as normalized words. Each is removed wherever it occurs.
// None holds a word with medical meaning: "help" goes only in "please help" and the like.
// A table laid out by hand:
// clang-format off
constexpr std::string_view kPhrases[] = {
    "hi", "hello", "hey", "hi doctor", "hello doctor", "dear sir", "dear madam",
    "dear sir or madam", "dear doctor", "good morning", "good afternoon", "good evening",
    "greetings", "to whom it may concern", "thank you", "thank you very much",
    "thank you in advance", "thanks", "thanks a lot", "thanks in advance", "many thanks",
    "thanks so much", "much appreciated", "any help would be appreciated",
    "any help is appreciated", "i would appreciate", "appreciate your help", "i would like to know",
    "i would like to ask", "i want to know", "i wanted to know", "i'd like to know",
    "i need to know", "i was wondering", "i am wondering", "i am writing to ask", "i am writing",
    "can you please advise", "could you please advise", "please advise", "kindly advise",
    "can you please tell me", "could you please tell me", "can you tell me", "could you tell me",
    "please tell me", "please let me know", "let me know", "please help", "please help me",
    "can you help me", "could you help me", "can you please help", "i need information",
    "i need some information", "looking for information", "any information", "any advice",
    "your advice", "god bless", "sent from my iphone", "sent from my phone"};
// clang-format on

// A sign-off; the few words after it are a signature (a name, a place).
constexpr std::string_view kSignOffs[] = {"regards",
                                          "best regards",
                                          "kind regards",
                                          "sincerely",
                                          "yours sincerely",
                                          "yours truly",
                                          "best wishes",
                                          "cheers",
                                          "thanks",
                                          "thank you",
                                          "many thanks",
                                          "thanks in advance",
                                          "thank you in advance",
                                          "thank you very much",
                                          "thanks a lot",
                                          "thanks so much"};
constexpr std::size_t kMaxSignatureWords = 4;

bool is_contact_or_code(std::string_view token) {
  if (token.find('@') != std::string_view::npos) return true;  // e-mail, handle
  auto starts = [&](std::string_view p) { return token.substr(0, p.size()) == p; };
  if (starts("http://") || starts("https://") || starts("www.")) return true;
  std::size_t digits = 0;
  std::size_t letters = 0;
  for (const char c : token) {
    digits += std::isdigit(static_cast<unsigned char>(c)) ? 1 : 0;
    letters += std::isalpha(static_cast<unsigned char>(c)) ? 1 : 0;
  }
  // Phone numbers and reference codes; "COVID-19", "H1N1", "B12", "5mg" stay.
  return digits >= 7 || (digits >= 5 && letters >= 2);
}

struct Word {
  std::uint32_t begin;
  std::uint32_t end;
  std::string normalized;
};

std::vector<std::string_view> split(std::string_view phrase) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  while (start <= phrase.size()) {
    auto space = phrase.find(' ', start);
    if (space == std::string_view::npos) space = phrase.size();
    words.push_back(phrase.substr(start, space - start));
    start = space + 1;
  }
  return words;
}

using PhraseList = std::vector<std::vector<std::string_view>>;

PhraseList split_all(std::span<const std::string_view> phrases) {
  PhraseList list;
  for (const auto phrase : phrases) list.push_back(split(phrase));
  return list;
}

// The length in words of the longest phrase of `phrases` starting at words[at], or 0.
std::size_t match_at(const std::vector<Word>& words, std::size_t at, const PhraseList& phrases) {
  std::size_t best = 0;
  for (const auto& parts : phrases) {
    if (parts.size() <= best || at + parts.size() > words.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < parts.size() && same; ++i) {
      same = words[at + i].normalized == parts[i];
    }
    if (same) best = parts.size();
  }
  return best;
}

}  // namespace

CleanedText remove_character_references(std::string_view text) {
  constexpr std::size_t kMaxReferenceBytes = 10;  // "&#x1F600;"
  CleanedText cleaned;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto semicolon = text[i] == '&' ? text.find(';', i + 1) : std::string_view::npos;
    if (semicolon != std::string_view::npos && semicolon - i >= 3 &&
        semicolon - i <= kMaxReferenceBytes) {
      const auto name = text.substr(i + 1, semicolon - i - 1);
      const bool numeric = name[0] == '#';
      const bool reference = std::all_of(name.begin() + (numeric ? 1 : 0), name.end(), [&](char c) {
        const auto u = static_cast<unsigned char>(c);
        return numeric ? std::isxdigit(u) != 0 || c == 'x' : std::isalpha(u) != 0;
      });
      if (reference) {
        cleaned.removed.emplace_back(text.substr(i, semicolon - i + 1));
        cleaned.text += ' ';
        i = semicolon;
        continue;
      }
    }
    cleaned.text += text[i];
  }
  return cleaned;
}

CleanedText clean_text(text::Analyzer& analyzer, std::string_view text) {
  static const PhraseList phrases = split_all(kPhrases);
  static const PhraseList sign_offs = split_all(kSignOffs);
  CleanedText cleaned;
  // Contact details and codes go first, token by token (a token ends at white space).
  std::string kept;
  for (std::size_t i = 0; i < text.size();) {
    const auto end = std::min(text.find_first_of(" \t\r\n", i), text.size());
    const auto token = text.substr(i, end - i);
    if (!token.empty() && is_contact_or_code(token)) {
      cleaned.removed.emplace_back(token);
    } else {
      kept.append(token);
    }
    if (end < text.size()) kept += ' ';
    i = end + 1;
  }

  std::vector<Word> words;
  analyzer.for_each_word(kept, [&](const text::Word& word) {
    if (!word.compound) words.push_back({word.begin, word.end, word.normalized});
  });
  std::vector<bool> drop(words.size(), false);
  for (std::size_t i = 0; i < words.size();) {
    std::size_t n = match_at(words, i, phrases);
    if (const auto sign_off = match_at(words, i, sign_offs); sign_off > 0) {
      n = sign_off;
      if (words.size() - (i + n) <= kMaxSignatureWords) n = words.size() - i;
    }
    if (n == 0) {
      // "pain pain", "very very": a word repeated at once says no more than once.
      if (i > 0 && !drop[i - 1] && words[i].normalized == words[i - 1].normalized) drop[i] = true;
      ++i;
      continue;
    }
    std::fill(drop.begin() + static_cast<std::ptrdiff_t>(i),
              drop.begin() + static_cast<std::ptrdiff_t>(i + n), true);
    i += n;
  }

  // Rebuild from the original bytes, so kept words keep their exact form.
  std::size_t copied = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!drop[i]) continue;
    std::size_t j = i;
    while (j + 1 < words.size() && drop[j + 1]) ++j;
    cleaned.text.append(kept, copied, words[i].begin - copied);
    cleaned.text += ' ';
    cleaned.removed.push_back(kept.substr(words[i].begin, words[j].end - words[i].begin));
    copied = words[j].end;
    i = j;
  }
  cleaned.text.append(kept, copied, std::string::npos);
  return cleaned;
}

}  // namespace qadex::query
