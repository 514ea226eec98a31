// read_corpus: walks the inputs, picks each file's format, and hands it to its reader.
#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "corpus/csv_reader.hpp"
#include "corpus/jsonl_reader.hpp"
#include "corpus/medquad_reader.hpp"
#include "corpus/read_context.hpp"
#include "qadex/corpus.hpp"
#include "qadex/error.hpp"
#include "text/ascii.hpp"

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
  std::string skip_reason{};  // not empty: found but cannot be read, reported as `skip_message`
  std::string skip_message{};
};

// The format a file's extension names; kAuto when it names none.
InputFormat format_by_extension(const fs::path& path) {
  const std::string ext = text::lowercase(path.extension().string());
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

// Why the entry at `path` (a symlink, or a folder) cannot be read; empty if it can.
std::pair<std::string, std::string> unreadable_entry(const fs::path& path,
                                                     const std::error_code& error) {
  if (error == std::errc::too_many_symbolic_link_levels) {
    return {"symlink loop", "symlink loop (the link leads back to itself); fix or remove it"};
  }
  if (error == std::errc::no_such_file_or_directory || error == std::errc::not_a_directory) {
    std::error_code ignored;
    return {"dangling symlink",
            fmt::format("dangling symlink to \"{}\", which does not exist; fix or remove it",
                        fs::read_symlink(path, ignored).string())};
  }
  return {"unreadable",
          fmt::format("cannot read: {}; check the path and its permissions", error.message())};
}

// Lists every file to read, in order: folders walked recursively (symlinks followed) and
// sorted by path, each file once (a file listed twice would repeat all its ids). Nothing
// found is left out in silence: what cannot be read (a folder without permission, a
// dangling symlink, a symlink loop) is listed with the reason, to be reported.
class InputLister {
 public:
  explicit InputLister(InputFormat format) : format_(format) {}

  // Throws InputError for an input that does not exist: a mistyped path is the user's to
  // fix before anything is read.
  void add_input(const fs::path& input) {
    std::error_code error;
    if (fs::symlink_status(input, error).type() == fs::file_type::not_found) {
      throw InputError(input.string(), 0,
                       "no such file or folder; check the path (nothing was read)");
    }
    if (error) return skip(input, unreadable_entry(input, error));
    const fs::file_status target = fs::status(input, error);
    if (error) return skip(input, unreadable_entry(input, error));
    if (fs::is_directory(target)) return walk(input);
    add_file({input, format_ == InputFormat::kAuto ? format_by_extension(input) : format_});
  }

  [[nodiscard]] std::vector<InputFile> take() { return std::move(files_); }

 private:
  void walk(const fs::path& dir) {
    std::error_code error;
    const fs::path real = fs::canonical(dir, error);
    if (!error && !folders_.insert(real).second) {
      // Reached again: through a symlink to a folder that holds the link, or to one read before.
      if (std::find(open_.begin(), open_.end(), real) != open_.end()) {
        skip(dir, {"symlink loop",
                   fmt::format("symlink loop: leads back to \"{}\", which holds it; not followed",
                               real.string())});
      }
      return;
    }
    std::vector<fs::path> entries;
    fs::directory_iterator it(dir, error);
    for (const fs::directory_iterator end; !error && it != end; it.increment(error)) {
      entries.push_back(it->path());
    }
    if (error) {
      skip(dir, {"unreadable", fmt::format("cannot read the folder: {}; check its permissions",
                                           error.message())});
    }
    std::sort(entries.begin(), entries.end());
    open_.push_back(real);
    for (const fs::path& path : entries) {
      const fs::file_status target = fs::status(path, error);
      if (error || !fs::exists(target)) {
        if (!error) error = std::make_error_code(std::errc::no_such_file_or_directory);
        skip(path, unreadable_entry(path, error));
      } else if (fs::is_directory(target)) {
        walk(path);
      } else if (fs::is_regular_file(target)) {
        const InputFormat by_extension = format_by_extension(path);
        const bool matches = by_extension != InputFormat::kAuto &&
                             (format_ == InputFormat::kAuto || format_ == by_extension);
        add_file({path, by_extension, !matches});
      } else {
        skip(path,
             {"not a regular file", "not a regular file (a device, pipe or socket); not read"});
      }
    }
    open_.pop_back();
  }

  void add_file(InputFile file) {
    std::error_code error;
    if (!seen_.insert(fs::weakly_canonical(file.path, error)).second) return;
    const auto size = fs::file_size(file.path, error);
    file.size = error ? 0 : size;
    files_.push_back(std::move(file));
  }

  void skip(const fs::path& path, std::pair<std::string, std::string> why) {
    InputFile file{path};
    file.skip_reason = std::move(why.first);
    file.skip_message = std::move(why.second);
    files_.push_back(std::move(file));
  }

  InputFormat format_;
  std::vector<InputFile> files_;
  std::set<fs::path> seen_;     // files listed, canonical
  std::set<fs::path> folders_;  // folders walked, canonical
  std::vector<fs::path> open_;  // the folders being walked, outermost first
};

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
  InputLister lister(options.format);
  for (const auto& input : inputs) lister.add_input(input);
  const std::vector<InputFile> files = lister.take();
  ReadContext ctx(options, on_record, on_diagnostic, on_progress);
  std::uint64_t bytes = 0;
  for (const InputFile& file : files) bytes += file.size;
  ctx.set_totals(files.size(), bytes);
  for (const InputFile& file : files) {
    ctx.begin_file(file.path.string(), file.size);
    if (!file.skip_reason.empty()) {
      ctx.skip_file(0, file.skip_reason, file.skip_message);
    } else if (file.ignored) {
      ctx.ignore_file("not a corpus file");
    } else {
      read_file(file, ctx);
    }
    ctx.end_file();
  }
  return ctx.take_report();
}

}  // namespace qadex
