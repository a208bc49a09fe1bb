#pragma once
// The in-memory knowledge graph: entities as vertices, relation mentions as edges (Boost.Graph).
#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "common/string_table.hpp"
#include "extract/model.hpp"

namespace newskg {

/// A document the graph was built from (provenance).
struct DocumentInfo {
  std::string id;
  std::string source;
  std::string title;
  std::string date;
  std::string url;
};

/// An entity merged across documents by its canonical key (type and canonical name).
struct EntityNode {
  std::string key;
  std::string name;
  EntityType type = EntityType::Organization;
  std::set<std::string> aliases;
  std::string role;
  std::string affiliation;  ///< key of the affiliated entity, or empty
  std::uint32_t mentions = 0;
};

/// One relation mention: who did what to whom, how sure, and where it was said.
struct RelationEdge {
  RelationType type = RelationType::MetWith;
  Modality modality = Modality::Asserted;
  std::string claimant;          ///< key of the entity that reported it, or empty
  std::string place;             ///< key of the place where it happened, or empty
  float confidence = 0.9f;       ///< the extractor's confidence, 0..1
  std::uint32_t document = 0;    ///< index into KnowledgeGraph::documents()
  std::uint32_t sentence = 0;    ///< sentence number within the document (0-based)
  std::uint32_t char_begin = 0;  ///< trigger's character (code point) offsets in the document
  std::uint32_t char_end = 0;
  std::string trigger;
  std::string cameo;  ///< CAMEO event code (empty: the relation type's)
  std::string sentence_text;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, EntityNode, RelationEdge>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

/// Canonical key of an entity: its type and canonical name ("Person|Vladimir Putin").
std::string entity_key(EntityType type, const std::string& name);

/// All documents' entities and relations in one graph. Not thread-safe for concurrent add();
/// const access from many threads is safe.
class KnowledgeGraph {
 public:
  /// Adds one document's extraction, merging its entities with those already present.
  void add(const Extraction& ex) { add(Extraction(ex)); }
  /// The same, taking the extraction's strings and alias sets instead of copying them.
  void add(Extraction&& ex);

  const Graph& graph() const { return g_; }
  const std::vector<DocumentInfo>& documents() const { return docs_; }
  std::optional<Vertex> find(const std::string& key) const;
  std::size_t entity_count() const { return boost::num_vertices(g_); }
  std::size_t relation_count() const { return boost::num_edges(g_); }

  /// A copy holding the vertices with keep[v] and the edges between them that keep_edge accepts;
  /// all documents are kept.
  KnowledgeGraph subgraph(const std::vector<bool>& keep, const std::function<bool(const Edge&)>& keep_edge) const;

 private:
  Vertex vertex_for(Entity& e);  ///< a new vertex takes e's name
  Graph g_;
  StringTable<Vertex> index_;  ///< entity key -> vertex
  std::vector<DocumentInfo> docs_;
  std::string key_;  ///< vertex_for's scratch key
};

}  // namespace newskg
