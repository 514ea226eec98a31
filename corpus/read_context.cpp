// The state of one read_corpus call: counts, diagnostics, strict mode, ids, progress.
#include "corpus/read_context.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "corpus/record_check.hpp"
#include "qadex/error.hpp"

namespace qadex::corpus {
namespace {

constexpr std::size_t kProgressEveryRecords = 1000;
constexpr std::string_view kRecordSkipped =
    "; record skipped (--strict stops at the first bad record)";
constexpr std::string_view kFileSkipped = "; file skipped (--strict stops at the first bad file)";
constexpr std::string_view kStrictStop =
    "; stopped by --strict (fix the input, or read without --strict to skip it)";

bool has_answer_text(const std::string& answer) {
  return answer.find_first_not_of(" \t\r\n\f\v") != std::string::npos;
}

}  // namespace

ReadContext::ReadContext(const ReadOptions& options, const RecordSink& on_record,
                         const DiagnosticSink& on_diagnostic, const ProgressSink& on_progress)
    : options_(options),
      on_record_(on_record),
      on_diagnostic_(on_diagnostic),
      on_progress_(on_progress) {}

void ReadContext::set_totals(std::size_t files, std::uint64_t bytes) {
  progress_.files_total = files;
  progress_.bytes_total = bytes;
}

void ReadContext::begin_file(std::string file, std::uint64_t size) {
  files_.push_back(std::move(file));
  file_size_ = size;
  file_offset_ = 0;
  file_skipped_ = false;
}

void ReadContext::end_file() {
  if (!file_skipped_) ++report_.files;
  ++progress_.files_done;
  progress_.bytes_done += file_size_;
  file_size_ = 0;
  file_offset_ = 0;
  progress();
}

void ReadContext::emit(Record&& record, std::size_t line, std::string_view where,
                       DuplicateIds policy) {
  if (!has_answer_text(record.answer)) {
    ++report_.skipped["no answer text"];
    return;
  }
  if (auto problem = check_fields(record, options_.max_field_bytes)) {
    skip_record(line, where, problem->reason, problem->message);
    return;
  }
  const FirstSeen here{files_.size() - 1, line};
  if (auto [it, inserted] = ids_.try_emplace(record.id, here); !inserted) {
    const std::string first = first_seen_text(it->second);
    if (policy == DuplicateIds::kSkip) {
      skip_record(line, where, "duplicate id",
                  fmt::format("duplicate id \"{}\" (first seen at {})", record.id, first));
      return;
    }
    std::string renamed;
    do {
      renamed =
          fmt::format("{}_dup{}", record.id, ++renames_.try_emplace(record.id, 1).first->second);
    } while (!ids_.try_emplace(renamed, here).second);
    warn(line, where, "repeated id",
         fmt::format("id \"{}\" was already used at {}; record kept as \"{}\"", record.id, first,
                     renamed));
    record.id = std::move(renamed);
  }
  // A sink refuses a record with UsageError (Index::add does): that record is skipped, the
  // run goes on. The checks above should have caught it; this keeps one record one record.
  std::string id = record.id;  // the sink may move the record away
  try {
    on_record_(std::move(record));
  } catch (const UsageError& e) {
    ids_.erase(id);
    skip_record(line, where, "refused by the index", e.what());
    return;
  }
  ++report_.records;
  progress_.records = report_.records;
  if (report_.records - records_at_last_progress_ >= kProgressEveryRecords) progress();
}

void ReadContext::skip_record(std::size_t line, std::string_view where, const std::string& reason,
                              std::string_view what) {
  if (options_.strict) {
    throw InputError(files_.back(), line,
                     fmt::format("{}{}{}{}", where, where.empty() ? "" : ": ", what, kStrictStop));
  }
  ++report_.skipped[reason];
  report({Diagnostic::Severity::kSkipped, files_.back(), line, std::string(where), reason,
          fmt::format("{}{}", what, kRecordSkipped)});
}

void ReadContext::warn(std::size_t line, std::string_view where, const std::string& reason,
                       std::string message) {
  ++report_.warnings;
  report({Diagnostic::Severity::kWarning, files_.back(), line, std::string(where), reason,
          std::move(message)});
}

void ReadContext::skip_file(std::size_t line, const std::string& reason, std::string_view what) {
  if (options_.strict)
    throw InputError(files_.back(), line, fmt::format("{}{}", what, kStrictStop));
  ++report_.files_skipped[reason];
  file_skipped_ = true;
  report({Diagnostic::Severity::kSkipped,
          files_.back(),
          line,
          {},
          reason,
          fmt::format("{}{}", what, kFileSkipped)});
}

void ReadContext::ignore_file(const std::string& reason) {
  ++report_.files_skipped[reason];
  file_skipped_ = true;
}

void ReadContext::report(Diagnostic&& diagnostic) {
  if (on_diagnostic_) on_diagnostic_(diagnostic);
}

void ReadContext::progress() {
  records_at_last_progress_ = report_.records;
  if (!on_progress_) return;
  ReadProgress now = progress_;
  now.bytes_done += std::min(file_offset_, file_size_);
  on_progress_(now);
}

std::string ReadContext::first_seen_text(const FirstSeen& seen) const {
  const std::string& file = files_[seen.file_index];
  return seen.line ? fmt::format("{}:{}", file, seen.line) : file;
}

}  // namespace qadex::corpus
