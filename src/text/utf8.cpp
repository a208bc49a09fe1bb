#include "text/utf8.hpp"

#include <cstdint>
#include <cstring>

#include "common/byte_vector.hpp"

namespace newskg::utf8 {
namespace {

// Length of the valid sequence starting at s[i], or 0 when it is invalid.
std::size_t valid_length(std::string_view s, std::size_t i) noexcept {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return 1;
  std::size_t n;
  char32_t min;
  char32_t cp;
  if ((b0 & 0xE0) == 0xC0) {
    n = 2, min = 0x80, cp = b0 & 0x1Fu;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 3, min = 0x800, cp = b0 & 0x0Fu;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 4, min = 0x10000, cp = b0 & 0x07u;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

}  // namespace

Repair repair(std::string_view in) {
  Repair r;
  r.text.reserve(in.size());
  std::size_t i = 0;
  if (in.substr(0, 3) == "\xEF\xBB\xBF") {
    r.had_bom = true;
    i = 3;
  }
  while (i < in.size()) {
    // printable ASCII, LF and TAB need nothing: copy the whole run at once
    std::size_t run = i;
    for (; run + 16 <= in.size(); run += 16) {  // sixteen at a time, then one by one
      const Bytes16 x = load16(in.data() + run);
      const Bytes16 other = ((x < 0x20) | (x > 0x7E)) & (x != '\n') & (x != '\t');
      if (any(other)) break;
    }
    while (run < in.size()) {
      const auto b = static_cast<unsigned char>(in[run]);
      if ((b >= 0x20 && b < 0x7F) || b == '\n' || b == '\t')
        ++run;
      else
        break;
    }
    if (run > i) {
      r.text.append(in.substr(i, run - i));
      i = run;
      continue;
    }
    const auto c = static_cast<unsigned char>(in[i]);
    if (c < 0x80) {
      if (c == '\r') {
        r.text.push_back('\n');
        i += (i + 1 < in.size() && in[i + 1] == '\n') ? 2 : 1;
        continue;
      }
      if (c == 0) ++r.nul_bytes;
      if (c < 0x20 && c != '\n' && c != '\t') {
        r.text.push_back(' ');
      } else if (c == 0x7F) {
        r.text.push_back(' ');
      } else {
        r.text.push_back(static_cast<char>(c));
      }
      ++i;
      continue;
    }
    const std::size_t n = valid_length(in, i);
    if (n == 0) {
      if (r.invalid++ == 0) r.first_bad = i;
      r.text += "\xEF\xBF\xBD";
      ++i;
      // skip stray continuation bytes that belong to the same broken sequence
      while (i < in.size() && (static_cast<unsigned char>(in[i]) & 0xC0) == 0x80 && valid_length(in, i) == 0) ++i;
      continue;
    }
    if (n == 3 && c == 0xEF && static_cast<unsigned char>(in[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(in[i + 2]) & 0xFE) == 0xBE) {  // U+FFFE, U+FFFF: same length
      ++r.noncharacters;
      r.text += "\xEF\xBF\xBD";
    } else {
      r.text.append(in.substr(i, n));
    }
    i += n;
  }
  return r;
}

std::string one_line(std::string_view s) {
  std::string out = repair(s).text;
  for (char& c : out)
    if (c == '\n' || c == '\t') c = ' ';
  return out;
}

void truncate(std::string& s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return;
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  s.resize(cut);
}

bool is_valid(std::string_view s) noexcept {
  for (std::size_t i = 0; i < s.size();) {
    if (i + 8 <= s.size()) {  // eight ASCII bytes at a time: the common case
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if ((w & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t n = valid_length(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

char32_t decode(std::string_view s, std::size_t& i) noexcept {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  std::size_t n = valid_length(s, i);
  if (n == 0) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = (n == 2) ? (b0 & 0x1Fu) : (n == 3) ? (b0 & 0x0Fu) : (b0 & 0x07u);
  for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
  i += n;
  return cp;
}

void encode(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool detail::is_upper(char32_t cp) noexcept {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) return (cp % 2) == 0 ? !(cp >= 0x138 && cp <= 0x148) : (cp >= 0x139 && cp <= 0x148);
  if (cp >= 0x391 && cp <= 0x3AB) return true;  // Greek
  if (cp >= 0x400 && cp <= 0x42F) return true;  // Cyrillic
  return false;
}

bool detail::is_lower(char32_t cp) noexcept {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (cp >= 0xDF && cp <= 0xFF) return cp != 0xF7;
  if (cp >= 0x100 && cp <= 0x17F) return !is_upper(cp);
  if (cp >= 0x3AC && cp <= 0x3CE) return true;
  if (cp >= 0x430 && cp <= 0x45F) return true;
  return false;
}

bool detail::is_letter(char32_t cp) noexcept {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0xC0 && cp <= 0x24F) return true;     // Latin-1 and Latin Extended
  if (cp >= 0x1E00 && cp <= 0x1EFF) return true;  // Latin Extended Additional
  if (cp >= 0x370 && cp <= 0x3FF) return true;    // Greek
  if (cp >= 0x400 && cp <= 0x52F) return true;    // Cyrillic
  if (cp >= 0x590 && cp <= 0x6FF) return true;    // Hebrew, Arabic
  if (cp >= 0x4E00 && cp <= 0x9FFF) return true;  // CJK
  if (cp >= 0x3040 && cp <= 0x30FF) return true;  // kana
  if (cp >= 0xAC00 && cp <= 0xD7AF) return true;  // Hangul
  return false;
}

bool detail::is_space(char32_t cp) noexcept {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
         cp == 0x2009 || cp == 0x200A || cp == 0x2002 || cp == 0x2003 || cp == 0x202F || cp == 0x3000 || cp == 0x200B ||
         cp == 0xFEFF;
}

char32_t detail::to_lower(char32_t cp) noexcept {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
  if (cp >= 0x100 && cp <= 0x17F && is_upper(cp)) return cp + 1;
  if (cp >= 0x391 && cp <= 0x3AB) return cp + 32;
  if (cp >= 0x410 && cp <= 0x42F) return cp + 32;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
  return cp;
}

std::string lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  append_lower(s, out);
  return out;
}

void append_lower(std::string_view s, std::string& out) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>((c >= 'A' && c <= 'Z') ? c + 32 : c));
      ++i;
      continue;
    }
    encode(to_lower(decode(s, i)), out);
  }
}

std::string fold_accents(std::string_view s) {
  static constexpr const char* latin1 =  // U+00C0..U+00FF
      "AAAAAAACEEEEIIII"
      "DNOOOOO*OUUUUYTs"
      "aaaaaaaceeeeiiii"
      "dnooooo/ouuuuyty";
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const char32_t cp = decode(s, i);
    if (cp >= 0xC0 && cp <= 0xFF && cp != 0xD7 && cp != 0xF7 && cp != 0xC6 && cp != 0xE6 && cp != 0xDF) {
      out.push_back(latin1[cp - 0xC0]);
    } else {
      out.append(s.substr(start, i - start));
    }
  }
  return out;
}

std::size_t code_points(std::string_view s, std::size_t byte_offset) noexcept {
  std::size_t n = 0;
  for (std::size_t i = 0; i < byte_offset && i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

}  // namespace newskg::utf8
