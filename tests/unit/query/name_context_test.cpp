// Unit tests of what the words around a name say of it (query/name_context.hpp), on messages
// read as the understanding stage reads them, without an index.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "query/message.hpp"
#include "query/name_context.hpp"
#include "text/analyzer.hpp"

namespace {

using qadex::query::Message;
using qadex::query::NameMatch;

// The message `text` and the name made of its words `name` (normalized, space-separated),
// wherever they stand side by side; the name has no positions if they do not.
struct Named {
  Message message;
  NameMatch name;
};

Named named(std::string_view text, std::string_view name) {
  qadex::text::Analyzer analyzer;
  Named out{qadex::query::read_message(analyzer, text), {}};
  std::vector<std::string> parts;
  for (std::size_t start = 0; start <= name.size();) {
    auto space = name.find(' ', start);
    if (space == std::string_view::npos) space = name.size();
    parts.emplace_back(name.substr(start, space - start));
    start = space + 1;
  }
  const auto& words = out.message.words;
  for (std::size_t k = 0; k + parts.size() <= words.size(); ++k) {
    bool same = true;
    for (std::size_t i = 0; i < parts.size() && same; ++i)
      same = words[k + i].normalized == parts[i];
    if (!same) continue;
    for (std::size_t i = 0; i < parts.size(); ++i) out.name.at.push_back(k + i);
    out.name.sentences.insert(words[k].sentence);
  }
  out.name.key = std::string(name);
  return out;
}

// What `predicate` says of the name `name` in `text`, where the text names it.
template <typename Predicate>
auto holds(Predicate predicate, std::string_view text, std::string_view name) {
  const auto n = named(text, name);
  REQUIRE_FALSE(n.name.at.empty());
  return predicate(n.message, n.name);
}

qadex::query::Whose whose(std::string_view text, std::string_view name) {
  return holds(
      [](const Message& message, const NameMatch& found) {
        return qadex::query::whose_at(message, found.at.front());
      },
      text, name);
}

}  // namespace

TEST_CASE("a name the person denies is told from one they have", "[query][unit]") {
  using qadex::query::denied;
  CHECK(holds(denied, "I have no fever but my throat hurts", "fever"));
  CHECK(holds(denied, "the doctor said it wasn't a stroke", "stroke"));
  CHECK(holds(denied, "I am not diabetic", "diabetic"));
  CHECK_FALSE(holds(denied, "I have a fever and a cough", "fever"));
  // Denied once and named again without a denial: the person may have it.
  CHECK_FALSE(holds(denied, "No fever yesterday. Today I have a fever.", "fever"));
}

TEST_CASE("a name a feeling is likened to is not what the person has", "[query][unit]") {
  using qadex::query::likened_to;
  CHECK(holds(likened_to, "at night I feel like I'm drowning", "drowning"));
  CHECK(holds(likened_to, "it felt like choking", "choking"));
  CHECK_FALSE(holds(likened_to, "it feels like a heart attack", "heart attack"));
  CHECK_FALSE(holds(likened_to, "I have been choking on food", "choking"));
}

TEST_CASE("whose a name is: the writer's, a relative's, another's or nobody's said",
          "[query][unit]") {
  using qadex::query::Whose;
  CHECK(whose("my knee hurts when I run", "knee") == Whose::kWriters);
  CHECK(whose("My mom had breast cancer at 50", "breast cancer") == Whose::kRelatives);
  CHECK(whose("his heart races at night", "heart") == Whose::kOthers);
  CHECK(whose("what causes gout?", "gout") == Whose::kNobodys);
  // Only the name's own sentence counts.
  CHECK(whose("My dad is 80. What causes gout?", "gout") == Whose::kNobodys);
}

TEST_CASE("a name may only say which shot, test or sort of thing the next word is",
          "[query][unit]") {
  const auto shot = [](std::string_view text, std::string_view name) {
    return holds(qadex::query::names_a_shot_or_test, text, name);
  };
  CHECK(shot("I needed a tetanus shot after the cut", "tetanus"));
  CHECK(shot("my strep test was negative", "strep"));
  CHECK_FALSE(shot("can tetanus be cured?", "tetanus"));
  CHECK_FALSE(shot("I had a tetanus. Shot by a nail.", "tetanus"));  // the next sentence

  const auto sort = [](std::string_view text, std::string_view name) {
    return holds(qadex::query::names_a_sort, text, name);
  };
  CHECK(sort("a rare disease called Ehlers-Danlos", "rare disease"));
  CHECK(sort("she has a syndrome named Sotos", "syndrome"));
  CHECK_FALSE(sort("is this rare disease inherited?", "rare disease"));
}

TEST_CASE("a name asked for is told from a name asked about", "[query][unit]") {
  const auto asked_for = [](std::string_view text, std::string_view name) {
    return holds(qadex::query::requested, text, name);
  };
  CHECK(asked_for("please prescribe a medicine for the cure", "medicine"));
  CHECK(asked_for("can you suggest some good medicine", "medicine"));
  CHECK_FALSE(asked_for("what are medicines for children", "medicines"));
  CHECK_FALSE(asked_for("Suggest. Medicine for a cold?", "medicine"));  // another sentence
}
