// Trains the question-type classifier (query/qtype_classifier.hpp) on LiveQA's consumer
// questions and MedQuAD's template questions, measures it by k-fold cross-validation on
// LiveQA against the hand-written cues and the majority class, and writes the model text.
// Deterministic: fixed data order, fixed seed, one thread.
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <random>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "bench/quality/nlm_types.hpp"
#include "query/qtype_classifier.hpp"
#include "query/qtype_cues.hpp"
#include "query/qtype_guess.hpp"
#include "text/analyzer.hpp"
#include "text/ascii.hpp"

namespace fs = std::filesystem;
using qadex::query::TypeWord;

namespace {

// ---------------------------------------------------------------------------------------------
// Data

struct LabelledQuestion {
  std::string id;
  std::string text;
  std::vector<std::string> types;  // mapped, in annotation order, without repeats
};

std::vector<LabelledQuestion> read_liveqa(const fs::path& folder) {
  std::map<std::string, std::vector<std::string>> types_of;
  std::ifstream annotations(folder / "annotations.jsonl");
  for (std::string line; std::getline(annotations, line);) {
    if (line.empty()) continue;
    const auto json = nlohmann::json::parse(line);
    auto& types = types_of[json.at("qid").get<std::string>()];
    for (const auto& sub : json.at("subquestions")) {
      std::string type = qadex::bench::medquad_qtype(sub.at("type").get<std::string>());
      if (std::find(types.begin(), types.end(), type) == types.end()) types.push_back(type);
    }
  }
  std::vector<LabelledQuestion> questions;
  std::ifstream tsv(folder / "questions.tsv");
  for (std::string line; std::getline(tsv, line);) {
    const auto tab = line.find('\t');
    if (tab == std::string::npos) continue;
    LabelledQuestion question{line.substr(0, tab), line.substr(tab + 1), {}};
    question.types = types_of[question.id];
    if (!question.types.empty()) questions.push_back(std::move(question));
  }
  if (questions.empty()) throw std::runtime_error("no LiveQA questions in " + folder.string());
  return questions;
}

struct TemplateQuestion {
  std::string text;
  std::string type;
  std::vector<std::string> focus_names;  // the document's focus and its synonyms
};

bool name_is(const char* have, std::string_view want) { return qadex::text::iequals(have, want); }

// Every question of MedQuAD with its qtype, answered or not: the three MedlinePlus folders
// whose answers were removed still hold real drug questions (storage, side effects, doses),
// which qadex::read_corpus skips as records with nothing to return. Only the questions and
// the focus names are needed here, so a walk over the elements by name (case-insensitive,
// for the NINDS <doc> files) does, whatever the file's layout.
std::vector<TemplateQuestion> read_medquad_questions(const fs::path& folder) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (entry.is_regular_file() && entry.path().extension() == ".xml")
      files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<TemplateQuestion> questions;
  for (const auto& file : files) {
    pugi::xml_document doc;
    if (!doc.load_file(file.c_str())) {
      std::cerr << "warning: cannot parse " << file << ", skipped\n";
      continue;
    }
    std::vector<std::string> focus_names;
    std::vector<std::pair<std::string, std::string>> pairs;  // question, qtype
    struct Walker : pugi::xml_tree_walker {
      std::vector<std::string>* focus_names;
      std::vector<std::pair<std::string, std::string>>* pairs;
      bool for_each(pugi::xml_node& node) override {
        if (node.type() != pugi::node_element) return true;
        if (name_is(node.name(), "Focus") || name_is(node.name(), "doctitle-focus") ||
            name_is(node.name(), "Synonym")) {
          focus_names->push_back(node.child_value());
        } else if (name_is(node.name(), "Question")) {
          for (const auto& attribute : node.attributes()) {
            if (name_is(attribute.name(), "qtype")) {
              pairs->emplace_back(node.child_value(), attribute.value());
            }
          }
        }
        return true;
      }
    } walker;
    walker.focus_names = &focus_names;
    walker.pairs = &pairs;
    doc.traverse(walker);
    for (auto& [text, type] : pairs) {
      if (!type.empty()) questions.push_back({std::move(text), std::move(type), focus_names});
    }
  }
  if (questions.empty()) throw std::runtime_error("no MedQuAD questions in " + folder.string());
  return questions;
}

// ---------------------------------------------------------------------------------------------
// Examples: features and types as strings, before a fold's vocabulary numbers them.

