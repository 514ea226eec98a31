// Field checks shared by every corpus format and by Index::add.
#include "corpus/record_check.hpp"

#include <fmt/format.h>

#include "corpus/utf8.hpp"

namespace qadex::corpus {

RecordProblem field_too_large(std::string_view name, std::size_t bytes,
                              std::size_t max_field_bytes) {
  return {"field too large",
          fmt::format("field \"{}\" is {} bytes, over the limit of {} bytes (max_field_bytes)",
                      name, bytes, max_field_bytes)};
}

std::optional<RecordProblem> check_field(std::string_view name, std::string_view value,
                                         std::size_t max_field_bytes) {
  if (value.size() > max_field_bytes) return field_too_large(name, value.size(), max_field_bytes);
  if (const auto bad = find_invalid_utf8(value)) {
    return RecordProblem{"invalid UTF-8",
                         fmt::format("field \"{}\" is not valid UTF-8 (bad byte 0x{:02X} at "
                                     "offset {}); convert the file to UTF-8",
                                     name, static_cast<unsigned char>(value[*bad]), *bad)};
  }
  return std::nullopt;
}

std::optional<RecordProblem> check_term_fields(const Record& record) {
  const std::pair<std::string_view, const std::string*> terms[] = {
      {"id", &record.id}, {"source", &record.source}, {"qtype", &record.qtype}};
  for (const auto& [name, value] : terms) {
    if (value->size() <= kMaxTermFieldBytes) continue;
    return RecordProblem{
        "value too long",
        fmt::format("field \"{}\" is {} bytes, over the limit of {} bytes for an id, source or "
                    "qtype (the index keeps each as one term); shorten it",
                    name, value->size(), kMaxTermFieldBytes)};
  }
  return std::nullopt;
}

std::optional<RecordProblem> check_fields(const Record& record, std::size_t max_field_bytes) {
  for (const auto& field : kRecordFields) {
    if (!field.text) continue;
    if (auto problem = check_field(field.name, record.*field.text, max_field_bytes)) return problem;
  }
  for (const auto& field : kRecordFields) {
    if (!field.list) continue;
    for (const auto& value : record.*field.list) {
      if (auto problem = check_field(field.name, value, max_field_bytes)) return problem;
    }
  }
  return check_term_fields(record);
}

}  // namespace qadex::corpus
