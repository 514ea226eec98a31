// Symbol visibility for the qadex shared library: everything is hidden unless marked.
#pragma once

#if defined(_WIN32)
#define QADEX_EXPORT
#else
#define QADEX_EXPORT __attribute__((visibility("default")))
#endif
