// Field checks shared by every corpus format and by Index::add: size limits and UTF-8
// validity.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "qadex/record.hpp"

namespace qadex::corpus {

// Why a record cannot be passed on: a short reason for the summary and a one-line message
// naming the field.
struct RecordProblem {
  std::string reason;   // "field too large", "invalid UTF-8", "value too long"
  std::string message;  // e.g. field "answer" is 52428800 bytes, over the limit of ...
};

// The first problem in any field of `record`: the strings in declaration order, then each
// list's items, then the limits of check_term_fields; nullopt if none.
[[nodiscard]] std::optional<RecordProblem> check_fields(const Record& record,
                                                        std::size_t max_field_bytes);

// An id, source or qtype over kMaxTermFieldBytes (qadex/record.hpp), which the index could
// not hold as a term: the one check both the readers and Index::add make.
[[nodiscard]] std::optional<RecordProblem> check_term_fields(const Record& record);

// The problem with one field, for readers that meet it before a Record exists.
[[nodiscard]] std::optional<RecordProblem> check_field(std::string_view name,
                                                       std::string_view value,
                                                       std::size_t max_field_bytes);

// The problem of a field of `bytes` bytes, over the limit (counted without holding it all).
[[nodiscard]] RecordProblem field_too_large(std::string_view name, std::size_t bytes,
                                            std::size_t max_field_bytes);

}  // namespace qadex::corpus
