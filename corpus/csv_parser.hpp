// RFC 4180 CSV, one record at a time: quoted fields, "" escapes, separators and line
// breaks inside quotes, LF or CRLF.
#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>
#include <vector>

namespace qadex::corpus {

struct CsvRow {
  std::size_t line = 0;             // the line the record starts on (1-based)
  std::vector<std::string> fields;  // at most `cap` bytes of each field are kept
  std::vector<std::size_t> sizes;   // each field's full size in bytes
  bool unterminated = false;        // the input ended inside a quoted field
  [[nodiscard]] bool blank() const { return fields.size() == 1 && sizes[0] == 0 && !quoted_; }

 private:
  friend class CsvParser;
  bool quoted_ = false;  // a "" field is a value, an empty line is not
};

// Lenient where RFC 4180 is strict but the intent is clear: a quote inside an unquoted field
// and text after a closing quote are kept as text.
class CsvParser {
 public:
  CsvParser(std::istream& in, std::size_t cap) : in_(*in.rdbuf()), cap_(cap) {}

  // The next record into `row`; false at the end of the input.
  bool next(CsvRow& row);
  [[nodiscard]] std::uint64_t offset() const { return offset_; }  // bytes consumed so far

 private:
  int get();
  int peek() { return in_.sgetc(); }
  void add(CsvRow& row, char c);

  std::streambuf& in_;
  std::size_t cap_;
  std::size_t line_ = 1;
  std::uint64_t offset_ = 0;
};

}  // namespace qadex::corpus
