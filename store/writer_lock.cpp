// The writer lock: flock(2) on DIR/.qadex-write.lock, holder named inside.
#include "store/writer_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <system_error>

#include "qadex/error.hpp"
#include "store/index_dir.hpp"

namespace qadex::store {
namespace {

std::filesystem::path lock_path(const std::filesystem::path& dir) { return dir / kWriterLockName; }

// What the holder wrote: "process N (started T)".
std::string read_holder(int fd) {
  char buffer[256];
  const auto n = ::pread(fd, buffer, sizeof buffer - 1, 0);
  std::string text(buffer, n > 0 ? static_cast<std::size_t>(n) : 0);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\0')) text.pop_back();
  return text.empty() ? "another process" : text;
}

void write_holder(int fd) {
  const auto now = std::time(nullptr);
  std::tm local{};
  ::localtime_r(&now, &local);
  char started[64];
  std::strftime(started, sizeof started, "%Y-%m-%d %H:%M:%S", &local);
  const auto text = "process " + std::to_string(::getpid()) + " (started " + started + ")\n";
  // Best effort: the lock holds whether or not its description could be written.
  if (::ftruncate(fd, 0) == 0) {
    [[maybe_unused]] const auto written = ::pwrite(fd, text.data(), text.size(), 0);
  }
}

}  // namespace

WriterLock::WriterLock(const std::filesystem::path& dir) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) {
    throw IndexError(dir.string() + ": cannot create the index directory: " + error.message());
  }
  const auto path = lock_path(dir);
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) {
    const int code = errno;
    throw IndexError(dir.string() + ": cannot write to this index (" + std::strerror(code) + ": " +
                     path.string() + ")" +
                     (code == EACCES || code == EPERM ? "; check who owns the directory" : ""));
  }
  if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    const int code = errno;
    const auto who = read_holder(fd_);
    ::close(fd_);
    fd_ = -1;
    if (code == EWOULDBLOCK) {
      throw IndexError("index " + dir.string() + " is being written by " + who +
                       "; wait for it to finish or use another --db directory");
    }
    throw IndexError(dir.string() + ": cannot lock the index for writing (" + std::strerror(code) +
                     ": " + path.string() + ")");
  }
  write_holder(fd_);
}

WriterLock::~WriterLock() {
  if (fd_ >= 0) ::close(fd_);  // releases the flock
}

std::optional<std::string> WriterLock::holder(const std::filesystem::path& dir) {
  const int fd = ::open(lock_path(dir).c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  std::optional<std::string> who;
  if (::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK) {
    who = read_holder(fd);
  } else {
    ::flock(fd, LOCK_UN);
  }
  ::close(fd);
  return who;
}

}  // namespace qadex::store
