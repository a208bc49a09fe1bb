#include "export/c_libraries.hpp"

#include "common/dynamic_library.hpp"

namespace newskg {
namespace {

// Sets `fn` to the library's function `name`, unless an earlier look-up failed.
template <class F>
void resolve(void* handle, const char* soname, ErrorKind kind, const char* name, F& fn, Status& st) {
  if (!st) return;
  auto p = library_symbol(handle, soname, name, kind);
  if (p)
    fn = reinterpret_cast<F>(*p);
  else
    st = p.error();
}
#define NEWSKG_RESOLVE(f) resolve(handle, soname, kind, #f, table.f, st);

template <class Table>
Result<const Table*> loaded(const Result<Table>& r) {
  if (!r) return r.error();
  return &*r;
}

}  // namespace

Result<const RaptorLibrary*> raptor_library() {
  static const Result<RaptorLibrary> lib = []() -> Result<RaptorLibrary> {
    const char* soname = NEWSKG_RAPTOR_SONAME;
    const ErrorKind kind = ErrorKind::Render;
    auto opened = open_library(soname, kind);
    if (!opened) return opened.error();
    void* handle = *opened;
    RaptorLibrary table;
    Status st;
    NEWSKG_RAPTOR_FUNCTIONS(NEWSKG_RESOLVE)
    if (!st) return st.error();
    return table;
  }();
  return loaded(lib);
}

Result<const CurlLibrary*> curl_library() {
  static const Result<CurlLibrary> lib = []() -> Result<CurlLibrary> {
    const char* soname = NEWSKG_CURL_SONAME;
    const ErrorKind kind = ErrorKind::Store;
    auto opened = open_library(soname, kind);
    if (!opened) return opened.error();
    void* handle = *opened;
    CurlLibrary table;
    Status st;
    NEWSKG_CURL_FUNCTIONS(NEWSKG_RESOLVE)
    if (!st) return st.error();
    // once per process (this runs once), before any thread uses curl
    if (table.curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) return make_error(kind, "cannot initialise libcurl");
    return table;
  }();
  return loaded(lib);
}

Result<const GraphvizLibrary*> graphviz_library() {
  static const Result<GraphvizLibrary> lib = []() -> Result<GraphvizLibrary> {
    const ErrorKind kind = ErrorKind::Render;
    GraphvizLibrary table;
    Status st;
    {
      const char* soname = NEWSKG_CGRAPH_SONAME;
      auto opened = open_library(soname, kind);
      if (!opened) return opened.error();
      void* handle = *opened;
      NEWSKG_CGRAPH_FUNCTIONS(NEWSKG_RESOLVE)
    }
    {
      const char* soname = NEWSKG_GVC_SONAME;
      auto opened = open_library(soname, kind);
      if (!opened) return opened.error();
      void* handle = *opened;
      NEWSKG_GVC_FUNCTIONS(NEWSKG_RESOLVE)
    }
    if (!st) return st.error();
    return table;
  }();
  return loaded(lib);
}

#undef NEWSKG_RESOLVE

}  // namespace newskg
