// The benchmark's collection: MedQuAD plus every judged MEDIQA answer in one Xapian
// database, built once and reused by later runs while it still holds the same records.
#pragma once

#include <cstddef>
#include <filesystem>
#include <vector>

#include "bench/quality/mediqa.hpp"

namespace qadex::bench {

struct CollectionInfo {
  std::size_t records = 0;          // in the index
  std::size_t medquad_records = 0;  // MedQuAD pairs with answer text
  std::size_t mediqa_records = 0;   // judged MEDIQA answers
  bool reused = false;              // the database was already there, with these records
  double index_seconds = 0;         // time to build it; 0 when reused
};

// Makes `db` hold exactly the records of `medquad` (files or folders) and `mediqa`: keeps it
// when its record counts match (unless `reindex`), else deletes and rebuilds it. Refuses to
// delete a non-empty directory that is not a Xapian database (UsageError).
[[nodiscard]] CollectionInfo prepare_collection(const std::filesystem::path& db,
                                                const std::vector<std::filesystem::path>& medquad,
                                                const Mediqa& mediqa, bool reindex);

}  // namespace qadex::bench
