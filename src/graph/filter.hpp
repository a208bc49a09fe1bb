#pragma once
// Views of a large graph, computed on the Boost.Graph: focus and depth, relation types, modality,
// mention counts, connected components, top entities by degree.
#include <string>
#include <vector>

#include "common/error.hpp"
#include "graph/knowledge_graph.hpp"

namespace newskg {

/// Which part of the graph to keep. Defaults keep everything.
struct GraphFilter {
  std::string focus;                    ///< an entity, by any of its names (label or alias)
  int depth = 1;                        ///< with focus: how many relation steps out (breadth-first)
  std::vector<RelationType> relations;  ///< keep only these relation types (empty: all)
  bool asserted_only = false;           ///< drop planned, negated and unconfirmed relation mentions
  unsigned min_mentions = 0;            ///< keep entities named at least this often
  int component = 0;                    ///< keep the k-th largest connected component (1 = largest)
  int top = 0;                          ///< keep the N entities with the most relations
  bool drop_isolated = false;           ///< drop entities left without any relation

  bool empty() const {
    return focus.empty() && relations.empty() && !asserted_only && min_mentions == 0 && component == 0 && top == 0 &&
           !drop_isolated;
  }
};

/// Applies the filter in this order: relation types and modality (edges), mention counts, focus
/// and depth, component, top N, isolated entities. Documents are kept. An unknown focus name is
/// a usage error naming it.
Result<KnowledgeGraph> filter_graph(const KnowledgeGraph& g, const GraphFilter& f);

/// Parses "metWith,accused" into relation types; an unknown name is a usage error.
Result<std::vector<RelationType>> parse_relations(const std::string& list);

}  // namespace newskg
