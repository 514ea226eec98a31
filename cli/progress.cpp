// Terminal progress line: records, percent of bytes read, records per second.
#include "cli/progress.hpp"

#include <unistd.h>

#include <cstdio>

namespace qadex::cli {

Progress::Progress(bool enabled)
    : enabled_(enabled && isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

Progress::~Progress() { finish(); }

void Progress::update(std::size_t records, std::uint64_t bytes_done, std::uint64_t bytes_total) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_draw_ < std::chrono::milliseconds(250)) return;
  last_draw_ = now;
  drawn_ = true;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double percent = bytes_total ? 100.0 * static_cast<double>(bytes_done) /
                                           static_cast<double>(bytes_total)
                                     : 0.0;
  std::fprintf(stderr, "\r\033[Kindexing: %zu records, %.0f%% read, %.0f records/s", records,
               percent, seconds > 0 ? static_cast<double>(records) / seconds : 0.0);
  std::fflush(stderr);
}

void Progress::finish() {
  if (!drawn_) return;
  std::fputs("\r\033[K", stderr);
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace qadex::cli
