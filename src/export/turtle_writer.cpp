#include "export/turtle_writer.hpp"

#include <algorithm>

#include "export/iri.hpp"
#include "export/turtle_escape.hpp"

namespace newskg {
namespace {
constexpr std::size_t kFlushAt = 1 << 16;
}  // namespace

TurtleWriter::TurtleWriter(Sink& sink, std::vector<std::pair<std::string, std::string>> prefixes)
    : sink_(sink), prefixes_(std::move(prefixes)) {
  // header in the order given; matching tries the longest namespace first
  for (const auto& [prefix, ns] : prefixes_) buffer_ += "@prefix " + prefix + ": <" + ns + "> .\n";
  std::stable_sort(prefixes_.begin(), prefixes_.end(),
                   [](const auto& a, const auto& b) { return a.second.size() > b.second.size(); });
  buffer_.reserve(kFlushAt + 4096);
}

void TurtleWriter::append_iri(const std::string& iri) {
  for (const auto& [prefix, ns] : prefixes_) {
    if (iri.size() > ns.size() && iri.compare(0, ns.size(), ns) == 0 &&
        turtle::plain_local_name(std::string_view(iri).substr(ns.size()))) {
      buffer_ += prefix;
      buffer_ += ':';
      buffer_.append(iri, ns.size());
      return;
    }
  }
  buffer_ += '<';
  buffer_ += iri;  // check_term guarantees nothing in it needs escaping
  buffer_ += '>';
}

void TurtleWriter::append_term(const Term& t) {
  switch (t.kind) {
    case Term::Kind::Iri:
      append_iri(t.value);
      return;
    case Term::Kind::Blank:
      buffer_ += "_:";
      buffer_ += t.value;
      return;
    case Term::Kind::Literal:
      buffer_ += '"';
      if (t.value.find('\r') == std::string::npos) {
        turtle::append_string(buffer_, t.value);
      } else {
        std::string lf = t.value;
        std::replace(lf.begin(), lf.end(), '\r', '\n');
        turtle::append_string(buffer_, lf);
      }
      buffer_ += '"';
      if (!t.language.empty()) {
        buffer_ += '@';
        buffer_ += t.language;
      } else if (!t.datatype.empty()) {
        buffer_ += "^^";
        append_iri(t.datatype);
      }
      return;
  }
}

Status TurtleWriter::write(const Triple& t) {
  if (closed_) return make_error(ErrorKind::Internal, "Turtle writer used after close");
  for (const Term* term : {&t.s, &t.p, &t.o})
    if (Status st = check_term(*term); !st) return st;
  if (t.s.kind == Term::Kind::Literal || t.p.kind != Term::Kind::Iri)
    return make_error(ErrorKind::Internal, "a literal subject or a non-IRI predicate");
  const auto predicate = [&] {
    static const std::string rdf_type = std::string(iri::kRdf) + "type";
    if (t.p.value == rdf_type)
      buffer_ += 'a';
    else
      append_iri(t.p.value);
    buffer_ += ' ';
  };
  if (started_ && t.s.value == subject_) {
    if (t.p.value == predicate_) {
      buffer_ += ", ";
    } else {
      buffer_ += " ;\n    ";
      predicate();
      predicate_ = t.p.value;
    }
  } else {
    buffer_ += started_ ? " .\n\n" : "\n";
    append_term(t.s);
    buffer_ += ' ';
    predicate();
    subject_ = t.s.value;
    predicate_ = t.p.value;
    started_ = true;
  }
  append_term(t.o);
  return buffer_.size() >= kFlushAt ? drain() : Status{};
}

Status TurtleWriter::drain() {
  const bool ok = buffer_.empty() || sink_.write(buffer_);
  buffer_.clear();
  if (!ok || !sink_.ok()) return make_error(ErrorKind::Output, "write failed");
  return {};
}

Status TurtleWriter::close() {
  if (closed_) return {};
  closed_ = true;
  if (started_) buffer_ += " .\n";
  if (Status st = drain(); !st) return st;
  if (!sink_.flush()) return make_error(ErrorKind::Output, "write failed");
  return {};
}

}  // namespace newskg
