// RFC 4180 CSV, one record at a time.
#include "corpus/csv_parser.hpp"

namespace qadex::corpus {
namespace {
constexpr int kEof = std::char_traits<char>::eof();
}  // namespace

int CsvParser::get() {
  const int c = in_.sbumpc();
  if (c == kEof) return c;
  ++offset_;
  if (offset_ == 1 && c == 0xEF && in_.sgetc() == 0xBB) {  // a UTF-8 byte order mark
    in_.sbumpc();
    if (in_.sgetc() == 0xBF) {
      in_.sbumpc();
      offset_ += 2;
      return get();
    }
    // Not a BOM after all: not valid UTF-8 either, which the field check reports.
    in_.sungetc();
  }
  if (c == '\n') ++line_;
  return c;
}

void CsvParser::add(CsvRow& row, char c) {
  if (row.fields.back().size() < cap_) row.fields.back() += c;
  ++row.sizes.back();
}

bool CsvParser::resume(std::uint64_t offset, std::size_t line) {
  if (start_ == std::streampos(-1)) return false;
  const std::streampos to = start_ + static_cast<std::streamoff>(offset);
  if (in_.pubseekpos(to, std::ios::in) != to) return false;
  offset_ = offset;
  line_ = line;
  return true;
}

bool CsvParser::next(CsvRow& row) {
  row = CsvRow{};
  if (peek() == kEof) return false;
  row.line = line_;
  row.fields.emplace_back();
  row.sizes.push_back(0);
  bool in_quotes = false;
  bool at_field_start = true;
  // Where to go on from if the quoted field being read turns out unclosed: the start of
  // the line after the one where it opened (0: it has not crossed a line yet).
  std::uint64_t resume_offset = 0;
  std::size_t resume_line = 0;
  auto unclosed = [&] {
    row.unterminated = true;
    row.resumed = resume_offset != 0 && resume(resume_offset, resume_line);
    return true;
  };
  while (true) {
    const int c = get();
    if (c == kEof) {
      if (in_quotes) return unclosed();
      return true;
    }
    if (in_quotes) {
      if (c == '\n' && resume_offset == 0) {
        resume_offset = offset_;
        resume_line = line_;
      }
      if (c != '"') {
        add(row, static_cast<char>(c));
      } else if (peek() == '"') {
        get();
        add(row, '"');
      } else {
        in_quotes = false;
        const int next = peek();
        const bool ends_field = next == ',' || next == '\n' || next == '\r' || next == kEof;
        if (!ends_field && resume_offset != 0) return unclosed();
      }
      continue;
    }
    if (c == '"' && at_field_start) {
      in_quotes = true;
      row.quoted_ = true;
      row.quote_line = line_;
      resume_offset = 0;
      at_field_start = false;
      continue;
    }
    at_field_start = false;
    if (c == ',') {
      row.fields.emplace_back();
      row.sizes.push_back(0);
      at_field_start = true;
    } else if (c == '\n' || (c == '\r' && peek() == '\n')) {
      if (c == '\r') get();
      return true;
    } else {
      add(row, static_cast<char>(c));
    }
  }
}

}  // namespace qadex::corpus
