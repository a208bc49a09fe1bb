#include "export/ntriples_writer.hpp"

#include "export/ntriples_escape.hpp"

namespace newskg {

NTriplesWriter::NTriplesWriter(Sink& sink, bool quads) : out_(sink), quads_(quads) {}

void NTriplesWriter::append_term(const Term& t) {
  switch (t.kind) {
    case Term::Kind::Iri:
      buffer_ += '<';
      ntriples::append_iri(buffer_, t.value);
      buffer_ += '>';
      return;
    case Term::Kind::Blank:
      buffer_ += "_:";
      buffer_ += t.value;
      return;
    case Term::Kind::Literal:
      buffer_ += '"';
      ntriples::append_string(buffer_, lf_line_ends(t.value, scratch_));
      buffer_ += '"';
      if (!t.language.empty()) {
        buffer_ += '@';
        buffer_ += t.language;
      } else if (!t.datatype.empty()) {
        buffer_ += "^^<";
        ntriples::append_iri(buffer_, t.datatype);
        buffer_ += '>';
      }
      return;
  }
}

Status NTriplesWriter::write(const Triple& t) {
  if (closed_) return make_error(ErrorKind::Internal, "N-Triples writer used after close");
  if (Status st = check_triple(t, quads_); !st) return st;
  const bool named = quads_ && !t.graph.empty();
  append_term(t.s);
  buffer_ += ' ';
  append_term(t.p);
  buffer_ += ' ';
  append_term(t.o);
  if (named) {
    buffer_ += " <";
    ntriples::append_iri(buffer_, t.graph);
    buffer_ += '>';
  }
  buffer_ += " .\n";
  return out_.maybe_drain();
}

Status NTriplesWriter::close() {
  if (closed_) return {};
  closed_ = true;
  return out_.finish();
}

}  // namespace newskg
