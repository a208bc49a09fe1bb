#pragma once
// The graph as RDF: entities, direct relation triples, event nodes with provenance.
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "common/error.hpp"
#include "export/rdf_term.hpp"
#include "export/sink.hpp"
#include "graph/knowledge_graph.hpp"

namespace newskg {

/// Calls `emit` for every triple of the graph, in a deterministic order:
/// entities (rdf:type, rdfs:label, skos:altLabel, role, affiliation), documents, then for each
/// relation mention an event node (type, agent/target or participants, modality, claimant,
/// trigger, sentence, character offsets, document) and, when asserted, the direct triple
/// (metWith in both directions, it being symmetric).
Status graph_triples(const KnowledgeGraph& g, const std::function<Status(const Triple&)>& emit);

/// Prefixes used for Turtle output.
const std::vector<std::pair<std::string, std::string>>& rdf_prefixes();

/// Writes the graph as RDF in a Raptor syntax ("turtle", "ntriples", "nquads", "rdfxml").
Status write_rdf(const KnowledgeGraph& g, const std::string& syntax, Sink& sink);

}  // namespace newskg
