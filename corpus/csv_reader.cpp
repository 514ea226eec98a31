// CSV with a header row: columns named like the JSONL keys, one Record per row.
#include "corpus/csv_reader.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/csv_parser.hpp"
#include "corpus/record_check.hpp"
#include "text/ascii.hpp"

namespace qadex::corpus {
namespace {

constexpr char kListSeparator = '|';

// A cell or header is trimmed of spaces and tabs (line breaks inside a quoted cell stay).
constexpr std::string_view kCellSpace = " \t";

std::string column_name(std::string_view header) {
  return text::lowercase(text::trim(header, kCellSpace));
}

std::vector<std::string> split_list(std::string_view cell) {
  std::vector<std::string> items;
  while (true) {
    const std::size_t bar = cell.find(kListSeparator);
    if (const auto item = text::trim(cell.substr(0, bar), kCellSpace); !item.empty())
      items.emplace_back(item);
    if (bar == std::string_view::npos) return items;
    cell.remove_prefix(bar + 1);
  }
}

// Where each Record field sits in a row; nullopt for a column the file does not have.
struct Columns {
  std::vector<std::string> names;                                         // the header, normalized
  std::array<std::optional<std::size_t>, kRecordFields.size()> of_field;  // as kRecordFields

  [[nodiscard]] bool has(std::string_view field) const {
    for (std::size_t f = 0; f < kRecordFields.size(); ++f) {
      if (kRecordFields[f].name == field) return of_field[f].has_value();
    }
    return false;
  }
};

Columns map_columns(const CsvRow& header) {
  Columns cols;
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    cols.names.push_back(column_name(header.fields[i]));
    for (std::size_t f = 0; f < kRecordFields.size(); ++f) {
      auto& col = cols.of_field[f];
      if (cols.names.back() == kRecordFields[f].name && !col) col = i;  // first one wins
    }
  }
  return cols;
}

Record to_record(CsvRow& row, const Columns& cols) {
  Record r;
  for (std::size_t f = 0; f < kRecordFields.size(); ++f) {
    if (!cols.of_field[f]) continue;
    std::string& cell = row.fields[*cols.of_field[f]];
    if (const auto& field = kRecordFields[f]; field.text) {
      r.*field.text = std::move(cell);
    } else {
      r.*field.list = split_list(cell);
    }
  }
  return r;
}

// `read_on`: the records after it are read (not so when the header is unclosed).
std::string unterminated(const CsvRow& row, bool read_on) {
  return fmt::format(
      "quoted field opened on line {} is {}; close the quote (a quote inside a quoted field is "
      "written \"\")",
      row.quote_line,
      row.resumed && read_on ? "never closed; the lines after it are read as new records"
                             : "not closed before the end of the file");
}

}  // namespace

void read_csv(std::istream& in, ReadContext& ctx) {
  const std::size_t max = ctx.options().max_field_bytes;
  CsvParser parser(in, max);
  CsvRow row;
  if (!parser.next(row)) {
    ctx.skip_file(0, "missing required column",
                  "empty file: a CSV corpus needs a header row "
                  "naming at least the columns id and answer");
    return;
  }
  if (row.unterminated) {
    ctx.skip_file(row.quote_line, "malformed CSV", unterminated(row, false));
    return;
  }
  const Columns cols = map_columns(row);
  if (!cols.has("id") || !cols.has("answer")) {
    ctx.skip_file(row.line, "missing required column",
                  fmt::format("header has no \"{}\" column (found: {}); name the columns id, "
                              "answer, question, ...",
                              cols.has("id") ? "answer" : "id", fmt::join(cols.names, ", ")));
    return;
  }
  while (parser.next(row)) {
    ctx.set_file_offset(parser.offset());
    if (row.blank()) continue;
    if (row.unterminated) {
      ctx.skip_record(row.quote_line, {}, "malformed CSV", unterminated(row, true));
      continue;
    }
    if (row.fields.size() != cols.names.size()) {
      ctx.skip_record(row.line, {}, "wrong column count",
                      fmt::format("record has {} fields, the header has {}", row.fields.size(),
                                  cols.names.size()));
      continue;
    }
    const auto too_large = std::find_if(row.sizes.begin(), row.sizes.end(),
                                        [&](std::size_t size) { return size > max; });
    if (too_large != row.sizes.end()) {
      const auto col = static_cast<std::size_t>(too_large - row.sizes.begin());
      const RecordProblem problem = field_too_large(cols.names[col], *too_large, max);
      ctx.skip_record(row.line, {}, problem.reason, problem.message);
      continue;
    }
    Record record = to_record(row, cols);
    if (record.id.empty()) {
      ctx.skip_record(row.line, {}, "missing required field", "required field \"id\" is empty");
      continue;
    }
    ctx.emit(std::move(record), row.line, {}, DuplicateIds::kSkip);
  }
}

}  // namespace qadex::corpus
