#pragma once
// The graph as RDF: entities, direct relation triples, event nodes with provenance.
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "common/error.hpp"
#include "export/rdf_term.hpp"
#include "export/sink.hpp"
#include "export/triple_writer.hpp"
#include "graph/knowledge_graph.hpp"

namespace newskg {

/// Where triples go when named graphs are wanted (N-Quads): entity descriptions in one graph,
/// everything a document says (its node, its events, its direct relations) in a graph named by
/// the document's IRI.
struct RdfLayout {
  bool named_graphs = false;
  bool counts = true;  ///< entity mention counts (left out when streaming documents one by one)
};

/// Calls `emit` for every triple of the graph, in a deterministic order, grouped by subject:
/// entities (rdf:type, rdfs:label, skos:altLabel, role, affiliation, mention count), documents
/// (identifier, title, date, source), for each relation mention an event node (type, agent and
/// target or participants, place, modality, claimant, CAMEO code, confidence, trigger, sentence,
/// report date, document) with its text span (<doc#char=b,e>: offsets, document), and, for
/// asserted relations, the direct triple (metWith both ways, it being symmetric).
Status graph_triples(const KnowledgeGraph& g, const std::function<Status(const Triple&)>& emit, RdfLayout layout = {});

/// Prefixes used for Turtle output.
const std::vector<std::pair<std::string, std::string>>& rdf_prefixes();

/// IRI of the named graph holding entity descriptions in N-Quads output.
std::string entities_graph_iri();

/// A streaming writer for "turtle" (with rdf_prefixes()), "ntriples" or "nquads" into `sink`;
/// nullptr for any other syntax.
std::unique_ptr<TripleWriter> streaming_writer(const std::string& syntax, Sink& sink);

/// How one RDF document is written in pieces, each by its own writer (on any thread), cut where
/// the subject changes: the document is header, then the non-empty pieces with `separator`
/// between two of them, then `trailer` if there was any piece. `writer` is null for syntaxes
/// that cannot be written in pieces (rdfxml).
struct RdfPieces {
  std::string header, separator, trailer;
  std::function<std::unique_ptr<TripleWriter>(Sink&)> writer;
};
RdfPieces rdf_pieces(const std::string& syntax);

/// Writes the graph as RDF: "turtle" (TurtleWriter), "ntriples" and "nquads" (NTriplesWriter)
/// or "rdfxml" (Raptor). `counts`: see RdfLayout. With `threads` > 1, the first three are
/// written by write_rdf_pieces; else they stream in constant memory. The output is the same
/// byte for byte whatever `threads` is.
Status write_rdf(const KnowledgeGraph& g, const std::string& syntax, Sink& sink, bool counts = true,
                 unsigned threads = 1);

/// Writes the graph's triples (in graph_triples' order) as pieces formatted on `threads`
/// threads and written to `sink` in order; memory for a few pieces per thread beyond the graph.
Status write_rdf_pieces(const KnowledgeGraph& g, const RdfPieces& format, RdfLayout layout, Sink& sink,
                        unsigned threads);

}  // namespace newskg
