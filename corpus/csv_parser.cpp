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

bool CsvParser::next(CsvRow& row) {
  row = CsvRow{};
  if (peek() == kEof) return false;
  row.line = line_;
  row.fields.emplace_back();
  row.sizes.push_back(0);
  bool in_quotes = false;
  bool at_field_start = true;
  while (true) {
    const int c = get();
    if (c == kEof) {
      row.unterminated = in_quotes;
      return true;
    }
    if (in_quotes) {
      if (c != '"') {
        add(row, static_cast<char>(c));
      } else if (peek() == '"') {
        get();
        add(row, '"');
      } else {
        in_quotes = false;
      }
      continue;
    }
    if (c == '"' && at_field_start) {
      in_quotes = true;
      row.quoted_ = true;
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
