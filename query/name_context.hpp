// What the words around a recognized name say of it: that the person denies it ("no fever"),
// likens a feeling to it ("I feel like I'm drowning"), names it for someone else ("my mom had
// breast cancer"), asks to be given it ("suggest some medicine"), or names only which vaccine,
// test or sort of thing the next word is ("a tetanus shot", "a disease called Sotos"). The name
// recognizer reads these to drop names and to choose the one asked about.
#pragma once

#include <algorithm>
#include <cstddef>

#include "query/message.hpp"
#include "query/name_recognizer.hpp"

namespace qadex::query {

// Whose a name is, by the nearest word for a person before it in its sentence: the writer's
// own ("I've been having hot flashes", "my knee hurts"), a relative's or friend's ("My mom had
// breast cancer", "my father went almost blind from glaucoma"), another person's ("his
// heart"), or nobody's said. A name someone is said to say or think is nobody's: it is their
// guess at what the writer has ("my friend said carpal tunnel"), not what they have.
enum class Whose { kNobodys, kWriters, kRelatives, kOthers };

// Whose the name that begins at message.words[k] is.
[[nodiscard]] Whose whose_at(const Message& message, std::size_t k);

// Where the text names it, wherever it begins (the first of its words, each time named).
template <typename Predicate>
bool each_time_named(const NameMatch& name, Predicate&& holds) {
  if (name.at.empty()) return false;
  return std::all_of(name.at.begin(), name.at.end(), [&](std::size_t k) {
    return (k > 0 && std::find(name.at.begin(), name.at.end(), k - 1) != name.at.end()) || holds(k);
  });
}

// Whether the text says the person does not have it where it names it at message.words[k].
[[nodiscard]] bool denied_at(const Message& message, std::size_t k);
// Whether the person says they do not have it, wherever they name it.
[[nodiscard]] bool denied(const Message& message, const NameMatch& name);
// Whether the text names it only to say what a feeling is like, wherever it names it.
[[nodiscard]] bool likened_to(const Message& message, const NameMatch& name);
// Whether the text names it only to say which vaccine or test the word after it is.
[[nodiscard]] bool names_a_shot_or_test(const Message& message, const NameMatch& name);
// Whether the text asks for what the name stands for rather than about it.
[[nodiscard]] bool requested(const Message& message, const NameMatch& name);
// Whether the text names it only to say what sort the name after it is.
[[nodiscard]] bool names_a_sort(const Message& message, const NameMatch& name);

}  // namespace qadex::query
