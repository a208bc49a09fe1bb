#pragma once
// How N-Triples, N-Quads and Turtle spell a term: they differ only in escaping and IRIs.
#include <string>

#include "export/rdf_term.hpp"

namespace newskg {

/// Appends a term that passed check_term: an IRI through `iri(out, value)`, a blank node as
/// `_:label`, a literal as "..." escaped by `escape(out, text)` (line ends normalised to LF),
/// then @lang or ^^datatype (the datatype through `iri` too). `scratch` holds literals whose line
/// ends change.
template <typename Escape, typename Iri>
void append_term_text(std::string& out, const Term& t, std::string& scratch, Escape escape, Iri iri) {
  switch (t.kind) {
    case Term::Kind::Iri:
      iri(out, t.value);
      return;
    case Term::Kind::Blank:
      out += "_:";
      out += t.value;
      return;
    case Term::Kind::Literal:
      out += '"';
      escape(out, lf_line_ends(t.value, scratch));
      out += '"';
      if (!t.language.empty()) {
        out += '@';
        out += t.language;
      } else if (!t.datatype.empty()) {
        out += "^^";
        iri(out, t.datatype);
      }
      return;
  }
}

}  // namespace newskg
