// Reading the query sets of the speed benchmark.
#include "bench/speed/queries.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <pugixml.hpp>

namespace qadex::bench {

std::vector<std::string> read_short_queries(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error(file.string() + ": cannot read the short queries");
  std::vector<std::string> queries;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    queries.push_back(line);
  }
  return queries;
}

std::vector<std::string> read_long_queries(const std::filesystem::path& dir, std::size_t min_words,
                                           std::size_t max_words) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".xml") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> queries;
  for (const auto& file : files) {
    pugi::xml_document doc;
    if (!doc.load_file(file.c_str()))
      throw std::runtime_error(file.string() + ": not readable XML");
    for (const auto& node : doc.select_nodes("//QuestionText")) {
      std::istringstream words(node.node().text().get());
      std::string text;
      std::size_t count = 0;
      for (std::string word; words >> word; ++count) text += (text.empty() ? "" : " ") + word;
      if (count >= min_words && count <= max_words) queries.push_back(std::move(text));
    }
  }
  return queries;
}

}  // namespace qadex::bench
