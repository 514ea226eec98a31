// qadex's version: macros for the preprocessor, version() for the library a program runs with.
//
// The numbers below are the one place the version is written; CMakeLists.txt reads them.
// ABI promise: while the major version is 0, public structs (SearchOptions, Hit, ...) may
// gain members in any minor release, which changes the ABI, so the shared library's SONAME
// carries major and minor (libqadex.so.0.2) and a program is linked against one minor
// release; patch releases keep the ABI. From 1.0 on, the SONAME will carry the major only.
#pragma once

#include "qadex/export.hpp"

#define QADEX_VERSION_MAJOR 0
#define QADEX_VERSION_MINOR 2
#define QADEX_VERSION_PATCH 0

/// For `#if` checks: QADEX_VERSION >= QADEX_MAKE_VERSION(0, 2, 0).
#define QADEX_MAKE_VERSION(major, minor, patch) ((major)*10000 + (minor)*100 + (patch))
#define QADEX_VERSION \
  QADEX_MAKE_VERSION(QADEX_VERSION_MAJOR, QADEX_VERSION_MINOR, QADEX_VERSION_PATCH)

namespace qadex {

/// "MAJOR.MINOR.PATCH" of the libqadex in use (the headers a program was built with say
/// QADEX_VERSION_*; the two differ only if it runs with another copy of the same SONAME).
[[nodiscard]] QADEX_EXPORT const char* version() noexcept;

}  // namespace qadex
