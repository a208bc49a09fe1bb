#pragma once
// Sentence boundaries over tokens.
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/tokenizer.hpp"

namespace newskg {

/// A sentence: tokens [first, last) and bytes [begin, end) of the document text.
struct Sentence {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

/// Splits tokens into sentences: after . ! ? (with closing quotes) before a capital, a digit or
/// a quote; never after an abbreviation such as "Mr."; always at an empty line; at a single line
/// break when the line before is short (headlines, datelines, captions). No sentence has more than
/// 250 tokens: longer runs are cut.
std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens);

}  // namespace newskg
