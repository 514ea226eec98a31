// Reads TREC relevance judgments (qrels) and runs, the two files trec_eval reads, with
// trec_eval 9.x's rules: the run is re-sorted by score, duplicate documents are an error.
#include <fmt/core.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <fstream>
#include <limits>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <vector>

#include "qadex/error.hpp"
#include "qadex/eval.hpp"

namespace qadex::eval {
namespace {

constexpr std::string_view kQrelsFormat =
    "expected \"qid iter docid grade\" with an integer grade, e.g. \"q1 0 doc7 2\"";
constexpr std::string_view kRunFormat =
    "expected \"qid Q0 docid rank score tag\" with a numeric score, e.g. \"q1 Q0 doc7 1 12.5 "
    "bm25\"";

std::vector<std::string_view> split_fields(std::string_view line) {
  constexpr std::string_view kSpace = " \t\r\f\v";  // \r: files written on Windows
  std::vector<std::string_view> fields;
  for (std::size_t begin = line.find_first_not_of(kSpace); begin != std::string_view::npos;) {
    const std::size_t end = std::min(line.find_first_of(kSpace, begin), line.size());
    fields.push_back(line.substr(begin, end - begin));
    begin = line.find_first_not_of(kSpace, end);
  }
  return fields;
}

// Calls on_line(fields, line_number) for every line that is not blank.
template <typename OnLine>
void for_each_line(const std::filesystem::path& file, OnLine on_line) {
  // A directory opens as an empty stream on Linux; say what it is instead.
  if (std::error_code ec; std::filesystem::is_directory(file, ec)) {
    throw InputError(file.string(), 0, "is a directory, expected a TREC text file");
  }
  std::ifstream in(file);
  if (!in) {
    throw InputError(file.string(), 0, "cannot open: " + std::generic_category().message(errno));
  }
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (const auto fields = split_fields(line); !fields.empty()) on_line(fields, number);
  }
  if (in.bad()) throw InputError(file.string(), 0, "read error");
}

template <typename Number>
bool parse_number(std::string_view text, Number& value) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() && end == text.data() + text.size();
}

struct ScoredDoc {
  std::string docid;
  float score;  // float, as trec_eval stores it: scores equal as floats tie
};

}  // namespace

Qrels read_qrels(const std::filesystem::path& file) {
  Qrels qrels;
  std::unordered_map<std::string, std::size_t> first_line;  // "qid docid" -> line
  for_each_line(file, [&](const std::vector<std::string_view>& fields, std::size_t line) {
    if (fields.size() != 4) {
      throw InputError(file.string(), line,
                       fmt::format("found {} fields; {}", fields.size(), kQrelsFormat));
    }
    int grade = 0;
    if (!parse_number(fields[3], grade)) {
      throw InputError(file.string(), line,
                       fmt::format("grade \"{}\" is not an integer; {}", fields[3], kQrelsFormat));
    }
    const std::string qid(fields[0]);
    const std::string docid(fields[2]);
    const auto [seen, fresh] = first_line.try_emplace(qid + ' ' + docid, line);
    if (!fresh) {
      throw InputError(file.string(), line,
                       fmt::format("document \"{}\" is judged again for query \"{}\" (first at "
                                   "line {}); keep one judgment per query and document",
                                   docid, qid, seen->second));
    }
    qrels[qid][docid] = grade;
  });
  return qrels;
}

Run read_run(const std::filesystem::path& file) {
  std::unordered_map<std::string, std::vector<ScoredDoc>> scored;
  std::unordered_map<std::string, std::size_t> first_line;  // "qid docid" -> line
  for_each_line(file, [&](const std::vector<std::string_view>& fields, std::size_t line) {
    if (fields.size() != 6) {
      throw InputError(file.string(), line,
                       fmt::format("found {} fields; {}", fields.size(), kRunFormat));
    }
    double score = 0;
    if (!parse_number(fields[4], score) || !std::isfinite(score)) {
      throw InputError(
          file.string(), line,
          fmt::format("score \"{}\" is not a finite number; {}", fields[4], kRunFormat));
    }
    const std::string qid(fields[0]);
    std::string docid(fields[2]);
    // trec_eval refuses a run listing a document twice for one query; so do we.
    const auto [seen, fresh] = first_line.try_emplace(qid + ' ' + docid, line);
    if (!fresh) {
      throw InputError(file.string(), line,
                       fmt::format("document \"{}\" appears again for query \"{}\" (first at "
                                   "line {}); a run lists each document once per query",
                                   docid, qid, seen->second));
    }
    scored[qid].push_back({std::move(docid), static_cast<float>(score)});
  });

  Run run;
  for (auto& [qid, docs] : scored) {
    // trec_eval's comp_sim_docno: score descending, then docid descending (strcmp).
    std::sort(docs.begin(), docs.end(), [](const ScoredDoc& a, const ScoredDoc& b) {
      return a.score != b.score ? a.score > b.score : a.docid > b.docid;
    });
    auto& ranking = run[qid];
    ranking.reserve(docs.size());
    for (auto& doc : docs) ranking.push_back(std::move(doc.docid));
  }
  return run;
}

std::vector<float> rank_preserving_scores(const std::vector<double>& scores) {
  std::vector<float> out;
  out.reserve(scores.size());
  for (const auto score : scores) {
    auto written = static_cast<float>(score);
    if (!out.empty() && !(written < out.back())) {
      written = std::nextafter(out.back(), -std::numeric_limits<float>::infinity());
    }
    out.push_back(written);
  }
  return out;
}

}  // namespace qadex::eval
