#include "export/raptor.hpp"

#include <algorithm>
#include <cstring>

#include "export/c_libraries.hpp"

namespace newskg {
namespace {

// Raptor's functions: RaptorWorld::create loaded them, and every other use needs a world.
const RaptorLibrary& R() {
  return **raptor_library();
}

}  // namespace

Result<std::unique_ptr<RaptorWorld>> RaptorWorld::create() {
  if (auto lib = raptor_library(); !lib) return lib.error();
  std::unique_ptr<RaptorWorld> w(new RaptorWorld());
  w->world_ = R().raptor_new_world_internal(RAPTOR_VERSION);
  if (!w->world_ || R().raptor_world_open(w->world_) != 0) {
    return make_error(ErrorKind::Render, "cannot initialise the Raptor RDF library");
  }
  R().raptor_world_set_log_handler(w->world_, w.get(),
                                   [](void* self, raptor_log_message* m) { RaptorWorld::log_handler(self, m); });
  return w;
}

RaptorWorld::~RaptorWorld() {
  if (world_) R().raptor_free_world(world_);
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

struct TermDeleter {
  void operator()(raptor_term* t) const { R().raptor_free_term(t); }
};
using TermPtr = std::unique_ptr<raptor_term, TermDeleter>;

// `t` has passed check_term.
Result<TermPtr> make_term(raptor_world* w, const Term& t) {
  const auto bytes = [](const std::string& v) { return reinterpret_cast<const unsigned char*>(v.data()); };
  switch (t.kind) {
    case Term::Kind::Iri: {
      TermPtr p(R().raptor_new_term_from_counted_uri_string(w, bytes(t.value), t.value.size()));
      if (!p) return make_error(ErrorKind::Render, "Raptor rejected IRI <" + t.value + ">");
      return p;
    }
    case Term::Kind::Blank: {
      TermPtr p(R().raptor_new_term_from_counted_blank(w, bytes(t.value), t.value.size()));
      if (!p) return make_error(ErrorKind::Render, "Raptor rejected blank node " + t.value);
      return p;
    }
    case Term::Kind::Literal: {
      // line ends normalised to LF in every format (Raptor's Turtle and RDF/XML writers leave CR raw)
      std::string scratch;
      const std::string_view value = lf_line_ends(t.value, scratch);
      raptor_uri* dt = t.datatype.empty() ? nullptr : R().raptor_new_uri(w, bytes(t.datatype));
      TermPtr p(R().raptor_new_term_from_counted_literal(
          w, reinterpret_cast<const unsigned char*>(value.data()), value.size(), dt,
          t.language.empty() ? nullptr : bytes(t.language), static_cast<unsigned char>(t.language.size())));
      if (dt) R().raptor_free_uri(dt);
      if (!p) return make_error(ErrorKind::Render, "Raptor rejected a literal");
      return p;
    }
  }
  return make_error(ErrorKind::Internal, "unknown term kind");
}

}  // namespace

// Raptor writes many small pieces (often single bytes): collect them and hand the sink large blocks.
int RdfWriter::write_bytes(void* ctx, const void* ptr, std::size_t size, std::size_t n) noexcept {
  auto* self = static_cast<RdfWriter*>(ctx);
  const auto* p = static_cast<const char*>(ptr);
  std::size_t left = size * n;
  while (left > 0) {
    if (self->used_ == kBufferSize && !self->drain()) return 1;
    const std::size_t k = std::min(left, kBufferSize - self->used_);
    std::memcpy(self->buffer_.get() + self->used_, p, k);
    self->used_ += k;
    p += k;
    left -= k;
  }
  return 0;
}

int RdfWriter::write_byte(void* ctx, int byte) noexcept {
  auto* self = static_cast<RdfWriter*>(ctx);
  if (self->used_ == kBufferSize && !self->drain()) return 1;
  self->buffer_[self->used_++] = static_cast<char>(byte);
  return 0;
}

bool RdfWriter::drain() noexcept {
  try {
    const bool ok = used_ == 0 || sink_.write(std::string_view(buffer_.get(), used_));
    used_ = 0;
    return ok;
  } catch (...) {  // never let an exception cross Raptor's C callbacks
    used_ = 0;
    return false;
  }
}

Result<std::unique_ptr<RdfWriter>> RdfWriter::open(RaptorWorld& world, const std::string& syntax, Sink& sink,
                                                   const std::vector<std::pair<std::string, std::string>>& prefixes) {
  std::unique_ptr<RdfWriter> w(new RdfWriter(world, sink));
  w->buffer_ = std::make_unique<char[]>(kBufferSize);
  w->quads_ = syntax == "nquads";
  w->ser_ = R().raptor_new_serializer(world.get(), syntax.c_str());
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
  w->ios_ = R().raptor_new_iostream_from_handler(world.get(), w.get(), &handler);
  if (!w->ios_) return make_error(ErrorKind::Render, "cannot create a Raptor output stream");
  for (const auto& [prefix, ns] : prefixes) {
    raptor_uri* u = R().raptor_new_uri(world.get(), reinterpret_cast<const unsigned char*>(ns.c_str()));
    R().raptor_serializer_set_namespace(w->ser_, u, reinterpret_cast<const unsigned char*>(prefix.c_str()));
    R().raptor_free_uri(u);
  }
  if (R().raptor_serializer_start_to_iostream(w->ser_, nullptr, w->ios_) != 0) {
    return make_error(ErrorKind::Render, "cannot start the Raptor serializer: " + world.take_errors());
  }
  return w;
}

RdfWriter::~RdfWriter() {
  if (ser_) R().raptor_free_serializer(ser_);
  if (ios_) R().raptor_free_iostream(ios_);
}

Status RdfWriter::write(const Triple& t) {
  raptor_world* w = world_.get();
  if (Status st = check_triple(t, quads_); !st) return st;
  const bool named = !t.graph.empty() && quads_;
  auto s = make_term(w, t.s);
  if (!s) return s.error();
  auto p = make_term(w, t.p);
  if (!p) return p.error();
  auto o = make_term(w, t.o);
  if (!o) return o.error();
  raptor_term* graph = nullptr;
  if (named) {
    auto g = make_term(w, Term::iri(t.graph));
    if (!g) return g.error();
    graph = g.value().release();
  }
  raptor_statement* st =
      R().raptor_new_statement_from_nodes(w, s.value().release(), p.value().release(), o.value().release(), graph);
  if (!st) return make_error(ErrorKind::Render, "cannot create a Raptor statement");
  const int rc = R().raptor_serializer_serialize_statement(ser_, st);
  R().raptor_free_statement(st);
  if (rc != 0 || !sink_.ok()) {
    const std::string why = world_.take_errors();
    if (!sink_.ok()) return write_error(sink_);
    return make_error(ErrorKind::Output, "write failed" + (why.empty() ? std::string() : ": " + why));
  }
  return {};
}

Status RdfWriter::close() {
  if (closed_) return {};
  closed_ = true;
  const int rc = R().raptor_serializer_serialize_end(ser_);
  R().raptor_free_serializer(ser_);
  ser_ = nullptr;
  R().raptor_free_iostream(ios_);  // flushes through the handler
  ios_ = nullptr;
  if (!drain() || rc != 0 || !sink_.ok()) return write_error(sink_);
  if (!sink_.flush()) return write_error(sink_);
  return {};
}

Result<std::vector<std::string>> parse_rdf(const std::string& text, const std::string& syntax) {
  auto world = RaptorWorld::create();
  if (!world) return world.error();
  raptor_world* w = (*world)->get();
  struct Ctx {
    std::vector<std::string> lines;
  } ctx;
  raptor_parser* parser = R().raptor_new_parser(w, syntax.c_str());
  if (!parser) return make_error(ErrorKind::Usage, "unknown RDF syntax '" + syntax + "'");
  R().raptor_parser_set_statement_handler(parser, &ctx, [](void* user, raptor_statement* st) {
    try {
      auto* c = static_cast<Ctx*>(user);
      std::string line;
      for (raptor_term* t : {st->subject, st->predicate, st->object}) {
        unsigned char* s = R().raptor_term_to_string(t);
        line += s ? reinterpret_cast<char*>(s) : "?";
        line += ' ';
        R().raptor_free_memory(s);
      }
      c->lines.push_back(std::move(line));
    } catch (...) {
    }
  });
  raptor_uri* base = R().raptor_new_uri(w, reinterpret_cast<const unsigned char*>("http://example.invalid/base"));
  int rc = R().raptor_parser_parse_start(parser, base);
  if (rc == 0) {
    rc = R().raptor_parser_parse_chunk(parser, reinterpret_cast<const unsigned char*>(text.data()), text.size(), 1);
  }
  R().raptor_free_uri(base);
  R().raptor_free_parser(parser);
  std::string errors = (*world)->take_errors();
  if (rc != 0 || !errors.empty()) return make_error(ErrorKind::Input, "RDF parse error: " + errors);
  return ctx.lines;
}

}  // namespace newskg
