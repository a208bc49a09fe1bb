#include "export/ntriples_writer.hpp"

#include "export/ntriples_escape.hpp"
#include "export/term_text.hpp"

namespace newskg {

NTriplesWriter::NTriplesWriter(Sink& sink, bool quads) : out_(sink), quads_(quads) {}

namespace {
// <iri> for an IRI that passed valid_iri
void append_bracketed(std::string& out, std::string_view iri) {
  out += '<';
  if (plain_ascii_iri(iri))
    out += iri;
  else
    ntriples::append_iri(out, iri);
  out += '>';
}
// <iri>, checking it on the way (one pass over most IRIs); false, appending nothing, if invalid
bool append_checked(std::string& out, std::string_view iri) {
  if (plain_ascii_iri(iri)) {
    out += '<';
    out += iri;
  } else if (valid_iri(iri)) {
    out += '<';
    ntriples::append_iri(out, iri);
  } else {
    return false;
  }
  out += '>';
  return true;
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
  // what check_triple checks, with the IRIs checked as they are spelled
  if (!same_s)
    if (Status st = check_term(t.s); !st) return st;
  if (t.s.kind == Term::Kind::Literal || t.p.kind != Term::Kind::Iri)
    return make_error(ErrorKind::Internal, "a literal subject or a non-IRI predicate");
  if (t.o.kind != Term::Kind::Iri)
    if (Status st = check_term(t.o); !st) return st;
  if (named && !same_g && !valid_iri(t.graph))
    return make_error(ErrorKind::Internal, "invalid graph IRI <" + t.graph + ">");
  if (!same_s) {
    subject_.text.clear();
    append_term_text(subject_.text, t.s, scratch_, ntriples::append_string, append_bracketed);
    subject_.kind = t.s.kind;
    subject_.value = t.s.value;
    subject_.set = true;
  }
  const std::size_t mark = buffer_.size();  // a line is written whole or not at all
  buffer_ += subject_.text;
  buffer_ += ' ';
  if (!append_checked(buffer_, t.p.value)) {
    buffer_.resize(mark);
    return check_term(t.p);  // says why
  }
  buffer_ += ' ';
  if (t.o.kind != Term::Kind::Iri) {
    append_term(t.o);
  } else if (!append_checked(buffer_, t.o.value)) {
    buffer_.resize(mark);
    return check_term(t.o);
  }
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
