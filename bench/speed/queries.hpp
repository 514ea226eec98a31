// The benchmark's two query sets: short queries (a committed list) and long consumer
// questions (MEDIQA 2019's question texts).
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace qadex::bench {

// One query per line; blank lines and lines starting with '#' are skipped.
[[nodiscard]] std::vector<std::string> read_short_queries(const std::filesystem::path& file);

// Every <QuestionText> of the MEDIQA XML files in `dir` (sorted by file name), whitespace
// collapsed, kept when it has between min_words and max_words words.
[[nodiscard]] std::vector<std::string> read_long_queries(const std::filesystem::path& dir,
                                                         std::size_t min_words,
                                                         std::size_t max_words);

}  // namespace qadex::bench
