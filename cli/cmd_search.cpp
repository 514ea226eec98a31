// qadex search: rank the answers to one question, or to every line of a TSV batch.
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>

#include <CLI/CLI.hpp>

#include "cli/app.hpp"
#include "cli/common_options.hpp"
#include "cli/search_output.hpp"
#include "qadex/error.hpp"
#include "qadex/index.hpp"
#include "qadex/json.hpp"

namespace qadex::cli {
namespace {

struct SearchArgs {
  std::vector<std::string> dbs;
  std::vector<std::string> words;
  std::string queries_file;
  std::size_t limit = 10;
  std::size_t offset = 0;
  std::size_t related = 0;
  std::string format = "text";
  std::vector<std::string> filters;
  std::string run_tag = "qadex";
  bool explain = false;
  bool facets = false;
  bool advanced = false;
  bool plain = false;
  std::vector<std::string> with;
  std::vector<std::string> without;
  ColorChoice color = ColorChoice::kAuto;
};

std::string feature_names() {
  std::string names;
  for (const auto& feature : kRankingFeatures) {
    names += (names.empty() ? "" : ", ") + std::string(feature.name);
  }
  return names;
}

RankingOptions ranking_of(const SearchArgs& args) {
  auto ranking = args.plain ? RankingOptions::plain() : RankingOptions{};
  for (const auto& [names, on] : {std::pair{&args.with, true}, std::pair{&args.without, false}}) {
    for (const auto& name : *names) {
      const auto feature = std::find_if(kRankingFeatures.begin(), kRankingFeatures.end(),
                                        [&](const auto& f) { return f.name == name; });
      if (feature == kRankingFeatures.end()) {
        throw UsageError("unknown ranking feature \"" + name + "\"; features: " + feature_names());
      }
      ranking.*feature->flag = on;
    }
  }
  return ranking;
}

OutputFormat parse_format(const std::string& name) {
  if (name == "text") return OutputFormat::kText;
  if (name == "json") return OutputFormat::kJson;
  if (name == "trec") return OutputFormat::kTrec;
  throw UsageError("unknown --format \"" + name + "\"; use text, json or trec");
}

Filter parse_filter(const std::string& spec) {
  const auto equals = spec.find('=');
  if (equals == std::string::npos || equals == 0 || equals + 1 == spec.size()) {
    throw UsageError("--filter \"" + spec + "\" is not FIELD=VALUE, e.g. --filter qtype=treatment");
  }
  return {spec.substr(0, equals), spec.substr(equals + 1)};
}

void write(std::ostream& out, const SearchResults& results, std::string_view qid,
           const OutputOptions& output) {
  switch (output.format) {
    case OutputFormat::kText:
      write_text(out, results, output);
      break;
    case OutputFormat::kJson:
      write_json(out, results, qid);
      break;
    case OutputFormat::kTrec:
      write_trec(out, results, qid, output);
      break;
  }
}

// Each line "qid<TAB>question"; blank lines are ignored.
int run_batch(const Index& index, const SearchArgs& args, const SearchOptions& options,
              const OutputOptions& output) {
  std::ifstream in(args.queries_file);
  if (!in) {
    throw InputError(args.queries_file, 0, "cannot open the queries file; check the path");
  }
  std::string line;
  std::size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    const auto tab = line.find('\t');
    if (tab == std::string::npos || tab == 0) {
      throw InputError(args.queries_file, line_number,
                       "expected \"qid<TAB>question\"; fix the line or remove it");
    }
    const auto qid = line.substr(0, tab);
    write(std::cout, index.search(line.substr(tab + 1), options), qid, output);
  }
  return 0;
}

int run_search(const SearchArgs& args) {
  if (args.words.empty() == args.queries_file.empty()) {
    throw UsageError("give either a QUERY or --queries FILE.tsv, not both or neither");
  }
  SearchOptions options;
  options.limit = args.limit;
  options.offset = args.offset;
  options.related = args.related;
  options.explain = args.explain;
  options.advanced_syntax = args.advanced;
  options.ranking = ranking_of(args);
  for (const auto& spec : args.filters) options.filters.push_back(parse_filter(spec));
  OutputOptions output;
  output.format = parse_format(args.format);
  output.run_tag = args.run_tag;
  output.explain = args.explain;
  // A TREC run is ids and scores: reading records and making snippets would be wasted.
  if (output.format == OutputFormat::kTrec) options.content = HitContent::kId;
  if (output.format == OutputFormat::kJson) use_html_snippets(options);
  if (args.facets && output.format != OutputFormat::kJson) {
    throw UsageError("--facets needs --format json (text and TREC output have no place for them)");
  }
  options.facets = args.facets;
  if (output.format == OutputFormat::kText) {
    output.style = terminal_style(args.color, STDOUT_FILENO);
    options.highlight_open = output.style.bold ? kBoldOn : "";
    options.highlight_close = output.style.bold ? kBoldOff : "";
  }

  const auto index = Index::open_shards(args.dbs);
  if (!args.queries_file.empty()) return run_batch(index, args, options, output);
  std::string text;
  for (const auto& word : args.words) text += (text.empty() ? "" : " ") + word;
  write(std::cout, index.search(text, options), "1", output);
  return 0;
}

}  // namespace

