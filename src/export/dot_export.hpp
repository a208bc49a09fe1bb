#pragma once
// The graph as a GraphViz DOT relation diagram, through Boost.Graph's write_graphviz.
#include <string>

#include "common/error.hpp"
#include "export/sink.hpp"
#include "graph/knowledge_graph.hpp"

namespace newskg {

struct DiagramOptions {
  bool legend = true;     ///< a legend of entity types and relation styles
  bool isolated = false;  ///< also draw entities without relations
};

/// Writes a DOT digraph a person can read: one node per entity (shape and colour by type), one
/// edge per entity pair, relation and modality, its width growing with the number of mentions,
/// its tooltip the sentence(s) stating it; planned and negated relations dashed and grey, claimed
/// and unconfirmed ones dotted; a legend. Every attribute value goes through dot_quote().
Status write_dot(const KnowledgeGraph& g, Sink& sink, const DiagramOptions& options = {});

/// Number of entities write_dot would draw (for choosing a layout engine).
std::size_t diagram_size(const KnowledgeGraph& g, const DiagramOptions& options = {});

}  // namespace newskg
