#include "export/rdf_export.hpp"

#include <algorithm>
#include <cstdio>
#include <set>
#include <tuple>

#include "export/iri.hpp"
#include "export/ntriples_writer.hpp"
#include "export/raptor.hpp"
#include "export/turtle_writer.hpp"

namespace newskg {
namespace {

std::string nkg(std::string_view local) {
  return std::string(iri::kOntology) + std::string(local);
}
std::string rdf(std::string_view local) {
  return std::string(iri::kRdf) + std::string(local);
}
std::string rdfs(std::string_view local) {
  return std::string(iri::kRdfs) + std::string(local);
}
std::string skos(std::string_view local) {
  return std::string(iri::kSkos) + std::string(local);
}
std::string xsd(std::string_view local) {
  return std::string(iri::kXsd) + std::string(local);
}
std::string dct(std::string_view local) {
  return std::string(iri::kDcterms) + std::string(local);
}
std::string prov(std::string_view local) {
  return std::string(iri::kProv) + std::string(local);
}

const char* event_class(RelationType t) {
  switch (t) {
    case RelationType::MetWith:
      return "Meeting";
    case RelationType::Accused:
      return "Accusation";
    case RelationType::Sanctioned:
      return "Sanction";
    case RelationType::Captured:
      return "Capture";
  }
  return "Meeting";
}

// CAMEO event codes: 040 consult (meet), 112 accuse, 163 impose embargo/sanctions, 192 occupy territory.
const char* cameo_code(RelationType t) {
  switch (t) {
    case RelationType::MetWith:
      return "040";
    case RelationType::Accused:
      return "112";
    case RelationType::Sanctioned:
      return "163";
    case RelationType::Captured:
      return "192";
  }
  return "040";
}

const char* modality_individual(Modality m) {
  switch (m) {
    case Modality::Asserted:
      return "Asserted";
    case Modality::Planned:
      return "Planned";
    case Modality::Negated:
      return "Negated";
  }
  return "Asserted";
}

std::string decimal(float v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", static_cast<double>(std::clamp(v, 0.f, 1.f)));
  return buf;
}

std::string entity_iri(const EntityNode& n) {
  return iri::entity(n.type, n.name);
}

}  // namespace

std::string entities_graph_iri() {
  return std::string(iri::kBase) + "graph/entities";
}

const std::vector<std::pair<std::string, std::string>>& rdf_prefixes() {
  static const std::vector<std::pair<std::string, std::string>> p = {
      {"nkg", std::string(iri::kOntology)},
      {"rdf", std::string(iri::kRdf)},
      {"rdfs", std::string(iri::kRdfs)},
      {"skos", std::string(iri::kSkos)},
      {"xsd", std::string(iri::kXsd)},
      {"dcterms", std::string(iri::kDcterms)},
      {"prov", std::string(iri::kProv)},
      {"person", std::string(iri::kBase) + "person/"},
      {"org", std::string(iri::kBase) + "organization/"},
      {"country", std::string(iri::kBase) + "country/"},
      {"city", std::string(iri::kBase) + "city/"},
      {"place", std::string(iri::kBase) + "location/"},
      {"doc", std::string(iri::kBase) + "document/"},
      {"event", std::string(iri::kBase) + "event/"},
  };
  return p;
}

Status graph_triples(const KnowledgeGraph& kg, const std::function<Status(const Triple&)>& emit, RdfLayout layout) {
  const Graph& g = kg.graph();
  std::string graph;  // current named graph (empty without named graphs)
  auto put = [&](const std::string& s, const std::string& p, Term o) {
    return emit(Triple{Term::iri(s), Term::iri(p), std::move(o), graph});
  };
#define NEWSKG_TRY(expr)          \
  do {                            \
    Status st_ = (expr);          \
    if (!st_) return st_.error(); \
  } while (0)

  if (layout.named_graphs) graph = entities_graph_iri();
  std::vector<Vertex> vs(boost::vertices(g).first, boost::vertices(g).second);
  std::sort(vs.begin(), vs.end(), [&](Vertex a, Vertex b) { return g[a].key < g[b].key; });
  for (Vertex v : vs) {
    const EntityNode& n = g[v];
    const std::string s = entity_iri(n);
    NEWSKG_TRY(put(s, rdf("type"), Term::iri(nkg(to_string(n.type)))));
    NEWSKG_TRY(put(s, rdfs("label"), Term::literal(n.name)));
    for (const std::string& a : n.aliases) NEWSKG_TRY(put(s, skos("altLabel"), Term::literal(a)));
    if (!n.role.empty()) NEWSKG_TRY(put(s, nkg("role"), Term::lang(n.role, "en")));
    if (!n.affiliation.empty()) {
      if (auto a = kg.find(n.affiliation)) NEWSKG_TRY(put(s, nkg("affiliation"), Term::iri(entity_iri(g[*a]))));
    }
    if (layout.counts) NEWSKG_TRY(put(s, nkg("mentionCount"), Term::typed(std::to_string(n.mentions), xsd("integer"))));
  }

  std::vector<Edge> es(boost::edges(g).first, boost::edges(g).second);
  auto order = [&](const Edge& a, const Edge& b) {
    const RelationEdge &x = g[a], &y = g[b];
    return std::tie(x.document, x.char_begin, x.type, g[boost::source(a, g)].key, g[boost::target(a, g)].key) <
           std::tie(y.document, y.char_begin, y.type, g[boost::source(b, g)].key, g[boost::target(b, g)].key);
  };
  std::sort(es.begin(), es.end(), order);
  using Direct = std::set<std::tuple<std::string, std::string, std::string>>;
  Direct direct;
  auto flush_direct = [&]() -> Status {
    for (const auto& [s, p, o] : direct) NEWSKG_TRY(put(s, p, Term::iri(o)));
    direct.clear();
    return {};
  };
  std::size_t next_edge = 0;
  for (std::uint32_t d = 0; d < kg.documents().size(); ++d) {
    const DocumentInfo& doc = kg.documents()[d];
    const std::string doc_iri = iri::document(doc.id);
    if (layout.named_graphs) graph = doc_iri;
    NEWSKG_TRY(put(doc_iri, rdf("type"), Term::iri(nkg("Document"))));
    NEWSKG_TRY(put(doc_iri, dct("identifier"), Term::literal(doc.id)));
    if (!doc.title.empty()) NEWSKG_TRY(put(doc_iri, dct("title"), Term::lang(doc.title, "en")));
    if (!doc.source.empty())
      NEWSKG_TRY(put(doc_iri, dct("source"), Term::literal(doc.source == "-" ? "<stdin>" : doc.source)));
    if (!doc.date.empty()) NEWSKG_TRY(put(doc_iri, dct("date"), Term::typed(doc.date, xsd("date"))));
    if (!doc.url.empty()) NEWSKG_TRY(put(doc_iri, nkg("url"), Term::typed(doc.url, xsd("anyURI"))));
    std::size_t n_in_doc = 0;
    std::set<std::string> spans;
    for (; next_edge < es.size() && g[es[next_edge]].document == d; ++next_edge) {
      const Edge& e = es[next_edge];
      const RelationEdge& r = g[e];
      const std::string a = entity_iri(g[boost::source(e, g)]);
      const std::string b = entity_iri(g[boost::target(e, g)]);
      const std::string ev = iri::event(doc.id, ++n_in_doc);
      const std::string span = iri::span(doc.id, r.char_begin, r.char_end);
      NEWSKG_TRY(put(ev, rdf("type"), Term::iri(nkg(event_class(r.type)))));
      if (r.type == RelationType::MetWith) {
        NEWSKG_TRY(put(ev, nkg("participant"), Term::iri(a)));
        NEWSKG_TRY(put(ev, nkg("participant"), Term::iri(b)));
      } else {
        NEWSKG_TRY(put(ev, nkg("agent"), Term::iri(a)));
        NEWSKG_TRY(put(ev, nkg("target"), Term::iri(b)));
      }
      if (!r.place.empty()) {
        if (auto p = kg.find(r.place)) NEWSKG_TRY(put(ev, nkg("place"), Term::iri(entity_iri(g[*p]))));
      }
      NEWSKG_TRY(put(ev, nkg("relation"), Term::iri(nkg(to_string(r.type)))));
      NEWSKG_TRY(put(ev, nkg("modality"), Term::iri(nkg(modality_individual(r.modality)))));
      if (!r.claimant.empty()) {
        if (auto c = kg.find(r.claimant)) NEWSKG_TRY(put(ev, nkg("claimedBy"), Term::iri(entity_iri(g[*c]))));
      }
      NEWSKG_TRY(put(ev, nkg("cameoCode"), Term::literal(cameo_code(r.type))));
      NEWSKG_TRY(put(ev, nkg("confidence"), Term::typed(decimal(r.confidence), xsd("decimal"))));
      NEWSKG_TRY(put(ev, nkg("trigger"), Term::lang(r.trigger, "en")));
      NEWSKG_TRY(put(ev, nkg("sentence"), Term::lang(r.sentence_text, "en")));
      if (!doc.date.empty()) NEWSKG_TRY(put(ev, nkg("reportedOn"), Term::typed(doc.date, xsd("date"))));
      NEWSKG_TRY(put(ev, nkg("document"), Term::iri(doc_iri)));
      NEWSKG_TRY(put(ev, prov("wasDerivedFrom"), Term::iri(span)));
      if (spans.insert(span).second) {  // one trigger may state several relations
        NEWSKG_TRY(put(span, rdf("type"), Term::iri(nkg("TextSpan"))));
        NEWSKG_TRY(put(span, nkg("beginIndex"), Term::typed(std::to_string(r.char_begin), xsd("integer"))));
        NEWSKG_TRY(put(span, nkg("endIndex"), Term::typed(std::to_string(r.char_end), xsd("integer"))));
        NEWSKG_TRY(put(span, dct("isPartOf"), Term::iri(doc_iri)));
      }
      if (r.modality == Modality::Asserted) {
        direct.emplace(a, nkg(to_string(r.type)), b);
        if (r.type == RelationType::MetWith) direct.emplace(b, nkg(to_string(r.type)), a);
      }
    }
    // each asserted relation once per graph, however many sentences state it
    if (layout.named_graphs) NEWSKG_TRY(flush_direct());
  }
  if (!layout.named_graphs) NEWSKG_TRY(flush_direct());
#undef NEWSKG_TRY
  return {};
}

std::unique_ptr<TripleWriter> streaming_writer(const std::string& syntax, Sink& sink) {
  if (syntax == "turtle") return std::make_unique<TurtleWriter>(sink, rdf_prefixes());
  if (syntax == "ntriples" || syntax == "nquads") return std::make_unique<NTriplesWriter>(sink, syntax == "nquads");
  return nullptr;
}

Status write_rdf(const KnowledgeGraph& g, const std::string& syntax, Sink& sink, bool counts) {
  const RdfLayout layout{syntax == "nquads", counts};
  if (auto writer = streaming_writer(syntax, sink)) {
    Status st = graph_triples(
        g, [&](const Triple& t) { return writer->write(t); }, layout);
    if (!st) return st;
    return writer->close();
  }
  auto world = RaptorWorld::create();
  if (!world) return world.error();
  auto writer = RdfWriter::open(**world, syntax, sink, {});
  if (!writer) return writer.error();
  Status st = graph_triples(
      g, [&](const Triple& t) { return (*writer)->write(t); }, layout);
  if (!st) return st;
  return (*writer)->close();
}

}  // namespace newskg
