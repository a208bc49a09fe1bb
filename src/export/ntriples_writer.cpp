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
  const bool named = quads_ && !t.graph.empty();
  const bool same_s = subject_.set && t.s.kind == subject_.kind && t.s.value == subject_.value;
  const bool same_g = named && graph_.set && t.graph == graph_.value;
  if (Status st = check_triple(t, quads_, same_s, same_g); !st) return st;
  if (!same_s) {
    subject_.text.clear();
    append_term_text(subject_.text, t.s, scratch_, ntriples::append_string, append_bracketed);
    subject_.kind = t.s.kind;
    subject_.value = t.s.value;
    subject_.set = true;
  }
  buffer_ += subject_.text;
  buffer_ += ' ';
  append_term(t.p);
  buffer_ += ' ';
  append_term(t.o);
  if (named) {
    if (!same_g) {
      graph_.text.clear();
      append_bracketed(graph_.text, t.graph);
      graph_.value = t.graph;
      graph_.set = true;
    }
    buffer_ += ' ';
    buffer_ += graph_.text;
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
