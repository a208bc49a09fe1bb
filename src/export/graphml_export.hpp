#pragma once
// The graph as GraphML (Boost.Graph's write_graphml), for Gephi, yEd and Cytoscape.
#include "common/error.hpp"
#include "export/sink.hpp"
#include "graph/knowledge_graph.hpp"

namespace newskg {

/// Writes every entity (label, type, iri, mentions, role, aliases) and every relation mention
/// (relation, modality, claimant, sentence, document, confidence) as GraphML.
Status write_graphml(const KnowledgeGraph& g, Sink& sink);

}  // namespace newskg
