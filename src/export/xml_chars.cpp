#include "export/xml_chars.hpp"

#include "text/utf8.hpp"

namespace newskg {

std::string xml_chars(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out.push_back((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F ? ' ' : static_cast<char>(c));
      ++i;
      continue;
    }
    const std::size_t at = i;
    const char32_t cp = utf8::decode(s, i);  // a broken byte: U+FFFD, one byte further
    if (cp == 0xFFFD || cp == 0xFFFE || cp == 0xFFFF)
      out += "\xEF\xBF\xBD";
    else
      out.append(s.substr(at, i - at));
  }
  return out;
}

}  // namespace newskg
