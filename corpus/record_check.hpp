// Field checks shared by every corpus format: size limit and UTF-8 validity.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "qadex/record.hpp"

namespace qadex::corpus {

// Why a record cannot be passed on: a short reason for the summary and a one-line message
// naming the field.
struct RecordProblem {
  std::string reason;   // "field too large", "invalid UTF-8"
  std::string message;  // e.g. field "answer" is 52428800 bytes, over the limit of ...
};

// The first problem in any field of `record`, checked in declaration order; nullopt if none.
[[nodiscard]] std::optional<RecordProblem> check_fields(const Record& record,
                                                        std::size_t max_field_bytes);

// The problem with one field, for readers that meet it before a Record exists.
[[nodiscard]] std::optional<RecordProblem> check_field(std::string_view name,
                                                       std::string_view value,
                                                       std::size_t max_field_bytes);

// The problem of a field of `bytes` bytes, over the limit (counted without holding it all).
[[nodiscard]] RecordProblem field_too_large(std::string_view name, std::size_t bytes,
                                            std::size_t max_field_bytes);

}  // namespace qadex::corpus
