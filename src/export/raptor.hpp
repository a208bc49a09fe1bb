#pragma once
// RAII wrappers around Raptor2: a world, a serializer writing to a Sink, and a parser.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.hpp"
#include "export/rdf_term.hpp"
#include "export/sink.hpp"

struct raptor_world_s;
struct raptor_serializer_s;
struct raptor_iostream_s;

namespace newskg {

/// A Raptor world with a log handler that collects error messages (never throws through C).
/// Owns the raptor_world. Not thread-safe: use one per thread.
class RaptorWorld {
 public:
  static Result<std::unique_ptr<RaptorWorld>> create();
  ~RaptorWorld();
  RaptorWorld(const RaptorWorld&) = delete;
  RaptorWorld& operator=(const RaptorWorld&) = delete;
  raptor_world_s* get() { return world_; }
  /// Errors Raptor logged since the last call.
  std::string take_errors();

 private:
  RaptorWorld() = default;
  static void log_handler(void* self, void* message) noexcept;
  raptor_world_s* world_ = nullptr;
  std::string errors_;
};

/// Serializes triples through Raptor into a Sink. Syntax: "ntriples", "nquads", "rdfxml" (and
/// "turtle", though write_rdf uses TurtleWriter for that). Every term passes check_term before
/// it reaches Raptor (Raptor checks nothing).
/// Owns its serializer and iostream; borrows the world and the sink.
class RdfWriter {
 public:
  static Result<std::unique_ptr<RdfWriter>> open(RaptorWorld& world, const std::string& syntax, Sink& sink,
                                                 const std::vector<std::pair<std::string, std::string>>& prefixes);
  ~RdfWriter();
  RdfWriter(const RdfWriter&) = delete;
  RdfWriter& operator=(const RdfWriter&) = delete;
  Status write(const Triple& t);
  /// Finishes the document (Turtle writes everything here) and flushes the sink.
  Status close();

 private:
  RdfWriter(RaptorWorld& w, Sink& s) : world_(w), sink_(s) {}
  static int write_bytes(void* ctx, const void* ptr, std::size_t size, std::size_t n) noexcept;
  static int write_byte(void* ctx, int byte) noexcept;
  RaptorWorld& world_;
  Sink& sink_;
  raptor_serializer_s* ser_ = nullptr;
  raptor_iostream_s* ios_ = nullptr;
  bool drain() noexcept;
  static constexpr std::size_t kBufferSize = 1 << 16;
  std::unique_ptr<char[]> buffer_;
  std::size_t used_ = 0;
  bool closed_ = false;
  bool quads_ = false;  ///< the syntax keeps graph names (nquads)
};

/// Parses RDF text with Raptor into N-Triples-like lines (one per statement), for round trips.
Result<std::vector<std::string>> parse_rdf(const std::string& text, const std::string& syntax);

}  // namespace newskg
