#include "export/svg_render.hpp"

#include <memory>
#include <mutex>

#include "export/c_libraries.hpp"

namespace newskg {
namespace {

// Graphviz reports errors through a global callback: collect them (no exceptions cross it).
std::string* g_errors = nullptr;
std::mutex g_mutex;  // libgvc keeps global state: one rendering at a time

int collect_error(char* msg) {
  try {
    if (g_errors && msg) *g_errors += msg;
  } catch (...) {
  }
  return 0;
}

// Graphviz's functions: render_dot loads them before anything else here runs.
const GraphvizLibrary& G() {
  return **graphviz_library();
}

struct GraphDeleter {
  void operator()(Agraph_t* g) const { G().agclose(g); }
};

}  // namespace

Result<std::string> render_dot(const std::string& dot, const std::string& engine, const std::string& format) {
  if (auto lib = graphviz_library(); !lib) return lib.error();
  std::lock_guard<std::mutex> lock(g_mutex);
  std::string errors;
  g_errors = &errors;
  struct Reset {
    ~Reset() { g_errors = nullptr; }
  } reset;
  G().agseterr(AGERR);
  G().agseterrf(collect_error);
  // One context for the whole process: Graphviz 2.42's text-layout plugin keeps pointers into a
  // freed context when a second one is created (a use-after-free ASan shows), so it is never freed.
  static GVC_t* const context = G().gvContext();
  if (!context) return make_error(ErrorKind::Render, "cannot create a Graphviz context");
  struct Borrowed {
    GVC_t* c;
    GVC_t* get() const { return c; }
  } gvc{context};
  std::unique_ptr<Agraph_t, GraphDeleter> graph(G().agmemread(dot.c_str()));
  if (!graph) return make_error(ErrorKind::Render, "Graphviz could not parse the DOT: " + errors);
  if (G().gvLayout(gvc.get(), graph.get(), engine.c_str()) != 0) {
    return make_error(ErrorKind::Render, "Graphviz layout '" + engine + "' failed: " + errors);
  }
  char* data = nullptr;
  unsigned int len = 0;
  const int rc = G().gvRenderData(gvc.get(), graph.get(), format.c_str(), &data, &len);
  std::string out;
  if (rc == 0 && data) out.assign(data, len);
  if (data) G().gvFreeRenderData(data);
  G().gvFreeLayout(gvc.get(), graph.get());
  if (rc != 0) return make_error(ErrorKind::Render, "Graphviz could not render " + format + ": " + errors);
  return out;
}

}  // namespace newskg
