// Messages for the Xapian errors a user can meet and act on.
#include "indexer/database_errors.hpp"

#include <filesystem>

#include "indexer/parallel_build.hpp"

namespace qadex::indexer {

std::string describe_xapian_error(const std::string& what, const Xapian::Error& e) {
  // Xapian::Error has no virtual functions in 1.4: its type name is what tells them apart.
  const std::string type = e.get_type();
  const std::string detail = e.get_msg().empty() ? e.get_type() : e.get_msg();
  if (type == "DatabaseLockError") {
    return what + ": the index is locked by another writer (is another 'qadex index' or "
                  "'qadex delete' running?); wait for it to finish, then retry";
  }
  if (type == "DatabaseNotFoundError") {
    if (std::filesystem::exists(std::filesystem::path(what) / kBuildDirName)) {
      return what + ": no index yet: 'qadex index' is building one here, or a build was "
                    "interrupted (then run it again)";
    }
    return what + ": no index here; create one with 'qadex index --db " + what + " FILE...'";
  }
  if (type == "DatabaseCorruptError") {
    return what + ": the index is corrupt (" + detail + "); delete it and index again";
  }
  if (type == "DatabaseVersionError") {
    return what + ": the index was written by another Xapian version (" + detail +
           "); index again with this qadex";
  }
  if (type == "NetworkError") {
    return what + ": cannot reach the remote index (" + detail +
           "); is xapian-tcpsrv running there?";
  }
  if (type == "DatabaseOpeningError") {
    return what + ": cannot open the index (" + detail + ")";
  }
  return what + ": " + e.get_type() + ": " + detail;
}

}  // namespace qadex::indexer
