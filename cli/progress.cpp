// Terminal progress line: records, percent of bytes read, records per second, time left.
#include "cli/progress.hpp"

#include <unistd.h>

#include <cstdio>
#include <string>

#include <fmt/format.h>

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
  const double fraction =
      bytes_total ? static_cast<double>(bytes_done) / static_cast<double>(bytes_total) : 0.0;
  std::string line =
      fmt::format("indexing: {} records, {:.0f}% read, {:.0f} records/s", records, 100 * fraction,
                  seconds > 0 ? static_cast<double>(records) / seconds : 0.0);
  // Time left at the pace so far, once the pace means something.
  if (fraction >= 0.01 && fraction < 1 && seconds >= 2) {
    const auto left = static_cast<long>(seconds * (1 - fraction) / fraction + 0.5);
    line += fmt::format(", about {}:{:02} left", left / 60, left % 60);
  }
  std::fprintf(stderr, "\r\033[K%s", line.c_str());
  std::fflush(stderr);
}

void Progress::step(std::string_view what) {
  if (!enabled_) return;
  std::fprintf(stderr, "\r\033[K%.*s", static_cast<int>(what.size()), what.data());
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::finish() {
  if (!drawn_) return;
  std::fputs("\r\033[K", stderr);
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace qadex::cli
