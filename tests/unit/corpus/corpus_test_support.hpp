// Helpers for the corpus reader tests: a temporary folder and a read that collects all.
#pragma once

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "qadex/corpus.hpp"

namespace qadex::test {

// A fresh folder under the system temporary folder, removed with everything in it.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("qadex-corpus-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

  // Writes `content` byte for byte to `name` (folders created as needed); returns its path.
  std::filesystem::path write(const std::string& name, std::string_view content) const {
    const auto file = path_ / name;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return file;
  }

 private:
  std::filesystem::path path_;
};

// Everything one read_corpus call produced.
struct ReadResult {
  std::vector<Record> records;
  std::vector<Diagnostic> diagnostics;
  ReadReport report;

  [[nodiscard]] const Record* find(std::string_view id) const {
    for (const auto& r : records) {
      if (r.id == id) return &r;
    }
    return nullptr;
  }
};

inline ReadResult read_all(const std::vector<std::filesystem::path>& inputs,
                           ReadOptions options = {}) {
  ReadResult result;
  result.report = read_corpus(
      inputs, options, [&](Record&& r) { result.records.push_back(std::move(r)); },
      [&](const Diagnostic& d) { result.diagnostics.push_back(d); });
  return result;
}

inline std::filesystem::path test_data(std::string_view relative) {
  return std::filesystem::path(QADEX_TEST_DATA) / "corpus" / relative;
}

}  // namespace qadex::test
