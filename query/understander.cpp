// Runs the understanding steps in order: clean, correct, read sentences, recognize names
// and their roles, guess the question type, select the terms.
#include "query/understander.hpp"

#include <algorithm>

#include "query/message.hpp"
#include "query/qtype_guess.hpp"
#include "query/term_selector.hpp"
#include "query/text_cleaner.hpp"
#include "store/schema.hpp"
#include "text/ascii.hpp"

namespace qadex::query {
namespace {

// The sentences of a text that asks about different names in different sentences ("What
// should I eat with diabetes? Is my blood pressure medicine safe?"): each question sentence
// that names something no earlier question named. Fewer than two: the text is one question.
std::vector<std::string> split_subquestions(const Message& message, const Understood& understood) {
  std::vector<std::size_t> sentences;
  std::set<std::string> named;
  for (std::size_t s = 0; s < message.spans.size(); ++s) {
    if (!message.question[s]) continue;
    bool names_new = false;
    for (const auto& name : understood.names) {
      if (!name.match.sentences.count(s)) continue;
      names_new = named.insert(name.match.key).second || names_new;
    }
    if (names_new) sentences.push_back(s);
  }
  std::vector<std::string> parts;
  if (sentences.size() < 2) return parts;
  for (const auto s : sentences) {
    auto [begin, end] = message.spans[s];
    while (begin < end && text::is_space(understood.searched[begin])) {
      ++begin;
    }
    parts.push_back(understood.searched.substr(begin, end - begin));
  }
  return parts;
}

}  // namespace

std::string describe_list(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out.empty() ? std::string("(none)") : out;
}

Understood Understander::understand(std::string_view text, const Ranking& ranking) {
  const auto& options = ranking.options();
  Understood understood;
  std::string_view searched = text;
  CleanedText cleaned;
  if (options.clean_text) {
    cleaned = clean_text(analyzer_, searched);
    understood.removed = std::move(cleaned.removed);
    searched = cleaned.text;
  }
  if (options.spelling) {
    understood.corrections = find_corrections(db_, analyzer_, dictionary_, searched);
  }
  understood.searched = understood.corrections.empty()
                            ? std::string(searched)
                            : apply_corrections(searched, understood.corrections);

  const auto message = read_message(analyzer_, understood.searched);
  std::set<std::string> seen;
  for (const auto& word : message.words) {
    if (!word.term.empty() && seen.insert(word.term).second) understood.terms.push_back(word.term);
  }

  if (options.focus) {
    for (auto& match : recognize_names(db_, analyzer_, dictionary_, message)) {
      const bool primary = understood.names.empty();
      // Words that are another name for it: only the words the name shares count as its
      // words ("stiffness" in "back stiffness" is no word of the records about back pain)...
      const auto key_terms = schema::key_terms(match.key);
      const bool other_words = match.other_name;
      for (const auto k : match.at) {
        const auto& term = message.words[k].term;
        if (!other_words ||
            std::find(key_terms.begin(), key_terms.end(), term) != key_terms.end()) {
          understood.name_terms.insert(term);
        }
      }
      // ...and the name asked about has its own words searched too: "fits" searches
      // "seizures" (a name in passing would outweigh the person's words: "PSS" in a story of
      // systemic sclerosis searching "Potocki-Shaffer syndrome"). A part of the body that
      // stands for the part it belongs to searches that: "thigh" for leg injuries and
      // disorders searches "leg".
      std::vector<std::string> searched_too;
      if (other_words && primary) searched_too = key_terms;
      if (match.match == "body part") searched_too = {key_terms.front()};
      for (auto& term : searched_too) {
        understood.name_terms.insert(term);
        if (std::find(understood.terms.begin(), understood.terms.end(), term) ==
            understood.terms.end()) {
          understood.terms.push_back(std::move(term));
        }
      }
      const double weight = ranking.name_bonus() * (primary ? 1.0 : ranking.secondary_name_share());
      understood.names.push_back({std::move(match), primary, weight});
    }
  }
  if (options.subquestions) understood.subquestions = split_subquestions(message, understood);
  if (options.qtype) {
    understood.qtypes = guess_qtypes(classifier_, cues_, analyzer_, message, understood.searched);
  }
  auto selection =
      options.term_selection
          ? select_terms(db_, understood.terms, understood.name_terms, options.max_terms)
          : rarest_terms(db_, understood.terms, understood.name_terms, options.max_terms);
  understood.kept = std::move(selection.kept);
  understood.dropped = std::move(selection.dropped);
  return understood;
}

Understanding Understood::to_public() const {
  Understanding out;
  for (const auto& name : names) {
    out.names.push_back({name.match.key, name.match.words, name.primary ? "primary" : "secondary",
                         name.match.match, name.weight});
  }
  out.qtypes = qtypes;
  out.subquestions = subquestions;
  out.kept_terms = kept;
  out.dropped_terms = dropped;
  for (const auto& correction : corrections)
    out.corrections.push_back({correction.from, correction.to});
  return out;
}

std::string Understood::describe() const {
  std::vector<std::string> spelling;
  for (const auto& c : corrections) spelling.push_back(c.from + " -> " + c.to);
  std::vector<std::string> named;
  for (const auto& name : names) {
    named.push_back(name.match.key + " (" + (name.primary ? "primary" : "secondary") + ", " +
                    name.match.match + ", from \"" + name.match.words + "\")");
  }
  std::vector<std::string> types;
  for (const auto& guess : qtypes) {
    types.push_back(guess.qtype + " (" + std::to_string(guess.confidence).substr(0, 4) + ")");
  }
  return "removed: " + describe_list(removed) + "\nspelling: " + describe_list(spelling) +
         "\nnames: " + describe_list(named) + "\nquestion type: " + describe_list(types) +
         "\nterms: " + describe_list(kept) + "\ndropped: " + describe_list(dropped) +
         "\nsubquestions: " + describe_list(subquestions);
}

}  // namespace qadex::query
