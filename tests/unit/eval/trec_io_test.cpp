// Tests of reading TREC qrels and runs (fixtures in tests/data/eval, described in its README).
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "qadex/error.hpp"
#include "qadex/eval.hpp"

namespace {

using qadex::eval::read_qrels;
using qadex::eval::read_run;

const std::string kDir = QADEX_TEST_DATA "/eval/";

// Runs read(kDir + file) and checks it throws an InputError at `line` whose message has
// "file:line:" and `fragment`.
template <typename Read>
void check_input_error(Read read, const std::string& file, std::size_t line,
                       const std::string& fragment) {
  INFO(file);
  try {
    read(kDir + file);
    FAIL("no InputError thrown");
  } catch (const qadex::InputError& e) {
    CHECK(e.file() == kDir + file);
    CHECK(e.line() == line);
    const std::string message = e.what();
    CHECK_THAT(message, Catch::Contains(file + ":" + std::to_string(line) + ": "));
    CHECK_THAT(message, Catch::Contains(fragment));
  }
}

}  // namespace

TEST_CASE("qrels are read with every grade, whatever the whitespace", "[eval][unit]") {
  const auto qrels = read_qrels(kDir + "example.qrels");
  const qadex::eval::Qrels expected = {
      {"q1", {{"d1", 2}, {"d2", 1}, {"d5", 3}, {"d9", 0}}},
      {"q2", {{"a", 1}}},  // tab-separated line
      {"q3", {{"x", 0}}},
  };
  CHECK(qrels == expected);
}

TEST_CASE("a run is ordered by score, the rank column ignored, blank lines skipped",
          "[eval][unit]") {
  const auto run = read_run(kDir + "example.run");
  REQUIRE(run.size() == 3);
  CHECK(run.at("q1") == std::vector<std::string>{"d3", "d1", "d7", "d2"});  // 4.0 3.0 2.0 1.0
  CHECK(run.at("q3") == std::vector<std::string>{"x"});
  CHECK(run.at("q9") == std::vector<std::string>{"z"});
}

TEST_CASE("tied scores are broken by docid descending, compared as floats like trec_eval",
          "[eval][unit]") {
  const auto run = read_run(kDir + "ties.run");
  CHECK(run.at("t1") == std::vector<std::string>{"top", "c", "b", "a", "z"});
  // 1.00000002 and 1.00000001 are both 1.0f: a tie, so q before p.
  CHECK(run.at("t2") == std::vector<std::string>{"q", "p"});
}

TEST_CASE("the example files evaluate to the hand-computed numbers", "[eval][unit]") {
  const auto evaluation =
      qadex::eval::evaluate(read_qrels(kDir + "example.qrels"), read_run(kDir + "example.run"));
  REQUIRE(evaluation.per_query.size() == 2);  // q1, q2; q3 has no relevant judgment
  CHECK(evaluation.per_query[0].metrics.map == Approx(1.0 / 3));  // (1/2 + 2/4) / 3
  CHECK(evaluation.per_query[1].retrieved == 0);                  // q2 is not in the run
  CHECK(evaluation.queries_without_run == 1);
  CHECK(evaluation.run_queries_unjudged == 1);       // q9; q3 is judged
  CHECK(evaluation.mean.map == Approx(1.0 / 6));     // (1/3 + 0) / 2
  CHECK(evaluation.mean.mrr_at_10 == Approx(0.25));  // (1/2 + 0) / 2
}

TEST_CASE("malformed qrels lines throw InputError with file, line and expected format",
          "[eval][unit]") {
  check_input_error(read_qrels, "bad_grade.qrels", 2, "grade \"high\" is not an integer");
  check_input_error(read_qrels, "bad_grade.qrels", 2, "qid iter docid grade");
  check_input_error(read_qrels, "bad_fields.qrels", 3, "found 3 fields");  // blank line counts
  check_input_error(read_qrels, "duplicate.qrels", 3,
                    "\"d1\" is judged again for query \"q1\" (first at line 1)");
}

TEST_CASE("malformed run lines throw InputError with file, line and expected format",
          "[eval][unit]") {
  check_input_error(read_run, "bad_fields.run", 2, "found 5 fields");
  check_input_error(read_run, "bad_fields.run", 2, "qid Q0 docid rank score tag");
  check_input_error(read_run, "bad_score.run", 2, "score \"n/a\" is not a finite number");
  check_input_error(read_run, "nan_score.run", 2, "score \"nan\" is not a finite number");
  check_input_error(read_run, "duplicate.run", 3,
                    "\"d1\" appears again for query \"q1\" (first at line 1)");
}

TEST_CASE("a missing file throws InputError saying why it cannot be opened", "[eval][unit]") {
  const std::string missing = kDir + "no_such_file.qrels";
  for (const auto& read : {+[](const std::string& f) { (void)read_qrels(f); },
                           +[](const std::string& f) { (void)read_run(f); }}) {
    try {
      read(missing);
      FAIL("no InputError thrown");
    } catch (const qadex::InputError& e) {
      CHECK(e.line() == 0);
      CHECK_THAT(std::string(e.what()),
                 Catch::Contains(missing + ": cannot open: No such file or directory"));
    }
  }
  CHECK_THROWS_AS(read_run(kDir), qadex::InputError);  // a directory is not a run
}

TEST_CASE("scores written for hits in rank order read back in that order", "[eval][unit]") {
  // Interleaved sub-questions (30.0 after 29.0) and ties (5.0 twice): a reader orders by score.
  const std::vector<double> shown = {31.5, 29.0, 30.0, 5.0, 5.0, 4.0};
  const auto written = qadex::eval::rank_preserving_scores(shown);
  REQUIRE(written.size() == shown.size());
  CHECK(written[0] == 31.5F);
  CHECK(written[1] == 29.0F);  // in order: kept
  for (std::size_t i = 1; i < written.size(); ++i) {
    INFO(i);
    CHECK(written[i] < written[i - 1]);
  }
  CHECK(written[2] > 28.99F);  // just below the one before
  CHECK(written[5] == 4.0F);
  CHECK(qadex::eval::rank_preserving_scores({}).empty());
}
