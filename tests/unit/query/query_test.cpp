// Unit tests of the query side: query building, snippets, and ranking through the public API.
#include <catch2/catch.hpp>

#include <map>
#include <numeric>

#include <xapian.h>

#include "qadex/error.hpp"
#include "qadex/index.hpp"
#include "query/query_builder.hpp"
#include "query/snippet.hpp"
#include "tests/unit/temp_dir.hpp"

using qadex::Record;
using qadex::SearchOptions;
using qadex::testing::TempDir;

namespace {

Record make(std::string id, std::string question, std::string answer, std::string focus = {},
            std::string qtype = {}, std::string source = "test") {
  Record record;
  record.id = std::move(id);
  record.question = std::move(question);
  record.answer = std::move(answer);
  record.focus = std::move(focus);
  record.qtype = std::move(qtype);
  record.source = std::move(source);
  return record;
}

// A small index whose best answers are obvious.
qadex::Index small_index(const std::filesystem::path& dir) {
  qadex::OpenOptions options;
  options.mode = qadex::OpenOptions::Mode::kWrite;
  auto index = qadex::Index::open(dir, options);
  index.add(make("back", "What causes lower back stiffness?",
                 "Strained muscles and worn joints often stiffen the lower back.",
                 "Lower back pain", "causes"));
  index.add(make("back-treat", "How is lower back pain treated?",
                 "Gentle movement, heat and pain relievers help most lower back pain.",
                 "Lower back pain", "treatment"));
  index.add(make("knee", "Why is my knee stiff?",
                 "A stiff knee may come from arthritis. Back pain is a different matter.",
                 "Knee pain", "causes", "other"));
  index.add(
      make("sleep", "How can I sleep better?", "Keep regular hours.", "Insomnia", "treatment"));
  auto heart = make("mi", "What is a heart attack?", "Blood flow to the heart muscle stops.",
                    "Myocardial infarction", "information");
  heart.synonyms = {"heart attack"};
  index.add(heart);
  index.commit();
  return index;
}
qadex::Index small_index(const TempDir& dir) { return small_index(dir.path()); }

std::vector<std::string> ids(const qadex::SearchResults& results) {
  std::vector<std::string> out;
  for (const auto& hit : results.hits) out.push_back(hit.id);
  return out;
}

}  // namespace

TEST_CASE("a complaint's words are OR-ed across fields, stopwords dropped", "[query][unit]") {
  TempDir dir;
  Xapian::WritableDatabase db(dir.path().string(), Xapian::DB_CREATE_OR_OPEN);
  qadex::text::Analyzer analyzer;
  qadex::query::QueryBuilder builder(db, analyzer);
  SearchOptions fields;
  fields.ranking.field_weights = true;  // all four fields (off by default: bench/RESULTS.md)
  const auto built = builder.build("I have lower back stiffness. What could it be?", fields);
  CHECK(built.terms == std::vector<std::string>{"lower", "back", "stiff"});
  CHECK_THAT(built.describe(),
             Catch::Contains("XFback") && Catch::Contains("XTstiff") && Catch::Contains(" OR "));
  // With field weights each term is searched in the combined text, the question, the focus
  // and the synonyms; by default in the combined question+answer text only, and in the
  // two-field ranking in the question and the answer.
  CHECK(built.term_scale.size() == 12);
  CHECK(builder.build("lower back stiffness", {}).term_scale.size() == 3);
  SearchOptions two_fields;
  two_fields.ranking.combined_text = false;
  CHECK(builder.build("lower back stiffness", two_fields).term_scale.size() == 6);
}

TEST_CASE("query syntax in a complaint is read as words", "[query][unit]") {
  TempDir dir;
  Xapian::WritableDatabase db(dir.path().string(), Xapian::DB_CREATE_OR_OPEN);
  qadex::text::Analyzer analyzer;
  qadex::query::QueryBuilder builder(db, analyzer);
  const auto built = builder.build("back pain NOT \"stiff AND title:knee", {});
  const auto description = built.describe();
  CHECK_THAT(description, !Catch::Contains("AND_NOT") && !Catch::Contains("OP_AND"));
  CHECK(std::find(built.terms.begin(), built.terms.end(), "knee") != built.terms.end());
  // With --advanced, the same text is Xapian syntax.
  SearchOptions advanced;
  advanced.advanced_syntax = true;
  CHECK_THAT(builder.build("back NOT knee", advanced).describe(), Catch::Contains("AND_NOT"));
  CHECK_THROWS_AS(builder.build("back AND (", advanced), qadex::UsageError);
}