struct Example {
  std::vector<std::string> features;
  std::vector<std::string> types;  // the target: equal shares of these types
  double count = 1.0;              // identical MedQuAD templates merged
};

// MedQuAD's questions are templates around a focus: its words are masked (made gaps), so the
// model learns "what are the symptoms of", not the 10,000 disease and drug names.
std::vector<Example> medquad_examples(qadex::text::Analyzer& analyzer,
                                      const std::vector<TemplateQuestion>& questions) {
  std::map<std::string, std::size_t> index_of;  // features + type -> example
  std::vector<Example> examples;
  for (const auto& question : questions) {
    std::unordered_set<std::string> focus_keys;
    for (const auto& name : question.focus_names) {
      analyzer.for_each_word(name, [&](const qadex::text::Word& word) {
        if (!word.term.empty() && !word.compound) focus_keys.insert(word.term);
      });
    }
    auto words = qadex::query::type_words(analyzer, question.text);
    for (auto& word : words) {
      if (focus_keys.count(word.key) != 0) word.key.clear();
    }
    auto features = qadex::query::type_features(words);
    std::string key = question.type;
    for (const auto& feature : features) key += '\t' + feature;
    const auto [found, inserted] = index_of.emplace(key, examples.size());
    if (inserted) {
      examples.push_back({std::move(features), {question.type}, 1.0});
    } else {
      examples[found->second].count += 1.0;
    }
  }
  return examples;
}

// ---------------------------------------------------------------------------------------------
// Training: multinomial logistic regression, full batch, L-BFGS.

enum class FeatureSet { kWords, kPairs, kAll };

std::string_view to_string(FeatureSet set) {
  switch (set) {
    case FeatureSet::kWords:
      return "words";
    case FeatureSet::kPairs:
      return "words+pairs";
    case FeatureSet::kAll:
      return "words+pairs+starts+questions";
  }
  return "?";
}

bool in_set(const std::string& feature, FeatureSet set) {
  switch (set) {
    case FeatureSet::kWords:
      return feature.starts_with("w=");
    case FeatureSet::kPairs:
      return feature.starts_with("w=") || feature.starts_with("b=");
    case FeatureSet::kAll:
      return true;
  }
  return true;
}

struct Settings {
  double l2 = 3e-5;             // on the weights, per unit of example weight
  double liveqa_weight = 30.0;  // one LiveQA question counts as this many MedQuAD questions
  double medquad_scale = 1.0;   // MedQuAD's weight; 0 trains on LiveQA alone
  int min_count = 2;            // a feature must occur in this many training questions
  FeatureSet features = FeatureSet::kAll;
  double prune = 0.3;  // weights smaller than this are not written
  int iterations = 300;
};

std::string describe(const Settings& s) {
  return fmt::format(
      "l2={:g} liveqa_weight={:g} medquad_scale={:g} min_count={} features={} "
      "prune={:g}",
      s.l2, s.liveqa_weight, s.medquad_scale, s.min_count, to_string(s.features), s.prune);
}

struct Sparse {
  std::vector<std::uint32_t> features;
  std::vector<std::uint32_t> types;
  double weight;
  double value;  // of each feature
};

class Trainer {
 public:
  Trainer(const std::vector<std::string>& types, const Settings& settings)
      : types_(types), settings_(settings) {
    for (std::size_t t = 0; t < types_.size(); ++t) type_index_[types_[t]] = t;
  }

  void add(const std::vector<Example>& examples, double weight) {
    for (const auto& example : examples) {
      added_.push_back({&example, weight * example.count});
    }
  }

  // Fits the weights and returns the model text.
  [[nodiscard]] std::string train(const std::string& comment) {
    number_features();
    fit();
    return model_text(comment);
  }

 private:
  struct Added {
    const Example* example;
    double weight;
  };

  void number_features() {
    std::map<std::string, double> questions_with;  // sorted: feature ids are deterministic
    for (const auto& added : added_) {
      for (const auto& feature : added.example->features) {
        if (in_set(feature, settings_.features) && feature.find('@') == std::string::npos) {
          questions_with[feature] += added.example->count;
        }
      }
    }
    std::unordered_map<std::string, std::uint32_t> id_of;
    for (const auto& [feature, count] : questions_with) {
      if (count >= settings_.min_count) {
        id_of.emplace(feature, static_cast<std::uint32_t>(names_.size()));
        names_.push_back(feature);
      }
    }
    double total = 0.0;
    for (const auto& added : added_) total += added.weight;
    for (const auto& added : added_) {
      Sparse sparse{{},
                    {},
                    added.weight / total,
                    qadex::query::feature_value(added.example->features.size())};
      for (const auto& feature : added.example->features) {
        const auto found = id_of.find(feature);
        if (found != id_of.end()) sparse.features.push_back(found->second);
      }
      for (const auto& type : added.example->types) {
        sparse.types.push_back(static_cast<std::uint32_t>(type_index_.at(type)));
      }
      data_.push_back(std::move(sparse));
    }
  }

