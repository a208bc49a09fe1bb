#include "export/ntriples_escape.hpp"

#include "common/byte_vector.hpp"
#include "text/utf8.hpp"

namespace newskg::ntriples {
namespace {

void append_uchar(std::string& out, char32_t c) {
  static constexpr char hex[] = "0123456789ABCDEF";
  const int digits = c > 0xFFFF ? 8 : 4;
  out += '\\';
  out += digits == 8 ? 'U' : 'u';
  for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) out += hex[(c >> shift) & 0xF];
}

// Copies runs of bytes that need nothing and hands every other character to `special`.
template <typename Special>
void append_escaped(std::string& out, std::string_view s, Special special) {
  std::size_t plain = 0;
  for (std::size_t i = 0; i < s.size();) {
    for (; i + 16 <= s.size(); i += 16) {  // plain bytes sixteen at a time
      const Bytes16 x = load16(s.data() + i);
      const Bytes16 escaped = (x < 0x20) | (x >= 0x7F) | (x == '"') | (x == '\\');
      if (any(escaped)) {
        i += first_set(escaped);
        break;
      }
    }
    if (i >= s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    out.append(s.substr(plain, i - plain));
    special(c < 0x80 ? static_cast<char32_t>(s[i++]) : utf8::decode(s, i));
    plain = i;
  }
  out.append(s.substr(plain));
}

}  // namespace

void append_string(std::string& out, std::string_view value) {
  append_escaped(out, value, [&](char32_t c) {
    switch (c) {
      case '"':
        out += "\\\"";
        return;
      case '\\':
        out += "\\\\";
        return;
      case '\n':
        out += "\\n";
        return;
      case '\r':
        out += "\\r";
        return;
      case '\t':
        out += "\\t";
        return;
      default:
        append_uchar(out, c);
    }
  });
}

void append_iri(std::string& out, std::string_view iri) {
  append_escaped(out, iri, [&](char32_t c) { append_uchar(out, c); });
}

}  // namespace newskg::ntriples
