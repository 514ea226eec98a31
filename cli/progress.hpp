// A one-line progress display on a terminal (stderr); silent when stderr is not a terminal.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace qadex::cli {

class Progress {
 public:
  // enabled = false: never draws (--quiet); otherwise draws when stderr is a terminal.
  explicit Progress(bool enabled = true);
  ~Progress();  // clears the line
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // Redraws at most a few times a second: records, percent read, rate and time left.
  void update(std::size_t records, std::uint64_t bytes_done, std::uint64_t bytes_total);
  // Replaces the line with a step that shows no progress of its own (the final commit).
  void step(std::string_view what);
  void finish();

 private:
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace qadex::cli
