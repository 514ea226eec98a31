// The record stored in each document's data, so hits are shown without another lookup.
#pragma once

#include <string>

#include "qadex/record.hpp"

namespace qadex::indexer {

// JSON object with the keys of the JSONL input format; empty fields are left out.
[[nodiscard]] std::string encode_record(const Record& record);
// Throws IndexError when `data` is not a stored record (a database qadex did not write).
[[nodiscard]] Record decode_record(const std::string& data);

}  // namespace qadex::indexer