TEST_CASE("filters restrict by field and reject unknown fields", "[query][unit]") {
  TempDir dir;
  Xapian::WritableDatabase db(dir.path().string(), Xapian::DB_CREATE_OR_OPEN);
  qadex::text::Analyzer analyzer;
  qadex::query::QueryBuilder builder(db, analyzer);
  SearchOptions options;
  options.filters = {{"source", "GARD"}, {"qtype", "treatment"}, {"source", "GHR"}};
  const auto description = builder.build("back", options).describe();
  CHECK_THAT(description, Catch::Contains("XSOURCE:gard OR XSOURCE:ghr") &&
                              Catch::Contains("XQTYPE:treatment") && Catch::Contains("FILTER"));
  options.filters = {{"colour", "red"}};
  CHECK_THROWS_AS(builder.build("back", options), qadex::UsageError);
}

TEST_CASE("a snippet is the window with the most query terms, highlighted", "[query][unit]") {
  qadex::text::Analyzer analyzer;
  const std::string text =
      "Many things cause pain. Sleep matters too. Stiffness in the lower back is common in the "
      "morning and eases with movement. Other topics follow here.";
  qadex::query::SnippetOptions options;
  options.words = 8;
  const auto snippet =
      qadex::query::make_snippet(analyzer, text, {"stiff", "lower", "back"}, options);
  CHECK_THAT(snippet, Catch::Contains("**Stiffness** in the **lower** **back**"));
  CHECK_THAT(snippet, Catch::StartsWith("...") && Catch::EndsWith("..."));
  // No match: the start of the text.
  CHECK_THAT(qadex::query::make_snippet(analyzer, text, {"zebra"}, options),
             Catch::StartsWith("Many things cause pain"));
  CHECK(qadex::query::make_snippet(analyzer, "", {"x"}, options).empty());

  // Only the start of a very long answer is scanned: a match far down is not looked for.
  std::string long_text;
  while (long_text.size() < 20000) long_text += "Filler words about nothing in particular. ";
  long_text += "Stiffness at the very end.";
  const auto far = qadex::query::make_snippet(analyzer, long_text, {"stiff"}, options);
  CHECK_THAT(far, Catch::StartsWith("Filler words") && Catch::EndsWith("..."));
}

TEST_CASE("an HTML snippet escapes the text and not the marks", "[query][unit]") {
  qadex::text::Analyzer analyzer;
  qadex::query::SnippetOptions options;
  options.open = "<mark>";
  options.close = "</mark>";
  options.escape_html = true;
  const auto snippet = qadex::query::make_snippet(
      analyzer, "Stiff <script>alert('x')</script> & \"back\" pain", {"stiff", "back"}, options);
  CHECK(snippet ==
        "<mark>Stiff</mark> &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "
        "&quot;<mark>back</mark>&quot; pain");
}

TEST_CASE("answers about the complaint's focus rank first", "[query][unit]") {
  TempDir dir;
  auto index = small_index(dir);
  const auto results = index.search("I have lower back stiffness. What could it be?");
  REQUIRE(results.hits.size() >= 2);
  CHECK(results.hits[0].id == "back");
  CHECK(results.hits[0].rank == 1);
  CHECK(results.hits[0].source == "test");
  CHECK_THAT(results.hits[0].snippet, Catch::Contains("**lower** **back**"));
}

TEST_CASE("filters, pagination and find work through the public API", "[query][unit]") {
  TempDir dir;
  auto index = small_index(dir);
  SearchOptions options;
  options.filters = {{"qtype", "treatment"}};
  for (const auto& hit : index.search("back pain", options).hits) CHECK(hit.qtype == "treatment");
  options.filters = {{"source", "OTHER"}};  // case-insensitive
  CHECK(ids(index.search("back pain", options)) == std::vector<std::string>{"knee"});
  CHECK(index.search("back pain", options).unmatched_filters.empty());

  // A value no record has is told, with the values that exist; a matching one is not.
  options.filters = {{"source", "tset"}, {"qtype", "treatment"}};
  const auto none = index.search("back pain", options);
  CHECK(none.hits.empty());
  REQUIRE(none.unmatched_filters.size() == 1);
  CHECK(none.unmatched_filters[0].field == "source");
  CHECK(none.unmatched_filters[0].value == "tset");
  CHECK(none.unmatched_filters[0].known_values == std::vector<std::string>{"other", "test"});

  SearchOptions page;
  page.limit = 1;
  const auto all = ids(index.search("back pain stiff"));
  REQUIRE(all.size() >= 3);
  page.offset = 1;
  const auto second = index.search("back pain stiff", page);
  REQUIRE(second.hits.size() == 1);
  CHECK(second.hits[0].id == all[1]);
  CHECK(second.hits[0].rank == 2);

  REQUIRE(index.find("sleep").has_value());
  CHECK(index.find("sleep")->answer == "Keep regular hours.");
  CHECK_FALSE(index.find("nope").has_value());
}

