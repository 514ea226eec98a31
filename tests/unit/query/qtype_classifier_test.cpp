// Unit tests of the question-type classifier: the shipped model's answers on questions worded
// the ways people ask, and the model text's parser.
#include <catch2/catch.hpp>

#include <numeric>
#include <string>

#include "qadex/error.hpp"
#include "query/qtype_classifier.hpp"

using qadex::query::QtypeClassifier;

namespace {

std::string top_type(const QtypeClassifier& model, qadex::text::Analyzer& analyzer,
                     std::string_view question) {
  return model.classify(analyzer, question).front().qtype;
}

}  // namespace

TEST_CASE("The shipped model gives the type a question asks for", "[unit][qtype]") {
  qadex::text::Analyzer analyzer;
  const QtypeClassifier model;
  // The disease and drug names are not type words, and most types here are a minority of
  // the training questions (treatment is half of LiveQA), so a model that learned names or
  // the majority class would fail these.
  const auto [question, expected] = GENERATE(table<std::string_view, std::string_view>({
      {"What causes shingles?", "causes"},
      {"How is psoriasis treated?", "treatment"},
      {"What can I do for my knee pain?", "treatment"},
      {"Is hemochromatosis hereditary?", "inheritance"},
      {"What are the side effects of metformin?", "side effects"},
      {"What should I know about storage and disposal of insulin?", "storage and disposal"},
      {"How is celiac disease diagnosed?", "exams and tests"},
      {"What are the symptoms of Lyme disease?", "symptoms"},
      {"What should I do if I forget a dose of warfarin?", "forget a dose"},
  }));
  CAPTURE(question);
  CHECK(top_type(model, analyzer, question) == expected);
}

// Known misses of the shipped model, kept to be seen (reported, not failing): consumer
// questions without the words MedQuAD's templates use ("why ... keep getting", "go away",
// "life expectancy", the verb "store"), where LiveQA's treatment-heavy prior wins.
TEST_CASE("Known misses of the shipped model", "[unit][qtype][!mayfail]") {
  qadex::text::Analyzer analyzer;
  const QtypeClassifier model;
  const auto [question, expected] = GENERATE(table<std::string_view, std::string_view>({
      {"Why do I keep getting headaches in the morning?", "causes"},
      {"How should I store insulin?", "storage and disposal"},
      {"What is the proper storage of insulin?", "storage and disposal"},
      {"Will my tinnitus go away?", "outlook"},
      {"What is the life expectancy with ALS?", "outlook"},
  }));
  CAPTURE(question);
  CHECK(top_type(model, analyzer, question) == expected);
}

TEST_CASE("Probabilities cover every type and sum to 1, most likely first", "[unit][qtype]") {
  qadex::text::Analyzer analyzer;
  const QtypeClassifier model;
  for (std::string_view text :
       {"", "What causes gout? My father had it and I am worried.", "????", "hello"}) {
    const auto scores = model.classify(analyzer, text);
    REQUIRE(scores.size() == model.types().size());
    const double total =
        std::accumulate(scores.begin(), scores.end(), 0.0,
                        [](double sum, const auto& s) { return sum + s.probability; });
    CHECK(total == Approx(1.0));
    for (std::size_t i = 1; i < scores.size(); ++i) {
      CHECK(scores[i - 1].probability >= scores[i].probability);
    }
  }
}

TEST_CASE("A small model text scores as written", "[unit][qtype]") {
  qadex::text::Analyzer analyzer;
  const QtypeClassifier model(
      "# a comment\n"
      "qadex-qtype-model\t1\n"
      "types\tcauses\ttreatment\n"
      "(bias)\ttreatment\t0.5\n"
      "w=caus\tcauses\t4\n");
  CHECK(model.types() == std::vector<std::string>{"causes", "treatment"});
  CHECK(top_type(model, analyzer, "hello") == "treatment");
  CHECK(top_type(model, analyzer, "what causes it") == "causes");
  // Two types with a bias difference of 0.5: p = 1 / (1 + e^-0.5).
  CHECK(model.classify(analyzer, "hello").front().probability == Approx(0.6224593));
}

TEST_CASE("A bad model line is an error naming the line", "[unit][qtype]") {
  const std::string header = "qadex-qtype-model\t1\ntypes\tcauses\ttreatment\n";
  const auto message_of = [](const std::string& text) -> std::string {
    try {
      const QtypeClassifier model(text);
    } catch (const qadex::InputError& error) {
      return error.what();
    }
    return "no error";
  };
  CHECK_THAT(message_of(header + "w=caus\tcauses\n"),
             Catch::Contains(":3:") && Catch::Contains("feature<TAB>type<TAB>weight"));
  CHECK_THAT(message_of(header + "w=caus\tcauses\t1\nw=treat\tsurgery\t1\n"),
             Catch::Contains(":4:") && Catch::Contains("unknown type \"surgery\""));
  CHECK_THAT(message_of(header + "w=caus\tcauses\t1.5x\n"),
             Catch::Contains(":3:") && Catch::Contains("bad weight \"1.5x\""));
  CHECK_THAT(message_of("qadex-qtype-model\t2\n"), Catch::Contains(":1:"));
  CHECK_THAT(message_of(""), Catch::Contains("not a model"));
}
