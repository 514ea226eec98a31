// The check every open of a qadex database makes, for reading or for writing: is it a qadex
// index of the format this qadex knows (schema::kFormatVersion)?
#pragma once

#include <string>

#include <xapian.h>

namespace qadex::store {

// A reader needs a qadex index of this format; a writer also takes an empty database (its
// first commit writes the format version).
enum class Access { kRead, kWrite };

// Throws IndexError, naming `where`, when `db` is another format or not a qadex index. Another
// format's hits could come back wrong: a search that returns only ids reads a value slot.
void check_format_version(const Xapian::Database& db, const std::string& where, Access access);

}  // namespace qadex::store
