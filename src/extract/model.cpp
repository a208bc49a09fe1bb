#include "extract/model.hpp"

namespace newskg {

const char* to_string(EntityType t) noexcept {
  switch (t) {
    case EntityType::Person:
      return "Person";
    case EntityType::Organization:
      return "Organization";
    case EntityType::Country:
      return "Country";
    case EntityType::City:
      return "City";
    case EntityType::Location:
      return "Location";
  }
  return "Location";
}

const char* to_string(RelationType t) noexcept {
  switch (t) {
    case RelationType::MetWith:
      return "metWith";
    case RelationType::Accused:
      return "accused";
    case RelationType::Sanctioned:
      return "sanctioned";
    case RelationType::Captured:
      return "captured";
  }
  return "metWith";
}

const char* to_string(Modality m) noexcept {
  switch (m) {
    case Modality::Asserted:
      return "asserted";
    case Modality::Planned:
      return "planned";
    case Modality::Negated:
      return "negated";
    case Modality::Unconfirmed:
      return "unconfirmed";
  }
  return "asserted";
}

std::optional<EntityType> entity_type_from(std::string_view s) noexcept {
  if (s == "Person") return EntityType::Person;
  if (s == "Organization") return EntityType::Organization;
  if (s == "Country") return EntityType::Country;
  if (s == "City") return EntityType::City;
  if (s == "Location") return EntityType::Location;
  return std::nullopt;
}

std::optional<RelationType> relation_type_from(std::string_view s) noexcept {
  if (s == "metWith") return RelationType::MetWith;
  if (s == "accused") return RelationType::Accused;
  if (s == "sanctioned") return RelationType::Sanctioned;
  if (s == "captured") return RelationType::Captured;
  return std::nullopt;
}

bool is_agentive(EntityType t) noexcept {
  return t == EntityType::Person || t == EntityType::Organization || t == EntityType::Country;
}

bool is_place(EntityType t) noexcept {
  return t == EntityType::Country || t == EntityType::City || t == EntityType::Location;
}

bool relation_accepts(RelationType type, EntityType agent, EntityType target) noexcept {
  if (!is_agentive(agent)) return false;
  switch (type) {
    case RelationType::MetWith:
    case RelationType::Sanctioned:
      return is_agentive(target);
    case RelationType::Accused:
      return target != EntityType::City;
    case RelationType::Captured:
      return is_place(target);
  }
  return false;
}

}  // namespace newskg
