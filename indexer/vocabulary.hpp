// Synonym lists: the lay <-> medical vocabulary shipped with qadex (vocabulary/), and lists
// a user brings, as phrase pairs for the synonym table.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace qadex::indexer {

struct PhrasePair {
  std::string phrase;
  std::string synonym;
};

// Parses "phrase<TAB>synonym[<TAB>synonym...]" lines; blank lines and lines starting with #
// are skipped. Throws InputError naming `name` and the line of a malformed line, or of a
// phrase or synonym over kMaxTermFieldBytes (qadex/record.hpp).
[[nodiscard]] std::vector<PhrasePair> parse_vocabulary(std::string_view text,
                                                       const std::string& name);
[[nodiscard]] std::vector<PhrasePair> read_vocabulary(const std::filesystem::path& file);

}  // namespace qadex::indexer
