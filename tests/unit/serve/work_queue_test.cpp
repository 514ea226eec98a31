// The server's connection queue: jobs run in order on the workers, a full queue makes the
// producer wait, and a job knows when it was queued.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>
#include <vector>

#include "serve/work_queue.hpp"

using qadex::serve::WorkQueue;
using namespace std::chrono_literals;

TEST_CASE("a full work queue makes the producer wait until a worker takes a job", "[serve][unit]") {
  WorkQueue queue(1, 1);
  std::promise<void> release;
  auto released = release.get_future().share();
  std::promise<void> started;
  queue.enqueue([&] {
    started.set_value();
    released.wait();
  });
  started.get_future().wait();  // the one worker is busy
  queue.enqueue([] {});         // waits in the queue: it is now full

  std::atomic<bool> third_queued{false};
  std::thread producer([&] {
    queue.enqueue([] {});
    third_queued = true;
  });
  std::this_thread::sleep_for(100ms);
  CHECK_FALSE(third_queued);  // held back: the queue is full
  release.set_value();
  producer.join();
  CHECK(third_queued);
  queue.shutdown();
}

TEST_CASE("a job sees when it was queued, once per job", "[serve][unit]") {
  WorkQueue queue(2, 8);
  std::promise<std::pair<bool, bool>> seen;
  const auto before = WorkQueue::Clock::now();
  queue.enqueue([&] {
    const auto first = WorkQueue::take_queued_at();
    const auto second = WorkQueue::take_queued_at();
    seen.set_value({first.has_value() && *first >= before, second.has_value()});
  });
  const auto [first_ok, second_present] = seen.get_future().get();
  CHECK(first_ok);
  CHECK_FALSE(second_present);  // a kept-alive connection's next request did not wait
  CHECK_FALSE(WorkQueue::take_queued_at().has_value());  // not on a worker
  queue.shutdown();
}

TEST_CASE("shutdown runs what is queued first", "[serve][unit]") {
  std::atomic<int> ran{0};
  {
    WorkQueue queue(1, 16);
    for (int i = 0; i < 10; ++i) queue.enqueue([&] { ++ran; });
    queue.shutdown();
  }
  CHECK(ran == 10);
}
