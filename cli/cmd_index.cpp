// qadex index: read corpus files and add their records to an index.
#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "cli/app.hpp"
#include "cli/common_options.hpp"
#include "cli/progress.hpp"
#include "cli/terminal_text.hpp"
#include "qadex/corpus.hpp"
#include "qadex/error.hpp"
#include "qadex/index.hpp"

namespace qadex::cli {
namespace {

// Enough examples of each kind of problem to act on, without flooding the terminal.
constexpr std::size_t kDiagnosticsShownPerReason = 10;

struct IndexArgs {
  std::string db;
  std::vector<std::string> inputs;
  std::string format = "auto";   // --input-format, or its deprecated name --format
  bool old_format_name = false;  // --format was given
  bool strict = false;
  std::size_t batch_size = OpenOptions{}.batch_size;
  std::size_t threads = 0;
  std::size_t max_field_bytes = ReadOptions{}.max_field_bytes;
  std::uint64_t max_xml_bytes = ReadOptions{}.max_xml_bytes;
  std::vector<std::string> synonym_lists;
  bool quiet = false;
  bool verbose = false;
};

void print_summary(const ReadReport& report, std::size_t indexed, double seconds,
                   const std::string& db, const std::map<std::string, std::size_t>& hidden,
                   const std::map<std::string, std::size_t>& warnings) {
  std::cout << fmt::format("indexed {} records into {} in {:.1f} s ({:.0f} records/s)\n", indexed,
                           db, seconds, seconds > 0 ? indexed / seconds : 0.0);
  std::cout << fmt::format("read {} files: {} records passed, {} skipped, {} kept with a warning\n",
                           report.files, report.records, report.skipped_total(), report.warnings);
  for (const auto& [reason, count] : report.skipped) {
    std::cout << fmt::format("  skipped ({}): {}\n", reason, count);
  }
  for (const auto& [reason, count] : report.files_skipped) {
    std::cout << fmt::format("  files not read ({}): {}\n", reason, count);
  }
  for (const auto& [reason, count] : warnings) {
    std::cout << fmt::format("  kept with a warning ({}): {}\n", reason, count);
  }
  for (const auto& [reason, count] : hidden) {
    std::cerr << fmt::format("qadex: {} more \"{}\" messages not shown (--verbose shows all)\n",
                             count, reason);
  }
}

// Why a run indexed no record, for a run that read nothing: a mistyped folder or a wrong
// format must not look like success.
std::string why_nothing(const ReadReport& report) {
  std::size_t not_corpus = 0;
  if (const auto it = report.files_skipped.find("not a corpus file");
      it != report.files_skipped.end()) {
    not_corpus = it->second;
  }
  if (report.files == 0 && report.files_skipped.empty()) {
    return "no file was found in the inputs; give corpus files (.xml, .jsonl, .csv) or folders "
           "holding them";
  }
  if (report.files == 0 && report.files_skipped.size() == 1 && not_corpus > 0) {
    return fmt::format(
        "none of the {} files found is a corpus file (.xml, .jsonl, .ndjson, .json, "
        ".csv, or only those of --input-format); name a file directly to read it "
        "whatever its name",
        not_corpus);
  }
  if (report.skipped_total() == 0 && report.files_skipped.empty()) {
    return fmt::format("the files read ({}) hold no record", report.files);
  }
  return "no record could be read; the messages and the summary above say what was skipped "
         "and why";
}

int run_index(const IndexArgs& args) {
  if (args.old_format_name && !args.quiet) {
    std::cerr << "qadex: note: 'qadex index --format' is deprecated; use --input-format "
                 "(--format is the output format of 'qadex search')\n";
  }
  const auto format = parse_input_format(args.format);
  if (!format) {
    throw UsageError(std::string("unknown ") +
                     (args.old_format_name ? "--format" : "--input-format") + " \"" + args.format +
                     "\"; use auto, medquad, jsonl or csv");
  }
  ReadOptions read_options;
  read_options.format = *format;
  read_options.strict = args.strict;
  read_options.max_field_bytes = args.max_field_bytes;
  read_options.max_xml_bytes = args.max_xml_bytes;

  // A new index is built in parallel parts; --strict: one transaction for the whole run,
  // so a failure leaves the index untouched.
  auto open_options =
      writer_options(args.strict ? OpenOptions::Mode::kWrite : OpenOptions::Mode::kBuild);
  open_options.batch_size = args.strict ? SIZE_MAX : args.batch_size;
  open_options.threads = args.threads;
  auto index = Index::open(args.db, open_options);
  for (const auto& list : args.synonym_lists) index.add_synonyms(list);

  // Skipped records are shown (the first few of each reason); records kept after a repair
  // (MedQuAD's repeated ids) are one summary line; --verbose shows every one, --quiet none.
  std::map<std::string, std::size_t> shown;
  std::map<std::string, std::size_t> hidden;
  std::map<std::string, std::size_t> warnings;
  auto on_diagnostic = [&](const Diagnostic& diagnostic) {
    const bool warning = diagnostic.severity == Diagnostic::Severity::kWarning;
    if (warning) ++warnings[diagnostic.reason];
    if (args.quiet || (warning && !args.verbose)) return;
    if (args.verbose || shown[diagnostic.reason]++ < kDiagnosticsShownPerReason) {
      std::cerr << "qadex: " << (warning ? "warning" : "skipped") << ": "
                << printable(diagnostic.describe()) << '\n';
    } else {
      ++hidden[diagnostic.reason];
    }
  };

  std::size_t indexed = 0;
  const auto start = std::chrono::steady_clock::now();
  Progress progress(!args.quiet);
  std::vector<std::filesystem::path> inputs(args.inputs.begin(), args.inputs.end());
  ReadReport report;
  try {
    report = read_corpus(
        inputs, read_options,
        [&](Record&& record) {
          index.add(record);
          ++indexed;
        },
        [&](const Diagnostic& diagnostic) {
          progress.finish();
          on_diagnostic(diagnostic);
        },
        [&](const ReadProgress& p) { progress.update(p.records, p.bytes_done, p.bytes_total); });
    // The last commit writes what is buffered (a new index: merges its build's parts), which
    // can take a while with nothing left to read.
    progress.step(
        fmt::format("indexing: {} records read; writing the index to {} ...", indexed, args.db));
    index.commit();
  } catch (const InputError& e) {
    progress.finish();
    if (!args.strict) throw;
    throw InputError(e.file(), e.line(), e.message() + "; nothing was indexed (--strict)");
  }
  progress.finish();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!args.quiet) print_summary(report, indexed, seconds, args.db, hidden, warnings);
  if (indexed == 0) {
    std::cerr << "qadex: nothing was indexed: " << why_nothing(report) << '\n';
    return 1;
  }
  return 0;
}

}  // namespace

