// The question-type model at query time: features from the analyzer's words, a linear score
// per type, softmax. The weights are learned by tools/train_qtype.cpp.
#include "query/qtype_classifier.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

#include "qadex/error.hpp"
#include "query/qtype_cues.hpp"

namespace qadex::query {
namespace {

constexpr std::string_view kMagic = "qadex-qtype-model";
constexpr std::string_view kVersion = "1";
constexpr std::string_view kBiasFeature = "(bias)";
constexpr std::string_view kModelName = "qtype model";

// Punctuation between two words that makes the second open a sentence.
bool ends_sentence(std::string_view between) {
  return between.find_first_of(".?!\n") != std::string_view::npos;
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

}  // namespace

double feature_value(std::size_t features) {
  return features == 0 ? 0.0 : 1.0 / std::sqrt(static_cast<double>(features));
}

std::vector<TypeWord> type_words(text::Analyzer& analyzer, std::string_view text) {
  std::vector<TypeWord> words;
  std::size_t previous_end = 0;
  std::size_t sentence_begin = 0;  // index in words
  // The sentence words[sentence_begin, end) ends before `between`: is it a question?
  const auto close_sentence = [&](std::string_view between) {
    const bool question = between.find('?') != std::string_view::npos;
    for (std::size_t i = sentence_begin; i < words.size(); ++i) words[i].in_question = question;
    sentence_begin = words.size();
  };
  analyzer.for_each_word(text, [&](const text::Word& word) {
    if (word.compound) return;
    const std::string_view between = text.substr(previous_end, word.begin - previous_end);
    const bool opens = words.empty() || ends_sentence(between);
    if (opens) close_sentence(between);
    words.push_back({cue_key(word), opens, false});
    previous_end = word.end;
  });
  close_sentence(text.substr(std::min(previous_end, text.size())));
  return words;
}

std::vector<std::string> type_features(const std::vector<TypeWord>& words) {
  std::vector<std::string> features;
  features.reserve(words.size() * 3);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& key = words[i].key;
    if (key.empty()) continue;
    features.push_back("w=" + key);
    const bool has_next =
        i + 1 < words.size() && !words[i + 1].opens_sentence && !words[i + 1].key.empty();
    if (has_next) features.push_back("b=" + key + ' ' + words[i + 1].key);
    if (words[i].in_question) {
      features.push_back("q=" + key);
      if (has_next) features.push_back("q=" + key + ' ' + words[i + 1].key);
    }
    if (words[i].opens_sentence) {
      features.push_back("s=" + key);
      if (has_next) features.push_back("s=" + key + ' ' + words[i + 1].key);
    }
  }
  std::sort(features.begin(), features.end());
  features.erase(std::unique(features.begin(), features.end()), features.end());
  return features;
}

QtypeClassifier::QtypeClassifier() : QtypeClassifier(builtin_qtype_model()) {}

QtypeClassifier::QtypeClassifier(std::string_view model_text) {
  std::map<std::string, std::vector<Weight>, std::less<>> by_feature;
  std::size_t line_number = 0;
  bool have_magic = false;
  while (!model_text.empty()) {
    const std::size_t newline = model_text.find('\n');
    std::string_view line = model_text.substr(0, newline);
    model_text.remove_prefix(newline == std::string_view::npos ? model_text.size() : newline + 1);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const auto fields = split_tabs(line);
    const auto fail = [&](std::string_view what) {
      throw InputError(std::string(kModelName), line_number,
                       fmt::format("{}: \"{}\"", what, line.substr(0, 80)));
    };
    if (!have_magic) {
      if (fields.size() != 2 || fields[0] != kMagic || fields[1] != kVersion) {
        fail(fmt::format("expected the header \"{}<TAB>{}\"", kMagic, kVersion));
      }
      have_magic = true;
      continue;
    }
    if (types_.empty()) {
      if (fields.size() < 2 || fields[0] != "types") fail("expected \"types<TAB>type...\"");
      types_.assign(fields.begin() + 1, fields.end());
      bias_.assign(types_.size(), 0.0);
      continue;
    }
    if (fields.size() != 3 || fields[0].empty()) fail("expected feature<TAB>type<TAB>weight");
    const auto type = std::find(types_.begin(), types_.end(), fields[1]);
    if (type == types_.end()) fail(fmt::format("unknown type \"{}\"", fields[1]));
    double weight = 0.0;
    const auto [end, error] =
        std::from_chars(fields[2].data(), fields[2].data() + fields[2].size(), weight);
    if (error != std::errc() || end != fields[2].data() + fields[2].size() ||
        !std::isfinite(weight)) {
      fail(fmt::format("bad weight \"{}\"", fields[2]));
    }
    const auto type_index = static_cast<std::uint32_t>(type - types_.begin());
    if (fields[0] == kBiasFeature) {
      bias_[type_index] = weight;
    } else {
      by_feature[std::string(fields[0])].push_back({type_index, static_cast<float>(weight)});
    }
  }
  if (types_.empty()) {
    throw InputError(std::string(kModelName), line_number, "no \"types\" line: not a model");
  }
  features_.reserve(by_feature.size());
  for (auto& [feature, weights] : by_feature) {
    const auto begin = static_cast<std::uint32_t>(weights_.size());
    weights_.insert(weights_.end(), weights.begin(), weights.end());
    features_.emplace(feature, std::pair{begin, static_cast<std::uint32_t>(weights_.size())});
  }
}

const QtypeClassifier& QtypeClassifier::builtin() {
  static const QtypeClassifier classifier;
  return classifier;
}

std::vector<TypeScore> QtypeClassifier::classify(text::Analyzer& analyzer,
                                                 std::string_view text) const {
  return classify(type_features(type_words(analyzer, text)));
}

std::vector<TypeScore> QtypeClassifier::classify(const std::vector<std::string>& features) const {
  std::vector<double> scores(types_.size(), 0.0);
  for (const auto& feature : features) {
    const auto found = features_.find(feature);
    if (found == features_.end()) continue;
    for (std::uint32_t i = found->second.first; i < found->second.second; ++i) {
      scores[weights_[i].type] += weights_[i].value;
    }
  }
  // Each feature counts 1/sqrt(n): a long message's background sentences must not outvote
  // its one question by sheer number, nor make the model sure of itself.
  const double value = feature_value(features.size());
  for (std::size_t t = 0; t < scores.size(); ++t) scores[t] = bias_[t] + value * scores[t];
  // Softmax, shifted by the largest score so exp() cannot overflow.
  const double top = scores.empty() ? 0.0 : *std::max_element(scores.begin(), scores.end());
  double total = 0.0;
  for (double& score : scores) total += (score = std::exp(score - top));
  std::vector<TypeScore> result;
  result.reserve(types_.size());
  for (std::size_t t = 0; t < types_.size(); ++t) result.push_back({types_[t], scores[t] / total});
  std::stable_sort(result.begin(), result.end(), [](const TypeScore& a, const TypeScore& b) {
    return a.probability > b.probability;
  });
  return result;
}

}  // namespace qadex::query
