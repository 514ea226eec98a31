// Reads the LiveQA questions (TSV), NLM's annotations (JSON lines) and the qrels (TREC).
#include "bench/quality/liveqa.hpp"

#include <fmt/core.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <utility>

#include "qadex/error.hpp"

namespace qadex::bench {
namespace {

std::ifstream open(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw InputError(file.string(), 0, "cannot open the LiveQA file");
  return in;
}

std::vector<LiveqaQuestion> read_questions(const std::filesystem::path& file,
                                           std::size_t max_questions) {
  auto in = open(file);
  std::vector<LiveqaQuestion> questions;
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (max_questions != 0 && questions.size() == max_questions) break;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    const auto tab = line.find('\t');
    if (tab == 0 || tab == std::string::npos || tab + 1 == line.size()) {
      throw InputError(file.string(), number, "expected \"qid<TAB>question text\"");
    }
    questions.push_back({line.substr(0, tab), line.substr(tab + 1), {}});
  }
  return questions;
}

// {"qid": "T1-1", "subquestions": [{"focus": "...", "type": "..."}]} -> its subquestions.
std::pair<std::string, std::vector<LiveqaSubquestion>> parse_annotation(const std::string& line) {
  const auto json = nlohmann::json::parse(line);
  std::pair<std::string, std::vector<LiveqaSubquestion>> annotation;
  annotation.first = json.at("qid").get<std::string>();
  for (const auto& subquestion : json.at("subquestions")) {
    annotation.second.push_back(
        {subquestion.at("focus").get<std::string>(), subquestion.at("type").get<std::string>()});
  }
  return annotation;
}

// Gives each question its subquestions; annotations of questions not read are passed over.
void read_annotations(const std::filesystem::path& file, std::vector<LiveqaQuestion>& questions) {
  std::map<std::string, LiveqaQuestion*, std::less<>> by_qid;
  for (auto& question : questions) by_qid.emplace(question.qid, &question);
  auto in = open(file);
  std::set<std::string, std::less<>> annotated;
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line == "\r") continue;
    std::pair<std::string, std::vector<LiveqaSubquestion>> annotation;
    try {
      annotation = parse_annotation(line);
    } catch (const nlohmann::json::exception& e) {
      throw InputError(file.string(), number,
                       fmt::format("expected {{\"qid\", \"subquestions\": [{{\"focus\", "
                                   "\"type\"}}]}}: {}",
                                   e.what()));
    }
    if (const auto found = by_qid.find(annotation.first); found != by_qid.end()) {
      found->second->subquestions = std::move(annotation.second);
      annotated.insert(annotation.first);
    }
  }
  for (const auto& question : questions) {
    if (!annotated.count(question.qid)) {
      throw InputError(file.string(), 0, fmt::format("no annotation for {}", question.qid));
    }
  }
}

}  // namespace

Liveqa read_liveqa(const std::filesystem::path& dir, std::size_t max_questions) {
  Liveqa liveqa;
  liveqa.questions = read_questions(dir / kLiveqaQuestions, max_questions);
  read_annotations(dir / kLiveqaAnnotations, liveqa.questions);
  // The judgments of the questions read only, so that a subset's qrels match its runs.
  auto qrels = eval::read_qrels(dir / kLiveqaQrels);
  for (const auto& question : liveqa.questions) {
    if (auto judged = qrels.find(question.qid); judged != qrels.end()) {
      liveqa.qrels.insert(std::move(*judged));
    }
  }
  return liveqa;
}

}  // namespace qadex::bench
