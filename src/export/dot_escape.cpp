#include "export/dot_escape.hpp"

#include "export/xml_chars.hpp"

namespace newskg {

std::string dot_quote(std::string_view raw) {
  // Graphviz copies labels into SVG: only characters XML 1.0 allows
  const std::string safe = xml_chars(raw);
  const std::string_view s = safe;
  std::string out;
  out.reserve(s.size() + 2);
  out.push_back('"');
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '"':
        out += "\\\"";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out.push_back(' ');
        } else {
          out.push_back(ch);
        }
    }
  }
  out.push_back('"');
  return out;
}

}  // namespace newskg
