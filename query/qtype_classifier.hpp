// Question-type classifier: a person's question -> the probability of each question type
// (MedQuAD's qtypes, and NLM's LiveQA types MedQuAD lacks), learned from LiveQA and MedQuAD.
// A soft preference for ranking, never a filter: it is often unsure, and says so.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "text/analyzer.hpp"

namespace qadex::query {

struct TypeScore {
  std::string qtype;
  double probability = 0.0;
};

// A word as the type model sees it: its cue key (the term, or for a stopword the normalized
// form, since intent lives in "what", "how", "can"), and whether it opens a sentence. An
// empty key is a gap (the trainer masks focus words so): no feature is made from it.
struct TypeWord {
  std::string key;
  bool opens_sentence = false;
  bool in_question = false;  // its sentence ends with "?"
};

// The words of `text` for the type model, compound words left out.
[[nodiscard]] std::vector<TypeWord> type_words(text::Analyzer& analyzer, std::string_view text);

// The model's features of `words`, each once, sorted: words ("w=what"),
// adjacent pairs within a sentence ("b=how treat"), and the first word and first pair of
// each sentence ("s=how", "s=how do"), where "how do I", "what is", "can I" sit, and the
// words and pairs of sentences that end with "?" again ("q=caus"), where the intent is.
[[nodiscard]] std::vector<std::string> type_features(const std::vector<TypeWord>& words);

// The value of each feature of a question with `features` features: 1/sqrt(features).
[[nodiscard]] double feature_value(std::size_t features);

class QtypeClassifier {
 public:
  QtypeClassifier();  // the shipped model, compiled in
  // The shipped model, parsed once per process.
  [[nodiscard]] static const QtypeClassifier& builtin();
  // Parses a model (the format of models/qtype-model.tsv); throws InputError naming the line.
  explicit QtypeClassifier(std::string_view model_text);

  // Every type with its probability, most likely first (probabilities sum to 1).
  [[nodiscard]] std::vector<TypeScore> classify(text::Analyzer& analyzer,
                                                std::string_view text) const;
  // The same from features already made by type_features (the trainer's path).
  [[nodiscard]] std::vector<TypeScore> classify(const std::vector<std::string>& features) const;

  [[nodiscard]] const std::vector<std::string>& types() const { return types_; }

 private:
  struct Weight {
    std::uint32_t type;
    float value;
  };

  std::vector<std::string> types_;
  std::vector<double> bias_;  // per type
  // Feature -> its non-zero weights: weights_[begin, end).
  std::unordered_map<std::string, std::pair<std::uint32_t, std::uint32_t>> features_;
  std::vector<Weight> weights_;
};

// The model text compiled in from models/qtype-model.tsv.
[[nodiscard]] std::string_view builtin_qtype_model();

}  // namespace qadex::query
