// AnalysisPipeline: worker threads turn Records into Xapian documents; results come out in
// the order the records went in, so one writer can apply them as if analysed in line.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <xapian.h>

#include "indexer/document_builder.hpp"
#include "qadex/record.hpp"

namespace qadex::indexer {

// What the writer applies for one record: replace_document(id term, document), then the
// synonym pairs and the words for the spelling table.
struct AnalyzedRecord {
  std::string id{};
  Xapian::Document document{};
  std::vector<SynonymEntry> synonyms{};
  std::vector<std::string> spellings{};
};

// Turns one record into its AnalyzedRecord. Each worker gets its own (an Analyzer is not
// thread-safe), so it may keep state between calls.
using AnalyzeFn = std::function<AnalyzedRecord(const Record&)>;

// A thread count as given, or one per core for 0.
[[nodiscard]] std::size_t resolve_threads(std::size_t threads);

// An AnalyzeFn over a fresh text::Analyzer and DocumentBuilder.
[[nodiscard]] AnalyzeFn make_record_analyzer();

// Owned and driven by one thread (the writer); the workers are internal. At most
// `capacity` records are inside at a time (queued, being analysed, or done but not yet
// taken), so memory is bounded by capacity times the size of a record, not by the corpus.
class AnalysisPipeline {
 public:
  // Starts `threads` workers (at least 1), each with its own make_analyze().
  AnalysisPipeline(std::size_t threads, std::size_t capacity,
                   const std::function<AnalyzeFn()>& make_analyze);
  AnalysisPipeline(const AnalysisPipeline&) = delete;
  AnalysisPipeline& operator=(const AnalysisPipeline&) = delete;
  ~AnalysisPipeline();  // stops the workers; results not taken are dropped

  [[nodiscard]] bool full() const { return in_flight() >= capacity_; }
  [[nodiscard]] std::size_t in_flight() const { return next_in_ - next_out_; }

  // Queues `record`. The caller must not submit while full(): take() first.
  void submit(Record record);
  // The result of the oldest record not yet taken, once it is done; nullopt if it is not
  // done yet or nothing is inside. Rethrows what the worker threw for that record (the
  // record is then skipped, as if add() had thrown).
  [[nodiscard]] std::optional<AnalyzedRecord> take_ready();
  // As take_ready(), but waits for the oldest record. Requires in_flight() > 0.
  [[nodiscard]] AnalyzedRecord take();

 private:
  struct Result {
    std::optional<AnalyzedRecord> value;
    std::exception_ptr error;
  };

  void work(const AnalyzeFn& analyze);
  AnalyzedRecord pop_done(std::unique_lock<std::mutex>& lock);

  std::size_t capacity_;
  // next_in_ and next_out_ are only touched by the owning thread.
  std::uint64_t next_in_ = 0;   // sequence number of the next submitted record
  std::uint64_t next_out_ = 0;  // sequence number of the next result to hand out

  std::mutex mutex_;
  std::condition_variable work_ready_;    // queue_ has a record, or stopping_
  std::condition_variable result_ready_;  // done_ gained a result
  std::deque<std::pair<std::uint64_t, Record>> queue_;
  std::map<std::uint64_t, Result> done_;  // the reorder buffer
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace qadex::indexer
