#pragma once
// Deterministic IRIs for entities, documents and events, built from a safe alphabet.
#include <string>
#include <string_view>

#include "common/iri_segment.hpp"
#include "extract/model.hpp"

namespace newskg::iri {

inline constexpr std::string_view kOntology = "https://w3id.org/newskg/ontology#";
inline constexpr std::string_view kBase = "https://w3id.org/newskg/id/";
inline constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view kSkos = "http://www.w3.org/2004/02/skos/core#";
inline constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view kDcterms = "http://purl.org/dc/terms/";
inline constexpr std::string_view kProv = "http://www.w3.org/ns/prov#";

/// Path segment per entity type: person/, organization/, country/, city/, location/.
std::string_view type_segment(EntityType t);

std::string entity(EntityType t, std::string_view name);
std::string document(std::string_view id);
std::string event(std::string_view doc_id, std::size_t n);
/// RFC 5147 fragment for a character range of a document: <doc#char=b,e>.
std::string span(std::string_view doc_id, std::size_t begin, std::size_t end);

}  // namespace newskg::iri
