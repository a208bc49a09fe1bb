#include "text/tokenizer.hpp"

#include <array>

#include "text/utf8.hpp"

namespace newskg {
namespace {

bool is_digit(char32_t c) {
  return c >= '0' && c <= '9';
}
bool is_alnum(char32_t c) {
  if (c < 0x80) return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  return utf8::is_letter(c);
}
// What each ASCII byte is to the tokenizer, by one table look-up: a capital, a lower-case
// letter, a digit, white space, or a joiner, which may continue a word after a run of letters
// and digits: hyphens ("al-Zawahiri"), number separators ("3,500", "2.5") and apostrophes
// ("O'Brien", "n't"); any other ASCII byte ends a word at once.
enum : std::uint8_t {
  kUpperByte = 1,
  kLowerByte = 2,
  kDigitByte = 4,
  kAlnumByte = kUpperByte | kLowerByte | kDigitByte,
  kSpaceByte = 8,
  kJoinerByte = 16,
};
constexpr auto kByteClass = [] {
  std::array<std::uint8_t, 256> t{};
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<std::size_t>(c)] = kUpperByte;
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = kLowerByte;
  for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = kDigitByte;
  for (char c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[static_cast<unsigned char>(c)] = kSpaceByte;
  for (char c : {'-', ',', '.', '\''}) t[static_cast<unsigned char>(c)] = kJoinerByte;
  return t;
}();
std::uint8_t byte_class(char c) {
  return kByteClass[static_cast<unsigned char>(c)];
}
// The ASCII letters and digits of s after i: where they end; `seen` gets their classes.
std::size_t ascii_word_run(std::string_view s, std::size_t i, std::uint8_t& seen) {
  for (std::uint8_t k; ++i < s.size() && ((k = byte_class(s[i])) & kAlnumByte);) seen |= k;
  return i;
}

bool is_apostrophe(char32_t c) {
  return c == '\'' || c == 0x2019;
}
bool is_hyphen(char32_t c) {
  return c == '-' || c == 0x2010 || c == 0x2011;
}

// ASCII inline; the rest through utf8::decode.
char32_t peek(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return c;
  return utf8::decode(s, i);
}

std::size_t next(std::string_view s, std::size_t i) {
  if (static_cast<unsigned char>(s[i]) < 0x80) return i + 1;
  utf8::decode(s, i);
  return i;
}

bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return utf8::is_space(c);
}

}  // namespace

Tokenizer::Tokenizer(std::unordered_set<std::string> abbreviations) {
  for (const std::string& a : abbreviations)
    if (a.size() > 1 && a.back() == '.') abbreviations_.insert(std::string_view(a).substr(0, a.size() - 1));
}

