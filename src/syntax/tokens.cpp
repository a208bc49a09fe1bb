#include "syntax/tokens.hpp"

#include <array>

#include "common/words.hpp"
#include "syntax/word_shape.hpp"
#include "text/sentences.hpp"

namespace newskg::syntax {
namespace {

bool letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool digit(char c) {
  return c >= '0' && c <= '9';
}
bool space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Prefixes UD English keeps joined to the word after their hyphen ("non-profit", "re-elected").
bool joined_prefix(std::string_view p) {
  const std::string l = lower_ascii(p);
  return is_any(l, "e", "ex", "pro", "anti", "co", "non", "re", "pre", "post", "multi", "mid", "sub", "inter",
                "counter", "over", "semi", "un", "de", "bi", "tri", "neo", "quasi", "ultra", "mega", "micro", "mini");
}

// The length of an apostrophe at `i` (ASCII ' or U+2019), or 0.
std::size_t apostrophe(std::string_view w, std::size_t i) {
  if (i < w.size() && w[i] == '\'') return 1;
  if (w.substr(i, 3) == "\xE2\x80\x99") return 3;
  return 0;
}

// Clitics after an apostrophe: 'm 're 've 'll 'd ('s and n't come split from the tokenizer).
std::size_t clitic_start(std::string_view w) {
  for (std::size_t i = 1; i < w.size(); ++i) {
    const std::size_t a = apostrophe(w, i);
    if (a == 0) continue;
    const std::string rest = lower_ascii(w.substr(i + a));
    if (is_any(rest, "m", "re", "ve", "ll", "d", "s") && letter(w[i - 1])) return i;
    return std::string_view::npos;
  }
  return std::string_view::npos;
}

// UD English splits these words in two: "cannot" -> can not, "gonna" -> gon na.
std::size_t fused_split(std::string_view w) {
  const std::string l = lower_ascii(w);
  if (l == "cannot") return 3;
  if (l == "gonna" || l == "wanna" || l == "gotta") return 3;
  return 0;
}

// A web or mail address starting at `i`: its end (trailing punctuation left out), or `i`.
std::size_t address_end(std::string_view text, std::size_t i) {
  const std::string_view rest = text.substr(i);
  if (!(rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www.") ||
        rest.starts_with("HTTP://") || rest.starts_with("HTTPS://") || rest.starts_with("WWW.")))
    return i;
  std::size_t e = i;
  while (e < text.size() && !space(text[e]) && text[e] != '"' && text[e] != '<' && text[e] != '>') ++e;
  while (e > i && (text[e - 1] == '.' || text[e - 1] == ',' || text[e - 1] == ';' || text[e - 1] == ':' ||
                   text[e - 1] == '!' || text[e - 1] == '?' || text[e - 1] == ')' || text[e - 1] == '\''))
    --e;
  return e;
}

// A mail address or a dotted name ("bbc.co.uk", "report.pdf", "franz@gmail.com") starting at
// `i`: its end, or `i`. Without an @, the last part must be two to four lower-case letters.
std::size_t dotted_end(std::string_view text, std::size_t i) {
  std::size_t e = i, at = std::string_view::npos, dots = 0;
  const auto name_char = [](char c) { return letter(c) || digit(c) || c == '_' || c == '-' || c == '+' || c == '%'; };
  if (i >= text.size() || !(letter(text[i]) || digit(text[i]))) return i;
  while (e < text.size() &&
         (name_char(text[e]) || text[e] == '.' || (text[e] == '@' && at == std::string_view::npos))) {
    if (text[e] == '@') at = e;
    dots += text[e] == '.';
    ++e;
  }
  while (e > i && text[e - 1] == '.') --e;
  const std::string_view t = text.substr(i, e - i);
  if (at != std::string_view::npos)
    return at > i && t.find('.', at - i) != std::string_view::npos && at + 1 < e ? e : i;
  if (dots == 0 || t.find("..") != std::string_view::npos) return i;
  const std::size_t last = t.rfind('.');
  const std::string_view tail = t.substr(last + 1);
  if (tail.size() < 2 || tail.size() > 4) return i;
  for (const char c : tail)
    if (!(c >= 'a' && c <= 'z')) return i;
  return e;
}

// Punctuation that UD keeps together when it repeats ("!!", "...." "???", "**").
bool repeatable(std::string_view t) {
  return t.size() >= 1 && (t.find_first_not_of(t[0]) == std::string_view::npos) &&
         (t[0] == '!' || t[0] == '?' || t[0] == '.' || t[0] == '*' || t[0] == '=' || t[0] == '$' || t[0] == '#');
}

bool dash(std::string_view t) {
  return t == "-" || t == "--" || t == "\xE2\x80\x94" || t == "\xE2\x80\x93";  // em and en dash
}

}  // namespace

void ud_words(std::string_view text, std::uint32_t begin, std::uint32_t end, std::vector<WordSpan>& out) {
  const std::string_view w = text.substr(begin, end - begin);
  auto emit = [&](std::size_t b, std::size_t e) {
    if (e > b)
      out.push_back(WordSpan{static_cast<std::uint32_t>(begin + b), static_cast<std::uint32_t>(begin + e), false});
  };
  if (const std::size_t f = fused_split(w)) {
    emit(0, f);
    emit(f, w.size());
    return;
  }
  std::size_t stop = w.size();
  const std::size_t clitic = clitic_start(w);
  if (clitic != std::string_view::npos) stop = clitic;
  // hyphens between letters or digits (not two digits: "944-3737"), unless a prefix comes first
  std::size_t from = 0;
  for (std::size_t i = 1; i + 1 < stop; ++i) {
    if (w[i] != '-') continue;
    const char l = w[i - 1], r = w[i + 1];
    if (!(letter(l) || digit(l)) || !(letter(r) || digit(r)) || (digit(l) && digit(r))) continue;
    if (from == 0 && joined_prefix(w.substr(0, i))) continue;
    emit(from, i);
    emit(i, i + 1);
    from = i + 1;
  }
  emit(from, stop);
  if (clitic != std::string_view::npos) emit(clitic, w.size());
}

std::size_t dateline_words(std::string_view text, const std::vector<WordSpan>& w) {
  if (w.size() < 3) return 0;
  const auto at = [&](std::size_t i) { return text.substr(w[i].begin, w[i].end - w[i].begin); };
  const std::string_view first = at(0);
  std::size_t upper = 0;
  for (const char c : first) {
    if (c >= 'a' && c <= 'z') return 0;
    upper += c >= 'A' && c <= 'Z';
  }
  if (upper < 2) return 0;
  for (std::size_t i = 1; i < w.size() && i < 12; ++i) {
    const std::string_view t = at(i);
    if (dash(t)) return i + 1 < w.size() ? i + 1 : 0;
    const char c = t[0];
    if (!((c >= 'A' && c <= 'Z') || digit(c) || t == "," || t == "(" || t == ")" || t == "." || t == "/")) return 0;
  }
  return 0;
}

std::vector<SentenceSpan> ud_sentences(std::string_view text, const Tokenizer& tokenizer) {
  const std::vector<Token> tokens = tokenizer.tokenize(text);
  const std::vector<Sentence> sentences = split_sentences(text, tokens);
  std::vector<SentenceSpan> out;
  for (const Sentence& s : sentences) {
    SentenceSpan cur;
    const std::size_t sentence_end = s.last > s.first ? tokens[s.last - 1].end : 0;
    for (std::uint32_t t = s.first; t < s.last; ++t) {
      const Token& k = tokens[t];
      // a web address the tokenizer cut into pieces is one word
      // (a web address or dotted name never reaches into the next sentence: its words are there)
      if (const std::size_t e = address_end(text, k.begin); e > k.begin && e <= sentence_end) {
        cur.words.push_back(WordSpan{k.begin, static_cast<std::uint32_t>(e), false});
        while (t + 1 < s.last && tokens[t + 1].begin < e) ++t;
        continue;
      }
      if (const std::size_t e = dotted_end(text, k.begin); e > k.end && e <= sentence_end) {
        cur.words.push_back(WordSpan{k.begin, static_cast<std::uint32_t>(e), false});
        while (t + 1 < s.last && tokens[t + 1].begin < e) ++t;
        continue;
      }
      // "--", "!!", "...." are one word
      if (const std::string_view kt = token_text(text, k);
          (kt == "-" || repeatable(kt)) && t + 1 < s.last && tokens[t + 1].begin == k.end &&
          token_text(text, tokens[t + 1])[0] == kt[0] && (kt == "-" || repeatable(token_text(text, tokens[t + 1])))) {
        std::uint32_t end = tokens[t + 1].end;
        ++t;
        while (kt != "-" && t + 1 < s.last && tokens[t + 1].begin == end &&
               repeatable(token_text(text, tokens[t + 1])) && token_text(text, tokens[t + 1])[0] == kt[0])
          end = tokens[++t].end;
        cur.words.push_back(WordSpan{k.begin, end, false});
        continue;
      }
      ud_words(text, k.begin, k.end, cur.words);
    }
    for (auto& w : cur.words) w.space_after = w.end < text.size() && space(text[w.end]);
    if (cur.words.empty()) continue;
    if (const std::size_t d = dateline_words(text, cur.words)) {
      SentenceSpan head;
      head.words.assign(cur.words.begin(), cur.words.begin() + static_cast<std::ptrdiff_t>(d));
      cur.words.erase(cur.words.begin(), cur.words.begin() + static_cast<std::ptrdiff_t>(d));
      head.begin = head.words.front().begin, head.end = head.words.back().end;
      out.push_back(std::move(head));
    }
    cur.begin = cur.words.front().begin;
    cur.end = cur.words.back().end;
    out.push_back(std::move(cur));
  }
  return out;
}

}  // namespace newskg::syntax
