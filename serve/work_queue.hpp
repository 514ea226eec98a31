// The server's connection queue: worker threads take accepted connections in order; at most
// `max_waiting` wait, and past that the accepting thread waits too, so a burst fills the
// kernel's listen backlog instead of qadex's memory. Each connection remembers when it was
// queued, so a request that waited too long can be turned away quickly (Server: 503 busy).
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include <httplib.h>

namespace qadex::serve {

class WorkQueue : public httplib::TaskQueue {
 public:
  using Clock = std::chrono::steady_clock;

  WorkQueue(std::size_t threads, std::size_t max_waiting);
  WorkQueue(const WorkQueue&) = delete;
  WorkQueue& operator=(const WorkQueue&) = delete;
  ~WorkQueue() override;

  // Blocks while `max_waiting` connections already wait.
  void enqueue(std::function<void()> job) override;
  // Runs what is queued, then stops the workers.
  void shutdown() override;

  // On a worker: when the connection it is serving was queued, the first time it is asked for
  // that connection; then nullopt (a kept-alive connection's later requests did not wait).
  [[nodiscard]] static std::optional<Clock::time_point> take_queued_at();

 private:
  struct Job {
    std::function<void()> run;
    Clock::time_point queued_at;
  };
  void work();

  std::size_t max_waiting_;
  std::mutex mutex_;
  std::condition_variable has_job_;
  std::condition_variable has_room_;
  std::deque<Job> jobs_;
  bool shutting_down_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace qadex::serve
