// Reads a text stream line by line with a cap on what one line may hold in memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>

namespace qadex::corpus {

// One line at a time, LF or CRLF, a UTF-8 byte order mark dropped from the first line.
// A line longer than `cap` bytes is consumed to its end but only its first `cap` bytes are
// kept: one runaway line cannot exhaust memory, and reading goes on after it.
class LineReader {
 public:
  LineReader(std::istream& in, std::size_t cap) : in_(in), cap_(cap) {}

  // The next line into `line`, without its end of line; false at the end of the input.
  bool next(std::string& line);
  [[nodiscard]] std::size_t line_number() const { return line_number_; }
  [[nodiscard]] bool truncated() const { return truncated_; }     // the last line was over cap
  [[nodiscard]] std::size_t length() const { return length_; }    // its full length
  [[nodiscard]] std::uint64_t offset() const { return offset_; }  // bytes consumed so far

 private:
  std::istream& in_;
  std::size_t cap_;
  std::size_t line_number_ = 0;
  bool truncated_ = false;
  std::size_t length_ = 0;
  std::uint64_t offset_ = 0;
};

}  // namespace qadex::corpus
