#pragma once
// Tokens of a UTF-8 text with byte offsets.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "common/string_table.hpp"

namespace newskg {

/// Properties of a token, as bit flags.
enum TokenFlag : std::uint16_t {
  kWord = 1 << 0,         ///< letters (and digits, hyphens, apostrophes inside)
  kCap = 1 << 1,          ///< first letter upper case
  kAllCaps = 1 << 2,      ///< two or more letters, none lower case ("NATO", "U.S.")
  kNumber = 1 << 3,       ///< starts with a digit
  kPunct = 1 << 4,        ///< punctuation or a symbol
  kNewline = 1 << 5,      ///< a line break precedes it
  kBlankLine = 1 << 6,    ///< an empty line precedes it
  kAbbrev = 1 << 7,       ///< ends in a full stop that is part of the word ("Mr.", "U.S.", "M.")
  kSpaceBefore = 1 << 8,  ///< white space precedes it
  kInitialism = 1 << 9,   ///< letters separated by dots ("U.S.", "U.N.")
  kHyphenated = 1 << 10,  ///< a word with a hyphen inside ("al-Zawahiri", "pro-Russian")
};

/// One token: a byte range [begin, end) of the document text, with flags.
struct Token {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint16_t flags = 0;
  bool has(TokenFlag f) const noexcept { return (flags & f) != 0; }
};

/// Splits text into tokens. Stateless apart from its abbreviation list; thread-safe for
/// concurrent tokenize() calls once constructed.
class Tokenizer {
 public:
  /// `abbreviations`: words whose final full stop belongs to them ("Mr.", "Inc.").
  explicit Tokenizer(std::unordered_set<std::string> abbreviations = {});
  std::vector<Token> tokenize(std::string_view text) const;

 private:
  StringSet abbreviations_;  ///< without their final full stop ("Mr", "Inc")
};

/// The text of a token.
inline std::string_view token_text(std::string_view text, const Token& t) {
  return text.substr(t.begin, t.end - t.begin);
}

}  // namespace newskg
