#pragma once
// RDF terms and triples as plain values, independent of any RDF library.
#include <string>
#include <utility>

namespace newskg {

/// An IRI, a literal (with optional datatype IRI or language tag) or a blank node.
struct Term {
  enum class Kind { Iri, Literal, Blank };
  Kind kind = Kind::Iri;
  std::string value;
  std::string datatype;  ///< literals only; empty for plain strings
  std::string language;  ///< literals only; never together with a datatype

  static Term iri(std::string v) { return Term{Kind::Iri, std::move(v), {}, {}}; }
  static Term literal(std::string v) { return Term{Kind::Literal, std::move(v), {}, {}}; }
  static Term lang(std::string v, std::string tag) { return Term{Kind::Literal, std::move(v), {}, std::move(tag)}; }
  static Term typed(std::string v, std::string dt) { return Term{Kind::Literal, std::move(v), std::move(dt), {}}; }
};

/// A triple, in a named graph when `graph` is not empty (N-Quads).
struct Triple {
  Term s, p, o;
  std::string graph;  ///< graph IRI, or empty for the default graph
};

}  // namespace newskg
