// Reading synonym lists.
#include "indexer/vocabulary.hpp"

#include <fstream>
#include <sstream>

#include "qadex/error.hpp"
#include "qadex/record.hpp"

namespace qadex::indexer {

std::vector<PhrasePair> parse_vocabulary(std::string_view text, const std::string& name) {
  std::vector<PhrasePair> pairs;
  std::size_t line_number = 0;
  for (std::size_t start = 0; start < text.size();) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    auto line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string> fields;
    for (std::size_t from = 0;;) {
      const auto tab = line.find('\t', from);
      fields.emplace_back(
          line.substr(from, tab == std::string_view::npos ? line.npos : tab - from));
      if (tab == std::string_view::npos) break;
      from = tab + 1;
    }
    if (fields.size() < 2 || fields[0].empty()) {
      throw InputError(name, line_number,
                       "expected \"phrase<TAB>synonym\" (more synonyms may follow, tab-separated)");
    }
    // A phrase the synonym table could not hold as a key would fail the whole run at commit.
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (fields[i].size() <= kMaxTermFieldBytes) continue;
      const auto what = i == 0 ? std::string("phrase") : "synonym " + std::to_string(i);
      throw InputError(name, line_number,
                       what + " is " + std::to_string(fields[i].size()) +
                           " bytes, over the limit of " + std::to_string(kMaxTermFieldBytes) +
                           " bytes for a synonym-list phrase; shorten it or remove the line");
    }
    for (std::size_t i = 1; i < fields.size(); ++i) {
      if (!fields[i].empty()) pairs.push_back({fields[0], fields[i]});
    }
  }
  return pairs;
}

std::vector<PhrasePair> read_vocabulary(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError(file.string(), 0, "cannot open the synonym list; check the path");
  std::ostringstream text;
  text << in.rdbuf();
  return parse_vocabulary(text.str(), file.string());
}

}  // namespace qadex::indexer