  // Parameters: names_.size() rows of one weight per type, then one bias per type.
  [[nodiscard]] double loss(const std::vector<double>& x, std::vector<double>& gradient) const {
    const std::size_t types = types_.size();
    const std::size_t bias = names_.size() * types;
    std::fill(gradient.begin(), gradient.end(), 0.0);
    double total = 0.0;
    std::vector<double> scores(types);
    for (const auto& example : data_) {
      std::copy(x.begin() + static_cast<std::ptrdiff_t>(bias), x.end(), scores.begin());
      for (auto f : example.features) {
        const double* row = &x[f * types];
        for (std::size_t t = 0; t < types; ++t) scores[t] += example.value * row[t];
      }
      const double top = *std::max_element(scores.begin(), scores.end());
      double sum = 0.0;
      for (double& s : scores) sum += (s = std::exp(s - top));
      for (double& s : scores) s /= sum;  // now probabilities
      const double share = 1.0 / static_cast<double>(example.types.size());
      for (auto t : example.types) total -= example.weight * share * std::log(scores[t] + 1e-300);
      for (auto t : example.types) scores[t] -= share;  // now p - y
      for (auto f : example.features) {
        double* row = &gradient[f * types];
        for (std::size_t t = 0; t < types; ++t)
          row[t] += example.weight * example.value * scores[t];
      }
      for (std::size_t t = 0; t < types; ++t) gradient[bias + t] += example.weight * scores[t];
    }
    for (std::size_t i = 0; i < bias; ++i) {
      total += 0.5 * settings_.l2 * x[i] * x[i];
      gradient[i] += settings_.l2 * x[i];
    }
    return total;
  }

  static double dot(const std::vector<double>& a, const std::vector<double>& b) {
    double sum = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) sum += a[i] * b[i];
    return sum;
  }

  void fit() {
    const std::size_t size = (names_.size() + 1) * types_.size();
    constexpr std::size_t kMemory = 8;
    weights_.assign(size, 0.0);
    std::vector<double> gradient(size), next(size), next_gradient(size), direction(size);
    std::vector<std::vector<double>> s_history, y_history;
    std::vector<double> rho_history;
    double value = loss(weights_, gradient);
    for (int iteration = 0; iteration < settings_.iterations; ++iteration) {
      // Two-loop recursion: direction = -H * gradient.
      direction = gradient;
      std::vector<double> alpha(s_history.size());
      for (std::size_t k = s_history.size(); k-- > 0;) {
        alpha[k] = rho_history[k] * dot(s_history[k], direction);
        for (std::size_t i = 0; i < size; ++i) direction[i] -= alpha[k] * y_history[k][i];
      }
      if (!s_history.empty()) {
        const double gamma =
            dot(s_history.back(), y_history.back()) / dot(y_history.back(), y_history.back());
        for (double& d : direction) d *= gamma;
      }
      for (std::size_t k = 0; k < s_history.size(); ++k) {
        const double beta = rho_history[k] * dot(y_history[k], direction);
        for (std::size_t i = 0; i < size; ++i) direction[i] += (alpha[k] - beta) * s_history[k][i];
      }
      for (double& d : direction) d = -d;
      double slope = dot(gradient, direction);
      if (slope >= 0) {  // not a descent direction: start again from the gradient
        s_history.clear();
        y_history.clear();
        rho_history.clear();
        for (std::size_t i = 0; i < size; ++i) direction[i] = -gradient[i];
        slope = dot(gradient, direction);
      }
      double step = s_history.empty() ? 1.0 / std::sqrt(dot(gradient, gradient)) : 1.0;
      double next_value = 0.0;
      for (int tries = 0;; ++tries) {  // backtracking (Armijo)
        for (std::size_t i = 0; i < size; ++i) next[i] = weights_[i] + step * direction[i];
        next_value = loss(next, next_gradient);
        if (next_value <= value + 1e-4 * step * slope || tries == 30) break;
        step *= 0.5;
      }
      std::vector<double> s(size), y(size);
      for (std::size_t i = 0; i < size; ++i) {
        s[i] = next[i] - weights_[i];
        y[i] = next_gradient[i] - gradient[i];
      }
      const double sy = dot(s, y);
      if (sy > 1e-12) {
        if (s_history.size() == kMemory) {
          s_history.erase(s_history.begin());
          y_history.erase(y_history.begin());
          rho_history.erase(rho_history.begin());
        }
        s_history.push_back(std::move(s));
        y_history.push_back(std::move(y));
        rho_history.push_back(1.0 / sy);
      }
      const bool converged = value - next_value < 1e-9 * std::max(1.0, std::abs(value));
      weights_.swap(next);
      gradient.swap(next_gradient);
      value = next_value;
      if (converged) break;
    }
  }

  [[nodiscard]] std::string model_text(const std::string& comment) const {
    const std::size_t types = types_.size();
    std::string text = comment;
    text += "qadex-qtype-model\t1\ntypes";
    for (const auto& type : types_) text += '\t' + type;
    text += '\n';
    const std::size_t bias = names_.size() * types;
    for (std::size_t t = 0; t < types; ++t) {
      text += fmt::format("(bias)\t{}\t{:.4g}\n", types_[t], weights_[bias + t]);
    }
    for (std::size_t f = 0; f < names_.size(); ++f) {
      for (std::size_t t = 0; t < types; ++t) {
        const double w = weights_[f * types + t];
        if (std::abs(w) >= settings_.prune) {
          text += fmt::format("{}\t{}\t{:.3g}\n", names_[f], types_[t], w);
        }
      }
    }
    return text;
  }

  const std::vector<std::string>& types_;
  Settings settings_;
  std::unordered_map<std::string, std::size_t> type_index_;
  std::vector<Added> added_;
  std::vector<std::string> names_;
  std::vector<Sparse> data_;
  std::vector<double> weights_;
};

