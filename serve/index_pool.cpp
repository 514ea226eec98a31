// IndexPool: lends read-only Index handles to worker threads.
#include "serve/index_pool.hpp"

#include <exception>
#include <utility>

namespace qadex::serve {

IndexPool::IndexPool(std::vector<std::string> locations) : locations_(std::move(locations)) {
  idle_.push_back(Index::open_shards(locations_));
}

IndexPool::Lease IndexPool::lease() {
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      auto index = std::move(idle_.back());
      idle_.pop_back();
      return Lease(*this, std::move(index));
    }
  }
  return Lease(*this, Index::open_shards(locations_));  // opened outside the lock
}

IndexPool::Lease IndexPool::lease_new() {
  {
    std::lock_guard lock(mutex_);
    idle_.clear();
  }
  return Lease(*this, Index::open_shards(locations_));
}

void IndexPool::check_readable() const {
  auto index = Index::open_shards(locations_);
  (void)index.reopen();
}

IndexPool::Lease::Lease(IndexPool& pool, Index index)
    : pool_(pool), index_(std::move(index)), uncaught_at_start_(std::uncaught_exceptions()) {}

IndexPool::Lease::~Lease() {
  if (std::uncaught_exceptions() > uncaught_at_start_) return;
  std::lock_guard lock(pool_.mutex_);
  pool_.idle_.push_back(std::move(*index_));
}

}  // namespace qadex::serve
