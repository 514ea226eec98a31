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
  // A quoted field was not closed: the input ended inside it, or the quote that closed it
  // on a later line is followed by text (it was meant to open a field of a later record).
  // Reading went on from the line after the one where the quote opened (see CsvParser).
  bool unterminated = false;
  std::size_t quote_line = 0;  // where that quoted field opened
  bool resumed = false;        // reading went on after quote_line (false: the stream cannot seek)
  [[nodiscard]] bool blank() const { return fields.size() == 1 && sizes[0] == 0 && !quoted_; }

 private:
  friend class CsvParser;
  bool quoted_ = false;  // a "" field is a value, an empty line is not
};

// Lenient where RFC 4180 is strict but the intent is clear: a quote inside an unquoted field
// and text after a closing quote on the same line are kept as text.
//
// An unbalanced quote would otherwise swallow the rest of the file (or pair up with the
// opening quote of a later record): when a quoted field that spans lines reaches the end of
// the input, or its closing quote is followed by text, the row is returned as unterminated
// and parsing starts again on the line after the one where the quote opened. So one stray
// quote costs its own record, and the records after it are read as if it were not there.
// Each restart reads the rest of the file again at most once per stray quote.
class CsvParser {
 public:
  CsvParser(std::istream& in, std::size_t cap)
      : in_(*in.rdbuf()), cap_(cap), start_(in_.pubseekoff(0, std::ios::cur, std::ios::in)) {}

  // The next record into `row`; false at the end of the input.
  bool next(CsvRow& row);
  [[nodiscard]] std::uint64_t offset() const { return offset_; }  // bytes consumed so far

 private:
  int get();
  int peek() { return in_.sgetc(); }
  void add(CsvRow& row, char c);
  // Back to the line after the one where the unclosed quote opened; false if impossible.
  bool resume(std::uint64_t offset, std::size_t line);

  std::streambuf& in_;
  std::size_t cap_;
  std::size_t line_ = 1;
  std::uint64_t offset_ = 0;
  std::streampos start_;  // where the input began; -1 if it cannot seek
};

}  // namespace qadex::corpus
