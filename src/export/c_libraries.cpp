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

// Opens `soname` and hands its handle to `resolve_all(handle, soname, st)`, which fills a
// function table through NEWSKG_RESOLVE; the first failure is returned.
template <class ResolveAll>
Status resolve_from(const char* soname, ErrorKind kind, ResolveAll resolve_all) {
  auto opened = open_library(soname, kind);
  if (!opened) return opened.error();
  Status st;
  resolve_all(*opened, soname, st);
  return st;
}

template <class Table>
Result<const Table*> loaded(const Result<Table>& r) {
  if (!r) return r.error();
  return &*r;
}

}  // namespace

Result<const RaptorLibrary*> raptor_library() {
  static const Result<RaptorLibrary> lib = []() -> Result<RaptorLibrary> {
    const ErrorKind kind = ErrorKind::Render;
    RaptorLibrary table;
    Status status = resolve_from(NEWSKG_RAPTOR_SONAME, kind, [&](void* handle, const char* soname, Status& st) {
      NEWSKG_RAPTOR_FUNCTIONS(NEWSKG_RESOLVE)
    });
    if (!status) return status.error();
    return table;
  }();
  return loaded(lib);
}

Result<const CurlLibrary*> curl_library() {
  static const Result<CurlLibrary> lib = []() -> Result<CurlLibrary> {
    const ErrorKind kind = ErrorKind::Store;
    CurlLibrary table;
    Status status = resolve_from(NEWSKG_CURL_SONAME, kind, [&](void* handle, const char* soname, Status& st) {
      NEWSKG_CURL_FUNCTIONS(NEWSKG_RESOLVE)
    });
    if (!status) return status.error();
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
    Status status = resolve_from(NEWSKG_CGRAPH_SONAME, kind, [&](void* handle, const char* soname, Status& st) {
      NEWSKG_CGRAPH_FUNCTIONS(NEWSKG_RESOLVE)
    });
    if (status) {
      status = resolve_from(NEWSKG_GVC_SONAME, kind,
                            [&](void* handle, const char* soname, Status& st) { NEWSKG_GVC_FUNCTIONS(NEWSKG_RESOLVE) });
    }
    if (!status) return status.error();
    return table;
  }();
  return loaded(lib);
}

#undef NEWSKG_RESOLVE

}  // namespace newskg
