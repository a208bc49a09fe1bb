#include "export/rdf_export.hpp"

#include <algorithm>
#include <array>
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

// Every IRI graph_triples writes that does not depend on the data, spelled once per process
// rather than once per triple.
struct Vocabulary {
  const std::string dct_date = dct("date");
  const std::string dct_identifier = dct("identifier");
  const std::string dct_isPartOf = dct("isPartOf");
  const std::string dct_source = dct("source");
  const std::string dct_title = dct("title");
  const std::string nkg_Document = nkg("Document");
  const std::string nkg_TextSpan = nkg("TextSpan");
  const std::string nkg_affiliation = nkg("affiliation");
  const std::string nkg_agent = nkg("agent");
  const std::string nkg_beginIndex = nkg("beginIndex");
  const std::string nkg_cameoCode = nkg("cameoCode");
  const std::string nkg_claimedBy = nkg("claimedBy");
  const std::string nkg_confidence = nkg("confidence");
  const std::string nkg_document = nkg("document");
  const std::string nkg_endIndex = nkg("endIndex");
  const std::string nkg_mentionCount = nkg("mentionCount");
  const std::string nkg_modality = nkg("modality");
  const std::string nkg_participant = nkg("participant");
  const std::string nkg_place = nkg("place");
  const std::string nkg_relation = nkg("relation");
  const std::string nkg_reportedOn = nkg("reportedOn");
  const std::string nkg_role = nkg("role");
  const std::string nkg_sentence = nkg("sentence");
  const std::string nkg_target = nkg("target");
  const std::string nkg_trigger = nkg("trigger");
  const std::string nkg_url = nkg("url");
  const std::string prov_wasDerivedFrom = prov("wasDerivedFrom");
  const std::string rdf_type = rdf("type");
  const std::string rdfs_label = rdfs("label");
  const std::string skos_altLabel = skos("altLabel");
  const std::string xsd_anyURI = xsd("anyURI");
  const std::string xsd_date = xsd("date");
  const std::string xsd_decimal = xsd("decimal");
  const std::string xsd_integer = xsd("integer");
  std::array<std::string, kEntityTypeCount> entity_class;
  std::array<std::string, 4> event_class, relation;
  std::array<std::string, 3> modality;
  Vocabulary() {
    for (auto t :
         {EntityType::Person, EntityType::Organization, EntityType::Country, EntityType::City, EntityType::Location})
      entity_class[static_cast<std::size_t>(t)] = nkg(to_string(t));
    for (auto t : {RelationType::MetWith, RelationType::Accused, RelationType::Sanctioned, RelationType::Captured}) {
      event_class[static_cast<std::size_t>(t)] = nkg(newskg::event_class(t));
      relation[static_cast<std::size_t>(t)] = nkg(to_string(t));
    }
    for (auto m : {Modality::Asserted, Modality::Planned, Modality::Negated})
      modality[static_cast<std::size_t>(m)] = nkg(modality_individual(m));
  }
};

