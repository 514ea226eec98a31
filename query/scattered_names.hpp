// A second pass of name recognition: names whose words one sentence holds apart.
#pragma once

#include <vector>

#include <xapian.h>

#include "query/message.hpp"
#include "query/name_recognizer.hpp"

namespace qadex::query {

// Names of two or more words whose words all occur in one sentence of the text, in any order
// and not side by side: "pain in my lower back" names "back pain". Found by listing the
// names that start with each of the sentence's terms. `other_terms`, per word of the message
// (it may be shorter), the terms a word also stands for in a name: a part of the body for the
// adjectives that say "of it", so that "cancer of the esophagus" names esophageal cancer.
void add_scattered_names(const Xapian::Database& db, const Message& message,
                         const std::vector<std::vector<std::string>>& other_terms,
                         std::vector<NameMatch>& found);

}  // namespace qadex::query
