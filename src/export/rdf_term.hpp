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

struct Triple {
  Term s, p, o;
};

}  // namespace newskg