void add_index_command(CLI::App& app, Action& action) {
  auto args = std::make_shared<IndexArgs>();
  auto* command = app.add_subcommand("index", "Add the records of corpus files to an index");
  command->footer(
      "Formats: MedQuAD XML (a file or a whole tree), JSONL (one object per line with \"id\"\n"
      "and \"answer\"; optional question, focus, synonyms, qtype, source, url), CSV with a\n"
      "header row naming the same columns. Folders are read recursively.\n"
      "A record whose id is already indexed is replaced. Bad records are reported with file\n"
      "and line and skipped; the rest is indexed. Progress goes to stderr on a terminal.\n"
      "A new index is built by --threads writers in parallel, each into a part of its own,\n"
      "merged into --db at the end (nothing is searchable before that); adding to an index\n"
      "that exists commits every --batch-size records.\n"
      "An id, source or qtype is at most 200 bytes. Exit status 1 when an input does not\n"
      "exist or nothing was indexed. What is rejected and why: docs/index-format.md.\n\n"
      "Examples:\n"
      "  qadex index --db idx corpus/sample\n"
      "  qadex index --db idx ../shared/data/medquad\n"
      "  qadex index --db idx --strict answers.jsonl more.csv\n"
      "  qadex index --db idx --input-format jsonl answers.txt");
  add_db_option(*command, args->db, "Index directory (created if missing)");
  command->add_option("inputs", args->inputs, "Corpus files or folders")
      ->required()
      ->type_name("INPUT...");
  auto* input_format =
      command
          ->add_option("--input-format", args->format, "Input format: auto, medquad, jsonl or csv")
          ->capture_default_str();
  // The old name of --input-format, hidden: --format is the output format of 'qadex search',
  // so on 'qadex index' it is kept only for the scripts that use it. In an option group
  // named "", which help leaves out: an option in group "" among the command's own would
  // leave an empty line in the help.
  auto* old_format = command->add_option_group("")->add_option("--format", args->format);
  command
      ->add_option("--synonyms", args->synonym_lists,
                   "A synonym list to add (phrase<TAB>synonym lines, # comments); qadex's own "
                   "lay <-> medical list is always added; repeatable")
      ->allow_extra_args(false)
      ->type_name("FILE");
  command->add_flag("-q,--quiet", args->quiet,
                    "No progress, no per-record messages, no summary: errors only");
  command->add_flag("-v,--verbose", args->verbose,
                    "Every per-record message, warnings included (by default repairs such as a "
                    "repeated id made unique are one summary line)");
  command->add_flag("--strict", args->strict,
                    "Stop at the first bad record and index nothing from this run");
  command->add_option("--batch-size", args->batch_size, "Records per commit")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  command
      ->add_option("--threads", args->threads,
                   "Threads analysing (for a new index: writing) records; 0 = one per core, "
                   "1 = no extra thread")
      ->capture_default_str();
  command
      ->add_option("--max-field-bytes", args->max_field_bytes,
                   "Longest field accepted; a record with a longer one is skipped")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  command
      ->add_option("--max-xml-bytes", args->max_xml_bytes,
                   "Largest MedQuAD XML file read (parsed whole, in ~3x its size of memory); a "
                   "larger one is skipped")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  command->callback([args, input_format, old_format, &action] {
    // Checked here, not with CLI11's excludes(), which would name the hidden --format in the
    // help of --input-format.
    if (input_format->count() > 0 && old_format->count() > 0) {
      throw CLI::ExcludesError(
          "--format is the deprecated name of --input-format; give only --input-format",
          CLI::ExitCodes::ExcludesError);
    }
    args->old_format_name = old_format->count() > 0;
    action = [args] { return run_index(*args); };
  });
}

}  // namespace qadex::cli
