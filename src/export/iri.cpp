#include "export/iri.hpp"

namespace newskg::iri {

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