TEST_CASE("facets count every match per source and qtype, not only the page", "[query][unit]") {
  TempDir dir;
  auto index = small_index(dir);
  SearchOptions options;
  options.limit = 1;
  CHECK(index.search("back pain stiff", options).facets.empty());  // not asked for
  options.facets = true;
  options.limit = 1000;
  const auto all = index.search("back pain stiff", options);
  options.limit = 1;
  const auto page = index.search("back pain stiff", options);
  REQUIRE(page.hits.size() == 1);
  CHECK(page.facets == all.facets);
  std::map<std::string, std::size_t> by_source;
  std::map<std::string, std::size_t> by_qtype;
  for (const auto& hit : all.hits) {
    if (!hit.source.empty()) ++by_source[hit.source];
    if (!hit.qtype.empty()) ++by_qtype[hit.qtype];
  }
  CHECK(all.facets.at("source") == by_source);
  CHECK(all.facets.at("qtype") == by_qtype);
  // Sub-questions are searched one by one; a record matching several is counted once.
  const auto parts = index.search("My back is stiff. What about my knee? And sleep?", options);
  std::size_t counted = 0;
  for (const auto& [value, count] : parts.facets.at("qtype")) counted += count;
  CHECK(counted <= 5);  // the index's records
}

TEST_CASE("hits carry as much as SearchOptions::content asks", "[query][unit]") {
  TempDir dir;
  auto index = small_index(dir);
  const std::string text = "lower back stiffness";
  const auto full = index.search(text);  // HitContent::kSnippet by default
  REQUIRE(full.hits.size() >= 3);
  CHECK_THAT(full.hits[0].snippet, Catch::Contains("**"));
  SearchOptions options;
  for (const auto content : {qadex::HitContent::kId, qadex::HitContent::kRecord}) {
    options.content = content;
    const auto results = index.search(text, options);
    CHECK(ids(results) == ids(full));
    REQUIRE(results.hits.size() == full.hits.size());
    for (std::size_t i = 0; i < results.hits.size(); ++i) {
      const auto& hit = results.hits[i];
      const auto& whole = full.hits[i];
      INFO("content " << static_cast<int>(content) << ", hit " << whole.id);
      CHECK(hit.rank == whole.rank);
      CHECK(hit.score == whole.score);
      CHECK(hit.snippet.empty());
      if (content == qadex::HitContent::kId) {
        CHECK(hit.question.empty());
        CHECK(hit.answer.empty());
        CHECK(hit.source.empty());
      } else {
        CHECK(hit.question == whole.question);
        CHECK(hit.answer == whole.answer);
        CHECK(hit.focus == whole.focus);
        CHECK(hit.qtype == whole.qtype);
        CHECK(hit.source == whole.source);
        CHECK_FALSE(hit.answer.empty());
      }
    }
  }
}

TEST_CASE("ids-only hits from shards are the full hits' ids, in rank order", "[query][unit]") {
  // Ids are read through one value stream in docid order, then put back in rank order; over
  // shards, docids interleave.
  TempDir dir;
  const auto first = dir.path() / "first";
  const auto second = dir.path() / "second";
  (void)small_index(first);
  {
    qadex::OpenOptions options;
    options.mode = qadex::OpenOptions::Mode::kWrite;
    auto index = qadex::Index::open(second, options);
    index.add(make("back-2", "Is lower back stiffness in the morning normal?",
                   "Morning stiffness of the lower back often eases with movement."));
    index.add(make("back-3", "Stiff back after lifting?", "Rest briefly, then move gently."));
    index.commit();
  }
  auto shards = qadex::Index::open_shards({first.string(), second.string()});
  const auto full = shards.search("lower back stiffness");
  REQUIRE(full.hits.size() >= 4);
  SearchOptions options;
  options.content = qadex::HitContent::kId;
  for (const std::size_t offset : {0, 1}) {
    options.offset = offset;
    const auto results = shards.search("lower back stiffness", options);
    INFO("offset " << offset);
    REQUIRE(results.hits.size() == full.hits.size() - offset);
    for (std::size_t i = 0; i < results.hits.size(); ++i) {
      CHECK(results.hits[i].id == full.hits[i + offset].id);
      CHECK(results.hits[i].rank == full.hits[i + offset].rank);
    }
  }
}

