// How a word sounds, roughly: words people spell by ear ("numonia", "skitzofrenia",
// "ciatica") share it with the word they mean (pneumonia, schizophrenia, sciatica).
#pragma once

#include <string>
#include <string_view>

namespace qadex::text {

// The consonant sounds of a lower-case word, in the manner of Metaphone: letters that sound
// alike written alike (c before e, i, y and z are "s", c, ch, q and k "k", ph "f"), a silent
// first letter dropped ("pn", "ps", "kn", ...), doubled letters once, vowels left out but for
// a first one (written "a"), h and a w before no vowel silent. Other characters are ignored.
[[nodiscard]] std::string sound_key(std::string_view word);

}  // namespace qadex::text
