// Builds the benchmark's index, or finds that the one already there holds the same records.
#include "bench/quality/collection.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <chrono>
#include <string>

#include "qadex/qadex.hpp"
#include "text/ascii.hpp"

namespace qadex::bench {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kMediqaSource = "MEDIQA";

std::size_t count_answers(const Mediqa& mediqa) {
  std::size_t count = 0;
  for (const auto& question : mediqa.questions) count += question.answers.size();
  return count;
}

// Filter terms are lower-cased in the index, so the source comes back as "mediqa".
std::size_t records_of_source(const IndexStats& stats, std::string_view source) {
  for (const auto& [name, count] : stats.by_source) {
    if (text::iequals(name, source)) return count;
  }
  return 0;
}

// Whether the index at `db` holds these records and this qadex's shipped vocabulary (its
// synonym table is made when indexing).
bool holds(const fs::path& db, std::size_t records, std::size_t mediqa_records) {
  if (!fs::exists(db)) return false;
  try {
    const auto stats = Index::open(db).stats();
    return stats.records == records && records_of_source(stats, kMediqaSource) == mediqa_records &&
           stats.vocabulary_current;
  } catch (const IndexError&) {
    return false;  // not a database, or an unreadable one: rebuilt below if it is safe to
  }
}

// Deletes a previous database, never a directory that holds something else.
void remove_database(const fs::path& db) {
  if (!fs::exists(db)) return;
  const bool removable = fs::is_directory(db) && (fs::is_empty(db) || fs::exists(db / "iamglass") ||
                                                  fs::exists(db / "iamchert"));
  if (!removable) {
    throw UsageError(fmt::format(
        "--db {}: exists and is not a Xapian database; name a new directory or an old index",
        db.string()));
  }
  fs::remove_all(db);
}

}  // namespace

CollectionInfo prepare_collection(const fs::path& db, const std::vector<fs::path>& medquad,
                                  const Mediqa& mediqa, bool reindex) {
  CollectionInfo info;
  info.mediqa_records = count_answers(mediqa);
  if (!reindex) {
    // Reading MedQuAD to count it takes seconds; indexing it takes about a minute.
    if (!medquad.empty()) info.medquad_records = read_corpus(medquad, {}, [](Record&&) {}).records;
    info.records = info.medquad_records + info.mediqa_records;
    if (holds(db, info.records, info.mediqa_records)) {
      info.reused = true;
      return info;
    }
  }

  remove_database(db);
  fmt::print(stderr, "indexing {}{} MEDIQA answers into {} ...\n",
             medquad.empty() ? "" : "MedQuAD and ", info.mediqa_records, db.string());
  const auto start = std::chrono::steady_clock::now();
  OpenOptions write;
  write.mode = OpenOptions::Mode::kWrite;
  auto index = Index::open(db, write);
  if (!medquad.empty()) {
    const auto report = read_corpus(medquad, {}, [&](Record&& record) { index.add(record); });
    for (const auto& [reason, count] : report.skipped) {
      fmt::print(stderr, "  MedQuAD: {} records skipped: {}\n", count, reason);
    }
    info.medquad_records = report.records;
  }
  for (const auto& question : mediqa.questions) {
    for (const auto& answer : question.answers) index.add(answer.record);
  }
  index.commit();
  info.index_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  info.records = index.stats().records;
  return info;
}

}  // namespace qadex::bench
