// The checks a record passes before the indexer takes it.
#include "indexer/indexable.hpp"

#include <string>

#include "corpus/record_check.hpp"
#include "qadex/error.hpp"

namespace qadex::indexer {
namespace {

// An id over the limit is named by its start: enough to find it, short enough to read.
constexpr std::size_t kIdShownBytes = 60;

std::string shown_id(const std::string& id) {
  if (id.size() <= kIdShownBytes) return id;
  std::size_t end = kIdShownBytes;
  while (end > 0 && (static_cast<unsigned char>(id[end]) & 0xC0) == 0x80) --end;  // whole chars
  return id.substr(0, end) + "...";
}

}  // namespace

void require_indexable(const Record& record) {
  if (record.id.empty()) throw UsageError("a record without an id cannot be indexed");
  if (record.answer.empty()) {
    throw UsageError("record \"" + shown_id(record.id) + "\" has no answer text; nothing to index");
  }
  if (const auto problem = corpus::check_term_fields(record)) {
    throw UsageError("record \"" + shown_id(record.id) + "\": " + problem->message +
                     "; record not indexed");
  }
}

}  // namespace qadex::indexer
