// The one exception hierarchy of qadex. Every error message says what went wrong, where,
// and what to do about it.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>

#include "qadex/export.hpp"

namespace qadex {

/// Base of every exception qadex throws.
class QADEX_EXPORT Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The caller asked for something that cannot be done as asked (bad option, bad filter).
/// The command line maps it to exit status 2.
class QADEX_EXPORT UsageError : public Error {
 public:
  using Error::Error;
};

/// Input that cannot be read: names the file and, where known, the line (1-based).
class QADEX_EXPORT InputError : public Error {
 public:
  InputError(std::string file, std::size_t line, const std::string& message)
      : Error(place(file, line) + ": " + message),
        file_(std::move(file)),
        line_(line),
        message_(message) {}
  [[nodiscard]] const std::string& file() const noexcept { return file_; }
  [[nodiscard]] std::size_t line() const noexcept { return line_; }
  [[nodiscard]] const std::string& message() const noexcept { return message_; }  // no place

 private:
  /// "file:line", or "file" when the line is not known. Appended piece by piece: GCC 12 at -O3
  /// takes `":" + std::to_string(line)` for an overlapping memcpy (-Wrestrict, a false alarm).
  static std::string place(const std::string& file, std::size_t line) {
    std::string text = file;
    if (line != 0) {
      text += ':';
      text += std::to_string(line);
    }
    return text;
  }

  std::string file_;
  std::size_t line_;
  std::string message_;
};

/// The index is missing, locked by another writer, corrupt, or of an unknown format version.
class QADEX_EXPORT IndexError : public Error {
 public:
  using Error::Error;
};

}  // namespace qadex
