#pragma once
// The graph as a GraphViz DOT relation diagram, through Boost.Graph's write_graphviz.
#include <string>

#include "common/error.hpp"
#include "export/sink.hpp"
#include "graph/knowledge_graph.hpp"

namespace newskg {

/// Writes a DOT digraph: one node per entity (shape and colour by type, label = name),
/// one edge per relation mention (label = relation; planned and negated dashed and grey).
/// All attribute values are quoted with dot_quote().
Status write_dot(const KnowledgeGraph& g, Sink& sink);

}  // namespace newskg
