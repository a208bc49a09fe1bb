// newskg: news articles in, knowledge graph out. A thin main: parse options, run the library,
// turn errors into messages and exit codes.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "common/error.hpp"
#include "export/atomic_file.hpp"
#include "export/exporter.hpp"
#include "extract/pipeline.hpp"
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
    "  70  internal error\n";

int fail(const newskg::Error& e) {
  std::cerr << "newskg: " << e.message << "\n";
  return newskg::exit_code(e.kind);
}

struct ExtractOptions {
  std::vector<std::string> inputs;
  std::string format = "turtle";
  std::string output;
  std::string ontology;
  bool quiet = false;
};

int run_extract(const ExtractOptions& o) {
  using namespace newskg;
  const auto format = format_from(o.format);
  if (!format) return fail(make_error(ErrorKind::Usage, "unknown format '" + o.format + "'"));
  auto lexicon = Lexicon::load(lexicon_dir(o.ontology));
  if (!lexicon) return fail(lexicon.error());
  Pipeline pipeline(*lexicon);
  KnowledgeGraph graph;
  std::vector<std::string> inputs = o.inputs;
  if (inputs.empty()) inputs.push_back("-");
  for (const std::string& path : inputs) {
    auto doc = read_document(path);
    if (!doc) return fail(doc.error());
    if (!o.quiet)
      for (const std::string& w : doc->warnings) std::cerr << "newskg: warning: " << w << "\n";
    graph.add(pipeline.run(std::move(*doc)));
  }
  if (o.output.empty() || o.output == "-") {
    FileSink out(stdout);
    Status st = export_graph(graph, *format, out);
    if (!st) return fail(make_error(st.error().kind, "<stdout>: " + st.error().message));
    return 0;
  }
  auto file = AtomicFile::create(o.output);
  if (!file) return fail(file.error());
  FileSink out(file->stream());
  Status st = export_graph(graph, *format, out);
  if (!st) return fail(make_error(st.error().kind, o.output + ": " + st.error().message));
  st = file->commit();
  if (!st) return fail(st.error());
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
                   "Output format: turtle (default), ntriples, nquads (one named graph per document), rdfxml, dot, svg")
      ->check(CLI::IsMember(newskg::format_names()));
  extract->add_option("-o,--output", ex.output, "Output file (written whole or not at all); default: standard output");
  extract->add_option(
      "--ontology", ex.ontology,
      "Ontology directory holding lexicon/ (default: $NEWSKG_ONTOLOGY, else " NEWSKG_DEFAULT_ONTOLOGY_DIR ")");
  extract->add_flag("-q,--quiet", ex.quiet, "Do not print warnings about repaired input");
  extract->footer(kExitCodes);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  try {
    if (*extract) return run_extract(ex);
  } catch (const std::exception& e) {
    std::cerr << "newskg: internal error: " << e.what() << "\n";
    return 70;
  }
  return 2;
}
