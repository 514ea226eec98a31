// Loading MedQuAD for the speed benchmark and synthesizing larger corpora from it.
#include "bench/speed/corpus_gen.hpp"

#include <algorithm>
#include <random>
#include <stdexcept>

#include <qadex/corpus.hpp>

#include "text/ascii.hpp"

namespace qadex::bench {
namespace {

// Fixed so that every run, on every machine, indexes the same synthetic records.
constexpr std::uint64_t kSeed = 0x9adec5eed2019ULL;

// Case-insensitive (ASCII) find; npos when absent or `needle` is empty.
std::size_t find_folded(std::string_view haystack, std::string_view needle) {
  if (needle.empty() || needle.size() > haystack.size()) return std::string_view::npos;
  const auto equal = [](char a, char b) { return text::to_lower(a) == text::to_lower(b); };
  const auto it =
      std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(), equal);
  return it == haystack.end() ? std::string_view::npos
                              : static_cast<std::size_t>(it - haystack.begin());
}

// A number in [0, n) by multiply-shift: identical on every standard library, unlike
// std::uniform_int_distribution, whose algorithm the standard leaves open.
std::size_t uniform_below(std::uint64_t random, std::size_t n) {
  return static_cast<std::size_t>((static_cast<unsigned __int128>(random) * n) >> 64);
}

// An answer's sentences: split after . ? ! followed by a space, and at line breaks
// (MedQuAD's bulleted lists); trimmed, never empty.
std::vector<std::string_view> split_sentences(std::string_view text) {
  std::vector<std::string_view> sentences;
  std::size_t start = 0;
  const auto emit = [&](std::size_t end) {
    const auto sentence = text::trim(text.substr(start, end - start));
    if (!sentence.empty()) sentences.push_back(sentence);
    start = end;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      emit(i + 1);
    } else if ((c == '.' || c == '?' || c == '!') && i + 1 < text.size() &&
               text::is_space(text[i + 1])) {
      emit(i + 1);
    }
  }
  emit(text.size());
  return sentences;
}

}  // namespace

CorpusGenerator::CorpusGenerator(const std::vector<std::filesystem::path>& inputs,
                                 std::size_t max_records) {
  read_corpus(inputs, {}, [&](Record&& record) {
    if (max_records == 0 || real_.size() < max_records) real_.push_back(std::move(record));
  });
  if (real_.empty()) throw std::runtime_error("no record with answer text found in the corpus");
  build_pools();
}

void CorpusGenerator::build_pools() {
  for (std::size_t i = 0; i < real_.size(); ++i) {
    const Record& record = real_[i];
    const std::string_view question = record.question;
    const auto at = find_folded(question, record.focus);
    if (at == std::string_view::npos) {
      templates_.push_back({question, {}, false, i});
    } else {
      templates_.push_back(
          {question.substr(0, at), question.substr(at + record.focus.size()), true, i});
    }
    if (!record.focus.empty()) foci_.push_back(record.focus);
    const auto sentences = split_sentences(record.answer);
    sentences_.insert(sentences_.end(), sentences.begin(), sentences.end());
    sentence_counts_.push_back(
        static_cast<std::uint32_t>(std::max<std::size_t>(1, sentences.size())));
  }
  if (foci_.empty()) foci_.push_back("this condition");
}

void CorpusGenerator::generate(unsigned scale, const RecordSink& sink) const {
  if (scale == 0) return;
  for (const auto& record : real_) sink(record);
  std::mt19937_64 random(kSeed);  // its output sequence is fixed by the standard
  const auto pick = [&](std::size_t n) { return uniform_below(random(), n); };
  const std::size_t synthetic = (scale - 1) * real_.size();
  Record record;
  for (std::size_t n = 1; n <= synthetic; ++n) {
    const Template& shape = templates_[pick(templates_.size())];
    const Record& origin = real_[shape.record];
    record.id = "synth-" + std::to_string(n);
    record.focus = shape.has_focus ? std::string(foci_[pick(foci_.size())]) : origin.focus;
    record.question.assign(shape.prefix);
    if (shape.has_focus) record.question.append(record.focus).append(shape.suffix);
    record.qtype = origin.qtype;
    record.source = origin.source;
    record.answer.clear();
    const auto count = sentence_counts_[pick(sentence_counts_.size())];
    for (std::uint32_t s = 0; s < count; ++s) {
      if (s) record.answer += ' ';
      record.answer.append(sentences_[pick(sentences_.size())]);
    }
    sink(record);
  }
}

}  // namespace qadex::bench
