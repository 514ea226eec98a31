// What a record needs before the indexer takes it: the checks IndexWriter::add and
// ParallelBuild::add both make on the caller's thread.
#pragma once

#include "qadex/record.hpp"

namespace qadex::indexer {

// Throws UsageError naming the record when it has no id, no answer text, or an id, source
// or qtype over kMaxTermFieldBytes (which Xapian would refuse later, on another thread,
// losing the batch). Checked before the record is queued, so the caller learns at once.
void require_indexable(const Record& record);

}  // namespace qadex::indexer
