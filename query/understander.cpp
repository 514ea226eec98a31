// Runs the understanding steps in order: clean, correct, read sentences, recognize names
// and their roles, guess the question type, select the terms.
#include "query/understander.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "query/message.hpp"
#include "query/qtype_guess.hpp"
#include "query/term_selector.hpp"
#include "query/text_cleaner.hpp"
#include "store/schema.hpp"
#include "text/ascii.hpp"
#include "text/hunspell_speller.hpp"

namespace qadex::query {
namespace {

// The span of `name`'s words in sentence `s`, as [first, last] positions in message.words, if
// they lie side by side there ("Tay sachs disease", not the scattered "pain ... back").
std::optional<std::pair<std::size_t, std::size_t>> side_by_side(const Message& message,
                                                                const NameMatch& name,
                                                                std::size_t s) {
  std::vector<std::size_t> here;
  for (const auto k : name.at) {
    if (message.words[k].sentence == s) here.push_back(k);
  }
  if (here.empty()) return std::nullopt;
  std::sort(here.begin(), here.end());
  here.erase(std::unique(here.begin(), here.end()), here.end());
  // Named more than once in the sentence, or with words apart: no one span.
  if (here.back() - here.front() + 1 != here.size()) return std::nullopt;
  return std::pair{here.front(), here.back()};
}

// How names ending at message word `a` and beginning at `b` are joined, if they are: by "and"
// or "or", a slash or ampersand ("TSD/Clubfoot"), or a comma (of a list: "A, B and C"; alone
// a comma may set off another name for the same thing: "the rare disease, Ochoa syndrome").
enum class Join { kNone, kWord, kComma };

Join join_between(const Message& message, std::string_view text, std::size_t a, std::size_t b) {
  if (b <= a || b - a > 2) return Join::kNone;
  if (b - a == 2) {
    const auto& word = message.words[a + 1].normalized;
    return word == "and" || word == "or" ? Join::kWord : Join::kNone;
  }
  const auto between =
      text.substr(message.words[a].end, message.words[b].begin - message.words[a].end);
  if (between.find_first_of("/&") != std::string_view::npos) return Join::kWord;
  return between.find(',') != std::string_view::npos ? Join::kComma : Join::kNone;
}

// The text that asks about one of names joined in sentence `s`: the sentence with the joined
// names replaced by that one ("information on Hypertension and fibromyalgia, ..." gives
// "information on fibromyalgia, ..."). `group` holds the names' spans, in order.
std::string one_of_joined(const Message& message, const std::string& text, std::size_t s,
                          const std::vector<std::pair<std::size_t, std::size_t>>& group,
                          std::size_t one) {
  const auto [begin, end] = message.spans[s];
  const auto from = message.words[group.front().first].begin;
  const auto to = message.words[group.back().second].end;
  const auto name_from = message.words[group[one].first].begin;
  const auto name_to = message.words[group[one].second].end;
  return text.substr(begin, from - begin) + text.substr(name_from, name_to - name_from) +
         text.substr(to, end - to);
}

// The parts of a text that asks about different names: each question sentence that names
// something no earlier part named ("What should I eat with diabetes? Is my blood pressure
// medicine safe?"), and in a question sentence that joins the name asked about with others
// ("Hypertension and fibromyalgia", "TSD/clubfoot") one part per name. Fewer than two: the
// text is one question. Each part's turns: the most sentences that name one of the names it
// asks about (a text about leukemia that also asks how AML differs from CML is mostly about
// leukemia).
void split_subquestions(const Message& message, Understood& understood) {
  auto& parts = understood.subquestions;
  auto& turns = understood.subquestion_turns;
  if (understood.names.empty()) return;  // every part names something
  const auto* primary = &understood.names.front().match;
  std::set<std::string> named;
  const auto& text = understood.searched;
  for (std::size_t s = 0; s < message.spans.size(); ++s) {
    if (!message.question[s]) continue;
    // The sentence's names whose words lie side by side, in the order written.
    std::vector<std::pair<std::pair<std::size_t, std::size_t>, const NameMatch*>> spans;
    for (const auto& name : understood.names) {
      if (const auto span = side_by_side(message, name.match, s)) {
        spans.emplace_back(*span, &name.match);
      }
    }
    std::sort(spans.begin(), spans.end(),
              [](const auto& a, const auto& b) { return a.first.first < b.first.first; });
    // The first run of names joined one to the next, by a word or slash at least once, that
    // holds the name the text asks about: "the difference between AML and CML" in a text about
    // leukemia is a question about leukemia.
    std::size_t run_begin = 0;
    std::size_t run_end = 0;
    for (std::size_t i = 0; i + 1 < spans.size() && run_end == 0; ++i) {
      bool by_word = false;
      std::size_t end = i + 1;
      for (; end < spans.size(); ++end) {
        const auto join =
            join_between(message, text, spans[end - 1].first.second, spans[end].first.first);
        if (join == Join::kNone) break;
        by_word = by_word || join == Join::kWord;
      }
      const bool has_primary =
          std::any_of(spans.begin() + static_cast<std::ptrdiff_t>(i),
                      spans.begin() + static_cast<std::ptrdiff_t>(end),
                      [&](const auto& span) { return span.second == primary; });
      if (by_word && has_primary) {
        run_begin = i;
        run_end = end;
      }
    }
    if (run_end > run_begin) {
      std::vector<std::pair<std::size_t, std::size_t>> group;
      for (std::size_t i = run_begin; i < run_end; ++i) group.push_back(spans[i].first);
      for (std::size_t i = run_begin; i < run_end; ++i) {
        if (named.insert(spans[i].second->key).second) {
          parts.push_back(one_of_joined(message, text, s, group, i - run_begin));
          turns.push_back(spans[i].second->sentences.size());
        }
      }
      // The sentence's other names go with each part.
      for (const auto& name : understood.names) {
        if (name.match.sentences.count(s)) named.insert(name.match.key);
      }
      continue;
    }
    std::size_t new_names_turns = 0;
    for (const auto& name : understood.names) {
      if (!name.match.sentences.count(s) || !named.insert(name.match.key).second) continue;
      new_names_turns = std::max(new_names_turns, name.match.sentences.size());
    }
    if (new_names_turns > 0) {
      const auto [begin, end] = message.spans[s];
      parts.push_back(text.substr(begin, end - begin));
      turns.push_back(new_names_turns);
    }
  }
  for (auto& part : parts) {
    part.erase(part.begin(), std::find_if_not(part.begin(), part.end(), text::is_space));
  }
  if (parts.size() < 2) {
    parts.clear();
    turns.clear();
  }
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
  auto unmarked = remove_character_references(text);
  understood.removed = std::move(unmarked.removed);
  std::string_view searched = unmarked.text;
  CleanedText cleaned;
  if (options.clean_text) {
    cleaned = clean_text(analyzer_, searched);
    understood.removed.insert(understood.removed.end(), cleaned.removed.begin(),
                              cleaned.removed.end());
    searched = cleaned.text;
  }
  if (options.spelling) {
    understood.corrections =
        find_corrections(db_, analyzer_, dictionary_, text::HunspellSpeller::builtin(), searched);
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
      double weight = ranking.name_bonus() * (primary ? 1.0 : ranking.secondary_name_share());
      if (match.part_standing_in()) weight *= Ranking::body_part_share();
      if (match.story) weight *= Ranking::story_name_share();
      understood.names.push_back({std::move(match), primary, weight});
    }
  }
  const auto observations =
      std::count_if(understood.names.begin(), understood.names.end(),
                    [](const UnderstoodName& name) { return name.match.observation; });
  if (observations >= 2) {
    for (auto& name : understood.names) {
      if (name.match.observation && !name.match.asked) {
        name.weight *= Ranking::several_observations_share();
      }
    }
  }
  // Nothing named, the words for ill health say what the text is about ("my son has a
  // nosebleed almost every day": not "every", "day", "almost").
  if (options.focus && understood.names.empty()) {
    for (const auto& word : message.words) {
      if (!word.term.empty() && dictionary_.is_condition(word.normalized) &&
          !is_complaint(word.term)) {
        understood.complaint_terms.insert(word.term);
      }
    }
  }
  if (options.subquestions) split_subquestions(message, understood);
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
                    name.match.match + (name.match.observation ? ", a sign or symptom" : "") +
                    ", from \"" + name.match.words + "\")");
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
