// CSV with a header row: columns named like the JSONL keys, one Record per row.
#pragma once

#include <istream>

#include "corpus/read_context.hpp"

namespace qadex::corpus {

// Columns are found by header name (id, question, answer, focus, synonyms, qtype, source,
// url, cuis, semantic_group, semantic_types, category; case and surrounding spaces ignored,
// unknown columns ignored). `id` and `answer` columns are required, else the whole file is
// skipped. The list columns synonyms, cuis and semantic_types separate items with '|': commas
// and semicolons occur inside names.
void read_csv(std::istream& in, ReadContext& ctx);

}  // namespace qadex::corpus
