#include "roundtrip.hpp"

#include <libxml/parser.h>

#include <filesystem>
#include <memory>
#include <set>

#include "export/dot_export.hpp"
#include "export/exporter.hpp"
#include "export/raptor.hpp"
#include "export/rdf_export.hpp"
#include "export/svg_render.hpp"
#include "extract/pipeline.hpp"
#include "syntax/models.hpp"
#include "text/corpus.hpp"
#include "text/reader.hpp"
#include "text/utf8.hpp"

namespace newskg::fuzz {
namespace {

const Lexicon& lexicon() {
  static const Lexicon lx = [] {
    auto r = Lexicon::load(std::filesystem::path(NEWSKG_SOURCE_DIR) / "ontology" / "lexicon");
    if (!r) std::abort();
    return std::move(r).value();
  }();
  return lx;
}

std::set<std::string> triples(const std::string& text, const std::string& syntax, std::string& problem) {
  auto r = parse_rdf(text, syntax);
  if (!r) {
    problem = syntax + " does not parse back: " + r.error().message;
    return {};
  }
  return {r->begin(), r->end()};
}

// Well-formed XML by libxml2 (no network, no external DTD).
bool well_formed_xml(const std::string& xml) {
  struct Free {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
  };
  const std::unique_ptr<xmlDoc, Free> doc(
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "fuzz.xml", nullptr,
                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_HUGE));
  return doc != nullptr;
}

// The document id varies with the input: its first line, as the corpus reader would take an id
// (one line of valid UTF-8, at most kMaxIdBytes).
std::string id_from(std::string_view input) {
  std::string id = utf8::one_line(input.substr(0, std::min(input.find('\n'), std::size_t{64})));
  utf8::truncate(id, kMaxIdBytes);
  return id.empty() ? std::string("fuzz") : id;
}

}  // namespace

// The syntax stage's invariants: words in order inside the text, forms equal to their bytes and
// without white space, one tree per sentence with one root.
std::string syntax_problem(const Extraction& ex) {
  std::uint32_t last = 0;
  for (const auto& s : ex.syntax) {
    int roots = 0;
    const int n = static_cast<int>(s.words.size());
    for (const auto& w : s.words) {
      if (w.begin < last || w.end <= w.begin || w.end > ex.doc.text.size()) return "syntax: word out of order";
      last = w.end;
      if (w.form != ex.doc.text.substr(w.begin, w.end - w.begin)) return "syntax: form is not its text";
      if (w.form.find_first_of(" \t\n\r") != std::string::npos) return "syntax: white space in a word";
      if (w.head < 0 || w.head > n || w.deprel.empty() || w.upos.empty() || w.lemma.empty())
        return "syntax: bad analysis";
      roots += w.head == 0;
    }
    if (roots != 1) return "syntax: " + std::to_string(roots) + " roots";
    for (int i = 0; i < n; ++i) {  // every word reaches the root
      int w = i + 1;
      for (int steps = 0; w != 0 && steps <= n; ++steps) w = s.words[static_cast<std::size_t>(w - 1)].head;
      if (w != 0) return "syntax: a cycle";
    }
  }
  return {};
}

std::string roundtrip_problem(std::string_view input) {
  static const syntax::SyntaxModels models = std::move(syntax::SyntaxModels::load(syntax::models_dir("")).value());
  static const ner::Recogniser names =
      std::move(ner::Recogniser::load(syntax::models_dir("") + "/" + syntax::kRecogniserFile).value());
  static const Pipeline pipeline(lexicon(), PipelineModels{&models.tagger, &models.parser, &names});
  KnowledgeGraph g;
  Extraction ex = pipeline.run(make_document(id_from(input), "fuzz.txt", input));
  if (!utf8::is_valid(ex.doc.text)) return "repaired text is not valid UTF-8";
  if (auto p = syntax_problem(ex); !p.empty()) return p;
  for (std::size_t k = 0; k < ex.names.size(); ++k) {  // the recogniser's names: in the text, in order
    const RecognisedName& n = ex.names[k];
    if (n.begin >= n.end || n.end > ex.doc.text.size()) return "recognised name outside the text";
    if (k > 0 && ex.names[k - 1].end > n.begin) return "recognised names overlap or are out of order";
  }
  for (const Relation& r : ex.relations) {
    if (r.agent < 0 || r.target < 0 || static_cast<std::size_t>(r.agent) >= ex.entities.size() ||
        static_cast<std::size_t>(r.target) >= ex.entities.size() || r.begin > r.end || r.end > ex.doc.text.size())
      return "relation with invalid indices";
  }
  g.add(ex);
  std::size_t generated = 0;
  if (!graph_triples(g, [&](const Triple&) {
         ++generated;
         return Status{};
       }).ok())
    return "triple generation failed";
  std::string problem;
  std::set<std::string> reference;
  for (const char* syntax : {"ntriples", "turtle", "nquads", "rdfxml"}) {
    StringSink out;
    Status st = write_rdf(g, syntax, out);
    if (!st) return std::string(syntax) + " export failed: " + st.error().message;
    const std::string name = syntax;
    if (name == "ntriples" || name == "nquads") {  // our writer must write what Raptor writes
      auto world = RaptorWorld::create();
      if (!world) return "cannot create a Raptor world";
      StringSink raptor_out;
      auto w = RdfWriter::open(**world, name, raptor_out, {});
      if (!w) return "cannot open a Raptor writer";
      if (!graph_triples(
               g, [&](const Triple& t) { return (*w)->write(t); }, RdfLayout{name == "nquads", true})
               .ok() ||
          !(*w)->close().ok())
        return name + " through Raptor failed";
      if (raptor_out.str() != out.str()) return name + " differs from what Raptor writes";
    }
    auto set = triples(out.str(), syntax, problem);
    if (!problem.empty()) return problem;
    if (reference.empty()) {
      reference = set;
    } else if (set != reference) {
      return std::string(syntax) + " gives other triples than ntriples";
    }
  }
  // N-Triples repeats no triple, so its parsed set has one member per generated triple
  if (reference.size() != generated) return "ntriples parsed back to a different number of triples";
  for (Format f : {Format::Dot, Format::GraphMl}) {
    StringSink out;
    if (!export_graph(g, f, out).ok()) return std::string(to_string(f)) + " export failed";
    if (f == Format::GraphMl && !well_formed_xml(out.str())) return "GraphML is not well-formed XML";
  }
  if (g.entity_count() <= 40) {  // Graphviz's own parser as the DOT oracle
    StringSink dot;
    if (!write_dot(g, dot, DiagramOptions{true, true}).ok()) return "dot export failed";
    auto svg = render_dot(dot.str());
    if (!svg) return "Graphviz rejected our DOT: " + svg.error().message;
    if (!well_formed_xml(*svg)) return "SVG is not well-formed XML";
  }
  return {};
}

}  // namespace newskg::fuzz
