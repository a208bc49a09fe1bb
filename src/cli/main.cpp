// newskg: news articles in, knowledge graph out. A thin main: parse options, run the library,
// turn errors into messages and exit codes.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "common/error.hpp"
#include "export/atomic_file.hpp"
#include "export/exporter.hpp"
#include "export/store.hpp"
#include "extract/pipeline.hpp"
#include "graph/filter.hpp"
#include "graph/knowledge_graph.hpp"
#include "text/reader.hpp"

namespace {

constexpr const char* kExitCodes =
    "Exit codes:\n"
    "  0   success\n"
    "  2   usage error (bad option or argument)\n"
    "  3   input error (missing, unreadable or unusable input file)\n"
    "  4   lexicon error (ontology/lexicon files missing or malformed)\n"
    "  5   output error (cannot write the output, disk full)\n"
    "  6   render error (Raptor or Graphviz refused the data)\n"
    "  7   store error (triple store unreachable, authentication refused, HTTP error)\n"
    "  70  internal error\n";

int fail(const newskg::Error& e) {
  std::cerr << "newskg: " << e.message << "\n";
  return newskg::exit_code(e.kind);
}

// Views for big graphs (all formats) and diagram options.
struct ViewOptions {
  newskg::GraphFilter filter;
  std::string relations;
  bool isolated = false;
  bool no_legend = false;
  std::string layout;

  void add_to(CLI::App* app) {
    app->add_option("--focus", filter.focus, "Keep one entity (by any of its names) and what is near it")
        ->group("Views");
    app->add_option("--depth", filter.depth, "With --focus: relation steps to follow (default 1)")
        ->check(CLI::NonNegativeNumber)
        ->group("Views");
    app->add_option("--relations", relations, "Keep these relations: metWith,accused,sanctioned,captured")
        ->group("Views");
    app->add_flag("--asserted-only", filter.asserted_only, "Leave out planned and negated relations")->group("Views");
    app->add_option("--min-mentions", filter.min_mentions, "Keep entities named at least N times")->group("Views");
    app->add_option("--component", filter.component, "Keep the K-th largest connected component (1 = largest)")
        ->check(CLI::PositiveNumber)
        ->group("Views");
    app->add_option("--top", filter.top, "Keep the N entities with the most relations")
        ->check(CLI::PositiveNumber)
        ->group("Views");
    app->add_flag("--drop-isolated", filter.drop_isolated, "Leave out entities without relations (all formats)")
        ->group("Views");
    app->add_flag("--isolated", isolated, "dot/svg/png: also draw entities without relations")->group("Diagrams");
    app->add_flag("--no-legend", no_legend, "dot/svg/png: no legend")->group("Diagrams");
    app->add_option("--layout", layout, "svg/png: Graphviz engine (default: dot up to 300 entities, else sfdp)")
        ->check(CLI::IsMember({"dot", "neato", "fdp", "sfdp", "circo", "twopi"}))
        ->group("Diagrams");
  }

