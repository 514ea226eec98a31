// read_corpus: walks the inputs, picks each file's format, and hands it to its reader.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>

#include "corpus/csv_reader.hpp"
#include "corpus/jsonl_reader.hpp"
#include "corpus/medquad_reader.hpp"
#include "corpus/read_context.hpp"
#include "qadex/corpus.hpp"

namespace qadex {
namespace {

namespace fs = std::filesystem;
using corpus::ReadContext;

// A NUL byte this early means the file is not text (or is UTF-16, which is not read).
constexpr std::size_t kBinarySniffBytes = 8 * 1024;

struct InputFile {
  fs::path path;
  InputFormat format = InputFormat::kAuto;  // kAuto: decide from the content
  bool ignored = false;                     // in a folder, without a corpus extension
  std::uint64_t size = 0;
};

// The format a file's extension names; kAuto when it names none.
InputFormat format_by_extension(const fs::path& path) {
  std::string ext = path.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".xml") return InputFormat::kMedquad;
  if (ext == ".jsonl" || ext == ".ndjson" || ext == ".json") return InputFormat::kJsonl;
  if (ext == ".csv") return InputFormat::kCsv;
  return InputFormat::kAuto;
}

// A file named explicitly with an unknown extension: guessed from its first character.
InputFormat sniff_format(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  const std::size_t first = head.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && head[first] == '<') return InputFormat::kMedquad;
  if (first != std::string_view::npos && head[first] == '{') return InputFormat::kJsonl;
  return InputFormat::kCsv;
}

// Every file to read, in order: folders walked recursively and sorted by path, each file
// once (a file listed twice would repeat all its ids).
std::vector<InputFile> list_inputs(const std::vector<fs::path>& inputs, InputFormat format) {
  std::vector<InputFile> files;
  std::set<fs::path> seen;
  auto add = [&](InputFile file) {
    std::error_code ec;
    if (!seen.insert(fs::weakly_canonical(file.path, ec)).second) return;
    const auto size = fs::file_size(file.path, ec);
    file.size = ec ? 0 : size;
    files.push_back(std::move(file));
  };
  for (const fs::path& input : inputs) {
    std::error_code ec;
    if (!fs::is_directory(input, ec)) {
      add({input, format == InputFormat::kAuto ? format_by_extension(input) : format});
      continue;
    }
    std::vector<fs::path> found;
    for (fs::recursive_directory_iterator
             it(input, fs::directory_options::skip_permission_denied, ec),
         end;
         !ec && it != end; it.increment(ec)) {
      if (it->is_regular_file(ec)) found.push_back(it->path());
    }
    std::sort(found.begin(), found.end());
    for (fs::path& path : found) {
      const InputFormat by_extension = format_by_extension(path);
      const bool matches = by_extension != InputFormat::kAuto &&
                           (format == InputFormat::kAuto || format == by_extension);
      add({std::move(path), by_extension, !matches});
    }
  }
  return files;
}

// Reads one file that exists in the list; reports it if it cannot be read.
void read_file(const InputFile& file, ReadContext& ctx) {
  std::ifstream in(file.path, std::ios::binary);
  if (!in) {
    ctx.skip_file(
        0, "unreadable",
        fmt::format("cannot open: {}; check the path and its permissions", std::strerror(errno)));
    return;
  }
  std::string head(kBinarySniffBytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  if (head.find('\0') != std::string::npos) {
    ctx.skip_file(0, "binary file",
                  "NUL byte in the first 8 KiB: not a text file (UTF-16 text must be converted "
                  "to UTF-8)");
    return;
  }
  in.clear();
  in.seekg(0);
  switch (file.format == InputFormat::kAuto ? sniff_format(head) : file.format) {
    case InputFormat::kMedquad:
      corpus::read_medquad(in, file.path.string(), ctx);
      break;
    case InputFormat::kJsonl:
      corpus::read_jsonl(in, ctx);
      break;
    case InputFormat::kCsv:
    case InputFormat::kAuto:  // sniff_format never answers kAuto
      corpus::read_csv(in, ctx);
      break;
  }
}

}  // namespace

std::optional<InputFormat> parse_input_format(std::string_view name) {
  for (InputFormat format :
       {InputFormat::kAuto, InputFormat::kMedquad, InputFormat::kJsonl, InputFormat::kCsv}) {
    if (name == to_string(format)) return format;
  }
  return std::nullopt;
}

std::string_view to_string(InputFormat format) {
  switch (format) {
    case InputFormat::kAuto:
      return "auto";
    case InputFormat::kMedquad:
      return "medquad";
    case InputFormat::kJsonl:
      return "jsonl";
    case InputFormat::kCsv:
      return "csv";
  }
  return "auto";
}

std::string Diagnostic::describe() const {
  std::string out = file;
  if (line != 0) out += fmt::format(":{}", line);
  if (!where.empty()) out += fmt::format(" ({})", where);
  return out + ": " + message;
}

std::size_t ReadReport::skipped_total() const {
  std::size_t total = 0;
  for (const auto& [reason, count] : skipped) total += count;
  return total;
}

ReadReport read_corpus(const std::vector<std::filesystem::path>& inputs, const ReadOptions& options,
                       const RecordSink& on_record, const DiagnosticSink& on_diagnostic,
                       const ProgressSink& on_progress) {
  const std::vector<InputFile> files = list_inputs(inputs, options.format);
  ReadContext ctx(options, on_record, on_diagnostic, on_progress);
  std::uint64_t bytes = 0;
  for (const InputFile& file : files) bytes += file.size;
  ctx.set_totals(files.size(), bytes);
  for (const InputFile& file : files) {
    ctx.begin_file(file.path.string(), file.size);
    if (file.ignored) {
      ctx.ignore_file("not a corpus file");
    } else {
      read_file(file, ctx);
    }
    ctx.end_file();
  }
  return ctx.take_report();
}

}  // namespace qadex
