// Reads a text stream line by line with a cap on what one line may hold in memory.
#include "corpus/line_reader.hpp"

#include <array>

namespace qadex::corpus {

bool LineReader::next(std::string& line) {
  line.clear();
  truncated_ = false;
  length_ = 0;
  std::array<char, 64 * 1024> chunk;
  bool any = false;
  while (true) {
    in_.getline(chunk.data(), chunk.size());
    const auto got = static_cast<std::size_t>(in_.gcount());
    if (got == 0 && !in_) break;  // end of input (or an empty final read)
    any = true;
    // gcount counts the '\n' that getline consumed but did not store.
    const bool full_chunk = in_.fail() && !in_.eof();
    const std::size_t stored = full_chunk ? got : (in_.eof() ? got : got - 1);
    offset_ += got;
    length_ += stored;
    const std::size_t room = cap_ > line.size() ? cap_ - line.size() : 0;
    line.append(chunk.data(), std::min(stored, room));
    if (stored > room) truncated_ = true;
    if (full_chunk) {
      in_.clear();  // the chunk filled up before the end of the line: keep reading it
      continue;
    }
    break;
  }
  if (!any) return false;
  ++line_number_;
  if (line_number_ == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return true;
}

}  // namespace qadex::corpus
