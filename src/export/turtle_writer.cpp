#include "export/turtle_writer.hpp"

#include <algorithm>

#include "export/iri.hpp"
#include "export/term_text.hpp"
#include "export/turtle_escape.hpp"

namespace newskg {

std::string TurtleWriter::header(const std::vector<std::pair<std::string, std::string>>& prefixes) {
  std::string out;
  for (const auto& [prefix, ns] : prefixes) out += "@prefix " + prefix + ": <" + ns + "> .\n";
  return out;
}

TurtleWriter::TurtleWriter(Sink& sink, std::vector<std::pair<std::string, std::string>> prefixes, bool piece)
    : out_(sink), prefixes_(std::move(prefixes)), piece_(piece) {
  // header in the order given; matching tries the longest namespace first
  if (!piece_) buffer_ += header(prefixes_);
  std::stable_sort(prefixes_.begin(), prefixes_.end(),
                   [](const auto& a, const auto& b) { return a.second.size() > b.second.size(); });
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
  append_term_text(buffer_, t, scratch_, turtle::append_string,
                   [this](std::string&, const std::string& iri) { append_iri(iri); });
}

Status TurtleWriter::write(const Triple& t) {
  if (closed_) return make_error(ErrorKind::Internal, "Turtle writer used after close");
  // the open statement's subject was checked when it was opened
  const bool same_subject = started_ && t.s.kind == subject_kind_ && t.s.value == subject_;
  if (Status st = check_triple(t, false, same_subject); !st) return st;
  const auto predicate = [&] {
    static const std::string rdf_type = std::string(iri::kRdf) + "type";
    if (t.p.value == rdf_type)
      buffer_ += 'a';
    else
      append_iri(t.p.value);
    buffer_ += ' ';
  };
  if (same_subject) {
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
    subject_kind_ = t.s.kind;
    predicate_ = t.p.value;
    started_ = true;
  }
  append_term(t.o);
  return out_.maybe_drain();
}

Status TurtleWriter::close() {
  if (closed_) return {};
  closed_ = true;
  if (started_ && !piece_) buffer_ += " .\n";
  return out_.finish();
}

}  // namespace newskg
