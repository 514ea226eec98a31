// What the fuzz harnesses share: a check that aborts with a message, so that a broken
// invariant is reported by libFuzzer (and by the replay tests) like a crash.
#pragma once

#include <cstdio>
#include <cstdlib>

#define QADEX_FUZZ_CHECK(condition)                                                           \
  do {                                                                                        \
    if (!(condition)) {                                                                       \
      std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                           \
    }                                                                                         \
  } while (false)
