// UTF-8 validation for text read from corpus files, which may come from anywhere.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace qadex::corpus {

// The byte offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no
// overlong forms, no surrogates, nothing above U+10FFFF); nullopt when all of `text` is valid.
[[nodiscard]] std::optional<std::size_t> find_invalid_utf8(std::string_view text);

}  // namespace qadex::corpus
