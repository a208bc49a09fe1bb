#include "export/rdf_export.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <set>
#include <tuple>

#include "common/ordered_parallel.hpp"
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
    case Modality::Unconfirmed:
      return "Unconfirmed";
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
  std::array<std::string, 4> modality;
  Vocabulary() {
    for (auto t :
         {EntityType::Person, EntityType::Organization, EntityType::Country, EntityType::City, EntityType::Location})
      entity_class[static_cast<std::size_t>(t)] = nkg(to_string(t));
    for (auto t : {RelationType::MetWith, RelationType::Accused, RelationType::Sanctioned, RelationType::Captured}) {
      event_class[static_cast<std::size_t>(t)] = nkg(newskg::event_class(t));
      relation[static_cast<std::size_t>(t)] = nkg(to_string(t));
    }
    for (auto m : {Modality::Asserted, Modality::Planned, Modality::Negated, Modality::Unconfirmed})
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

namespace {

// What every part of an export shares, built once and read-only after: the entities in key
// order, each entity's IRI, the relation edges in document order and where each document's
// edges start. Parts of it may be written on several threads at once.
struct ExportPlan {
  const KnowledgeGraph& kg;
  RdfLayout layout;
  std::vector<Vertex> by_key;           ///< vertices in key order
  std::vector<std::string> iris;        ///< by vertex
  std::vector<Edge> edges;              ///< by document, offset, type, keys
  std::vector<std::size_t> first_edge;  ///< document d's edges: [first_edge[d], first_edge[d + 1])
  using Direct = std::set<std::tuple<std::string, std::string, std::string>>;  ///< asserted s p o
};

// Bytes [from, from + 8) of s as a number that orders as the bytes do (missing bytes as zeros,
// which order first as a shorter string does; equal numbers leave the order to the strings).
std::uint64_t sort_prefix(std::string_view s, std::size_t from) {
  std::uint64_t x = 0;
  for (std::size_t i = from; i < from + 8; ++i) x = (x << 8) | (i < s.size() ? static_cast<unsigned char>(s[i]) : 0u);
  return x;
}

Result<ExportPlan> make_plan(const KnowledgeGraph& kg, RdfLayout layout, unsigned threads) {
  ExportPlan plan{kg, layout, {}, {}, {}, {}};
  const Graph& g = kg.graph();
  const std::size_t n = boost::num_vertices(g);
  plan.iris.resize(n);
  // three independent jobs, spread over the threads: the entities in key order, the edges in
  // document order, and (in slices) each entity's IRI
  const auto sort_entities = [&] {
    // sorted by key, which keeps the graph out of the compares; most compares are settled by
    // the keys' first sixteen bytes as two numbers (keys share their type's prefix, "Person|")
    struct Sortable {
      std::uint64_t head[2];
      std::string_view key;
      Vertex v;
      bool operator<(const Sortable& o) const {
        if (head[0] != o.head[0]) return head[0] < o.head[0];
        if (head[1] != o.head[1]) return head[1] < o.head[1];
        return key < o.key;
      }
    };
    std::vector<Sortable> by_key;
    by_key.reserve(n);
    for (auto [vi, ve] = boost::vertices(g); vi != ve; ++vi) {
      const std::string_view key = g[*vi].key;
      by_key.push_back(Sortable{{sort_prefix(key, 0), sort_prefix(key, 8)}, key, *vi});
    }
    std::sort(by_key.begin(), by_key.end());
    plan.by_key.reserve(n);
    for (const Sortable& k : by_key) plan.by_key.push_back(k.v);
  };
  const auto sort_edges = [&] {
    plan.edges.assign(boost::edges(g).first, boost::edges(g).second);
    auto order = [&](const Edge& a, const Edge& b) {
      const RelationEdge &x = g[a], &y = g[b];
      return std::tie(x.document, x.char_begin, x.type, g[boost::source(a, g)].key, g[boost::target(a, g)].key) <
             std::tie(y.document, y.char_begin, y.type, g[boost::source(b, g)].key, g[boost::target(b, g)].key);
    };
    std::sort(plan.edges.begin(), plan.edges.end(), order);
    const std::size_t docs = kg.documents().size();
    plan.first_edge.assign(docs + 1, plan.edges.size());
    for (std::size_t e = plan.edges.size(); e-- > 0;) plan.first_edge[g[plan.edges[e]].document] = e;
    for (std::size_t d = docs; d-- > 0;) plan.first_edge[d] = std::min(plan.first_edge[d], plan.first_edge[d + 1]);
  };
  // each entity's IRI spelled once, for its own statements and every relation that names it
  const std::size_t slices = std::max<std::size_t>(1, std::min<std::size_t>(2 * threads, n / 2048));
  Status st = for_each_in_order<bool>(
      2 + slices, threads, 2 + slices,
      [&](std::size_t job) {
        if (job == 0) {
          sort_entities();
        } else if (job == 1) {
          sort_edges();
        } else {
          const std::size_t k = job - 2;
          for (std::size_t v = n * k / slices; v < n * (k + 1) / slices; ++v) plan.iris[v] = entity_iri(g[v]);
        }
        return true;
      },
      [](std::size_t, bool) { return Status{}; });
  if (!st) return st.error();  // (only an exception, such as running out of memory)
  return plan;
}

#define NEWSKG_TRY(expr)          \
  do {                            \
    Status st_ = (expr);          \
    if (!st_) return st_.error(); \
  } while (0)

// Spells statements into one Triple, reused for every statement: its strings keep their
// capacity, so a statement copies bytes but allocates nothing once the longest value was seen.
class Statements {
 public:
  explicit Statements(const std::function<Status(const Triple&)>& emit) : emit_(emit) {}
  std::string graph;  ///< current named graph (empty without named graphs)
  Status put(std::string_view s, std::string_view p, Term::Kind kind, std::string_view o, std::string_view dt,
             std::string_view lang) {
    t_.s.kind = Term::Kind::Iri;
    set(t_.s.value, s);
    t_.p.kind = Term::Kind::Iri;
    set(t_.p.value, p);
    t_.o.kind = kind;
    set(t_.o.value, o);
    set(t_.o.datatype, dt);
    set(t_.o.language, lang);
    set(t_.graph, graph);
    return emit_(t_);
  }
  Status iri(std::string_view s, std::string_view p, std::string_view o) {
    return put(s, p, Term::Kind::Iri, o, {}, {});
  }
  Status literal(std::string_view s, std::string_view p, std::string_view o) {
    return put(s, p, Term::Kind::Literal, o, {}, {});
  }
  Status lang(std::string_view s, std::string_view p, std::string_view o, std::string_view tag) {
    return put(s, p, Term::Kind::Literal, o, {}, tag);
  }
  Status typed(std::string_view s, std::string_view p, std::string_view o, std::string_view dt) {
    return put(s, p, Term::Kind::Literal, o, dt, {});
  }

 private:
  // to = from, copying the bytes into the capacity `to` has (string::assign takes the slower
  // path that allows `from` to be inside `to`, which it never is here)
  static void set(std::string& to, std::string_view from) {
    to.clear();
    to.append(from);
  }
  const std::function<Status(const Triple&)>& emit_;
  Triple t_;
};

// The statements of the entities by_key[begin, end).
Status entity_statements(const ExportPlan& plan, std::size_t begin, std::size_t end, Statements& out) {
  const Graph& g = plan.kg.graph();
  const Vocabulary& V = vocabulary();
  out.graph = plan.layout.named_graphs ? entities_graph_iri() : std::string();
  for (std::size_t k = begin; k < end; ++k) {
    const Vertex v = plan.by_key[k];
    const EntityNode& n = g[v];
    const std::string& s = plan.iris[v];
    NEWSKG_TRY(out.iri(s, V.rdf_type, V.entity_class[static_cast<std::size_t>(n.type)]));
    NEWSKG_TRY(out.literal(s, V.rdfs_label, n.name));
    for (const std::string& a : n.aliases) NEWSKG_TRY(out.literal(s, V.skos_altLabel, a));
    if (!n.role.empty()) NEWSKG_TRY(out.lang(s, V.nkg_role, n.role, "en"));
    if (!n.affiliation.empty()) {
      if (auto a = plan.kg.find(n.affiliation)) NEWSKG_TRY(out.iri(s, V.nkg_affiliation, plan.iris[*a]));
    }
    if (plan.layout.counts) NEWSKG_TRY(out.typed(s, V.nkg_mentionCount, std::to_string(n.mentions), V.xsd_integer));
  }
  return {};
}

Status direct_statements(ExportPlan::Direct& direct, Statements& out) {
  for (const auto& [s, p, o] : direct) NEWSKG_TRY(out.iri(s, p, o));
  direct.clear();
  return {};
}

// The statements of documents [begin, end): each document's node, its events and their spans;
// its direct relations too with named graphs, else they are added to `direct`.
Status document_statements(const ExportPlan& plan, std::size_t begin, std::size_t end, Statements& out,
                           ExportPlan::Direct& direct) {
  const Graph& g = plan.kg.graph();
  const Vocabulary& V = vocabulary();
  for (std::size_t d = begin; d < end; ++d) {
    const DocumentInfo& doc = plan.kg.documents()[d];
    const std::string doc_iri = iri::document(doc.id);
    if (plan.layout.named_graphs) out.graph = doc_iri;
    NEWSKG_TRY(out.iri(doc_iri, V.rdf_type, V.nkg_Document));
    NEWSKG_TRY(out.literal(doc_iri, V.dct_identifier, doc.id));
    if (!doc.title.empty()) NEWSKG_TRY(out.lang(doc_iri, V.dct_title, doc.title, "en"));
    if (!doc.source.empty()) NEWSKG_TRY(out.literal(doc_iri, V.dct_source, doc.source == "-" ? "<stdin>" : doc.source));
    if (!doc.date.empty()) NEWSKG_TRY(out.typed(doc_iri, V.dct_date, doc.date, V.xsd_date));
    if (!doc.url.empty()) NEWSKG_TRY(out.typed(doc_iri, V.nkg_url, doc.url, V.xsd_anyURI));
    std::size_t n_in_doc = 0;
    std::set<std::string> spans;
    for (std::size_t k = plan.first_edge[d]; k < plan.first_edge[d + 1]; ++k) {
      const Edge& e = plan.edges[k];
      const RelationEdge& r = g[e];
      const std::string& a = plan.iris[boost::source(e, g)];
      const std::string& b = plan.iris[boost::target(e, g)];
      const std::string ev = iri::event(doc.id, ++n_in_doc);
      const std::string span = iri::span(doc.id, r.char_begin, r.char_end);
      NEWSKG_TRY(out.iri(ev, V.rdf_type, V.event_class[static_cast<std::size_t>(r.type)]));
      if (r.type == RelationType::MetWith) {
        NEWSKG_TRY(out.iri(ev, V.nkg_participant, a));
        NEWSKG_TRY(out.iri(ev, V.nkg_participant, b));
      } else {
        NEWSKG_TRY(out.iri(ev, V.nkg_agent, a));
        NEWSKG_TRY(out.iri(ev, V.nkg_target, b));
      }
      if (!r.place.empty()) {
        if (auto p = plan.kg.find(r.place)) NEWSKG_TRY(out.iri(ev, V.nkg_place, plan.iris[*p]));
      }
      NEWSKG_TRY(out.iri(ev, V.nkg_relation, V.relation[static_cast<std::size_t>(r.type)]));
      NEWSKG_TRY(out.iri(ev, V.nkg_modality, V.modality[static_cast<std::size_t>(r.modality)]));
      if (!r.claimant.empty()) {
        if (auto c = plan.kg.find(r.claimant)) NEWSKG_TRY(out.iri(ev, V.nkg_claimedBy, plan.iris[*c]));
      }
      NEWSKG_TRY(out.literal(ev, V.nkg_cameoCode, r.cameo.empty() ? std::string_view(cameo_code(r.type)) : r.cameo));
      NEWSKG_TRY(out.typed(ev, V.nkg_confidence, decimal(r.confidence), V.xsd_decimal));
      NEWSKG_TRY(out.lang(ev, V.nkg_trigger, r.trigger, "en"));
      NEWSKG_TRY(out.lang(ev, V.nkg_sentence, r.sentence_text, "en"));
      if (!doc.date.empty()) NEWSKG_TRY(out.typed(ev, V.nkg_reportedOn, doc.date, V.xsd_date));
      NEWSKG_TRY(out.iri(ev, V.nkg_document, doc_iri));
      NEWSKG_TRY(out.iri(ev, V.prov_wasDerivedFrom, span));
      if (spans.insert(span).second) {  // one trigger may state several relations
        NEWSKG_TRY(out.iri(span, V.rdf_type, V.nkg_TextSpan));
        NEWSKG_TRY(out.typed(span, V.nkg_beginIndex, std::to_string(r.char_begin), V.xsd_integer));
        NEWSKG_TRY(out.typed(span, V.nkg_endIndex, std::to_string(r.char_end), V.xsd_integer));
        NEWSKG_TRY(out.iri(span, V.dct_isPartOf, doc_iri));
      }
      if (r.modality == Modality::Asserted) {
        direct.emplace(a, V.relation[static_cast<std::size_t>(r.type)], b);
        if (r.type == RelationType::MetWith) direct.emplace(b, V.relation[static_cast<std::size_t>(r.type)], a);
      }
    }
    // each asserted relation once per graph, however many sentences state it
    if (plan.layout.named_graphs) NEWSKG_TRY(direct_statements(direct, out));
  }
  return {};
}

}  // namespace

Status graph_triples(const KnowledgeGraph& kg, const std::function<Status(const Triple&)>& emit, RdfLayout layout) {
  const auto made = make_plan(kg, layout, 1);
  if (!made) return made.error();
  const ExportPlan& plan = *made;
  Statements out(emit);
  ExportPlan::Direct direct;
  NEWSKG_TRY(entity_statements(plan, 0, plan.by_key.size(), out));
  NEWSKG_TRY(document_statements(plan, 0, kg.documents().size(), out, direct));
  out.graph.clear();
  return direct_statements(direct, out);  // without named graphs: once in the whole output
}

std::unique_ptr<TripleWriter> streaming_writer(const std::string& syntax, Sink& sink) {
  if (syntax == "turtle") return std::make_unique<TurtleWriter>(sink, rdf_prefixes());
  if (syntax == "ntriples" || syntax == "nquads") return std::make_unique<NTriplesWriter>(sink, syntax == "nquads");
  return nullptr;
}

RdfPieces rdf_pieces(const std::string& syntax) {
  RdfPieces p;
  if (syntax == "turtle") {
    p.header = TurtleWriter::header(rdf_prefixes());
    p.separator = p.trailer = " .\n";
    p.writer = [](Sink& sink) { return std::make_unique<TurtleWriter>(sink, rdf_prefixes(), true); };
  } else if (syntax == "ntriples" || syntax == "nquads") {
    const bool quads = syntax == "nquads";
    p.writer = [quads](Sink& sink) { return std::make_unique<NTriplesWriter>(sink, quads); };
  }
  return p;
}

namespace {

// One piece of the output: a range of entities, or of documents (with their direct relations
// when there are no named graphs, kept apart until every document has been seen).
struct Piece {
  bool entities = false;
  std::size_t begin = 0, end = 0;
};
struct PieceText {
  std::string text;
  ExportPlan::Direct direct;
};

// Writes `run`'s statements with a piece writer; the text it wrote.
template <class Run>
Result<PieceText> write_piece(const RdfPieces& format, Run run) {
  PieceText out;
  StringSink sink;
  std::unique_ptr<TripleWriter> writer = format.writer(sink);
  std::function<Status(const Triple&)> emit = [&](const Triple& t) { return writer->write(t); };
  Statements statements(emit);
  NEWSKG_TRY(run(statements, out.direct));
  NEWSKG_TRY(writer->close());
  out.text = sink.take();
  return out;
}

}  // namespace

Status write_rdf(const KnowledgeGraph& g, const std::string& syntax, Sink& sink, bool counts, unsigned threads) {
  const RdfLayout layout{syntax == "nquads", counts};
  const RdfPieces format = rdf_pieces(syntax);
  if (format.writer && threads > 1) return write_rdf_pieces(g, format, layout, sink, threads);
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

Status write_rdf_pieces(const KnowledgeGraph& g, const RdfPieces& format, RdfLayout layout, Sink& sink,
                        unsigned threads) {
  const auto made = make_plan(g, layout, threads);
  if (!made) return made.error();
  const ExportPlan& plan = *made;
  // pieces of some tens of kilobytes: enough of them to keep every thread busy
  constexpr std::size_t kEntitiesPerPiece = 512, kDocumentsPerPiece = 16;
  std::vector<Piece> pieces;
  for (std::size_t b = 0; b < plan.by_key.size(); b += kEntitiesPerPiece)
    pieces.push_back(Piece{true, b, std::min(b + kEntitiesPerPiece, plan.by_key.size())});
  const std::size_t docs = g.documents().size();
  for (std::size_t b = 0; b < docs; b += kDocumentsPerPiece)
    pieces.push_back(Piece{false, b, std::min(b + kDocumentsPerPiece, docs)});
  bool any = false;  // some piece has written statements
  const auto put = [&](const std::string& text) -> Status {
    if (text.empty()) return {};
    if ((any && !sink.write(format.separator)) || !sink.write(text)) return write_error(sink);
    any = true;
    return {};
  };
  if (!sink.write(format.header)) return write_error(sink);
  ExportPlan::Direct direct;
  NEWSKG_TRY(for_each_in_order<PieceText>(
      pieces.size(), threads, 4 * static_cast<std::size_t>(threads),
      [&](std::size_t i) {
        const Piece& p = pieces[i];
        return write_piece(format, [&](Statements& out, ExportPlan::Direct& d) {
          return p.entities ? entity_statements(plan, p.begin, p.end, out)
                            : document_statements(plan, p.begin, p.end, out, d);
        });
      },
      [&](std::size_t, PieceText&& piece) {
        direct.merge(piece.direct);
        return put(piece.text);
      }));
  // without named graphs, each direct relation once in the whole output, after the documents
  auto last = write_piece(format, [&](Statements& out, ExportPlan::Direct&) { return direct_statements(direct, out); });
  if (!last) return last.error();
  NEWSKG_TRY(put(last->text));
  if (any && !sink.write(format.trailer)) return write_error(sink);
  if (!sink.flush()) return write_error(sink);
  return {};
}

#undef NEWSKG_TRY

}  // namespace newskg
