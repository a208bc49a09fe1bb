#include "export/rdf_export.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "export/iri.hpp"
#include "export/raptor.hpp"

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

std::string entity_iri(const EntityNode& n) {
  return iri::entity(n.type, n.name);
}

}  // namespace

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

Status graph_triples(const KnowledgeGraph& kg, const std::function<Status(const Triple&)>& emit) {
  const Graph& g = kg.graph();
  auto put = [&](const std::string& s, const std::string& p, Term o) {
    return emit(Triple{Term::iri(s), Term::iri(p), std::move(o)});
  };
#define NEWSKG_TRY(expr)          \
  do {                            \
    Status st_ = (expr);          \
    if (!st_) return st_.error(); \
  } while (0)

  std::vector<Vertex> vs(boost::vertices(g).first, boost::vertices(g).second);
  std::sort(vs.begin(), vs.end(), [&](Vertex a, Vertex b) { return g[a].key < g[b].key; });
  for (Vertex v : vs) {
    const EntityNode& n = g[v];
    const std::string s = entity_iri(n);
    NEWSKG_TRY(put(s, rdf("type"), Term::iri(nkg(to_string(n.type)))));
    NEWSKG_TRY(put(s, rdfs("label"), Term::literal(n.name)));
    for (const std::string& a : n.aliases) NEWSKG_TRY(put(s, skos("altLabel"), Term::literal(a)));
    if (!n.role.empty()) NEWSKG_TRY(put(s, nkg("role"), Term::literal(n.role)));
    if (!n.affiliation.empty()) {
      if (auto a = kg.find(n.affiliation)) NEWSKG_TRY(put(s, nkg("affiliation"), Term::iri(entity_iri(g[*a]))));
    }
    NEWSKG_TRY(put(s, nkg("mentionCount"), Term::typed(std::to_string(n.mentions), xsd("integer"))));
  }
  for (const DocumentInfo& d : kg.documents()) {
    const std::string s = iri::document(d.id);
    NEWSKG_TRY(put(s, rdf("type"), Term::iri(nkg("Document"))));
    NEWSKG_TRY(put(s, dct("identifier"), Term::literal(d.id)));
    if (!d.title.empty()) NEWSKG_TRY(put(s, dct("title"), Term::literal(d.title)));
    if (!d.source.empty()) NEWSKG_TRY(put(s, dct("source"), Term::literal(d.source == "-" ? "<stdin>" : d.source)));
    if (!d.date.empty()) NEWSKG_TRY(put(s, dct("date"), Term::typed(d.date, xsd("date"))));
  }
  std::vector<Edge> es(boost::edges(g).first, boost::edges(g).second);
  auto order = [&](const Edge& a, const Edge& b) {
    const RelationEdge &x = g[a], &y = g[b];
    return std::tie(x.document, x.char_begin, x.type, g[boost::source(a, g)].key, g[boost::target(a, g)].key) <
           std::tie(y.document, y.char_begin, y.type, g[boost::source(b, g)].key, g[boost::target(b, g)].key);
  };
  std::sort(es.begin(), es.end(), order);
  std::set<std::tuple<std::string, std::string, std::string>> direct;
  std::uint32_t doc = ~0u;
  std::size_t n_in_doc = 0;
  for (const Edge& e : es) {
    const RelationEdge& r = g[e];
    if (r.document != doc) {
      doc = r.document;
      n_in_doc = 0;
    }
    const DocumentInfo& d = kg.documents()[r.document];
    const std::string a = entity_iri(g[boost::source(e, g)]);
    const std::string b = entity_iri(g[boost::target(e, g)]);
    const std::string ev = iri::event(d.id, ++n_in_doc);
    NEWSKG_TRY(put(ev, rdf("type"), Term::iri(nkg(event_class(r.type)))));
    if (r.type == RelationType::MetWith) {
      NEWSKG_TRY(put(ev, nkg("participant"), Term::iri(a)));
      NEWSKG_TRY(put(ev, nkg("participant"), Term::iri(b)));
    } else {
      NEWSKG_TRY(put(ev, nkg("agent"), Term::iri(a)));
      NEWSKG_TRY(put(ev, nkg("target"), Term::iri(b)));
    }
    NEWSKG_TRY(put(ev, nkg("relation"), Term::iri(nkg(to_string(r.type)))));
    NEWSKG_TRY(put(ev, nkg("modality"), Term::iri(nkg(modality_individual(r.modality)))));
    if (!r.claimant.empty()) {
      if (auto c = kg.find(r.claimant)) NEWSKG_TRY(put(ev, nkg("claimedBy"), Term::iri(entity_iri(g[*c]))));
    }
    NEWSKG_TRY(put(ev, nkg("trigger"), Term::lang(r.trigger, "en")));
    NEWSKG_TRY(put(ev, nkg("sentence"), Term::lang(r.sentence_text, "en")));
    NEWSKG_TRY(put(ev, nkg("beginIndex"), Term::typed(std::to_string(r.char_begin), xsd("integer"))));
    NEWSKG_TRY(put(ev, nkg("endIndex"), Term::typed(std::to_string(r.char_end), xsd("integer"))));
    NEWSKG_TRY(put(ev, nkg("document"), Term::iri(iri::document(d.id))));
    NEWSKG_TRY(put(ev, prov("wasDerivedFrom"), Term::iri(iri::span(d.id, r.char_begin, r.char_end))));
    if (r.modality == Modality::Asserted) {
      direct.emplace(a, nkg(to_string(r.type)), b);
      if (r.type == RelationType::MetWith) direct.emplace(b, nkg(to_string(r.type)), a);
    }
  }
  // each asserted relation once, however many sentences state it
  for (const auto& [s, p, o] : direct) NEWSKG_TRY(put(s, p, Term::iri(o)));
#undef NEWSKG_TRY
  return {};
}

Status write_rdf(const KnowledgeGraph& g, const std::string& syntax, Sink& sink) {
  auto world = RaptorWorld::create();
  if (!world) return world.error();
  auto writer =
      RdfWriter::open(**world, syntax, sink, syntax == "turtle" ? rdf_prefixes() : decltype(rdf_prefixes()){});
  if (!writer) return writer.error();
  Status st = graph_triples(g, [&](const Triple& t) { return (*writer)->write(t); });
  if (!st) return st;
  return (*writer)->close();
}

}  // namespace newskg
