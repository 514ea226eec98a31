// JSONL: one JSON object per line, one Record per object.
#pragma once

#include <istream>

#include "corpus/read_context.hpp"

namespace qadex::corpus {

// Reads {"id", "question", "answer", "focus", "synonyms": [...], "qtype", "source", "url",
// "cuis": [...], "semantic_group", "semantic_types": [...], "category"} objects, one per line; `id`
// (a string or an integer) and `answer` are required, null counts as absent, unknown keys and blank
// lines are ignored. A bad line is reported with its line number and reading goes on with the next
// one.
void read_jsonl(std::istream& in, ReadContext& ctx);

}  // namespace qadex::corpus
