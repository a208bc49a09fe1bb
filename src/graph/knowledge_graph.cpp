#include "graph/knowledge_graph.hpp"

#include <algorithm>
#include <unordered_map>

#include "text/utf8.hpp"

namespace newskg {

std::string entity_key(EntityType type, const std::string& name) {
  return std::string(to_string(type)) + "|" + name;
}

KnowledgeGraph KnowledgeGraph::subgraph(const std::vector<bool>& keep,
                                        const std::function<bool(const Edge&)>& keep_edge) const {
  KnowledgeGraph out;
  out.docs_ = docs_;
  std::vector<Vertex> map(boost::num_vertices(g_));
  for (auto [vi, ve] = boost::vertices(g_); vi != ve; ++vi) {
    if (!keep[*vi]) continue;
    map[*vi] = boost::add_vertex(g_[*vi], out.g_);
    out.index_.emplace(g_[*vi].key, map[*vi]);
  }
  for (auto [ei, ee] = boost::edges(g_); ei != ee; ++ei) {
    const Vertex s = boost::source(*ei, g_), t = boost::target(*ei, g_);
    if (keep[s] && keep[t] && keep_edge(*ei)) boost::add_edge(map[s], map[t], g_[*ei], out.g_);
  }
  return out;
}

std::optional<Vertex> KnowledgeGraph::find(const std::string& key) const {
  const Vertex* v = index_.find(key);
  if (!v) return std::nullopt;
  return *v;
}

Vertex KnowledgeGraph::vertex_for(Entity& e) {
  // the key spelled in a reused buffer: most entities are already there
  key_.assign(to_string(e.type));
  key_ += '|';
  key_ += e.name;
  if (const Vertex* found = index_.find(key_)) return *found;
  // (boost::add_vertex would copy a node given to it: the new vertex's node is filled in place)
  const Vertex v = boost::add_vertex(g_);
  EntityNode& n = g_[v];
  n.key = key_;
  n.name = std::move(e.name);
  n.type = e.type;
  index_.emplace(key_, v);
  return v;
}

void KnowledgeGraph::add(Extraction&& ex) {
  const auto doc_index = static_cast<std::uint32_t>(docs_.size());
  Document& d = ex.doc;
  docs_.push_back(
      DocumentInfo{std::move(d.id), std::move(d.source), std::move(d.title), std::move(d.date), std::move(d.url)});
  std::vector<Vertex> vs;
  vs.reserve(ex.entities.size());
  for (Entity& e : ex.entities) {
    const Vertex v = vertex_for(e);
    EntityNode& n = g_[v];
    n.aliases.merge(e.aliases);  // moves the nodes the graph does not have yet
    n.aliases.erase(n.name);
    n.mentions += e.mentions;
    if (n.role.empty()) n.role = std::move(e.role);
    vs.push_back(v);
  }
  for (std::size_t i = 0; i < ex.entities.size(); ++i) {
    const Entity& e = ex.entities[i];
    EntityNode& n = g_[vs[i]];
    if (n.affiliation.empty() && e.affiliation >= 0)
      n.affiliation = g_[vs[static_cast<std::size_t>(e.affiliation)]].key;
  }
  const std::string_view text = ex.doc.text;
  // character offsets, counted incrementally over the relations sorted by byte offset
  std::vector<std::uint32_t> byte_offsets;
  for (const Relation& r : ex.relations) byte_offsets.push_back(r.begin), byte_offsets.push_back(r.end);
  std::sort(byte_offsets.begin(), byte_offsets.end());
  std::unordered_map<std::uint32_t, std::uint32_t> chars;
  std::size_t counted_bytes = 0, counted_chars = 0;
  for (std::uint32_t b : byte_offsets) {
    counted_chars += utf8::code_points(text.substr(counted_bytes), b - counted_bytes);
    counted_bytes = b;
    chars[b] = static_cast<std::uint32_t>(counted_chars);
  }
  for (Relation& r : ex.relations) {
    RelationEdge edge;
    edge.type = r.type;
    edge.modality = r.modality;
    if (r.claimant >= 0) edge.claimant = g_[vs[static_cast<std::size_t>(r.claimant)]].key;
    if (r.place >= 0) edge.place = g_[vs[static_cast<std::size_t>(r.place)]].key;
    edge.confidence = r.confidence;
    edge.document = doc_index;
    edge.sentence = r.sentence;
    edge.char_begin = chars[r.begin];
    edge.char_end = chars[r.end];
    edge.trigger = std::move(r.trigger);
    edge.cameo = std::move(r.cameo);
    edge.sentence_text = std::string(ex.sentence_text(r.sentence));
    boost::add_edge(vs[static_cast<std::size_t>(r.agent)], vs[static_cast<std::size_t>(r.target)], std::move(edge), g_);
  }
}

}  // namespace newskg
