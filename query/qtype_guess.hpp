// What a person wants to know (the question type): the learned model's likeliest type,
// backed by the hand-written cues of the sentences that ask. One decision, used by the
// understanding stage and scored as it is by the type trainer's cross-validation.
#pragma once

#include <string_view>
#include <vector>

#include "qadex/search.hpp"
#include "query/message.hpp"
#include "query/qtype_classifier.hpp"
#include "query/qtype_cues.hpp"
#include "text/analyzer.hpp"

namespace qadex::query {

// The types `text` (read as `message`) asks about, most likely first, at most two.
[[nodiscard]] std::vector<QtypeGuess> guess_qtypes(const QtypeClassifier& classifier,
                                                   const QtypeCues& cues, text::Analyzer& analyzer,
                                                   const Message& message, std::string_view text);

}  // namespace qadex::query
