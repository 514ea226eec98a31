#include "serve/work_queue.hpp"

#include <algorithm>
#include <utility>

namespace qadex::serve {
namespace {

thread_local std::optional<WorkQueue::Clock::time_point> queued_at_of_current;

}  // namespace

WorkQueue::WorkQueue(std::size_t threads, std::size_t max_waiting)
    : max_waiting_(std::max<std::size_t>(1, max_waiting)) {
  threads = std::max<std::size_t>(1, threads);
  workers_.reserve(threads);
  for (std::size_t i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
}

WorkQueue::~WorkQueue() { shutdown(); }

void WorkQueue::enqueue(std::function<void()> job) {
  {
    std::unique_lock lock(mutex_);
    has_room_.wait(lock, [&] { return jobs_.size() < max_waiting_ || shutting_down_; });
    jobs_.push_back({std::move(job), Clock::now()});
  }
  has_job_.notify_one();
}

void WorkQueue::shutdown() {
  {
    std::lock_guard lock(mutex_);
    if (shutting_down_ && workers_.empty()) return;
    shutting_down_ = true;
  }
  has_job_.notify_all();
  has_room_.notify_all();
  for (auto& worker : workers_) worker.join();
  workers_.clear();
}

std::optional<WorkQueue::Clock::time_point> WorkQueue::take_queued_at() {
  return std::exchange(queued_at_of_current, std::nullopt);
}

void WorkQueue::work() {
  for (;;) {
    Job job;
    {
      std::unique_lock lock(mutex_);
      has_job_.wait(lock, [&] { return !jobs_.empty() || shutting_down_; });
      if (jobs_.empty()) return;  // shutting down, nothing left
      job = std::move(jobs_.front());
      jobs_.pop_front();
    }
    has_room_.notify_one();
    queued_at_of_current = job.queued_at;
    job.run();
    queued_at_of_current.reset();
  }
}

}  // namespace qadex::serve
