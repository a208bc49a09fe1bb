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

/// Writes the graph as RDF: "turtle" (TurtleWriter), "ntriples" and "nquads" (NTriplesWriter)
/// or "rdfxml" (Raptor). The first three stream in constant memory. `counts`: see RdfLayout.
Status write_rdf(const KnowledgeGraph& g, const std::string& syntax, Sink& sink, bool counts = true);

}  // namespace newskg
