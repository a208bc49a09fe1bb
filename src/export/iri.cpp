#include "export/iri.hpp"

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
  const std::string_view type = type_segment(t);
  std::string out;
  out.reserve(kBase.size() + type.size() + name.size() + 8);
  out.append(kBase).append(type);
  append_segment(out, name);
  return out;
}

std::string document(std::string_view id) {
  constexpr std::string_view kDocument = "document/";
  std::string out;
  out.reserve(kBase.size() + kDocument.size() + id.size() + 8);
  out.append(kBase).append(kDocument);
  append_segment(out, id);
  return out;
}

std::string event(std::string_view doc_id, std::size_t n) {
  return std::string(kBase) + "event/" + encode_segment(doc_id) + "-" + std::to_string(n);
}

std::string span(std::string_view doc_id, std::size_t begin, std::size_t end) {
  return document(doc_id) + "#char=" + std::to_string(begin) + "," + std::to_string(end);
}

}  // namespace newskg::iri
