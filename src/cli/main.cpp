// newskg: news articles in, knowledge graph out. A thin main: parse options, run the library,
// turn errors into messages and exit codes.
#include <sys/stat.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "cli/syntax_commands.hpp"
#include "common/error.hpp"
#include "common/temp_files.hpp"
#include "export/atomic_file.hpp"
#include "export/exporter.hpp"
#include "export/rdf_export.hpp"
#include "export/store.hpp"
#include "extract/batch.hpp"
#include "extract/lexicon_cache.hpp"
#include "extract/loaded_models.hpp"
#include "extract/pipeline.hpp"
#include "graph/filter.hpp"
#include "graph/knowledge_graph.hpp"
#include "text/corpus.hpp"
#include "text/reader.hpp"

#ifdef NEWSKG_MIMALLOC
// operator new and delete through mimalloc (malloc itself is replaced by linking the library)
#include <mimalloc-new-delete.h>
#include <mimalloc.h>
#endif

namespace {

#ifdef NEWSKG_MIMALLOC
// The heap in 2 MiB pages where the kernel offers them (transparent huge pages): a corpus run
// otherwise takes thousands of page faults, a tenth of its time on a virtual machine. Large pages
// need memory committed when it is reserved, which mimalloc by default delays for a thread's
// first segment: the worker threads' heaps then came in 4 KiB pages, four fifths of a two-job
// run's faults; so no delay. mimalloc reads its options when it starts, before main and before
// any constructor of the program, so this runs from .preinit_array, which the loader calls
// first. MIMALLOC_LARGE_OS_PAGES and MIMALLOC_EAGER_COMMIT_DELAY in the environment still decide
// when set (read from `envp`: getenv does not work yet this early).
void prefer_large_pages(int, char**, char** envp) {
  const auto set_in_environment = [envp](std::string_view name) {
    for (char** e = envp; e && *e; ++e)
      if (std::string_view(*e).starts_with(name)) return true;
    return false;
  };
  if (!set_in_environment("MIMALLOC_LARGE_OS_PAGES=")) mi_option_enable(mi_option_large_os_pages);
  if (!set_in_environment("MIMALLOC_EAGER_COMMIT_DELAY=")) mi_option_set(mi_option_eager_commit_delay, 0);
}
[[gnu::section(".preinit_array"), gnu::used]] void (*const kPreferLargePages)(int, char**, char**) = prefer_large_pages;
#endif

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
    app->add_flag("--asserted-only", filter.asserted_only, "Leave out planned, negated and unconfirmed relations")
        ->group("Views");
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

// Reading many documents: options shared by extract and load.
struct CorpusOptions {
  std::vector<std::string> inputs;
  std::string input_format = "auto";
  unsigned jobs = 0;
  bool quiet = false;
  std::string ontology;
  bool parse = false;
  bool recogniser = false;
  std::string models;

  void add_to(CLI::App* app) {
    app->add_option("inputs", inputs,
                    "Text files, JSONL files (one article per line: id, title, date, url, text), directories "
                    "(searched recursively), or '-' for standard input (the default)");
    app->add_option("--input-format", input_format, "auto (by extension: .jsonl/.ndjson), text or jsonl")
        ->check(CLI::IsMember({"auto", "text", "jsonl"}));
    app->add_option("-j,--jobs", jobs,
                    "Threads for extraction and for writing RDF (default: all cores); output is the same for any N");
    app->add_option("--ontology", ontology,
                    "Ontology directory holding lexicon/ (default: $NEWSKG_ONTOLOGY, else " NEWSKG_DEFAULT_ONTOLOGY_DIR
                    "); a compiled copy of the lexicon is kept in $NEWSKG_CACHE_DIR (default ~/.cache/newskg; "
                    "set it empty for none)");
    app->add_flag("-q,--quiet", quiet, "No progress, summary or warnings; errors only");
    app->add_flag("--parse", parse,
                  "Also tag and parse every sentence (relations are read from the parses of the sentences that may "
                  "hold one in any case; this only adds time, not output)");
    app->add_flag("--recogniser", recogniser,
                  "Experimental: also tag every sentence and run the trained name recogniser, which drops or retypes "
                  "the names the rules typed by default only (on news it does not yet beat the rules alone: see the "
                  "README)");
    app->add_option(
        "--models", models,
        "Models directory: tagger, parser, name recogniser (default: $NEWSKG_MODELS, else " NEWSKG_MODELS_DIR ")");
  }
};

// A progress line on stderr when it is a terminal: documents, MB/s, ETA.
class ProgressLine {
 public:
  explicit ProgressLine(bool enabled) : enabled_(enabled && ::isatty(2)) {}
  void update(const newskg::BatchProgress& p) {
    if (!enabled_) return;
    const double mb = static_cast<double>(p.bytes) / 1e6, rate = p.seconds > 0 ? mb / p.seconds : 0;
    char line[160];
    if (p.total_bytes > 0) {
      const double done = std::min(1.0, static_cast<double>(p.bytes) / static_cast<double>(p.total_bytes));
      const double eta = rate > 0 ? (static_cast<double>(p.total_bytes) / 1e6 - mb) / rate : 0;
      std::snprintf(line, sizeof line, "\r%5.1f%%  %llu documents  %.1f MB  %.1f MB/s  ETA %.0f s   ", 100 * done,
                    static_cast<unsigned long long>(p.documents), mb, rate, eta);
    } else {
      std::snprintf(line, sizeof line, "\r%llu documents  %.1f MB  %.1f MB/s   ",
                    static_cast<unsigned long long>(p.documents), mb, rate);
    }
    std::cerr << line << std::flush;
    shown_ = true;
  }
  void finish() {
    if (shown_) std::cerr << "\r" << std::string(78, ' ') << "\r" << std::flush;
  }