// ---------------------------------------------------------------------------------------------
// Cross-validation on LiveQA

struct Data {
  std::vector<LabelledQuestion> liveqa;
  std::vector<Example> liveqa_examples;            // parallel to liveqa
  std::vector<qadex::query::Message> liveqa_read;  // parallel to liveqa: sentences, asking
  std::vector<Example> medquad_examples;
  std::vector<std::string> types;  // the class set, sorted
};

bool is_correct(const std::string& predicted, const LabelledQuestion& question) {
  return std::find(question.types.begin(), question.types.end(), predicted) != question.types.end();
}

std::vector<std::size_t> fold_of(std::size_t questions, int folds, std::uint32_t seed) {
  std::vector<std::size_t> order(questions);
  for (std::size_t i = 0; i < questions; ++i) order[i] = i;
  std::mt19937 random(seed);  // mt19937's sequence is fixed by the standard; shuffle's is not
  for (std::size_t i = questions; i > 1; --i) std::swap(order[i - 1], order[random() % i]);
  std::vector<std::size_t> fold(questions);
  for (std::size_t position = 0; position < questions; ++position) {
    fold[order[position]] = position % static_cast<std::size_t>(folds);
  }
  return fold;
}

struct CvResult {
  double model = 0.0;           // top-1 accuracy
  double searched = 0.0;        // top-1 accuracy of the type a search uses: model and cues
  double majority = 0.0;        // the training folds' most frequent type, always
  std::size_t model_bytes = 0;  // mean model text size
};

