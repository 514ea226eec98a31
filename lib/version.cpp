// qadex::version(): the version this library was built as.
#include "qadex/version.hpp"

#define QADEX_STRINGIFY_(x) #x
#define QADEX_STRINGIFY(x) QADEX_STRINGIFY_(x)

namespace qadex {

const char* version() noexcept {
  return QADEX_STRINGIFY(QADEX_VERSION_MAJOR) "." QADEX_STRINGIFY(
      QADEX_VERSION_MINOR) "." QADEX_STRINGIFY(QADEX_VERSION_PATCH);
}

}  // namespace qadex
