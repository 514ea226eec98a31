// Reads the MEDIQA 2019 Task 3 XML files (pugixml) and checks them against the ground truth.
#include "bench/quality/mediqa.hpp"

#include <fmt/core.h>

#include <charconv>
#include <fstream>
#include <map>
#include <pugixml.hpp>
#include <utility>

#include "qadex/error.hpp"

namespace qadex::bench {
namespace {

// "4" -> 4; 0 for anything that is not a ReferenceScore (1-4).
int parse_score(std::string_view text) {
  int score = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), score);
  return ec == std::errc() && end == text.data() + text.size() && score >= 1 && score <= 4 ? score
                                                                                           : 0;
}

MediqaQuestion read_question(const pugi::xml_node& node, std::string_view set,
                             const std::string& file) {
  MediqaQuestion question;
  question.set = std::string(set);
  question.qid = fmt::format("{}-{}", set, node.attribute("QID").value());
  question.text = node.child("QuestionText").text().get();
  for (const auto& answer : node.child("AnswerList").children("Answer")) {
    const std::string aid = answer.attribute("AID").value();
    const int score = parse_score(answer.attribute("ReferenceScore").value());
    if (aid.empty() || score == 0) {
      throw InputError(file, 0,
                       fmt::format("question {}: answer \"{}\" lacks an AID or a ReferenceScore "
                                   "of 1-4; is this a MEDIQA 2019 Task 3 file with labels?",
                                   question.qid, aid));
    }
    JudgedAnswer judged;
    judged.record.id = fmt::format("{}{}-{}", kMediqaIdPrefix, set, aid);
    judged.record.answer = answer.child("AnswerText").text().get();
    judged.record.url = answer.child("AnswerURL").text().get();
    judged.record.source = "MEDIQA";
    judged.grade = score - 1;
    question.answers.push_back(std::move(judged));
  }
  return question;
}

// Compares each "question_id,answer_id,label" line with the grade read from the XML, for the
// questions that were read; lines that are not of that form (the header) are passed over.
void check_ground_truth(const std::filesystem::path& file, std::string_view set,
                        const std::vector<MediqaQuestion>& questions, Mediqa& mediqa) {
  std::map<std::pair<std::string, std::string>, int> grades;  // (qid, record id) -> grade
  for (const auto& question : questions) {
    if (question.set != set) continue;
    for (const auto& answer : question.answers)
      grades[{question.qid, answer.record.id}] = answer.grade;
  }
  std::ifstream in(file);
  if (!in) throw InputError(file.string(), 0, "cannot open the MEDIQA ground truth");
  std::string line;
  while (std::getline(in, line)) {
    const auto first = line.find(',');
    const auto second = line.find(',', first + 1);
    if (first == std::string::npos || second == std::string::npos) continue;
    const std::string label = line.substr(second + 1, 1);
    if (label != "0" && label != "1") continue;
    const auto found = grades.find(
        {fmt::format("{}-{}", set, line.substr(0, first)),
         fmt::format("{}{}-{}", kMediqaIdPrefix, set, line.substr(first + 1, second - first - 1))});
    if (found == grades.end()) continue;
    ++mediqa.labels_checked;
    if ((label == "1") != (found->second >= 2)) ++mediqa.label_mismatches;
  }
}

}  // namespace

Mediqa read_mediqa(const std::filesystem::path& dir, std::size_t max_questions) {
  Mediqa mediqa;
  for (const auto& file : kMediqaFiles) {
    const auto path = dir / file.xml;
    pugi::xml_document doc;
    const auto parsed = doc.load_file(path.c_str());
    if (!parsed) {
      throw InputError(path.string(), 0,
                       fmt::format("{} (at byte {})", parsed.description(), parsed.offset));
    }
    std::size_t read = 0;
    for (const auto& node : doc.document_element().children("Question")) {
      if (max_questions != 0 && read == max_questions) break;
      mediqa.questions.push_back(read_question(node, file.set, path.string()));
      ++read;
    }
    if (!file.ground_truth.empty()) {
      check_ground_truth(dir / file.ground_truth, file.set, mediqa.questions, mediqa);
    }
  }
  return mediqa;
}

}  // namespace qadex::bench
