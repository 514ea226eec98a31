// JSONL: one JSON object per line, one Record per object.
#include "corpus/jsonl_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

#include "corpus/line_reader.hpp"
#include "corpus/record_check.hpp"
#include "corpus/utf8.hpp"

namespace qadex::corpus {
namespace {

using nlohmann::json;

// A line may hold every field at its limit, JSON-escaped; past this it is not kept in memory.
constexpr std::size_t kLineCapFields = 64;

// Reads text field `name` of `object` into `out`; absent and null leave it empty.
std::optional<RecordProblem> read_text(const json& object, std::string_view name,
                                       std::string& out) {
  const auto it = object.find(name);
  if (it == object.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) {
    return RecordProblem{
        "wrong type", fmt::format("field \"{}\" must be a string, not {}", name, it->type_name())};
  }
  out = it->get<std::string>();
  return std::nullopt;
}

std::optional<RecordProblem> read_list(const json& object, std::string_view name,
                                       std::vector<std::string>& out) {
  const auto it = object.find(name);
  if (it == object.end() || it->is_null()) return std::nullopt;
  const bool strings = it->is_array() && std::all_of(it->begin(), it->end(),
                                                     [](const json& v) { return v.is_string(); });
  if (!strings) {
    return RecordProblem{"wrong type",
                         fmt::format("field \"{}\" must be an array of strings", name)};
  }
  for (const json& v : *it) out.push_back(v.get<std::string>());
  return std::nullopt;
}

// Ids may be integers in exports from databases; they are kept as their decimal text.
std::optional<RecordProblem> read_id(const json& object, std::string& out) {
  const auto it = object.find("id");
  if (it != object.end() && it->is_number_integer()) {
    out = it->dump();
    return std::nullopt;
  }
  if (it != object.end() && !it->is_null() && !it->is_string()) {
    return RecordProblem{"wrong type",
                         fmt::format("field \"id\" must be a string or an integer, not {}",
                                     it->is_number() ? "a fractional number" : it->type_name())};
  }
  return read_text(object, "id", out);
}

std::optional<RecordProblem> to_record(const json& object, Record& record) {
  if (!object.is_object()) {
    return RecordProblem{
        "wrong type", fmt::format("a line must hold one JSON object, not {}", object.type_name())};
  }
  if (auto p = read_id(object, record.id)) return p;
  if (record.id.empty())
    return RecordProblem{"missing required field", "missing required field \"id\""};
  if (!object.contains("answer") || object["answer"].is_null()) {
    return RecordProblem{"missing required field", "missing required field \"answer\""};
  }
  // The strings (the id is read above), then the lists.
  for (const auto& field : kRecordFields) {
    if (!field.text || field.text == &Record::id) continue;
    if (auto p = read_text(object, field.name, record.*field.text)) return p;
  }
  for (const auto& field : kRecordFields) {
    if (!field.list) continue;
    if (auto p = read_list(object, field.name, record.*field.list)) return p;
  }
  return std::nullopt;
}

// nlohmann's message without its "[json.exception...] parse error at line 1, column N: "
// prefix: the line is the file's, the column is given separately.
std::string parse_detail(const json::parse_error& e) {
  const std::string_view what = e.what();
  const std::size_t column = what.find("column ");
  const std::size_t colon = what.find(": ", column == std::string_view::npos ? 0 : column);
  return std::string(colon == std::string_view::npos ? what : what.substr(colon + 2));
}

// nlohmann's message without its "[json.exception.out_of_range.406] " prefix.
std::string detail(const json::exception& e) {
  const std::string_view what = e.what();
  const std::size_t bracket = what.find("] ");
  return std::string(bracket == std::string_view::npos ? what : what.substr(bracket + 2));
}

}  // namespace

void read_jsonl(std::istream& in, ReadContext& ctx) {
  const std::size_t max = ctx.options().max_field_bytes;
  LineReader lines(in, max * kLineCapFields);
  std::string line;
  while (lines.next(line)) {
    ctx.set_file_offset(lines.offset());
    const std::size_t n = lines.line_number();
    if (lines.truncated()) {
      ctx.skip_record(n, {}, "field too large",
                      fmt::format("line is {} bytes, more than {} fields at the limit of {} "
                                  "bytes (max_field_bytes) could hold",
                                  lines.length(), kLineCapFields, max));
      continue;
    }
    if (line.find_first_not_of(" \t\r\f\v") == std::string::npos) continue;
    if (const auto bad = find_invalid_utf8(line)) {
      ctx.skip_record(n, {}, "invalid UTF-8",
                      fmt::format("line is not valid UTF-8 (bad byte 0x{:02X} at column {}); "
                                  "convert the file to UTF-8",
                                  static_cast<unsigned char>(line[*bad]), *bad + 1));
      continue;
    }
    json object;
    try {
      object = json::parse(line);
    } catch (const json::parse_error& e) {
      ctx.skip_record(n, {}, "malformed JSON",
                      fmt::format("malformed JSON at column {}: {}", e.byte, parse_detail(e)));
      continue;
    } catch (const json::out_of_range& e) {
      // 1e999 is valid JSON but no double holds it: nlohmann refuses the whole line, in any
      // field, even one qadex ignores.
      ctx.skip_record(n, {}, "number out of range",
                      fmt::format("number out of range ({}); write it as a string, or within "
                                  "about 1.8e308",
                                  detail(e)));
      continue;
    }
    Record record;
    if (auto problem = to_record(object, record)) {
      ctx.skip_record(n, {}, problem->reason, problem->message);
      continue;
    }
    ctx.emit(std::move(record), n, {}, DuplicateIds::kSkip);
  }
}

}  // namespace qadex::corpus
