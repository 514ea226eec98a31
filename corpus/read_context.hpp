// The state of one read_corpus call that every format reader reports to: counts,
// diagnostics, strict mode, ids seen so far, progress.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "qadex/corpus.hpp"

namespace qadex::corpus {

// What to do with a record whose id was already passed on in this call.
enum class DuplicateIds {
  kRename,  // MedQuAD repeats Document ids: keep the record under a new id, with a warning
  kSkip,    // a user's export: the id is the user's key, so the later record is bad
};

class ReadContext {
 public:
  ReadContext(const ReadOptions& options, const RecordSink& on_record,
              const DiagnosticSink& on_diagnostic, const ProgressSink& on_progress);

  [[nodiscard]] const ReadOptions& options() const { return options_; }

  // Progress totals, known once the inputs have been walked.
  void set_totals(std::size_t files, std::uint64_t bytes);
  // A file starts being read; `file` is named in every diagnostic until end_file().
  void begin_file(std::string file, std::uint64_t size);
  // The current file's size as listed (0 if not known, e.g. a pipe).
  [[nodiscard]] std::uint64_t file_size() const { return file_size_; }
  // Bytes of the current file consumed so far, for progress within large files.
  void set_file_offset(std::uint64_t offset) { file_offset_ = offset; }
  // The current file is done: counted as read unless skip_file or ignore_file was called.
  void end_file();

  // Checks `record`, makes its id unique or skips it, and passes it on. Records without
  // answer text are counted as "no answer text", silently.
  void emit(Record&& record, std::size_t line, std::string_view where, DuplicateIds policy);
  // A bad record: counted under `reason`, reported, or thrown in strict mode. `what` says
  // what was wrong; the message adds what happened to the record.
  void skip_record(std::size_t line, std::string_view where, const std::string& reason,
                   std::string_view what);
  // A record kept after a repair.
  void warn(std::size_t line, std::string_view where, const std::string& reason,
            std::string message);
  // The current file cannot be read as a corpus: reported, or thrown in strict mode.
  void skip_file(std::size_t line, const std::string& reason, std::string_view what);
  // The current file is not corpus input (e.g. readme.txt in a corpus folder): counted only.
  void ignore_file(const std::string& reason);

  [[nodiscard]] ReadReport take_report() { return std::move(report_); }

 private:
  struct FirstSeen {
    std::size_t file_index;
    std::size_t line;
  };

  void report(Diagnostic&& diagnostic);
  void progress();
  [[nodiscard]] std::string first_seen_text(const FirstSeen& seen) const;

  const ReadOptions& options_;
  const RecordSink& on_record_;
  const DiagnosticSink& on_diagnostic_;
  const ProgressSink& on_progress_;
  ReadReport report_;
  ReadProgress progress_;
  std::uint64_t file_size_ = 0;
  std::uint64_t file_offset_ = 0;
  bool file_skipped_ = false;
  std::size_t records_at_last_progress_ = 0;
  std::vector<std::string> files_;  // every file begun, for "first seen at" messages
  std::unordered_map<std::string, FirstSeen> ids_;
  std::unordered_map<std::string, std::size_t> renames_;  // id -> copies seen so far
};

}  // namespace qadex::corpus