// Top-1 accuracy of models trained without each fold on that fold; with `show_errors`,
// prints each held-out question the model gets wrong.
CvResult cross_validate(const Data& data, const Settings& settings, int folds, std::uint32_t seed,
                        qadex::text::Analyzer& analyzer, const qadex::query::QtypeCues& cues,
                        bool show_errors = false) {
  const auto fold = fold_of(data.liveqa.size(), folds, seed);
  std::size_t right = 0, searched_right = 0, majority_right = 0, bytes = 0;
  for (int k = 0; k < folds; ++k) {
    std::vector<Example> training;
    std::map<std::string, int> type_counts;
    for (std::size_t i = 0; i < data.liveqa.size(); ++i) {
      if (fold[i] == static_cast<std::size_t>(k)) continue;
      training.push_back(data.liveqa_examples[i]);
      for (const auto& type : data.liveqa[i].types) ++type_counts[type];
    }
    Trainer trainer(data.types, settings);
    trainer.add(training, settings.liveqa_weight);
    if (settings.medquad_scale > 0) trainer.add(data.medquad_examples, settings.medquad_scale);
    const std::string text = trainer.train("");
    bytes += text.size();
    const qadex::query::QtypeClassifier model(text);
    const std::string majority =
        std::max_element(type_counts.begin(), type_counts.end(), [](const auto& a, const auto& b) {
          return a.second < b.second;
        })->first;
    for (std::size_t i = 0; i < data.liveqa.size(); ++i) {
      if (fold[i] != static_cast<std::size_t>(k)) continue;
      const auto scores = model.classify(data.liveqa_examples[i].features);
      right += is_correct(scores.front().qtype, data.liveqa[i]) ? 1 : 0;
      const auto guesses = qadex::query::guess_qtypes(model, cues, analyzer, data.liveqa_read[i],
                                                      data.liveqa[i].text);
      // Keywords may ask no type at all (guess_qtypes prefers none): counted wrong.
      const qadex::QtypeGuess none{"(none)", 0.0};
      const auto& guess = guesses.empty() ? none : guesses.front();
      const bool searched_correct = is_correct(guess.qtype, data.liveqa[i]);
      searched_right += searched_correct ? 1 : 0;
      if (show_errors && !searched_correct) {
        fmt::print("ERR {} pred={} ({:.2f}) model={} gold={} | {}\n", data.liveqa[i].id,
                   guess.qtype, guess.confidence, scores.front().qtype,
                   fmt::join(data.liveqa[i].types, ","), data.liveqa[i].text.substr(0, 200));
      }
      majority_right += is_correct(majority, data.liveqa[i]) ? 1 : 0;
    }
  }
  const auto n = static_cast<double>(data.liveqa.size());
  return {static_cast<double>(right) / n, static_cast<double>(searched_right) / n,
          static_cast<double>(majority_right) / n, bytes / static_cast<std::size_t>(folds)};
}

