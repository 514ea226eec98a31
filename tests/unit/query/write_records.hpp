// Test helper: an index holding given records.
#pragma once

#include <vector>

#include "qadex/index.hpp"
#include "tests/unit/temp_dir.hpp"

namespace qadex::testing {

// Adds `records` to the index in `dir` (created if missing) and commits.
inline void write_records(const TempDir& dir, const std::vector<Record>& records) {
  OpenOptions options;
  options.mode = OpenOptions::Mode::kWrite;
  auto index = Index::open(dir.path(), options);
  for (const auto& record : records) index.add(record);
  index.commit();
}

}  // namespace qadex::testing
