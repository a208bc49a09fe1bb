#include "common/iri_segment.hpp"

namespace newskg::iri {

void append_segment(std::string& out, std::string_view s) {
  static constexpr char hex[] = "0123456789ABCDEF";
  const std::size_t at = out.size();
  for (unsigned char c : s) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
        c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else if (c == ' ') {
      out.push_back('_');
    } else {
      out.push_back('%');
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    }
  }
  if (out.size() == at) out.push_back('_');
  // "." and ".." are dot segments that parsers remove when resolving IRIs
  if (out.find_first_not_of('.', at) == std::string::npos) {
    const std::size_t dots = out.size() - at;
    out.resize(at);
    for (std::size_t i = 0; i < dots; ++i) out += "%2E";
  }
}

std::string encode_segment(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  append_segment(out, s);
  return out;
}

}  // namespace newskg::iri
