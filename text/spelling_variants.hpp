// British and American spellings of one word. People in Britain, India, Australia and
// elsewhere write "haemorrhoids", "oesophageal" and "tumour"; an American corpus (MedQuAD)
// writes hemorrhoids, esophageal and tumor. Both are correct, so no dictionary flags them,
// yet the words share no term.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace qadex::text {

// The American forms a British spelling may stand for, likeliest first: every rule that
// applies at once, then each rule alone ("haemorrhoids": hemorrhoids; "oesophageal":
// esophageal; "tumours": tumors; "centre": center; "immunisation": immunization; "paralysed":
// paralyzed; "counselling": counseling; "sulphate": sulfate; "ageing": aging; "analogue":
// analog; "manoeuvre": maneuver). Empty where no rule applies. Some forms are no word at all
// ("poem": pem): callers keep only the forms their corpus writes. Takes a normalized
// (lower-case) word.
[[nodiscard]] std::vector<std::string> american_spellings(std::string_view word);

}  // namespace qadex::text