const Vocabulary& vocabulary() {
  static const Vocabulary v;
  return v;
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
  const Vocabulary& V = vocabulary();
  std::string graph;  // current named graph (empty without named graphs)
  // One Triple reused for every statement: its strings keep their capacity, so writing a
  // triple copies bytes but allocates nothing once the longest value has been seen.
  Triple t;
  auto put = [&](std::string_view s, std::string_view p, Term::Kind kind, std::string_view o, std::string_view dt,
                 std::string_view lang) {
    t.s.kind = Term::Kind::Iri;
    t.s.value.assign(s);
    t.p.kind = Term::Kind::Iri;
    t.p.value.assign(p);
    t.o.kind = kind;
    t.o.value.assign(o);
    t.o.datatype.assign(dt);
    t.o.language.assign(lang);
    t.graph.assign(graph);
    return emit(t);
  };
  auto put_iri = [&](std::string_view s, std::string_view p, std::string_view o) {
    return put(s, p, Term::Kind::Iri, o, {}, {});
  };
  auto put_literal = [&](std::string_view s, std::string_view p, std::string_view o) {
    return put(s, p, Term::Kind::Literal, o, {}, {});
  };
  auto put_lang = [&](std::string_view s, std::string_view p, std::string_view o, std::string_view lang) {
    return put(s, p, Term::Kind::Literal, o, {}, lang);
  };
  auto put_typed = [&](std::string_view s, std::string_view p, std::string_view o, std::string_view dt) {
    return put(s, p, Term::Kind::Literal, o, dt, {});
  };
#define NEWSKG_TRY(expr)          \
  do {                            \
    Status st_ = (expr);          \
    if (!st_) return st_.error(); \
  } while (0)

  if (layout.named_graphs) graph = entities_graph_iri();
  // entities in key order: sorted as (key, vertex) pairs, which keeps the graph out of the compares
  std::vector<std::pair<std::string_view, Vertex>> by_key;
  by_key.reserve(boost::num_vertices(g));
  for (auto [vi, ve] = boost::vertices(g); vi != ve; ++vi) by_key.emplace_back(g[*vi].key, *vi);
  std::sort(by_key.begin(), by_key.end());
  // each entity's IRI spelled once, for its own statements and every relation that names it
  std::vector<std::string> iris(boost::num_vertices(g));
  const auto iri_of = [&](Vertex v) -> const std::string& {
    if (iris[v].empty()) iris[v] = entity_iri(g[v]);
    return iris[v];
  };
  for (const auto& [key, v] : by_key) {
    const EntityNode& n = g[v];
    const std::string& s = iri_of(v);
    NEWSKG_TRY(put_iri(s, V.rdf_type, V.entity_class[static_cast<std::size_t>(n.type)]));
    NEWSKG_TRY(put_literal(s, V.rdfs_label, n.name));
    for (const std::string& a : n.aliases) NEWSKG_TRY(put_literal(s, V.skos_altLabel, a));
    if (!n.role.empty()) NEWSKG_TRY(put_lang(s, V.nkg_role, n.role, "en"));
    if (!n.affiliation.empty()) {
      if (auto a = kg.find(n.affiliation)) NEWSKG_TRY(put_iri(s, V.nkg_affiliation, iri_of(*a)));
    }
    if (layout.counts) NEWSKG_TRY(put_typed(s, V.nkg_mentionCount, std::to_string(n.mentions), V.xsd_integer));
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
    for (const auto& [s, p, o] : direct) NEWSKG_TRY(put_iri(s, p, o));
    direct.clear();
    return {};
  };
  std::size_t next_edge = 0;
  for (std::uint32_t d = 0; d < kg.documents().size(); ++d) {
    const DocumentInfo& doc = kg.documents()[d];
    const std::string doc_iri = iri::document(doc.id);
    if (layout.named_graphs) graph = doc_iri;
    NEWSKG_TRY(put_iri(doc_iri, V.rdf_type, V.nkg_Document));
    NEWSKG_TRY(put_literal(doc_iri, V.dct_identifier, doc.id));
    if (!doc.title.empty()) NEWSKG_TRY(put_lang(doc_iri, V.dct_title, doc.title, "en"));
    if (!doc.source.empty()) NEWSKG_TRY(put_literal(doc_iri, V.dct_source, doc.source == "-" ? "<stdin>" : doc.source));
    if (!doc.date.empty()) NEWSKG_TRY(put_typed(doc_iri, V.dct_date, doc.date, V.xsd_date));
    if (!doc.url.empty()) NEWSKG_TRY(put_typed(doc_iri, V.nkg_url, doc.url, V.xsd_anyURI));
    std::size_t n_in_doc = 0;
    std::set<std::string> spans;
    for (; next_edge < es.size() && g[es[next_edge]].document == d; ++next_edge) {
      const Edge& e = es[next_edge];
      const RelationEdge& r = g[e];
      const std::string& a = iri_of(boost::source(e, g));
      const std::string& b = iri_of(boost::target(e, g));
      const std::string ev = iri::event(doc.id, ++n_in_doc);
      const std::string span = iri::span(doc.id, r.char_begin, r.char_end);
      NEWSKG_TRY(put_iri(ev, V.rdf_type, V.event_class[static_cast<std::size_t>(r.type)]));
      if (r.type == RelationType::MetWith) {
        NEWSKG_TRY(put_iri(ev, V.nkg_participant, a));
        NEWSKG_TRY(put_iri(ev, V.nkg_participant, b));
      } else {
        NEWSKG_TRY(put_iri(ev, V.nkg_agent, a));
        NEWSKG_TRY(put_iri(ev, V.nkg_target, b));
      }
      if (!r.place.empty()) {
        if (auto p = kg.find(r.place)) NEWSKG_TRY(put_iri(ev, V.nkg_place, iri_of(*p)));
      }
      NEWSKG_TRY(put_iri(ev, V.nkg_relation, V.relation[static_cast<std::size_t>(r.type)]));
      NEWSKG_TRY(put_iri(ev, V.nkg_modality, V.modality[static_cast<std::size_t>(r.modality)]));
      if (!r.claimant.empty()) {
        if (auto c = kg.find(r.claimant)) NEWSKG_TRY(put_iri(ev, V.nkg_claimedBy, iri_of(*c)));
      }
      NEWSKG_TRY(put_literal(ev, V.nkg_cameoCode, cameo_code(r.type)));
      NEWSKG_TRY(put_typed(ev, V.nkg_confidence, decimal(r.confidence), V.xsd_decimal));
      NEWSKG_TRY(put_lang(ev, V.nkg_trigger, r.trigger, "en"));
      NEWSKG_TRY(put_lang(ev, V.nkg_sentence, r.sentence_text, "en"));
      if (!doc.date.empty()) NEWSKG_TRY(put_typed(ev, V.nkg_reportedOn, doc.date, V.xsd_date));
      NEWSKG_TRY(put_iri(ev, V.nkg_document, doc_iri));
      NEWSKG_TRY(put_iri(ev, V.prov_wasDerivedFrom, span));
      if (spans.insert(span).second) {  // one trigger may state several relations
        NEWSKG_TRY(put_iri(span, V.rdf_type, V.nkg_TextSpan));
        NEWSKG_TRY(put_typed(span, V.nkg_beginIndex, std::to_string(r.char_begin), V.xsd_integer));
        NEWSKG_TRY(put_typed(span, V.nkg_endIndex, std::to_string(r.char_end), V.xsd_integer));
        NEWSKG_TRY(put_iri(span, V.dct_isPartOf, doc_iri));
      }
      if (r.modality == Modality::Asserted) {
        direct.emplace(a, V.relation[static_cast<std::size_t>(r.type)], b);
        if (r.type == RelationType::MetWith) direct.emplace(b, V.relation[static_cast<std::size_t>(r.type)], a);
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
