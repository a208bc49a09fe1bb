#pragma once
// A streaming Turtle writer.
#include <string>
#include <utility>
#include <vector>

#include "common/error.hpp"
#include "export/block_output.hpp"
#include "export/rdf_term.hpp"
#include "export/sink.hpp"
#include "export/triple_writer.hpp"

namespace newskg {

/// Writes triples as Turtle into a Sink as they come, in constant memory: prefixes first, then
/// one block per run of triples with the same subject ("s p o ; p o , o ."), prefixed names
/// where the local part is plain (see turtle::plain_local_name), `a` for rdf:type. Graph names
/// are ignored (Turtle has none). Every term is checked by check_term first; line ends inside
/// literals are normalised to LF, as RdfWriter does, so every format states the same triples.
/// Raptor's own Turtle writer buffers the whole graph until the end (about 290 bytes per
/// statement) and is several times slower, which is why this one exists.
/// A `piece` writer writes one piece of a document cut where the subject changes (pieces may be
/// written on several threads): no prefix lines, and close() leaves the last statement open;
/// see RdfPieces for how pieces join.
/// Borrows the sink; not thread-safe.
class TurtleWriter final : public TripleWriter {
 public:
  TurtleWriter(Sink& sink, std::vector<std::pair<std::string, std::string>> prefixes, bool piece = false);
  /// The prefix lines a whole document starts with.
  static std::string header(const std::vector<std::pair<std::string, std::string>>& prefixes);
  TurtleWriter(const TurtleWriter&) = delete;
  TurtleWriter& operator=(const TurtleWriter&) = delete;
  Status write(const Triple& t) override;
  /// Ends the last statement and flushes the sink. Further writes are errors.
  Status close() override;

 private:
  void append_iri(const std::string& iri);
  void append_term(const Term& t);
  BlockOutput out_;
  std::string& buffer_ = out_.text();
  std::string scratch_;                                        ///< for literals whose line ends change
  std::vector<std::pair<std::string, std::string>> prefixes_;  ///< longest namespace first
  std::string subject_, predicate_;                            ///< of the open statement; empty before the first
  Term::Kind subject_kind_ = Term::Kind::Iri;
  bool started_ = false;
  bool closed_ = false;
  bool piece_ = false;
};

}  // namespace newskg
