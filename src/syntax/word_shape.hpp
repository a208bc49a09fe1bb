#pragma once
// Word-level views the tagger and parser share: lower case, a normalised form, a shape.
#include <string>
#include <string_view>

namespace newskg::syntax {

/// ASCII letters lower-cased; other bytes kept.
std::string lower_ascii(std::string_view w);
/// ASCII letters upper-cased; other bytes kept.
std::string upper_ascii(std::string_view w);

/// The lower-cased form with every digit turned into 0 ("1,500" -> "0,000"): numbers share
/// their statistics.
std::string normalise(std::string_view w);

/// The word's shape: upper-case letters X, lower-case x, digits d, other bytes kept, a run
/// longer than two cut to two; one u per non-ASCII character:
/// "Putin" -> "Xxx", "NATO" -> "XX", "2025" -> "dd", "al-Ani" -> "xx-Xxx".
std::string shape(std::string_view w);

/// The last `n` bytes of `w`, not cutting a UTF-8 character (fewer when `w` is shorter).
std::string_view suffix(std::string_view w, std::size_t n);
/// The first `n` bytes of `w`, not cutting a UTF-8 character.
std::string_view prefix(std::string_view w, std::size_t n);

}  // namespace newskg::syntax