  // Applies the filter in place; returns an exit code (0: fine).
  int apply(newskg::KnowledgeGraph& graph) {
    using namespace newskg;
    if (!relations.empty()) {
      auto r = parse_relations(relations);
      if (!r) return fail(r.error());
      filter.relations = *r;
    }
    if (filter.empty()) return 0;
    auto filtered = filter_graph(graph, filter);
    if (!filtered) return fail(filtered.error());
    graph = std::move(*filtered);
    return 0;
  }
};

struct ExtractOptions {
  ViewOptions view;
  std::vector<std::string> inputs;
  std::string format = "turtle";
  std::string output;
  std::string ontology;
  bool quiet = false;
};

// Reads every input into one graph. Returns an exit code, or 0 with `graph` filled.
int build_graph(const std::vector<std::string>& paths, const std::string& ontology, bool quiet,
                newskg::KnowledgeGraph& graph) {
  using namespace newskg;
  auto lexicon = Lexicon::load(lexicon_dir(ontology));
  if (!lexicon) return fail(lexicon.error());
  Pipeline pipeline(*lexicon);
  std::vector<std::string> inputs = paths;
  if (inputs.empty()) inputs.push_back("-");
  for (const std::string& path : inputs) {
    auto doc = read_document(path);
    if (!doc) return fail(doc.error());
    if (!quiet)
      for (const std::string& w : doc->warnings) std::cerr << "newskg: warning: " << w << "\n";
    graph.add(pipeline.run(std::move(*doc)));
  }
  return 0;
}

int run_extract(const ExtractOptions& o) {
  using namespace newskg;
  const auto format = format_from(o.format);
  if (!format) return fail(make_error(ErrorKind::Usage, "unknown format '" + o.format + "'"));
  KnowledgeGraph graph;
  if (int rc = build_graph(o.inputs, o.ontology, o.quiet, graph)) return rc;
  ViewOptions view = o.view;
  if (int rc = view.apply(graph)) return rc;
  ExportOptions eo;
  eo.diagram.isolated = view.isolated;
  eo.diagram.legend = !view.no_legend;
  eo.layout = view.layout;
  if (o.output.empty() || o.output == "-") {
    FileSink out(stdout);
    Status st = export_graph(graph, *format, out, eo);
    if (!st) return fail(make_error(st.error().kind, "<stdout>: " + st.error().message));
    return 0;
  }
  auto file = AtomicFile::create(o.output);
  if (!file) return fail(file.error());
  FileSink out(file->stream());
  Status st = export_graph(graph, *format, out, eo);
  if (!st) return fail(make_error(st.error().kind, o.output + ": " + st.error().message));
  st = file->commit();
  if (!st) return fail(st.error());
  return 0;
}

struct LoadCliOptions {
  ViewOptions view;
  std::vector<std::string> inputs;
  newskg::LoadOptions load;
  std::string ontology;
  bool quiet = false;
};

int run_load(LoadCliOptions& o) {
  using namespace newskg;
  if (o.load.password.empty()) {
    if (const char* p = std::getenv("NEWSKG_PASSWORD")) o.load.password = p;
  }
  if (o.load.user.empty() != o.load.password.empty()) {
    return fail(make_error(ErrorKind::Usage, "--user and --password (or $NEWSKG_PASSWORD) go together"));
  }
  KnowledgeGraph graph;
  if (int rc = build_graph(o.inputs, o.ontology, o.quiet, graph)) return rc;
  if (int rc = o.view.apply(graph)) return rc;
  auto r = load_graph(graph, o.load);
  if (!r) return fail(r.error());
  if (!o.quiet) {
    std::cerr << "newskg: " << (o.load.append ? "appended " : "loaded ") << r->triples << " triples into <"
              << (o.load.graph.empty() ? default_graph_iri() : o.load.graph) << "> (HTTP " << r->status << ")\n";
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"newskg " NEWSKG_VERSION
               " - turns news articles into a knowledge graph of people, organisations and places and\n"
               "who met, accused, sanctioned or captured whom."};
  app.set_version_flag("--version", "newskg " NEWSKG_VERSION);
  app.footer(kExitCodes);
  app.require_subcommand(1);

  ExtractOptions ex;
  CLI::App* extract =
      app.add_subcommand("extract", "Extract entities and relations from text files and write the graph");
  extract->add_option("inputs", ex.inputs, "Text files (UTF-8); '-' or none for standard input");
  extract
      ->add_option("-f,--format", ex.format,
                   "Output format: turtle (default), ntriples, nquads (one named graph per document), rdfxml, "
                   "dot, svg, png, graphml")
      ->check(CLI::IsMember(newskg::format_names()));
  extract->add_option("-o,--output", ex.output, "Output file (written whole or not at all); default: standard output");
  extract->add_option(
      "--ontology", ex.ontology,
      "Ontology directory holding lexicon/ (default: $NEWSKG_ONTOLOGY, else " NEWSKG_DEFAULT_ONTOLOGY_DIR ")");
  extract->add_flag("-q,--quiet", ex.quiet, "Do not print warnings about repaired input");
  ex.view.add_to(extract);
  extract->footer(kExitCodes);

  LoadCliOptions ld;
  CLI::App* load = app.add_subcommand(
      "load", "Extract as extract does and load the graph into a triple store (SPARQL 1.1 Graph Store Protocol)");
  load->add_option("inputs", ld.inputs, "Text files (UTF-8); '-' or none for standard input");
  load->add_option("--endpoint", ld.load.endpoint,
                   "Graph Store Protocol URL, e.g. http://127.0.0.1:8890/sparql-graph-crud-auth")
      ->required();
  load->add_option("--graph", ld.load.graph, "Target graph IRI (default: " + newskg::default_graph_iri() + ")");
  load->add_option("--user", ld.load.user, "User name (basic or digest authentication, as the server asks)");
  load->add_option("--password", ld.load.password, "Password (or set $NEWSKG_PASSWORD, which stays out of ps)");
  load->add_flag("--append", ld.load.append, "Add to the graph (POST) instead of replacing it (PUT)");
  load->add_option("--retries", ld.load.retries, "Extra attempts after transient failures (default 3)");
  load->add_option("--graph-param", ld.load.graph_param,
                   "Query parameter naming the graph (default: graph; some stores use graph-uri)");
  load->add_option("--ontology", ld.ontology, "Ontology directory holding lexicon/");
  load->add_flag("-q,--quiet", ld.quiet, "Print nothing but errors");
  ld.view.add_to(load);
  load->footer(kExitCodes);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  try {
    if (*extract) return run_extract(ex);
    if (*load) return run_load(ld);
  } catch (const std::exception& e) {
    std::cerr << "newskg: internal error: " << e.what() << "\n";
    return 70;
  }
  return 2;
}
