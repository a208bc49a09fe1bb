#include "export/dot_export.hpp"

#include <boost/graph/graphviz.hpp>
#include <cmath>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "export/dot_escape.hpp"
#include "export/iri.hpp"

namespace newskg {
namespace {

struct Style {
  const char* shape;
  const char* fill;
};

Style style_of(EntityType t) {
  switch (t) {
    case EntityType::Person:
      return {"ellipse", "#cfe2ff"};
    case EntityType::Organization:
      return {"box", "#ffe5b4"};
    case EntityType::Country:
      return {"hexagon", "#d4edda"};
    case EntityType::City:
      return {"house", "#e2f0cb"};
    case EntityType::Location:
      return {"octagon", "#f0f0f0"};
  }
  return {"ellipse", "#ffffff"};
}

const char* edge_colour(RelationType t) {
  switch (t) {
    case RelationType::MetWith:
      return "#1f77b4";
    case RelationType::Accused:
      return "#d62728";
    case RelationType::Sanctioned:
      return "#9467bd";
    case RelationType::Captured:
      return "#2c2c2c";
  }
  return "#000000";
}

enum class Kind { Asserted, Claimed, Planned, Negated };

Kind kind_of(const RelationEdge& r) {
  if (r.modality == Modality::Planned) return Kind::Planned;
  if (r.modality == Modality::Negated) return Kind::Negated;
  if (r.modality == Modality::Unconfirmed) return Kind::Claimed;  // on someone's word, unnamed
  return r.claimant.empty() ? Kind::Asserted : Kind::Claimed;
}

// One drawn node and one drawn (merged) edge.
struct DNode {
  std::string name, tooltip, url;
  EntityType type = EntityType::Person;
};
struct DEdge {
  RelationType type = RelationType::MetWith;
  Kind kind = Kind::Asserted;
  std::size_t count = 0;
  std::vector<std::string> sentences;
};
using Diagram = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, DNode, DEdge>;

Diagram build(const KnowledgeGraph& kg, const DiagramOptions& o) {
  const Graph& g = kg.graph();
  Diagram d;
  std::map<Vertex, Diagram::vertex_descriptor> map;
  std::vector<Vertex> vs(boost::vertices(g).first, boost::vertices(g).second);
  std::sort(vs.begin(), vs.end(), [&](Vertex a, Vertex b) { return g[a].key < g[b].key; });
  for (Vertex v : vs) {
    if (!o.isolated && boost::out_degree(v, g) + boost::in_degree(v, g) == 0) continue;
    const EntityNode& n = g[v];
    std::string tip = std::string(to_string(n.type)) + ": " + n.name;
    if (!n.role.empty()) tip += " (" + n.role + ")";
    if (!n.aliases.empty()) {
      tip += "\nalso: ";
      std::size_t k = 0;
      for (const auto& a : n.aliases) {
        if (k++ == 6) {
          tip += ", ...";
          break;
        }
        tip += (k > 1 ? ", " : "") + a;
      }
    }
    map[v] = boost::add_vertex(DNode{n.name, tip, iri::entity(n.type, n.name), n.type}, d);
  }
  // merge parallel mentions: same pair (unordered for metWith), relation and kind
  std::map<std::tuple<std::string, std::string, RelationType, Kind>, std::pair<std::pair<Vertex, Vertex>, DEdge>>
      merged;
  for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei) {
    const RelationEdge& r = g[*ei];
    Vertex s = boost::source(*ei, g), t = boost::target(*ei, g);
    if (!map.count(s) || !map.count(t)) continue;
    if (r.type == RelationType::MetWith && g[t].key < g[s].key) std::swap(s, t);
    auto& slot = merged[{g[s].key, g[t].key, r.type, kind_of(r)}];
    slot.first = {s, t};
    slot.second.type = r.type;
    slot.second.kind = kind_of(r);
    ++slot.second.count;
    if (slot.second.sentences.size() < 3) slot.second.sentences.push_back(r.sentence_text);
  }
  for (auto& [key, value] : merged) boost::add_edge(map[value.first.first], map[value.first.second], value.second, d);
  return d;
}

class VertexWriter {
 public:
  explicit VertexWriter(const Diagram& d) : d_(d) {}
  void operator()(std::ostream& out, Diagram::vertex_descriptor v) const {
    const DNode& n = d_[v];
    const Style st = style_of(n.type);
    out << "[label=" << dot_quote(n.name) << ", shape=" << dot_quote(st.shape) << ", fillcolor=" << dot_quote(st.fill)
        << ", tooltip=" << dot_quote(n.tooltip) << ", URL=" << dot_quote(n.url) << "]";
  }