std::vector<Token> Tokenizer::tokenize(std::string_view s) const {
  std::vector<Token> out;
  out.reserve(s.size() / 5 + 1);
  std::size_t i = 0;
  int newlines = 0;
  bool space = false;
  bool split_nt = false;  // some "n't" was split and needs joining
  while (i < s.size()) {
    const std::size_t start = i;
    if (byte_class(s[i]) & kSpaceByte) {  // the common white space, without decoding
      newlines += s[i] == '\n';
      space = true;
      ++i;
      continue;
    }
    const char32_t c = peek(s, i);
    if (c >= 0x80 && is_space(c)) {  // ASCII white space was taken above
      if (c == '\n') ++newlines;
      space = true;
      i = next(s, i);
      continue;
    }
    Token t;
    t.begin = static_cast<std::uint32_t>(start);
    if (newlines > 0) t.flags |= kNewline;
    if (newlines > 1) t.flags |= kBlankLine;
    if (space || start == 0) t.flags |= kSpaceBefore;
    newlines = 0;
    space = false;

    // Most tokens: ASCII letters (and digits) from a letter on, up to white space, the end or
    // ASCII punctuation but the hyphen and the apostrophe that may join words (a comma or full
    // stop ends a word that does not start with a digit), and no initial ("M.", "U.S."). What
    // the general path below makes of them, without decoding and in one pass.
    if (const std::uint8_t first = byte_class(s[i]); first & (kUpperByte | kLowerByte)) {
      std::uint8_t rest = 0;
      const std::size_t j = ascii_word_run(s, i, rest);
      const bool ends = j >= s.size() || (static_cast<unsigned char>(s[j]) < 0x80 && s[j] != '-' && s[j] != '\'');
      const bool initial = (first & kUpperByte) && j == i + 1 && j < s.size() && s[j] == '.';
      if (ends && !initial) {
        t.end = static_cast<std::uint32_t>(j);
        if (j < s.size() && s[j] == '.' && abbreviations_.contains(s.substr(start, j - start))) {
          ++t.end;
          t.flags |= kAbbrev;
        }
        t.flags |= kWord;
        if (first & kUpperByte) t.flags |= kCap;
        // all capitals: two or more and no lower-case letter
        if ((first & kUpperByte) && (rest & kUpperByte) && !(rest & kLowerByte)) t.flags |= kAllCaps;
        out.push_back(t);
        i = t.end;
        continue;
      }
    }

    if (is_alnum(c)) {
      bool number = is_digit(c);
      // initialisms: U.S. / U.N. / M.
      if (utf8::is_upper(c)) {
        std::size_t j = next(s, i);
        std::size_t letters = 1;
        bool dotted = false;
        while (j < s.size() && s[j] == '.') {
          std::size_t k = j + 1;
          char32_t d = peek(s, k);
          dotted = true;
          if (k < s.size() && utf8::is_upper(d)) {
            std::size_t after = next(s, k);
            if (after < s.size() && s[after] == '.') {
              j = after;
              ++letters;
              continue;
            }
          }
          break;
        }
        if (dotted && (letters >= 2 || j + 1 >= s.size() || s[j + 1] == ' ' || s[j + 1] == '\n')) {
          // "U.S." (letters >= 2) or a single initial "M." followed by space
          std::size_t k = j + 1;
          if (letters >= 2 || (k < s.size() && (s[k] == ' ' || s[k] == '\n'))) {
            t.end = static_cast<std::uint32_t>(j + 1);
            t.flags |= kWord | kCap | kAbbrev | (letters >= 2 ? kInitialism | kAllCaps : 0);
            out.push_back(t);
            i = j + 1;
            continue;
          }
        }
      }
      i = next(s, i);
      while (i < s.size()) {
        while (i < s.size() && (byte_class(s[i]) & kAlnumByte)) ++i;
        if (i >= s.size()) break;
        if (static_cast<unsigned char>(s[i]) < 0x80 && !(byte_class(s[i]) & kJoinerByte)) break;
        char32_t d = peek(s, i);
        if (is_alnum(d) || d == 0x301 || d == 0x308) {  // letters, digits, combining marks
          i = next(s, i);
          continue;
        }
        std::size_t k = next(s, i);
        char32_t e = peek(s, k);
        if (is_hyphen(d) && is_alnum(e)) {
          t.flags |= kHyphenated;
          i = k;
          continue;
        }
        if (number && (d == ',' || d == '.') && is_digit(e)) {
          i = k;
          continue;
        }
        if (is_apostrophe(d) && utf8::is_letter(e)) {
          // split "'s" and "n't"; keep O'Brien, Côte d'Ivoire
          std::size_t after = next(s, k);
          char32_t f = peek(s, after);
          bool clitic = (e == 's' || e == 'S') && !utf8::is_letter(f);
          if (!clitic && (e == 't') && s[i - 1] == 'n' && !utf8::is_letter(f)) {
            if (i - 1 > t.begin) i -= 1, split_nt = true;  // "didn't" -> "did" + "n" + "'t", joined below
            break;
          }
          if (clitic || ((e == 'l' || e == 'v' || e == 'r' || e == 'd' || e == 'm') && !utf8::is_letter(f) &&
                         !utf8::is_upper(peek(s, t.begin)))) {
            break;
          }
          i = k;
          continue;
        }
        break;
      }
      t.end = static_cast<std::uint32_t>(i);
      std::string_view w = s.substr(t.begin, t.end - t.begin);
      // abbreviations that own their full stop
      if (i < s.size() && s[i] == '.' && abbreviations_.contains(w)) {
        ++i;
        t.end = static_cast<std::uint32_t>(i);
        t.flags |= kAbbrev;
      }
      t.flags |= kWord;
      if (number) t.flags |= kNumber;
      std::size_t p = t.begin;
      char32_t first = peek(s, p);
      if (utf8::is_upper(first)) t.flags |= kCap;
      // all capitals needs no lower-case letter: a word starting with one (most) is done
      const bool lower_first = utf8::is_lower(first);
      std::size_t upper = 0, lower = lower_first ? 1 : 0;
      for (std::size_t q = t.begin; q < t.end && !lower_first;) {
        const auto b = static_cast<unsigned char>(s[q]);
        if (b < 0x80) {  // ASCII inline
          upper += b >= 'A' && b <= 'Z';
          lower += b >= 'a' && b <= 'z';
          ++q;
          continue;
        }
        char32_t d = utf8::decode(s, q);
        if (utf8::is_upper(d)) ++upper;
        if (utf8::is_lower(d)) ++lower;
      }
      if (upper >= 2 && lower == 0) t.flags |= kAllCaps;
      out.push_back(t);
      continue;
    }
    // clitics 's and n't as their own tokens
    if (is_apostrophe(c)) {
      std::size_t k = next(s, i);
      char32_t e = peek(s, k);
      if (utf8::is_letter(e)) {
        std::size_t j = k;
        while (j < s.size() && utf8::is_letter(peek(s, j))) j = next(s, j);
        std::string_view w = s.substr(k, j - k);
        if (w == "s" || w == "S" || w == "t" || w == "ll" || w == "ve" || w == "re" || w == "d" || w == "m") {
          t.end = static_cast<std::uint32_t>(j);
          t.flags |= kWord;
          out.push_back(t);
          i = j;
          continue;
        }
      }
    }
    // "..." as one token
    if (c == '.' && s.substr(i, 3) == "...") {
      t.end = static_cast<std::uint32_t>(i + 3);
      t.flags |= kPunct;
      out.push_back(t);
      i += 3;
      continue;
    }
    i = next(s, i);
    t.end = static_cast<std::uint32_t>(i);
    t.flags |= kPunct;
    out.push_back(t);
  }
  // re-join "n" + "'t" in place: the word loop stops before the n of "didn't"
  if (!split_nt) return out;
  std::size_t w = 0;
  for (std::size_t k = 0; k < out.size(); ++k) {
    Token t = out[k];
    if (k + 1 < out.size() && t.end == out[k + 1].begin && t.end - t.begin == 1 && (s[t.begin] == 'n') && w > 0 &&
        out[w - 1].end == t.begin) {
      t.end = out[k + 1].end;
      t.flags = kWord;
      ++k;
    }
    out[w++] = t;
  }
  out.resize(w);
  return out;
}

}  // namespace newskg
