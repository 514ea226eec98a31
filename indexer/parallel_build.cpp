// A build's parts: threads, each with its own IndexWriter, database and task queue; a
// compaction merges them.
#include "indexer/parallel_build.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

#include <xapian.h>

#include "indexer/index_writer.hpp"
#include "indexer/indexable.hpp"
#include "qadex/error.hpp"
#include "store/database_errors.hpp"
#include "store/index_dir.hpp"

namespace qadex::indexer {
namespace {

// Records waiting per part: the reader blocks on whichever part is full, so a short run
// of records hashed to one part must not starve the others (64: ~8% slower on MedQuAD);
// a few MB at most, whatever the corpus.
constexpr std::size_t kQueueCapacity = 512;

// The file whose presence makes a directory a (glass) Xapian database.
constexpr std::string_view kXapianVersionFile = "iamglass";

std::filesystem::path part_dir(const std::filesystem::path& build_dir, std::size_t k) {
  return build_dir / ("part-" + std::to_string(k));
}

// Moves the database in `from` into `to` file by file, Xapian's version file last, and makes
// the moves durable. A reader, or a kill, between two moves finds no database in `to`
// (Xapian looks for the version file first), never a piece of one; the next build starts over.
void move_database(const std::filesystem::path& from, const std::filesystem::path& to) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(from)) files.push_back(entry.path());
  std::stable_partition(files.begin(), files.end(),
                        [](const auto& file) { return file.filename() != kXapianVersionFile; });
  try {
    for (const auto& file : files) std::filesystem::rename(file, to / file.filename());
  } catch (const std::filesystem::filesystem_error& e) {
    throw IndexError(to.string() +
                     ": cannot move the merged index into place: " + e.code().message());
  }
  const int fd = ::open(to.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

}  // namespace

// One thread that alone touches its IndexWriter, running posted tasks in order. After a
// task throws, the queued ones are dropped and every later call rethrows that error.
class ParallelBuild::Part {
 public:
  using Task = std::function<void(IndexWriter&)>;

  Part(const std::filesystem::path& dir, std::size_t batch_size)
      : writer_(dir, batch_size, 1, /*part=*/true), thread_([this] { run(); }) {}
  Part(const Part&) = delete;
  Part& operator=(const Part&) = delete;
  ~Part() {  // drops what is still queued; the writer discards its uncommitted batch
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    ready_.notify_one();
    thread_.join();
  }

  void post(Task task) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return tasks_.size() < kQueueCapacity || error_; });
    if (error_) std::rethrow_exception(error_);
    tasks_.push_back(std::move(task));
    lock.unlock();
    ready_.notify_one();
  }

  // Returns once every task posted so far has run.
  void wait_idle() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return (tasks_.empty() && !busy_) || error_; });
    if (error_) std::rethrow_exception(error_);
  }

 private:
  void run() {
    for (;;) {
      Task task;
      {
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [&] { return stopping_ || !tasks_.empty(); });
        if (stopping_) return;
        task = std::move(tasks_.front());
        tasks_.pop_front();
        busy_ = true;
      }
      changed_.notify_all();
      std::exception_ptr error;
      try {
        task(writer_);
      } catch (...) {
        error = std::current_exception();
      }
      {
        std::lock_guard lock(mutex_);
        busy_ = false;
        if (error) {
          error_ = error;
          tasks_.clear();
        }
      }
      changed_.notify_all();
    }
  }

  IndexWriter writer_;
  std::mutex mutex_;
  std::condition_variable ready_;    // a task was queued, or stopping_
  std::condition_variable changed_;  // a task was taken or finished
  std::deque<Task> tasks_;
  bool busy_ = false;
  bool stopping_ = false;
  std::exception_ptr error_;
  std::thread thread_;  // last: starts once the members above exist
};

bool ParallelBuild::holds_database(const std::filesystem::path& dir) {
  try {
    Xapian::Database probe(dir.string());
    return true;
  } catch (const Xapian::DatabaseNotFoundError&) {
    return false;
  } catch (const Xapian::Error&) {
    return true;  // unreadable or locked, but something is there: never build over it
  }
}

ParallelBuild::ParallelBuild(const std::filesystem::path& dir, std::size_t batch_size,
                             std::size_t parts)
    : dir_(dir), build_dir_(dir / store::kBuildDirName) {
  try {
    if (holds_database(dir)) {
      throw IndexError(dir.string() +
                       ": already holds a database; a new build needs an empty --db");
    }
    // What an interrupted build left: its parts (an older qadex's: shard-K), all removed.
    std::filesystem::remove_all(build_dir_);
    std::filesystem::create_directories(build_dir_);
    const auto count = parts == 0 ? 1 : parts;
    for (std::size_t k = 0; k < count; ++k) {
      parts_.push_back(std::make_unique<Part>(part_dir(build_dir_, k), batch_size));
    }
  } catch (const std::filesystem::filesystem_error& e) {
    remove_parts();
    throw IndexError(dir.string() + ": cannot prepare the build: " + e.code().message() + " (" +
                     e.path1().string() + ")");
  } catch (...) {
    remove_parts();
    throw;
  }
}

ParallelBuild::~ParallelBuild() { remove_parts(); }

void ParallelBuild::remove_parts() {
  parts_.clear();
  std::error_code ignored;
  std::filesystem::remove_all(build_dir_, ignored);
}

ParallelBuild::Part& ParallelBuild::part_of(std::string_view id) {
  return *parts_[std::hash<std::string_view>{}(id) % parts_.size()];
}

void ParallelBuild::add(const Record& record) {
  require_indexable(record);  // here, not in a worker: the caller learns which record at once
  part_of(record.id).post([record](IndexWriter& writer) { writer.add(record); });
}

void ParallelBuild::add_synonyms(const std::vector<PhrasePair>& pairs) {
  // The merge unites the parts' synonym tables, so one part holds them.
  parts_.front()->post([pairs](IndexWriter& writer) { writer.add_synonyms(pairs); });
}

bool ParallelBuild::remove(std::string_view id) {
  auto& part = part_of(id);
  bool removed = false;
  part.post([&removed, id = std::string(id)](IndexWriter& writer) { removed = writer.remove(id); });
  part.wait_idle();
  return removed;
}

void ParallelBuild::finish() {
  for (auto& part : parts_) part->post([](IndexWriter& writer) { writer.commit(); });
  for (auto& part : parts_) part->wait_idle();
  const auto count = parts_.size();
  parts_.clear();  // closes the part databases
  const auto merged = build_dir_ / "merged";
  store::translate_xapian_errors(dir_.string(), [&] {
    // The writer lock keeps other qadex writers out; this keeps the merge from overwriting
    // a database that anything else put into DIR meanwhile.
    if (holds_database(dir_)) {
      throw IndexError(dir_.string() +
                       ": a database appeared here during the build; "
                       "the build was not merged, nothing was overwritten");
    }
    Xapian::Database all;
    for (std::size_t k = 0; k < count; ++k) {
      all.add_database(Xapian::Database(part_dir(build_dir_, k).string()));
    }
    // Spelling frequencies add up, synonym lists unite, metadata (the same in every part:
    // format and vocabulary version) is taken once.
    all.compact(merged.string());
  });
  move_database(merged, dir_);
  remove_parts();
}

}  // namespace qadex::indexer