 private:
  const Diagram& d_;
};

class EdgeWriter {
 public:
  explicit EdgeWriter(const Diagram& d) : d_(d) {}
  void operator()(std::ostream& out, Diagram::edge_descriptor e) const {
    const DEdge& r = d_[e];
    std::string label = to_string(r.type);
    if (r.count > 1) label += " \xC3\x97" + std::to_string(r.count);
    if (r.kind == Kind::Planned) label += " (planned)";
    if (r.kind == Kind::Negated) label += " (negated)";
    if (r.kind == Kind::Claimed) label += " (claimed)";
    const bool uncertain = r.kind == Kind::Planned || r.kind == Kind::Negated;
    std::string tip;
    for (const auto& s : r.sentences) tip += (tip.empty() ? "" : "\n\n") + s;
    if (r.count > r.sentences.size()) tip += "\n\n(and " + std::to_string(r.count - r.sentences.size()) + " more)";
    char width[16];
    std::snprintf(width, sizeof width, "%.1f", 1.0 + 1.5 * std::log2(static_cast<double>(r.count)));
    out << "[label=" << dot_quote(label) << ", color=" << dot_quote(uncertain ? "#9a9a9a" : edge_colour(r.type))
        << ", fontcolor=" << dot_quote(uncertain ? "#7a7a7a" : edge_colour(r.type)) << ", style="
        << dot_quote(uncertain                 ? "dashed"
                     : r.kind == Kind::Claimed ? "dotted"
                                               : "solid")
        << ", penwidth=" << dot_quote(width) << ", tooltip=" << dot_quote(tip) << ", labeltooltip=" << dot_quote(tip);
    if (r.type == RelationType::MetWith) out << ", dir=" << dot_quote("both");
    if (r.kind == Kind::Negated) out << ", arrowhead=" << dot_quote("tee");
    out << "]";
  }

 private:
  const Diagram& d_;
};

class GraphWriter {
 public:
  GraphWriter(const Diagram& d, bool legend) : d_(d), legend_(legend) {}
  void operator()(std::ostream& out) const {
    out << "graph [rankdir=\"LR\", fontname=\"Helvetica\", overlap=\"false\", splines=\"true\", "
           "nodesep=\"0.3\", ranksep=\"0.6\"];\n"
        << "node [style=\"filled\", fontname=\"Helvetica\", fontsize=\"11\"];\n"
        << "edge [fontname=\"Helvetica\", fontsize=\"9\"];\n";
    if (!legend_ || boost::num_vertices(d_) == 0) return;
    std::set<EntityType> types;
    std::set<RelationType> rels;
    bool uncertain = false, claimed = false;
    for (auto [vi, ve] = boost::vertices(d_); vi != ve; ++vi) types.insert(d_[*vi].type);
    for (auto [ei, ee] = boost::edges(d_); ei != ee; ++ei) {
      rels.insert(d_[*ei].type);
      uncertain |= d_[*ei].kind == Kind::Planned || d_[*ei].kind == Kind::Negated;
      claimed |= d_[*ei].kind == Kind::Claimed;
    }
    out << "subgraph \"cluster_legend\" {\n"
        << "label=\"Legend\"; fontsize=\"10\"; color=\"#bbbbbb\"; style=\"rounded\";\n";
    std::string prev;
    for (EntityType t : types) {
      const Style st = style_of(t);
      const std::string id = std::string("legend_") + to_string(t);
      out << dot_quote(id) << " [label=" << dot_quote(to_string(t)) << ", shape=" << dot_quote(st.shape)
          << ", fillcolor=" << dot_quote(st.fill) << ", fontsize=\"9\"];\n";
      if (!prev.empty()) out << dot_quote(prev) << " -> " << dot_quote(id) << " [style=\"invis\"];\n";
      prev = id;
    }
    int k = 0;
    auto sample = [&](const std::string& label, const char* colour, const char* style) {
      const std::string a = "legend_a" + std::to_string(k), b = "legend_b" + std::to_string(k++);
      out << dot_quote(a) << " [label=\"\", shape=\"point\", width=\"0.05\"];\n"
          << dot_quote(b) << " [label=\"\", shape=\"point\", width=\"0.05\"];\n"
          << dot_quote(a) << " -> " << dot_quote(b) << " [label=" << dot_quote(label) << ", color=" << dot_quote(colour)
          << ", fontcolor=" << dot_quote(colour) << ", style=" << dot_quote(style) << "];\n";
    };
    for (RelationType r : rels) sample(to_string(r), edge_colour(r), "solid");
    if (claimed) sample("claimed by a party", "#444444", "dotted");
    if (uncertain) sample("planned or negated", "#9a9a9a", "dashed");
    out << "}\n";
  }

 private:
  const Diagram& d_;
  bool legend_;
};

}  // namespace

std::size_t diagram_size(const KnowledgeGraph& g, const DiagramOptions& options) {
  return boost::num_vertices(build(g, options));
}

Status write_dot(const KnowledgeGraph& kg, Sink& sink, const DiagramOptions& options) {
  std::ostringstream out;
  const Diagram d = build(kg, options);
  boost::write_graphviz(out, d, VertexWriter(d), EdgeWriter(d), GraphWriter(d, options.legend));
  if (!sink.write(out.str()) || !sink.flush()) return write_error(sink);
  return {};
}

}  // namespace newskg
