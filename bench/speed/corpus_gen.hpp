// Corpora for the speed benchmark at any scale: MedQuAD's real answered records (×1) and,
// beyond them, synthetic records recombined deterministically from MedQuAD's own sentences.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "qadex/record.hpp"

namespace qadex::bench {

using RecordSink = std::function<void(const Record&)>;

// Holds the real records and the pools synthetic ones are drawn from. The pools point into
// the real records, so a generator is neither copied nor moved.
class CorpusGenerator {
 public:
  // Reads every record with answer text under `inputs` (MedQuAD XML, JSONL or CSV);
  // at most `max_records` of them when that is not 0.
  CorpusGenerator(const std::vector<std::filesystem::path>& inputs, std::size_t max_records);
  CorpusGenerator(const CorpusGenerator&) = delete;
  CorpusGenerator& operator=(const CorpusGenerator&) = delete;

  [[nodiscard]] std::size_t real_records() const { return real_.size(); }

  // Streams scale × real_records() records: the real ones, then (scale - 1) × real_records()
  // synthetic ones "synth-<n>". Questions are real question templates with a real focus
  // name put in; answers take a sentence count from the real distribution (a random real
  // answer's count) and that many real sentences. The same scale yields the same records
  // on every run and platform; a smaller scale's records are a prefix of a larger one's.
  void generate(unsigned scale, const RecordSink& sink) const;

 private:
  // A real question with its focus cut out: prefix + focus + suffix.
  struct Template {
    std::string_view prefix;
    std::string_view suffix;
    bool has_focus;      // false: the question did not name its focus; used as it is
    std::size_t record;  // the real record it came from (for qtype and source)
  };

  void build_pools();

  std::vector<Record> real_;
  std::vector<Template> templates_;
  std::vector<std::string_view> foci_;
  std::vector<std::string_view> sentences_;
  std::vector<std::uint32_t> sentence_counts_;  // sentences per real answer
};

}  // namespace qadex::bench
