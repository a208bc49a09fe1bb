#include "export/graphml_export.hpp"

#include <boost/graph/graphml.hpp>
#include <sstream>

#include "export/iri.hpp"
#include "export/xml_chars.hpp"

namespace newskg {
namespace {

// GraphML attributes as plain strings (so every tool reads them the same way).
struct GNode {
  std::string label, type, iri, role, aliases;
  int mentions = 0;
};
struct GEdge {
  std::string relation, modality, claimant, sentence, document;
  double confidence = 0;
};
using GGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, GNode, GEdge>;

// XML 1.0 has no place for some characters; our text has none, but keep the file valid whatever
// a graph holds.
std::string xml_safe(const std::string& s) {
  return xml_chars(s);
}

}  // namespace

Status write_graphml(const KnowledgeGraph& kg, Sink& sink) {
  const Graph& g = kg.graph();
  GGraph out;
  for (auto [vi, ve] = boost::vertices(g); vi != ve; ++vi) {
    const EntityNode& n = g[*vi];
    std::string aliases;
    for (const auto& a : n.aliases) aliases += (aliases.empty() ? "" : "; ") + a;
    boost::add_vertex(GNode{xml_safe(n.name), to_string(n.type), iri::entity(n.type, n.name), xml_safe(n.role),
                            xml_safe(aliases), static_cast<int>(n.mentions)},
                      out);
  }
  for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei) {
    const RelationEdge& r = g[*ei];
    std::string claimant;
    if (auto c = kg.find(r.claimant); c && !r.claimant.empty()) claimant = g[*c].name;
    boost::add_edge(boost::source(*ei, g), boost::target(*ei, g),
                    GEdge{to_string(r.type), to_string(r.modality), xml_safe(claimant), xml_safe(r.sentence_text),
                          xml_safe(kg.documents()[r.document].id), static_cast<double>(r.confidence)},
                    out);
  }
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("label", boost::get(&GNode::label, out));
  dp.property("type", boost::get(&GNode::type, out));
  dp.property("iri", boost::get(&GNode::iri, out));
  dp.property("role", boost::get(&GNode::role, out));
  dp.property("aliases", boost::get(&GNode::aliases, out));
  dp.property("mentions", boost::get(&GNode::mentions, out));
  dp.property("relation", boost::get(&GEdge::relation, out));
  dp.property("modality", boost::get(&GEdge::modality, out));
  dp.property("claimant", boost::get(&GEdge::claimant, out));
  dp.property("sentence", boost::get(&GEdge::sentence, out));
  dp.property("document", boost::get(&GEdge::document, out));
  dp.property("confidence", boost::get(&GEdge::confidence, out));
  std::ostringstream os;
  boost::write_graphml(os, out, dp, true);
  if (!sink.write(os.str()) || !sink.flush()) return write_error(sink);
  return {};
}

}  // namespace newskg