TEST_CASE("explain's term weights add up to each hit's score", "[query][unit]") {
  TempDir dir;
  auto index = small_index(dir);
  SearchOptions options;
  options.explain = true;
  options.ranking.field_weights = true;
  // Explaining needs only a hit's id, so it works whatever the hits carry.
  for (const auto content :
       {qadex::HitContent::kId, qadex::HitContent::kRecord, qadex::HitContent::kSnippet}) {
    options.content = content;
    const auto results = index.search("lower back stiffness", options);
    REQUIRE_FALSE(results.hits.empty());
    CHECK_THAT(results.explanation, Catch::Contains("terms: lower, back, stiff"));
    for (const auto& hit : results.hits) {
      INFO("content " << static_cast<int>(content) << ", hit " << hit.id);
      REQUIRE_FALSE(hit.explanation.empty());
      const double sum =
          std::accumulate(hit.explanation.begin(), hit.explanation.end(), 0.0,
                          [](double s, const auto& part) { return s + part.weight; });
      CHECK(sum == Approx(hit.score).epsilon(1e-9));
    }
  }
  const auto results = index.search("lower back stiffness", options);
  // The focus and question fields contribute to the top hit.
  bool focus = false;
  for (const auto& part : results.hits[0].explanation) focus |= part.field == "focus";
  CHECK(focus);
}

TEST_CASE("names from the synonym table expand the query", "[query][unit]") {
  TempDir dir;
  auto index = small_index(dir);
  SearchOptions options;
  options.explain = true;
  options.ranking.synonyms = true;  // off by default (bench/RESULTS.md), on here
  // "myocardial infarction" appears nowhere in the words of the "mi" record but its focus;
  // "heart attack" is its synonym, so a lay question finds it through both.
  const auto results = index.search("chest pain, was it a heart attack", options);
  REQUIRE_FALSE(results.hits.empty());
  CHECK(results.hits[0].id == "mi");
  CHECK_THAT(results.explanation, Catch::Contains("heart attack => myocardi infarct"));
}

TEST_CASE("opening a missing index says how to create one", "[query][unit]") {
  TempDir dir;
  try {
    (void)qadex::Index::open(dir / "missing");
    FAIL("opened a missing index");
  } catch (const qadex::IndexError& e) {
    CHECK_THAT(e.what(), Catch::Contains("qadex index --db"));
  }
  CHECK_THROWS_AS(qadex::Index::open_shards({"tcp://localhost"}), qadex::UsageError);
}

TEST_CASE("a search beyond the bounds is refused, saying which bound", "[query][unit]") {
  TempDir dir;
  auto index = small_index(dir);
  auto refusal = [&](const std::string& text, const SearchOptions& options) -> std::string {
    try {
      (void)index.search(text, options);
    } catch (const qadex::UsageError& e) {
      return e.what();
    }
    return "";
  };
  // Many distinct words: "w0 w1 w2 ...", as words the analyzer keeps.
  auto words = [](std::size_t n) {
    std::string text;
    for (std::size_t i = 0; i < n; ++i) text += "word" + std::to_string(i) + "x ";
    return text;
  };
  SearchOptions plain;
  plain.ranking = qadex::RankingOptions::plain();
  SearchOptions advanced;
  advanced.advanced_syntax = true;

  CHECK_THAT(refusal(std::string(qadex::kMaxQueryBytes + 1, 'a'), {}),
             Catch::Contains("bytes long"));
  CHECK_THAT(refusal(words(qadex::kMaxQueryTerms + 1), plain), Catch::Contains("different words"));
  CHECK_THAT(refusal(words(qadex::kMaxQueryTerms + 1), advanced), Catch::Contains("words"));
  std::string repeated;
  for (std::size_t i = 0; i <= qadex::kMaxQueryTerms; ++i) repeated += "back ";
  CHECK_THAT(refusal(repeated, advanced), Catch::Contains("repeats counted"));
  CHECK(refusal(repeated, plain).empty());
  CHECK(refusal(words(qadex::kMaxQueryTerms + 1), {}).empty());  // qadex picks the words itself
  SearchOptions filters;
  filters.filters.assign(qadex::kMaxFilters + 1, {"source", "test"});
  CHECK_THAT(refusal("back pain", filters), Catch::Contains("filters given"));
  SearchOptions page;
  page.limit = qadex::kMaxLimit + 1;
  CHECK_THAT(refusal("back pain", page), Catch::Contains("answers per page"));
  page.limit = 10;
  page.offset = qadex::kMaxOffset + 1;
  CHECK_THAT(refusal("back pain", page), Catch::Contains("offset"));
  page.offset = qadex::kMaxOffset;
  CHECK(refusal("back pain", page).empty());  // at the bound: an empty page, not an error
}
