// Helpers for the corpus reader tests: a temporary folder and a read that collects all.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "qadex/corpus.hpp"
#include "tests/unit/temp_dir.hpp"

namespace qadex::test {

using TempDir = qadex::testing::TempDir;

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
