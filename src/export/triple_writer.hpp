#pragma once
// The interface of newskg's streaming RDF writers.
#include "common/error.hpp"
#include "export/rdf_term.hpp"

namespace newskg {

/// Takes triples one at a time and writes them, in one RDF syntax, to the Sink it was made with.
/// close() finishes the document and flushes; writes after it are errors. Not thread-safe.
class TripleWriter {
 public:
  virtual ~TripleWriter() = default;
  virtual Status write(const Triple& t) = 0;
  virtual Status close() = 0;
};

}  // namespace newskg
