#include "text/sentences.hpp"

#include <string>

namespace newskg {
namespace {

bool is_closer(std::string_view w) {
  return w == "\"" || w == "'" || w == ")" || w == "]" || w == "\xE2\x80\x9D" || w == "\xE2\x80\x99" || w == "\xC2\xBB";
}

bool is_opener(std::string_view w) {
  return w == "\"" || w == "'" || w == "(" || w == "[" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x98" ||
         w == "\xC2\xAB" || w == "-" || w == "\xE2\x80\x94";
}

bool starts_sentence(std::string_view text, const Token& t) {
  return t.has(kCap) || t.has(kNumber) || is_opener(token_text(text, t));
}

// Common capitalised sentence starters that follow an initialism ("... the U.S. The talks").
bool is_starter(std::string_view w) {
  static const char* const starters[] = {"The", "He", "She",  "It",   "They", "We",  "I",   "But",   "In",   "On",
                                         "A",   "An", "This", "That", "Its",  "His", "Her", "Their", "After"};
  for (const char* s : starters)
    if (w == s) return true;
  return false;
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens) {
  constexpr std::uint32_t kMaxSentenceTokens = 250;
  std::vector<Sentence> out;
  const auto n = static_cast<std::uint32_t>(tokens.size());
  out.reserve(n / 16 + 1);  // news sentences run to some twenty tokens
  std::uint32_t start = 0;
  auto close = [&](std::uint32_t end_tok) {
    if (end_tok > start) {
      out.push_back(Sentence{start, end_tok, tokens[start].begin, tokens[end_tok - 1].end});
    }
    start = end_tok;
  };
  std::uint32_t line_start_byte = 0;
  for (std::uint32_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    // a run-on "sentence" (tables, lists, a 50 MB line without full stops) is cut into pieces
    // that later stages can handle in linear time
    if (i - start >= kMaxSentenceTokens) close(i);
    if (i > start && t.has(kNewline)) {
      const std::uint32_t prev_line_len = tokens[i - 1].end - line_start_byte;
      std::string_view prev = token_text(text, tokens[i - 1]);
      const bool prev_final = prev == "." || prev == "!" || prev == "?" || prev == ":" || is_closer(prev);
      if (t.has(kBlankLine) || prev_line_len < 70 || prev_final) close(i);
    }
    if (t.has(kNewline)) line_start_byte = t.begin;
    bool stop = false;
    if (!t.has(kWord)) {  // full stops are punctuation: words need no comparing
      const std::string_view w = token_text(text, t);
      stop = w == "." || w == "!" || w == "?" || w == "...";
    }
    const bool initialism_end = t.has(kInitialism) && i + 1 < n && is_starter(token_text(text, tokens[i + 1]));
    if (!stop && !initialism_end) continue;
    std::uint32_t j = i + 1;
    while (j < n && is_closer(token_text(text, tokens[j])) && !tokens[j].has(kSpaceBefore)) ++j;
    if (j >= n) break;
    if (tokens[j].has(kNewline) || starts_sentence(text, tokens[j])) {
      close(j);
      i = j - 1;
    }
  }
  close(n);
  return out;
}

}  // namespace newskg
