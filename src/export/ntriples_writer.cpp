#include "export/ntriples_writer.hpp"

#include "export/ntriples_escape.hpp"
#include "export/term_text.hpp"

namespace newskg {

NTriplesWriter::NTriplesWriter(Sink& sink, bool quads) : out_(sink), quads_(quads) {}

namespace {
void append_bracketed(std::string& out, std::string_view iri) {
  out += '<';
  ntriples::append_iri(out, iri);
  out += '>';
}
}  // namespace

void NTriplesWriter::append_term(const Term& t) {
  append_term_text(buffer_, t, scratch_, ntriples::append_string, append_bracketed);
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
    buffer_ += ' ';
    append_bracketed(buffer_, t.graph);
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
