// The names a record is about: its focus and synonyms, or, for a record without a focus
// (a user's JSONL, a scraped answer), a name taken from its question or its answer's title.
#pragma once

#include <string>
#include <vector>

#include "qadex/record.hpp"

namespace qadex::indexer {

// A focus taken from "What is X?"-style questions or from a short "Title: ..." at the start
// of the answer; empty when neither gives one. Records with a focus need none.
[[nodiscard]] std::string derive_focus(const Record& record);

}  // namespace qadex::indexer
