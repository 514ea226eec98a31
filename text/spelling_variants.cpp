// British spellings to American ones, by the regular differences between them.
#include "text/spelling_variants.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <utility>

namespace qadex::text {
namespace {

bool ends_with_any(std::string_view word, std::size_t from,
                   std::initializer_list<std::string_view> endings) {
  const auto rest = word.substr(from);
  return std::find(endings.begin(), endings.end(), rest) != endings.end();
}

// "haemorrhoids", "anaemia", "paediatric", "oesophagus", "oedema", "diarrhoea", "coeliac":
// ae and oe are e. Not at the end, where they are a Latin plural ("vertebrae") or an English
// word ("toe", "toes"), nor in a word under six letters, where they are mostly two vowels
// ("poet", "poems" are no "pet", "pems").
std::string ae_oe(std::string_view word) {
  constexpr std::size_t kMinLetters = 6;
  if (word.size() < kMinLetters) return std::string(word);
  std::string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const bool digraph = (word[i] == 'a' || word[i] == 'o') && i + 1 < word.size() &&
                         word[i + 1] == 'e' && i + 2 < word.size() &&
                         !(i + 3 == word.size() && word[i + 2] == 's');
    if (!digraph) out += word[i];
  }
  return out;
}

// "tumour", "tumours", "behavioural", "favourite": our is or, after three letters at least
// (not "four", "hour", "your", "tour").
std::string our_or(std::string_view word) {
  const auto at = word.rfind("our");
  if (at == std::string_view::npos || at < 3 ||
      !ends_with_any(word, at + 3,
                     {"", "s", "al", "ally", "ed", "ing", "ite", "ites", "ful", "less", "able",
                      "ism", "ist", "ists"})) {
    return std::string(word);
  }
  return std::string(word.substr(0, at)) + "or" + std::string(word.substr(at + 3));
}

// "centre", "fibres", "litre", "manoeuvre": a final re after t, b, v or g is er.
std::string re_er(std::string_view word) {
  const bool plural = word.ends_with("res");
  const auto stem = plural ? word.substr(0, word.size() - 1) : word;
  if (stem.size() < 4 || !stem.ends_with("re")) return std::string(word);
  const char before = stem[stem.size() - 3];
  if (before != 't' && before != 'b' && before != 'v' && before != 'g') return std::string(word);
  return std::string(stem.substr(0, stem.size() - 2)) + "er" + (plural ? "s" : "");
}

// "immunisation", "hospitalised", "paralysed", "analyse": is and ys before these endings are iz
// and yz.
std::string ise_ize(std::string_view word) {
  for (const char vowel : {'i', 'y'}) {
    for (const std::string_view ending :
         {"sations", "sation", "sing", "sers", "ser", "sed", "ses", "se"}) {
      const std::size_t length = 1 + ending.size();
      if (word.size() < length + 3 || !word.ends_with(ending) ||
          word[word.size() - length] != vowel) {
        continue;
      }
      std::string out(word);
      out[word.size() - ending.size()] = 'z';
      return out;
    }
  }
  return std::string(word);
}

// "counselling", "travelled", "labelled": a doubled l after a vowel is single before these
// endings.
std::string ll_l(std::string_view word) {
  for (const std::string_view ending : {"lling", "lled", "llers", "ller"}) {
    if (word.size() < ending.size() + 3 || !word.ends_with(ending)) continue;
    const char vowel = word[word.size() - ending.size() - 1];
    if (vowel != 'a' && vowel != 'e' && vowel != 'i' && vowel != 'o' && vowel != 'u') continue;
    std::string out(word);
    out.erase(word.size() - ending.size(), 1);
    return out;
  }
  return std::string(word);
}

// Word parts written otherwise: "sulphate", "ageing", "analogue", "programme", "mould", "grey".
std::string replace_parts(std::string_view word) {
  constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kParts{{
      {"sulph", "sulf"},
      {"geing", "ging"},
      {"ogues", "ogs"},
      {"ogue", "og"},
      {"mmes", "ms"},
      {"mme", "m"},
      {"mould", "mold"},
      {"aluminium", "aluminum"},
  }};
  std::string out(word);
  for (const auto& [british, american] : kParts) {
    const auto at = out.find(british);
    // The endings only at the end ("programme", not "programmed").
    const bool ending = british == "ogues" || british == "ogue" || british.starts_with("mm");
    if (at == std::string::npos || (ending && at + british.size() != out.size())) continue;
    out.replace(at, british.size(), american);
  }
  if (out.starts_with("grey")) out.replace(0, 4, "gray");
  return out;
}

}  // namespace

std::vector<std::string> american_spellings(std::string_view word) {
  using Rule = std::string (*)(std::string_view);
  constexpr std::array<Rule, 6> kRules{ae_oe, our_or, re_er, ise_ize, ll_l, replace_parts};
  std::vector<std::string> forms;
  std::string all(word);
  for (const auto rule : kRules) all = rule(all);
  if (all != word) forms.push_back(all);
  for (const auto rule : kRules) {
    auto form = rule(word);
    if (form != word && std::find(forms.begin(), forms.end(), form) == forms.end()) {
      forms.push_back(std::move(form));
    }
  }
  return forms;
}

}  // namespace qadex::text
