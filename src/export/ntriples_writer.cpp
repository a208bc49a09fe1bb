#include "export/ntriples_writer.hpp"

#include <algorithm>

#include "export/ntriples_escape.hpp"

namespace newskg {
namespace {
constexpr std::size_t kFlushAt = 1 << 16;
}  // namespace

NTriplesWriter::NTriplesWriter(Sink& sink, bool quads) : sink_(sink), quads_(quads) {
  buffer_.reserve(kFlushAt + 4096);
}

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
      if (t.value.find('\r') == std::string::npos) {
        ntriples::append_string(buffer_, t.value);
      } else {
        std::string lf = t.value;
        std::replace(lf.begin(), lf.end(), '\r', '\n');
        ntriples::append_string(buffer_, lf);
      }
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
  for (const Term* term : {&t.s, &t.p, &t.o})
    if (Status st = check_term(*term); !st) return st;
  if (t.s.kind == Term::Kind::Literal || t.p.kind != Term::Kind::Iri)
    return make_error(ErrorKind::Internal, "a literal subject or a non-IRI predicate");
  const bool named = quads_ && !t.graph.empty();
  if (named && !valid_iri(t.graph)) return make_error(ErrorKind::Internal, "invalid graph IRI <" + t.graph + ">");
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
  return buffer_.size() >= kFlushAt ? drain() : Status{};
}

Status NTriplesWriter::drain() {
  const bool ok = buffer_.empty() || sink_.write(buffer_);
  buffer_.clear();
  if (!ok || !sink_.ok()) return make_error(ErrorKind::Output, "write failed");
  return {};
}

Status NTriplesWriter::close() {
  if (closed_) return {};
  closed_ = true;
  if (Status st = drain(); !st) return st;
  if (!sink_.flush()) return make_error(ErrorKind::Output, "write failed");
  return {};
}

}  // namespace newskg
