// The body of the three corpus reader harnesses: one format reader over the fuzz input as an
// in-memory stream, through the ReadContext that read_corpus uses (no temporary file), once
// lenient with default options and once strict with a small field cap. Bad input must come
// out as diagnostics, or as qadex::InputError when strict; every record passed on must hold
// what the readers promise (an id, answer text, valid UTF-8, ids unique in the call).
#pragma once

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_set>

#include "corpus/read_context.hpp"
#include "corpus/utf8.hpp"
#include "fuzz_check.hpp"
#include "qadex/corpus.hpp"
#include "qadex/error.hpp"

namespace qadex::fuzz {

inline void check_record(const Record& record, std::unordered_set<std::string>& ids) {
  QADEX_FUZZ_CHECK(!record.id.empty());
  QADEX_FUZZ_CHECK(record.answer.find_first_not_of(" \t\r\n\f\v") != std::string::npos);
  QADEX_FUZZ_CHECK(ids.insert(record.id).second);
  for (const std::string* field :
       {&record.id, &record.question, &record.answer, &record.focus, &record.qtype, &record.source,
        &record.url, &record.semantic_group, &record.category}) {
    QADEX_FUZZ_CHECK(!corpus::find_invalid_utf8(*field));
  }
  for (const auto* list : {&record.synonyms, &record.cuis}) {
    for (const std::string& item : *list) QADEX_FUZZ_CHECK(!corpus::find_invalid_utf8(item));
  }
}

// `read(stream, ctx)` is the reader under test; `file` names the input in diagnostics.
template <typename Reader>
void read_once(std::string_view input, const std::string& file, const ReadOptions& options,
               Reader read) {
  std::unordered_set<std::string> ids;
  std::size_t records = 0;
  const RecordSink on_record = [&](Record&& record) {
    check_record(record, ids);
    ++records;
  };
  const DiagnosticSink on_diagnostic = [](const Diagnostic& diagnostic) {
    QADEX_FUZZ_CHECK(!diagnostic.message.empty());
    QADEX_FUZZ_CHECK(!diagnostic.reason.empty());
  };
  const ProgressSink on_progress;
  corpus::ReadContext ctx(options, on_record, on_diagnostic, on_progress);
  ctx.set_totals(1, input.size());
  ctx.begin_file(file, input.size());
  std::istringstream in{std::string(input)};
  try {
    read(in, ctx);
  } catch (const InputError&) {
    QADEX_FUZZ_CHECK(options.strict);  // lenient reading never throws for bad input
    return;
  }
  ctx.end_file();
  const ReadReport report = ctx.take_report();
  QADEX_FUZZ_CHECK(report.records == records);
}

template <typename Reader>
int fuzz_reader(const std::uint8_t* data, std::size_t size, const std::string& file, Reader read) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  read_once(input, file, ReadOptions{}, read);
  read_once(input, file, ReadOptions{.strict = true, .max_field_bytes = 64}, read);
  return 0;
}

}  // namespace qadex::fuzz