void add_search_command(CLI::App& app, Action& action) {
  auto args = std::make_shared<SearchArgs>();
  auto* command = app.add_subcommand("search", "Rank the answers to a question");
  command->footer(
      "Write the question as a person would; quotes, NOT and other punctuation are read as\n"
      "plain words unless --advanced is given. Every hit shows its source and URL. A question\n"
      "that may describe an emergency (chest pain with breathlessness, signs of stroke, ...)\n"
      "is told so first (vocabulary/emergency-patterns.tsv).\n\n"
      "Examples:\n"
      "  qadex search --db idx I have lower back stiffness. What could it be?\n"
      "  qadex search --db idx --filter source=GARD --format json \"marfan syndrome\"\n"
      "  qadex search --db idx --related 3 how is back pain treated\n"
      "  qadex search --db idx --queries questions.tsv --format trec --run-tag mine > run.txt");
  add_db_option(*command, args->dbs);
  command->add_option("query", args->words, "The question (several words need no quotes)")
      ->type_name("QUERY");
  command
      ->add_option("--queries", args->queries_file,
                   "Batch: a file of qid<TAB>question lines, searched one by one")
      ->type_name("FILE.tsv");
  command->add_option("-n,--limit", args->limit, "Answers to show")
      ->capture_default_str()
      ->check(CLI::Range(std::size_t{1}, kMaxLimit));
  command->add_option("--offset", args->offset, "Answers to skip first (next page)")
      ->capture_default_str()
      ->check(CLI::Range(std::size_t{0}, kMaxOffset));
  command
      ->add_option("--related", args->related,
                   "Under each answer, up to N related questions (people also asked): the "
                   "same topic's other question types, then similar questions")
      ->capture_default_str()
      ->type_name("N")
      ->check(CLI::Range(std::size_t{0}, kMaxRelated));
  command
      ->add_option("--format", args->format,
                   "text (for people), json (one object per query), trec (for qadex eval)")
      ->capture_default_str();
  command
      ->add_option("--filter", args->filters,
                   "Only answers with FIELD=VALUE; FIELD is source or qtype; repeatable")
      ->allow_extra_args(false)
      ->type_name("FIELD=VALUE");
  command
      ->add_option("--color", args->color,
                   "Matched words in bold: auto (on a terminal, unless NO_COLOR is set or "
                   "TERM=dumb), always, never")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, ColorChoice>{{"auto", ColorChoice::kAuto},
                                             {"always", ColorChoice::kAlways},
                                             {"never", ColorChoice::kNever}}))
      ->default_str("auto")
      ->type_name("WHEN");
  command->add_option("--run-tag", args->run_tag, "Last column of TREC output")
      ->capture_default_str();
  command->add_flag("--explain", args->explain,
                    "Show how the question was understood and what each hit matched");
  command->add_flag("--facets", args->facets,
                    "With --format json: count the matches per source and per question type");
  command->add_flag("--plain", args->plain,
                    "Baseline ranking: BM25 with Xapian's stock parameters over the question "
                    "and answer as one text, nothing else");
  command
      ->add_option("--with", args->with,
                   "Turn ranking features on: " + feature_names() + " (comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->type_name("FEATURES");
  command->add_option("--without", args->without, "Turn ranking features off (see --with)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->type_name("FEATURES");
  command->add_flag("--advanced", args->advanced,
                    "Read the query as Xapian syntax: AND OR NOT +word -word field:word word*");
  command->callback([args, &action] { action = [args] { return run_search(*args); }; });
}

}  // namespace qadex::cli
