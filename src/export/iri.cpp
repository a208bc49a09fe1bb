#include "export/iri.hpp"

namespace newskg::iri {

std::string encode_segment(std::string_view s) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size() + 8);
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
  if (out.empty()) out = "_";
  // "." and ".." are dot segments that parsers remove when resolving IRIs
  if (out.find_first_not_of('.') == std::string::npos) {
    std::string dots;
    for (std::size_t i = 0; i < out.size(); ++i) dots += "%2E";
    out = dots;
  }
  return out;
}

std::string_view type_segment(EntityType t) {
  switch (t) {
    case EntityType::Person:
      return "person/";
    case EntityType::Organization:
      return "organization/";
    case EntityType::Country:
      return "country/";
    case EntityType::City:
      return "city/";
    case EntityType::Location:
      return "location/";
  }
  return "location/";
}

std::string entity(EntityType t, std::string_view name) {
  return std::string(kBase) + std::string(type_segment(t)) + encode_segment(name);
}

std::string document(std::string_view id) {
  return std::string(kBase) + "document/" + encode_segment(id);
}

std::string event(std::string_view doc_id, std::size_t n) {
  return std::string(kBase) + "event/" + encode_segment(doc_id) + "-" + std::to_string(n);
}

std::string span(std::string_view doc_id, std::size_t begin, std::size_t end) {
  return document(doc_id) + "#char=" + std::to_string(begin) + "," + std::to_string(end);
}

}  // namespace newskg::iri
