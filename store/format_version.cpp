// Format version check: what a reader and a writer refuse, and what they say.
#include "store/format_version.hpp"

#include "qadex/error.hpp"
#include "store/schema.hpp"

namespace qadex::store {

void check_format_version(const Xapian::Database& db, const std::string& where, Access access) {
  const auto version = db.get_metadata(std::string(schema::kFormatVersionKey));
  if (version.empty()) {
    if (access == Access::kRead) {
      throw IndexError(where +
                       ": this is not a qadex index (no format version); "
                       "create one with 'qadex index --db " +
                       where + " FILE...'");
    }
    if (db.get_doccount() > 0) {
      throw IndexError(where +
                       ": this Xapian database was not written by qadex; "
                       "choose another --db directory");
    }
    return;
  }
  if (version != schema::kFormatVersion) {
    throw IndexError(where + ": index format " + version + ", this qadex " +
                     (access == Access::kRead ? "reads " : "writes ") +
                     std::string(schema::kFormatVersion) + "; re-index into a new --db");
  }
}

}  // namespace qadex::store
