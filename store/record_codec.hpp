// The record stored in each document's data, so hits are shown without another lookup.
#pragma once

#include <string>
#include <string_view>

#include "qadex/record.hpp"

namespace qadex::store {

// Binary, compact and cheap to decode (it is read for every hit shown): a format byte, then
// the Record's fields in declaration order, each string as a LEB128 length and its bytes,
// each list as a LEB128 count and its strings. docs/index-format.md has the layout.
[[nodiscard]] std::string encode_record(const Record& record);
// Throws IndexError when `data` is not a stored record (a database qadex did not write).
[[nodiscard]] Record decode_record(std::string_view data);

}  // namespace qadex::store
