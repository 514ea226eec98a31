// What qadex keeps in an index directory DIR beside Xapian's own files.
#pragma once

#include <string_view>

namespace qadex::store {

// The writer lock's file (writer_lock.hpp). It stays after the writer ends: removing it would
// let a process that opened the old file lock it while another locks a new one.
inline constexpr std::string_view kWriterLockName = ".qadex-write.lock";

// The parts of a new index while it is built (or after a build was killed):
// DIR/.qadex-build/part-K, merged into DIR at the end (indexer/parallel_build.hpp). Whoever
// cleans up removes the whole directory, so an older qadex's shard-K goes too.
inline constexpr std::string_view kBuildDirName = ".qadex-build";

}  // namespace qadex::store
