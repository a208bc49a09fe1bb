#include "export/raptor.hpp"

#include <raptor2.h>

#include "text/utf8.hpp"

namespace newskg {

Result<std::unique_ptr<RaptorWorld>> RaptorWorld::create() {
  std::unique_ptr<RaptorWorld> w(new RaptorWorld());
  w->world_ = raptor_new_world();
  if (!w->world_ || raptor_world_open(w->world_) != 0) {
    return make_error(ErrorKind::Render, "cannot initialise the Raptor RDF library");
  }
  raptor_world_set_log_handler(w->world_, w.get(),
                               [](void* self, raptor_log_message* m) { RaptorWorld::log_handler(self, m); });
  return w;
}

RaptorWorld::~RaptorWorld() {
  if (world_) raptor_free_world(world_);
}

void RaptorWorld::log_handler(void* self, void* message) noexcept {
  try {
    auto* w = static_cast<RaptorWorld*>(self);
    auto* m = static_cast<raptor_log_message*>(message);
    if (m->level >= RAPTOR_LOG_LEVEL_ERROR) {
      if (!w->errors_.empty()) w->errors_ += "; ";
      w->errors_ += m->text ? m->text : "unknown Raptor error";
      if (m->locator && m->locator->line > 0) w->errors_ += " (line " + std::to_string(m->locator->line) + ")";
    }
  } catch (...) {
    // never let an exception cross the C callback
  }
}

std::string RaptorWorld::take_errors() {
  return std::exchange(errors_, {});
}

namespace {

// IRIs reaching Raptor must be absolute and free of characters no RDF syntax allows.
bool valid_iri(const std::string& s) {
  if (s.find(':') == std::string::npos) return false;
  for (unsigned char c : s) {
    if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`' ||
        c == '\\')
      return false;
  }
  return utf8::is_valid(s);
}

struct TermDeleter {
  void operator()(raptor_term* t) const { raptor_free_term(t); }
};
using TermPtr = std::unique_ptr<raptor_term, TermDeleter>;

Result<TermPtr> make_term(raptor_world* w, const Term& t) {
  switch (t.kind) {
    case Term::Kind::Iri: {
      if (!valid_iri(t.value)) return make_error(ErrorKind::Internal, "invalid IRI <" + t.value + ">");
      TermPtr p(raptor_new_term_from_counted_uri_string(w, reinterpret_cast<const unsigned char*>(t.value.data()),
                                                        t.value.size()));
      if (!p) return make_error(ErrorKind::Render, "Raptor rejected IRI <" + t.value + ">");
      return p;
    }
    case Term::Kind::Blank: {
      TermPtr p(raptor_new_term_from_counted_blank(w, reinterpret_cast<const unsigned char*>(t.value.data()),
                                                   t.value.size()));
      if (!p) return make_error(ErrorKind::Render, "Raptor rejected blank node " + t.value);
      return p;
    }
    case Term::Kind::Literal: {
      if (!utf8::is_valid(t.value) || t.value.find('\0') != std::string::npos) {
        return make_error(ErrorKind::Internal, "literal is not valid UTF-8 or contains NUL");
      }
      if (!t.datatype.empty() && !t.language.empty()) {
        return make_error(ErrorKind::Internal, "literal with both a datatype and a language tag");
      }
      // Raptor's Turtle writer leaves CR raw inside "..." (invalid Turtle): normalise line ends
      std::string value = t.value;
      for (char& c : value)
        if (c == '\r') c = '\n';
      raptor_uri* dt = nullptr;
      if (!t.datatype.empty()) {
        if (!valid_iri(t.datatype)) return make_error(ErrorKind::Internal, "invalid datatype IRI");
        dt = raptor_new_uri(w, reinterpret_cast<const unsigned char*>(t.datatype.c_str()));
      }
      TermPtr p(raptor_new_term_from_counted_literal(
          w, reinterpret_cast<const unsigned char*>(value.data()), value.size(), dt,
          t.language.empty() ? nullptr : reinterpret_cast<const unsigned char*>(t.language.c_str()),
          static_cast<unsigned char>(t.language.size())));
      if (dt) raptor_free_uri(dt);
      if (!p) return make_error(ErrorKind::Render, "Raptor rejected a literal");
      return p;
    }
  }
  return make_error(ErrorKind::Internal, "unknown term kind");
}

}  // namespace

// Raptor writes many small pieces (often single bytes): collect them and hand the sink large blocks.
int RdfWriter::write_bytes(void* ctx, const void* ptr, std::size_t size, std::size_t n) noexcept {
  try {
    auto* self = static_cast<RdfWriter*>(ctx);
    self->buffer_.append(static_cast<const char*>(ptr), size * n);
    return self->buffer_.size() >= kBufferSize && !self->drain() ? 1 : 0;
  } catch (...) {
    return 1;
  }
}

int RdfWriter::write_byte(void* ctx, int byte) noexcept {
  try {
    auto* self = static_cast<RdfWriter*>(ctx);
    if (self->buffer_.size() + 1 >= kBufferSize && !self->drain()) return 1;
    self->buffer_ += static_cast<char>(byte);
    return 0;
  } catch (...) {
    return 1;
  }
}

bool RdfWriter::drain() {
  const bool ok = buffer_.empty() || sink_.write(buffer_);
  buffer_.clear();
  return ok;
}

Result<std::unique_ptr<RdfWriter>> RdfWriter::open(RaptorWorld& world, const std::string& syntax, Sink& sink,
                                                   const std::vector<std::pair<std::string, std::string>>& prefixes) {
  std::unique_ptr<RdfWriter> w(new RdfWriter(world, sink));
  w->buffer_.reserve(kBufferSize);
  w->quads_ = syntax == "nquads";
  w->ser_ = raptor_new_serializer(world.get(), syntax.c_str());
  if (!w->ser_) return make_error(ErrorKind::Usage, "unknown RDF syntax '" + syntax + "'");
  static const raptor_iostream_handler handler = {
      2,
      nullptr,
      nullptr,
      [](void* c, const int b) { return RdfWriter::write_byte(c, b); },
      [](void* c, const void* p, size_t s, size_t n) { return RdfWriter::write_bytes(c, p, s, n); },
      nullptr,
      nullptr,
      nullptr};
  w->ios_ = raptor_new_iostream_from_handler(world.get(), w.get(), &handler);
  if (!w->ios_) return make_error(ErrorKind::Render, "cannot create a Raptor output stream");
  for (const auto& [prefix, ns] : prefixes) {
    raptor_uri* u = raptor_new_uri(world.get(), reinterpret_cast<const unsigned char*>(ns.c_str()));
    raptor_serializer_set_namespace(w->ser_, u, reinterpret_cast<const unsigned char*>(prefix.c_str()));
    raptor_free_uri(u);
  }
  if (raptor_serializer_start_to_iostream(w->ser_, nullptr, w->ios_) != 0) {
    return make_error(ErrorKind::Render, "cannot start the Raptor serializer: " + world.take_errors());
  }
  return w;
}

RdfWriter::~RdfWriter() {
  if (ser_) raptor_free_serializer(ser_);
  if (ios_) raptor_free_iostream(ios_);
}

Status RdfWriter::write(const Triple& t) {
  raptor_world* w = world_.get();
  auto s = make_term(w, t.s);
  if (!s) return s.error();
  auto p = make_term(w, t.p);
  if (!p) return p.error();
  auto o = make_term(w, t.o);
  if (!o) return o.error();
  raptor_term* graph = nullptr;
  if (!t.graph.empty() && quads_) {
    auto g = make_term(w, Term::iri(t.graph));
    if (!g) return g.error();
    graph = g.value().release();
  }
  raptor_statement* st =
      raptor_new_statement_from_nodes(w, s.value().release(), p.value().release(), o.value().release(), graph);
  if (!st) return make_error(ErrorKind::Render, "cannot create a Raptor statement");
  const int rc = raptor_serializer_serialize_statement(ser_, st);
  raptor_free_statement(st);
  if (rc != 0 || !sink_.ok()) {
    const std::string why = world_.take_errors();
    return make_error(ErrorKind::Output, "write failed" + (why.empty() ? std::string() : ": " + why));
  }
  return {};
}

Status RdfWriter::close() {
  if (closed_) return {};
  closed_ = true;
  const int rc = raptor_serializer_serialize_end(ser_);
  raptor_free_serializer(ser_);
  ser_ = nullptr;
  raptor_free_iostream(ios_);  // flushes through the handler
  ios_ = nullptr;
  if (!drain() || rc != 0 || !sink_.ok()) return make_error(ErrorKind::Output, "write failed");
  if (!sink_.flush()) return make_error(ErrorKind::Output, "write failed");
  return {};
}

Result<std::vector<std::string>> parse_rdf(const std::string& text, const std::string& syntax) {
  auto world = RaptorWorld::create();
  if (!world) return world.error();
  raptor_world* w = (*world)->get();
  struct Ctx {
    std::vector<std::string> lines;
  } ctx;
  raptor_parser* parser = raptor_new_parser(w, syntax.c_str());
  if (!parser) return make_error(ErrorKind::Usage, "unknown RDF syntax '" + syntax + "'");
  raptor_parser_set_statement_handler(parser, &ctx, [](void* user, raptor_statement* st) {
    try {
      auto* c = static_cast<Ctx*>(user);
      std::string line;
      for (raptor_term* t : {st->subject, st->predicate, st->object}) {
        unsigned char* s = raptor_term_to_string(t);
        line += s ? reinterpret_cast<char*>(s) : "?";
        line += ' ';
        raptor_free_memory(s);
      }
      c->lines.push_back(std::move(line));
    } catch (...) {
    }
  });
  raptor_uri* base = raptor_new_uri(w, reinterpret_cast<const unsigned char*>("http://example.invalid/base"));
  int rc = raptor_parser_parse_start(parser, base);
  if (rc == 0) {
    rc = raptor_parser_parse_chunk(parser, reinterpret_cast<const unsigned char*>(text.data()), text.size(), 1);
  }
  raptor_free_uri(base);
  raptor_free_parser(parser);
  std::string errors = (*world)->take_errors();
  if (rc != 0 || !errors.empty()) return make_error(ErrorKind::Input, "RDF parse error: " + errors);
  return ctx.lines;
}

}  // namespace newskg
