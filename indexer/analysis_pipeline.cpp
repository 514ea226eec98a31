// Worker threads, a bounded queue in and a reorder buffer out (sequence numbers).
#include "indexer/analysis_pipeline.hpp"

#include <memory>

#include "text/analyzer.hpp"

namespace qadex::indexer {

std::size_t resolve_threads(std::size_t threads) {
  if (threads != 0) return threads;
  const auto cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : cores;
}

AnalyzeFn make_record_analyzer() {
  // The builder keeps a reference to the analyzer: both live together behind one pointer.
  struct State {
    text::Analyzer analyzer;
    DocumentBuilder builder{analyzer};
  };
  auto state = std::make_shared<State>();
  return [state](const Record& record) {
    AnalyzedRecord analyzed{record.id, {}, state->builder.synonyms(record), {}};
    analyzed.document = state->builder.build(record, &analyzed.spellings);
    return analyzed;
  };
}

AnalysisPipeline::AnalysisPipeline(std::size_t threads, std::size_t capacity,
                                   const std::function<AnalyzeFn()>& make_analyze)
    : capacity_(capacity == 0 ? 1 : capacity) {
  if (threads == 0) threads = 1;
  workers_.reserve(threads);
  for (std::size_t i = 0; i < threads; ++i) {
    workers_.emplace_back([this, analyze = make_analyze()] { work(analyze); });
  }
}

AnalysisPipeline::~AnalysisPipeline() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  work_ready_.notify_all();
  for (auto& worker : workers_) worker.join();
}

void AnalysisPipeline::submit(Record record) {
  {
    std::lock_guard lock(mutex_);
    queue_.emplace_back(next_in_++, std::move(record));
  }
  work_ready_.notify_one();
}

std::optional<AnalyzedRecord> AnalysisPipeline::take_ready() {
  std::unique_lock lock(mutex_);
  if (done_.empty() || done_.begin()->first != next_out_) return std::nullopt;
  return pop_done(lock);
}

AnalyzedRecord AnalysisPipeline::take() {
  std::unique_lock lock(mutex_);
  result_ready_.wait(lock, [&] { return !done_.empty() && done_.begin()->first == next_out_; });
  return pop_done(lock);
}

AnalyzedRecord AnalysisPipeline::pop_done(std::unique_lock<std::mutex>& lock) {
  auto node = done_.extract(done_.begin());
  lock.unlock();
  ++next_out_;
  if (node.mapped().error) std::rethrow_exception(node.mapped().error);
  return std::move(*node.mapped().value);
}

void AnalysisPipeline::work(const AnalyzeFn& analyze) {
  for (;;) {
    std::pair<std::uint64_t, Record> item;
    {
      std::unique_lock lock(mutex_);
      work_ready_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (stopping_) return;
      item = std::move(queue_.front());
      queue_.pop_front();
    }
    // The document is built and handed over whole: Xapian's reference counts are not
    // atomic, so no worker may keep a copy once the writer has it.
    Result result;
    try {
      result.value = analyze(item.second);
    } catch (...) {
      result.error = std::current_exception();
    }
    {
      std::lock_guard lock(mutex_);
      done_.emplace(item.first, std::move(result));
    }
    result_ready_.notify_one();
  }
}

}  // namespace qadex::indexer
