// Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a
// substring) and the longest common subsequence, a few rows of their tables at a time.
#include "text/edit_distance.hpp"

#include <algorithm>
#include <vector>

namespace qadex::text {

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t bound) {
  const auto longer = std::max(a.size(), b.size());
  const auto shorter = std::min(a.size(), b.size());
  if (longer - shorter > bound) return bound + 1;
  std::vector<std::size_t> before_last(b.size() + 1);
  std::vector<std::size_t> last(b.size() + 1);
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) last[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    row[0] = i;
    std::size_t row_least = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t replaced = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({last[j] + 1, row[j - 1] + 1, last[j - 1] + replaced});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        row[j] = std::min(row[j], before_last[j - 2] + 1);
      }
      row_least = std::min(row_least, row[j]);
    }
    if (row_least > bound) return bound + 1;
    std::swap(before_last, last);
    std::swap(last, row);
  }
  return std::min(last[b.size()], bound + 1);
}

std::size_t shared_letters(std::string_view a, std::string_view b) {
  std::vector<std::size_t> last(b.size() + 1, 0);
  std::vector<std::size_t> row(b.size() + 1, 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      row[j] = a[i - 1] == b[j - 1] ? last[j - 1] + 1 : std::max(last[j], row[j - 1]);
    }
    std::swap(last, row);
  }
  return last[b.size()];
}

}  // namespace qadex::text