 private:
  bool enabled_;
  bool shown_ = false;
};

// Counts for the summary.
struct Tally {
  std::map<std::string, std::size_t> entities, relations;
  void add(const newskg::Extraction& ex) {
    for (const auto& e : ex.entities) ++entities[newskg::to_string(e.type)];
    for (const auto& r : ex.relations)
      ++relations[std::string(newskg::to_string(r.type)) +
                  (r.modality == newskg::Modality::Asserted ? ""
                                                            : std::string(" (") + newskg::to_string(r.modality) + ")")];
  }
};

void print_summary(const newskg::BatchProgress& p, const Tally& t, std::size_t errors, const char* what) {
  std::cerr << "newskg: " << p.documents << " document(s)";
  if (errors) std::cerr << ", " << errors << " problem(s) reported above";
  char rate[64];
  std::snprintf(rate, sizeof rate, ", %.1f MB in %.2f s (%.1f MB/s)", static_cast<double>(p.bytes) / 1e6, p.seconds,
                p.seconds > 0 ? static_cast<double>(p.bytes) / 1e6 / p.seconds : 0.0);
  std::cerr << rate << "\n  " << what << ":";
  for (const auto& [k, v] : t.entities) std::cerr << " " << k << " " << v;
  std::cerr << "\n  relation mentions:";
  if (t.relations.empty()) std::cerr << " none";
  for (const auto& [k, v] : t.relations) std::cerr << " " << k << " " << v << ";";
  std::cerr << "\n";
}

// --jobs, or every core when it is 0 (the default)
unsigned worker_threads(const CorpusOptions& o) {
  return o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
}

// The inputs named on the command line, expanded; problems with some of them are reported (and
// counted in `errors`) and the others go on.
newskg::Result<std::vector<newskg::InputSource>> gather_inputs(const CorpusOptions& o, std::size_t& errors) {
  using namespace newskg;
  return collect_inputs(o.inputs.empty() ? std::vector<std::string>{"-"} : o.inputs,
                        o.input_format == "jsonl"  ? InputFormat::Jsonl
                        : o.input_format == "text" ? InputFormat::Text
                                                   : InputFormat::Auto,
                        [&](const Error& e) {
                          ++errors;
                          std::cerr << "newskg: " << e.message << "\n";
                        });
}

// Runs the pipeline over the corpus, handing each extraction to `consume` in input order.
// Returns an exit code (0 when at least one document was read).
int process_corpus(const CorpusOptions& o, std::vector<newskg::InputSource> inputs,
                   const std::function<newskg::Status(newskg::Extraction&&)>& consume, newskg::BatchProgress& totals,
                   Tally& tally, std::size_t& errors) {
  using namespace newskg;
  auto loaded = load_lexicon(lexicon_dir(o.ontology), default_cache_dir());
  if (!loaded) return fail(loaded.error());
  const Lexicon& lexicon = loaded->lexicon;
  Error last{ErrorKind::Input, ""};
  CorpusReader reader(std::move(inputs), [&](const Error& e) {
    ++errors;
    last = e;
    std::cerr << (o.quiet ? "" : "\r") << "newskg: " << e.message << "\n";
  });
  std::optional<LoadedModels> models;
  {
    auto m = LoadedModels::load(syntax::models_dir(o.models), true, o.recogniser);
    if (!m) return fail(m.error());
    models.emplace(std::move(*m));
  }
  PipelineModels view = models->view();
  view.analyse_all = o.parse;
  Pipeline pipeline(lexicon, view);
  ProgressLine bar(!o.quiet);
  const unsigned jobs = worker_threads(o);
  Status st = run_batches(
      reader, pipeline, jobs,
      [&](Extraction&& ex) {
        if (!o.quiet)
          for (const std::string& w : ex.doc.warnings) std::cerr << "\rnewskg: warning: " << w << "\n";
        tally.add(ex);
        return consume(std::move(ex));
      },
      [&](const BatchProgress& p) { bar.update(p); },
      [&](const Error& e) {
        ++errors;
        std::cerr << "\rnewskg: " << e.message << "\n";
      },
      totals);
  bar.finish();
  if (!st) return fail(st.error());
  if (models)  // the models' checksums, verified while the documents were read: before any output is committed
    if (Status v = models->verify(); !v) return fail(v.error());
  if (totals.documents == 0) {
    if (errors) return exit_code(last.kind);
    return fail(make_error(ErrorKind::Input, "no documents in the input"));
  }
  return 0;
}

struct ExtractOptions {
  ViewOptions view;
  CorpusOptions corpus;
  std::string format = "turtle";
  std::string output;
  bool stream = false;
};

int run_extract(const ExtractOptions& o) {
  using namespace newskg;
  const auto format = format_from(o.format);
  if (!format) return fail(make_error(ErrorKind::Usage, "unknown format '" + o.format + "'"));
  if (o.stream && *format != Format::NTriples && *format != Format::NQuads && *format != Format::Turtle) {
    return fail(make_error(ErrorKind::Usage, "--stream writes turtle, ntriples or nquads"));
  }
  if (o.stream && !o.view.filter.empty()) {
    return fail(make_error(ErrorKind::Usage, "views need the whole graph: they do not combine with --stream"));
  }
  std::size_t errors = 0;
  auto inputs = gather_inputs(o.corpus, errors);
  if (!inputs) return exit_code(inputs.error().kind);  // reported already
  // the destination: standard output, or a file that appears whole or not at all
  std::optional<AtomicFile> file;
  if (!o.output.empty() && o.output != "-") {
    if (Status st = newskg::refuse_input_as_output(*inputs, o.output); !st) return fail(st.error());
    auto f = AtomicFile::create(o.output);
    if (!f) return fail(f.error());
    file.emplace(std::move(*f));
  }
  FileSink out = file ? FileSink(*file) : FileSink(stdout);  // a file is synced along the way and on commit
  const std::string where = file ? o.output : "<stdout>";
  BatchProgress totals;
  Tally tally;
  KnowledgeGraph graph;
  const std::string syntax(to_string(*format));
  // streaming: one writer for the whole run, fed document by document
  std::unique_ptr<TripleWriter> writer;
  if (o.stream) writer = streaming_writer(syntax, out);
  int rc = process_corpus(
      o.corpus, std::move(*inputs),
      [&](Extraction&& ex) -> Status {
        if (!o.stream) {
          graph.add(std::move(ex));
          return {};
        }
        KnowledgeGraph one;  // one document at a time: memory stays bounded
        one.add(std::move(ex));
        Status st = graph_triples(
            one, [&](const Triple& t) { return writer->write(t); }, RdfLayout{syntax == "nquads", false});
        if (!st) return make_error(st.error().kind, where + ": " + st.error().message);
        return {};
      },
      totals, tally, errors);
  if (rc) return rc;
  if (!o.stream) {
    ViewOptions view = o.view;
    if (int v = view.apply(graph)) return v;
    ExportOptions eo;
    eo.diagram.isolated = view.isolated;
    eo.diagram.legend = !view.no_legend;
    eo.layout = view.layout;
    eo.threads = worker_threads(o.corpus);
    Status st = export_graph(graph, *format, out, eo);
    if (!st) return fail(make_error(st.error().kind, where + ": " + st.error().message));
  } else {
    Status st = writer->close();
    if (!st) return fail(make_error(st.error().kind, where + ": " + st.error().message));
  }
  if (file) {
    Status st = file->commit();
    if (!st) return fail(st.error());
  }
  if (!o.corpus.quiet)
    print_summary(totals, tally, errors,
                  o.stream ? "entities (per document)" : "entities (per document, before merging)");
  return 0;
}

struct LoadCliOptions {
  ViewOptions view;
  CorpusOptions corpus;
  newskg::LoadOptions load;
};

int run_load(LoadCliOptions& o) {
  using namespace newskg;
  if (o.load.password.empty()) {
    if (const char* p = std::getenv("NEWSKG_PASSWORD")) o.load.password = p;
  }
  if (o.load.user.empty() != o.load.password.empty()) {
    return fail(make_error(ErrorKind::Usage, "--user and --password (or $NEWSKG_PASSWORD) go together"));
  }
  if (!o.load.graph.empty())
    if (Status st = check_graph_iri(o.load.graph); !st) return fail(st.error());
  KnowledgeGraph graph;
  BatchProgress totals;
  Tally tally;
  std::size_t errors = 0;
  auto inputs = gather_inputs(o.corpus, errors);
  if (!inputs) return exit_code(inputs.error().kind);  // reported already
  if (int rc = process_corpus(
          o.corpus, std::move(*inputs),
          [&](Extraction&& ex) {
            graph.add(std::move(ex));
            return Status{};
          },
          totals, tally, errors))
    return rc;
  if (int rc = o.view.apply(graph)) return rc;
  auto r = load_graph(graph, o.load);
  if (!r) return fail(r.error());
  if (!o.corpus.quiet) {
    std::cerr << "newskg: " << (o.load.append ? "appended " : "loaded ") << r->triples << " triples into <"
              << (o.load.graph.empty() ? default_graph_iri() : o.load.graph) << "> (HTTP " << r->status << ")\n";
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  // a file-size limit must fail a write (and so leave no partial output), not kill the process
  std::signal(SIGXFSZ, SIG_IGN);
  // an interrupted run removes its temporary files and exits 130, 143 or 129
  newskg::temp_files::install_signal_handlers();
  CLI::App app{"newskg " NEWSKG_VERSION
               " - turns news articles into a knowledge graph of people, organisations and places and\n"
               "who met, accused, sanctioned or captured whom."};
  app.set_version_flag("--version", "newskg " NEWSKG_VERSION);
  app.footer(kExitCodes);
  app.require_subcommand(1);

  ExtractOptions ex;
  CLI::App* extract =
      app.add_subcommand("extract", "Extract entities and relations from text files and write the graph");
  ex.corpus.add_to(extract);
  extract
      ->add_option("-f,--format", ex.format,
                   "Output format: turtle (default), ntriples, nquads (one named graph per document), rdfxml, "
                   "dot, svg, png, graphml")
      ->check(CLI::IsMember(newskg::format_names()));
  extract->add_option("-o,--output", ex.output, "Output file (written whole or not at all); default: standard output");
  extract->add_flag("--stream", ex.stream,
                    "turtle/ntriples/nquads: write each document as soon as it is read (bounded memory; entities are "
                    "repeated per document and carry no mention counts)");
  ex.view.add_to(extract);
  extract->footer(kExitCodes);

  LoadCliOptions ld;
  CLI::App* load = app.add_subcommand(
      "load", "Extract as extract does and load the graph into a triple store (SPARQL 1.1 Graph Store Protocol)");
  ld.corpus.add_to(load);
  load->add_option("--endpoint", ld.load.endpoint,
                   "Graph Store Protocol URL, e.g. http://127.0.0.1:8890/sparql-graph-crud-auth")
      ->required();
  load->add_option("--graph", ld.load.graph, "Target graph IRI (default: " + newskg::default_graph_iri() + ")");
  load->add_option("--user", ld.load.user, "User name (basic or digest authentication, as the server asks)");
  load->add_option("--password", ld.load.password, "Password (or set $NEWSKG_PASSWORD, which stays out of ps)");
  load->add_flag("--append", ld.load.append, "Add to the graph (POST) instead of replacing it (PUT)");
  load->add_option("--retries", ld.load.retries, "Extra attempts after transient failures (default 3)");
  load->add_option("--timeout", ld.load.timeout_seconds,
                   "Seconds to connect, and that a request may go without progress (default 60; a whole request "
                   "may take this plus 1 s per 64 KiB sent)")
      ->check(CLI::PositiveNumber);
  load->add_option("--update-endpoint", ld.load.update_endpoint,
                   "SPARQL Update URL (e.g. http://127.0.0.1:8890/sparql-auth): replace safely, loading into a "
                   "temporary graph and moving it over the target, so a failed load leaves the old graph");
  load->add_option("--graph-param", ld.load.graph_param,
                   "Query parameter naming the graph (default: graph; some stores use graph-uri)");
  ld.view.add_to(load);
  load->footer(kExitCodes);

  const auto run_syntax = newskg::cli::add_syntax_commands(app, kExitCodes);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  try {
    if (*extract) return run_extract(ex);
    if (*load) return run_load(ld);
    if (const int rc = run_syntax(); rc >= 0) return rc;
  } catch (const std::exception& e) {
    std::cerr << "newskg: internal error: " << e.what() << "\n";
    return 70;
  }
  return 2;
}
