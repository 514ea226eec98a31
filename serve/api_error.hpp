// The one error shape of the HTTP API: {"error": {"code": "...", "message": "..."}}.
#pragma once

#include <stdexcept>
#include <string>

namespace qadex::serve {

// A request the server refuses, with the HTTP status and a stable code (docs/http-api.md
// lists them) besides the message, which is a sentence for a person.
class ApiError : public std::runtime_error {
 public:
  ApiError(int status, std::string code, const std::string& message)
      : std::runtime_error(message), status_(status), code_(std::move(code)) {}
  [[nodiscard]] int status() const noexcept { return status_; }
  [[nodiscard]] const std::string& code() const noexcept { return code_; }

 private:
  int status_;
  std::string code_;
};

// The error body for `code` and `message`.
[[nodiscard]] std::string error_json(const std::string& code, const std::string& message);

}  // namespace qadex::serve
