#pragma once
// RDF terms and triples as plain values, independent of any RDF library.
#include <string>
#include <string_view>
#include <utility>

#include "common/error.hpp"

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

/// True for an absolute IRI that every RDF syntax can carry unescaped: valid UTF-8, a scheme,
/// and none of the characters IRIs forbid (space, controls, <>"{}|^` and backslash). RDF
/// libraries check none of this (../shared/docs/rdf-and-dot.md), so every writer calls it.
bool valid_iri(std::string_view s) noexcept;
/// True for a valid IRI of printable ASCII only: one that every syntax writes as it is, without
/// escaping (most IRIs; the writers' fast path). False says nothing: use valid_iri.
bool plain_ascii_iri(std::string_view s) noexcept;
/// True for a language tag RDF syntaxes accept: letters, then '-'-separated letters and digits.
bool valid_language_tag(std::string_view s) noexcept;
/// True for a blank node label made of ASCII letters, digits and '_'.
bool valid_blank_label(std::string_view s) noexcept;

/// Checks a term before any writer sees it: IRIs as above; literals valid UTF-8 without NUL,
/// never both typed and tagged. Every RDF writer (Raptor's and ours) refuses what fails here.
Status check_term(const Term& t);
/// check_term on each term, plus the triple's shape (no literal subject, an IRI predicate) and,
/// with `graph_names`, a valid graph IRI when there is one. A writer that checked this subject
/// (or graph) for the triple before passes `subject_checked` (`graph_checked`) to skip it.
Status check_triple(const Triple& t, bool graph_names, bool subject_checked = false, bool graph_checked = false);

/// `value` with CR turned into LF (the line ends every format writes), as a view of `value`
/// itself or, when it has CRs, of `scratch`.
std::string_view lf_line_ends(const std::string& value, std::string& scratch);

}  // namespace newskg