double cue_accuracy(qadex::text::Analyzer& analyzer, const qadex::query::QtypeCues& cues,
                    const std::vector<LabelledQuestion>& liveqa) {
  std::size_t right = 0;
  for (const auto& question : liveqa) {
    const auto found = cues.detect(qadex::query::cue_words(analyzer, question.text));
    if (!found.empty() && is_correct(found.front(), question)) ++right;
  }
  return static_cast<double>(right) / static_cast<double>(liveqa.size());
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Trains qadex's question-type classifier; prints cross-validation figures."};
  std::string data_dir = QADEX_SHARED_DATA;
  std::string out;
  int folds = 5;
  std::uint32_t seed = 2017;
  bool neighbours = false;
  bool show_errors = false;
  Settings settings;
  std::string feature_set = "all";
  app.add_option("--data", data_dir, "The shared data folder (liveqa2017-train/, medquad/)");
  app.add_option("--out", out, "Write the model trained on all the data here");
  app.add_option("--folds", folds, "Cross-validation folds over LiveQA (0: none)");
  app.add_option("--seed", seed, "Seed of the fold assignment");
  app.add_flag("--neighbours", neighbours,
               "Also cross-validate each hyper-parameter's neighbouring values");
  app.add_flag("--show-errors", show_errors, "Print the held-out questions the model gets wrong");
  app.add_option("--l2", settings.l2, "L2 penalty on the weights");
  app.add_option("--liveqa-weight", settings.liveqa_weight,
                 "Weight of a LiveQA question relative to a MedQuAD one");
  app.add_option("--medquad-scale", settings.medquad_scale, "Weight of MedQuAD (0: left out)");
  app.add_option("--min-count", settings.min_count, "Questions a feature must occur in");
  app.add_option("--features", feature_set, "words, pairs or all")
      ->check(CLI::IsMember({"words", "pairs", "all"}));
  app.add_option("--prune", settings.prune, "Smallest weight written");
  app.add_option("--iterations", settings.iterations, "L-BFGS iterations at most");
  CLI11_PARSE(app, argc, argv);
  settings.features = feature_set == "words"   ? FeatureSet::kWords
                      : feature_set == "pairs" ? FeatureSet::kPairs
                                               : FeatureSet::kAll;

  const auto started = std::chrono::steady_clock::now();
  qadex::text::Analyzer analyzer;
  Data data;
  data.liveqa = read_liveqa(fs::path(data_dir) / "liveqa2017-train");
  const auto medquad = read_medquad_questions(fs::path(data_dir) / "medquad");
  std::set<std::string> types;
  for (const auto& question : data.liveqa) {
    data.liveqa_examples.push_back(
        {qadex::query::type_features(qadex::query::type_words(analyzer, question.text)),
         question.types, 1.0});
    data.liveqa_read.push_back(qadex::query::read_message(analyzer, question.text));
    types.insert(question.types.begin(), question.types.end());
  }
  for (const auto& question : medquad) types.insert(question.type);
  data.medquad_examples = medquad_examples(analyzer, medquad);
  data.types.assign(types.begin(), types.end());
  fmt::print(
      "LiveQA: {} questions; MedQuAD: {} questions, {} distinct templates once focus "
      "words are masked; {} types\n",
      data.liveqa.size(), medquad.size(), data.medquad_examples.size(), data.types.size());

  std::string cv_comment;
  if (folds > 1) {
    const qadex::query::QtypeCues cues(analyzer);
    const double cue_only = cue_accuracy(analyzer, cues, data.liveqa);
    const auto base = cross_validate(data, settings, folds, seed, analyzer, cues, show_errors);
    cv_comment = fmt::format(
        "# {}-fold CV on LiveQA (seed {}), top-1 type accuracy: as searched (model backed by "
        "the cues) {:.1f}%, model {:.1f}%, hand-written cues {:.1f}%, majority class {:.1f}%\n",
        folds, seed, 100 * base.searched, 100 * base.model, 100 * cue_only, 100 * base.majority);
    fmt::print("{}", cv_comment.substr(2));
    fmt::print("  settings: {}; mean model size {} KB\n", describe(settings),
               base.model_bytes / 1024);
    if (neighbours) {
      fmt::print("Neighbouring settings (one changed at a time):\n");
      const auto try_one = [&](const std::string& name, Settings changed) {
        const auto result = cross_validate(data, changed, folds, seed, analyzer, cues);
        fmt::print("  {:<28} {:.1f}% as searched, {:.1f}% model ({} KB)\n", name,
                   100 * result.searched, 100 * result.model, result.model_bytes / 1024);
        std::fflush(stdout);
      };
      for (double factor : {0.3, 3.0}) {
        Settings s = settings;
        s.l2 *= factor;
        try_one(fmt::format("l2={:g}", s.l2), s);
      }
      for (double factor : {0.3, 3.0}) {
        Settings s = settings;
        s.liveqa_weight *= factor;
        try_one(fmt::format("liveqa_weight={:g}", s.liveqa_weight), s);
      }
      {
        Settings s = settings;
        s.medquad_scale = 0;
        try_one("without MedQuAD", s);
      }
      for (int count : {1, 3}) {
        Settings s = settings;
        s.min_count = count;
        try_one(fmt::format("min_count={}", count), s);
      }
      for (auto set : {FeatureSet::kWords, FeatureSet::kPairs, FeatureSet::kAll}) {
        if (set == settings.features) continue;
        Settings s = settings;
        s.features = set;
        try_one(fmt::format("features={}", to_string(set)), s);
      }
      for (double prune : {settings.prune / 3, settings.prune * 2}) {
        Settings s = settings;
        s.prune = prune;
        try_one(fmt::format("prune={:g}", prune), s);
      }
    }
  }

  if (!out.empty()) {
    Trainer trainer(data.types, settings);
    trainer.add(data.liveqa_examples, settings.liveqa_weight);
    if (settings.medquad_scale > 0) trainer.add(data.medquad_examples, settings.medquad_scale);
    const std::string comment =
        "# qadex question-type model: multinomial logistic regression over the words of a\n"
        "# question (query/qtype_classifier.hpp). Made by scripts/train-qtype.sh from LiveQA 2017\n"
        "# (train) and MedQuAD; do not edit by hand. Lines: feature<TAB>type<TAB>weight.\n"
        "# " +
        describe(settings) + "\n" + cv_comment;
    const std::string text = trainer.train(comment);
    std::ofstream file(out, std::ios::binary);
    file << text;
    if (!file) {
      std::cerr << "cannot write " << out << "\n";
      return 1;
    }
    fmt::print("wrote {} ({} KB)\n", out, text.size() / 1024);
  }
  fmt::print("took {:.1f} s\n",
             std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  return 0;
}
