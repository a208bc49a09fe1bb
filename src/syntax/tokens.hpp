#pragma once
// Words and sentences as Universal Dependencies (English) cuts them, with byte offsets into the
// document text: "don't" -> do n't, "I'm" -> I 'm, "Russia's" -> Russia 's, "cannot" -> can not,
// hyphenated compounds split at the hyphen ("pro-Russian" stays: a prefix), web addresses
// whole; datelines ("GENEVA, March 4 -", "LONDON (Reuters) -") a sentence of their own.
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/tokenizer.hpp"

namespace newskg::syntax {

/// A word: bytes [begin, end) of the document text. `space_after`: white space follows it.
struct WordSpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  bool space_after = true;
};

/// A sentence: its words, bytes [begin, end) of the document text.
struct SentenceSpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::vector<WordSpan> words;
};

/// Splits `text` into sentences of UD words, using newskg's tokenizer (with its abbreviations)
/// and sentence splitter, then UD's conventions. Thread-safe (the tokenizer is only read).
std::vector<SentenceSpan> ud_sentences(std::string_view text, const Tokenizer& tokenizer);

/// How many words at the start of `words` are a dateline ("GENEVA, March 4 -", "LONDON
/// (Reuters) -", "WASHINGTON -": an upper-case place, then only names, numbers, commas and
/// parentheses, then a dash, within the first 12 words), 0 when they are none.
std::size_t dateline_words(std::string_view text, const std::vector<WordSpan>& words);

/// The UD words of one token of newskg's tokenizer (bytes [begin, end) of `text`), appended to
/// `out`. Exposed for tests.
void ud_words(std::string_view text, std::uint32_t begin, std::uint32_t end, std::vector<WordSpan>& out);

}  // namespace newskg::syntax
