#include "export/dot_export.hpp"

#include <boost/graph/graphviz.hpp>
#include <sstream>

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

class VertexWriter {
 public:
  explicit VertexWriter(const Graph& g) : g_(g) {}
  void operator()(std::ostream& out, Vertex v) const {
    const EntityNode& n = g_[v];
    const Style st = style_of(n.type);
    out << "[label=" << dot_quote(n.name) << ", shape=" << dot_quote(st.shape) << ", fillcolor=" << dot_quote(st.fill)
        << ", tooltip=" << dot_quote(std::string(to_string(n.type)) + ": " + n.name)
        << ", URL=" << dot_quote(iri::entity(n.type, n.name)) << "]";
  }

 private:
  const Graph& g_;
};

class EdgeWriter {
 public:
  explicit EdgeWriter(const Graph& g) : g_(g) {}
  void operator()(std::ostream& out, Edge e) const {
    const RelationEdge& r = g_[e];
    std::string label = to_string(r.type);
    if (r.modality != Modality::Asserted) label += std::string(" (") + to_string(r.modality) + ")";
    out << "[label=" << dot_quote(label)
        << ", color=" << dot_quote(r.modality == Modality::Asserted ? edge_colour(r.type) : "#999999")
        << ", style=" << dot_quote(r.modality == Modality::Asserted ? "solid" : "dashed")
        << ", tooltip=" << dot_quote(r.sentence_text);
    if (r.type == RelationType::MetWith) out << ", dir=" << dot_quote("both");
    out << "]";
  }

 private:
  const Graph& g_;
};

struct GraphWriter {
  void operator()(std::ostream& out) const {
    out << "graph [rankdir=\"LR\", fontname=\"Helvetica\", overlap=\"false\", splines=\"true\"];\n"
        << "node [style=\"filled\", fontname=\"Helvetica\", fontsize=\"11\"];\n"
        << "edge [fontname=\"Helvetica\", fontsize=\"9\"];\n";
  }
};

}  // namespace

Status write_dot(const KnowledgeGraph& kg, Sink& sink) {
  std::ostringstream out;
  const Graph& g = kg.graph();
  boost::write_graphviz(out, g, VertexWriter(g), EdgeWriter(g), GraphWriter());
  if (!sink.write(out.str()) || !sink.flush()) return make_error(ErrorKind::Output, "write failed");
  return {};
}

}  // namespace newskg
