// Messages for the Xapian errors a user can meet and act on.
#include "store/database_errors.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "store/index_dir.hpp"
#include "store/writer_lock.hpp"

namespace qadex::store {
namespace {

bool is_disk_full(const char* errno_text) {
  return std::strcmp(errno_text, std::strerror(ENOSPC)) == 0 ||
         std::strcmp(errno_text, std::strerror(EDQUOT)) == 0;
}

}  // namespace

std::string describe_xapian_error(const std::string& what, const Xapian::Error& e) {
  // Xapian::Error has no virtual functions in 1.4: its type name is what tells them apart.
  const std::string type = e.get_type();
  const std::string detail = e.get_msg().empty() ? e.get_type() : e.get_msg();
  if (type == "DatabaseLockError") {
    return what +
           ": the index is locked by another writer (is another 'qadex index' or "
           "'qadex delete' running?); wait for it to finish, then retry";
  }
  if (type == "DatabaseNotFoundError") {
    if (std::filesystem::exists(std::filesystem::path(what) / kBuildDirName)) {
      if (const auto who = WriterLock::holder(what)) {
        return what + ": no index yet: " + *who + " is building one here; wait for it";
      }
      return what + ": no index here: a build was interrupted; run 'qadex index' again";
    }
    return what + ": no index here; create one with 'qadex index --db " + what + " FILE...'";
  }
  if (type == "DatabaseModifiedError") {
    return what +
           ": the index changed under this read more often than it could start over "
           "(a writer is committing very often); try again";
  }
  if (const char* errno_text = e.get_error_string(); errno_text && is_disk_full(errno_text)) {
    return what + ": the disk is full (" + errno_text + "); free some space and run again";
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

}  // namespace qadex::store
