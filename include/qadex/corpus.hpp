// Reading corpora: files and folders in, a stream of Records out (MedQuAD XML, JSONL, CSV).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "qadex/export.hpp"
#include "qadex/record.hpp"

namespace qadex {

enum class InputFormat { kAuto, kMedquad, kJsonl, kCsv };

/// "auto", "medquad", "jsonl", "csv"; nullopt for anything else.
QADEX_EXPORT std::optional<InputFormat> parse_input_format(std::string_view name);
QADEX_EXPORT std::string_view to_string(InputFormat format);

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;  ///< kAuto: by extension, then by content
  bool strict = false;                      ///< throw InputError at the first bad record
  std::size_t max_field_bytes = 1 << 20;    ///< a longer field makes its record bad (1 MiB)
  /// A larger MedQuAD XML file is skipped as "file too large": it is parsed whole, in about
  /// 3 times its size of memory, and MedQuAD's own files are at most a few KB (64 MiB).
  std::uint64_t max_xml_bytes = std::uint64_t{64} << 20;
};

/// Something the reader found worth telling: a record skipped as bad, or a record kept
/// after a repair (e.g. a repeated MedQuAD id made unique).
struct QADEX_EXPORT Diagnostic {
  enum class Severity { kWarning, kSkipped };
  Severity severity = Severity::kSkipped;
  std::string file;      ///< the path as found
  std::size_t line = 0;  ///< 1-based line; 0 when not known (then `where` says the element)
  std::string where;     ///< element path for XML, e.g. "QAPair #3"; may be empty
  std::string reason;    ///< short category for the summary: "invalid UTF-8", "duplicate id"
  std::string message;   ///< one line: what, where, what to do

  [[nodiscard]] std::string describe() const;  ///< "file:line: message"
};

struct ReadProgress {
  std::size_t files_done = 0;
  std::size_t files_total = 0;
  std::uint64_t bytes_done = 0;
  std::uint64_t bytes_total = 0;
  std::size_t records = 0;  ///< records passed to the sink so far
};

/// What a read did. `skipped` counts records not passed on, by reason; records without
/// answer text are counted there as "no answer text" (normal in MedQuAD, not an error).
struct QADEX_EXPORT ReadReport {
  std::size_t files = 0;                             ///< files read
  std::size_t records = 0;                           ///< records passed to the sink
  std::size_t warnings = 0;                          ///< records kept after a repair
  std::map<std::string, std::size_t> skipped;        ///< reason -> records skipped
  std::map<std::string, std::size_t> files_skipped;  ///< reason -> files not read

  [[nodiscard]] std::size_t skipped_total() const;
};

using RecordSink = std::function<void(Record&&)>;
using DiagnosticSink = std::function<void(const Diagnostic&)>;
using ProgressSink = std::function<void(const ReadProgress&)>;

/// Streams every record found under `inputs` (files, or folders walked recursively in
/// sorted order) to `on_record`, one at a time: a corpus is never held in memory whole.
/// Bad records are reported to `on_diagnostic` and skipped; with options.strict the first
/// one throws InputError instead. Ids are unique across the whole call. `on_record` may
/// refuse a record by throwing UsageError (as Index::add does): it is then a bad record too,
/// reported with its file and line under the reason "refused by the index".
QADEX_EXPORT ReadReport read_corpus(const std::vector<std::filesystem::path>& inputs,
                                    const ReadOptions& options, const RecordSink& on_record,
                                    const DiagnosticSink& on_diagnostic = {},
                                    const ProgressSink& on_progress = {});

}  // namespace qadex
