#pragma once
// A streaming N-Triples / N-Quads writer.
#include <string>

#include "common/error.hpp"
#include "export/block_output.hpp"
#include "export/rdf_term.hpp"
#include "export/sink.hpp"
#include "export/triple_writer.hpp"

namespace newskg {

/// Writes one line per triple into a Sink, in constant memory, byte for byte as Raptor's
/// N-Triples and N-Quads serializers do (ASCII-only, see ntriples_escape.hpp; tests compare the
/// two), at about twice Raptor's speed: Raptor hands its output over one byte per callback.
/// With `quads`, a triple's graph name (when not empty) ends its line. Every term is checked by
/// check_term first; line ends inside literals are normalised to LF, as in every format.
/// Borrows the sink; not thread-safe.
class NTriplesWriter final : public TripleWriter {
 public:
  NTriplesWriter(Sink& sink, bool quads);
  NTriplesWriter(const NTriplesWriter&) = delete;
  NTriplesWriter& operator=(const NTriplesWriter&) = delete;
  Status write(const Triple& t) override;
  /// Flushes what is buffered and the sink. Further writes are errors.
  Status close() override;

 private:
  void append_term(const Term& t);
  // Consecutive triples mostly share their subject and graph: each is checked and spelled once
  // per run of triples, and copied from here.
  struct Spelled {
    Term::Kind kind = Term::Kind::Iri;
    std::string value, text;
    bool set = false;
  };
  Spelled subject_, graph_;
  BlockOutput out_;
  std::string& buffer_ = out_.text();
  std::string scratch_;  ///< for literals whose line ends change
  bool quads_;
  bool closed_ = false;
};

}  // namespace newskg
