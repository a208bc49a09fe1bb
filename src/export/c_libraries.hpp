#pragma once
// The C libraries behind the rarer outputs (Raptor for RDF/XML and parsing, libcurl for store
// loading, Graphviz for SVG/PNG), opened on first use: together with their ~40 dependencies they
// cost about 4 ms at every start of a program that mostly writes N-Triples or Turtle itself.
// Private to src/export. Each table holds the library's functions with their declared types
// (decltype of the header's declaration), so every call is checked against the header.
#include <curl/curl.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <raptor2.h>

#include "common/error.hpp"

namespace newskg {

#define NEWSKG_RAPTOR_FUNCTIONS(X)                                                                                 \
  X(raptor_free_iostream)                                                                                          \
  X(raptor_free_memory)                                                                                            \
  X(raptor_free_parser) X(raptor_free_serializer) X(raptor_free_statement) X(raptor_free_term) X(raptor_free_uri)  \
      X(raptor_free_world) X(raptor_new_iostream_from_handler) X(raptor_new_parser) X(raptor_new_serializer)       \
          X(raptor_new_statement_from_nodes) X(raptor_new_term_from_counted_blank)                                 \
              X(raptor_new_term_from_counted_literal) X(raptor_new_term_from_counted_uri_string) X(raptor_new_uri) \
                  X(raptor_new_world_internal) X(raptor_parser_parse_chunk) X(raptor_parser_parse_start)           \
                      X(raptor_parser_set_statement_handler) X(raptor_serializer_serialize_end)                    \
                          X(raptor_serializer_serialize_statement) X(raptor_serializer_set_namespace)              \
                              X(raptor_serializer_start_to_iostream) X(raptor_term_to_string) X(raptor_world_open) \
                                  X(raptor_world_set_log_handler)

#define NEWSKG_CURL_FUNCTIONS(X)                                                                      \
  X(curl_easy_cleanup)                                                                                \
  X(curl_easy_escape) X(curl_easy_getinfo) X(curl_easy_init) X(curl_easy_perform) X(curl_easy_reset)  \
      X(curl_easy_setopt) X(curl_easy_strerror) X(curl_free) X(curl_global_init) X(curl_slist_append) \
          X(curl_slist_free_all)

#define NEWSKG_GVC_FUNCTIONS(X) X(gvContext) X(gvFreeLayout) X(gvFreeRenderData) X(gvLayout) X(gvRenderData)
#define NEWSKG_CGRAPH_FUNCTIONS(X) X(agclose) X(agmemread) X(agseterr) X(agseterrf)

#define NEWSKG_POINTER(f) decltype(&::f) f = nullptr;

/// Raptor 2's functions. Immutable once loaded; thread-safe to share.
struct RaptorLibrary {
  NEWSKG_RAPTOR_FUNCTIONS(NEWSKG_POINTER)
};
/// libcurl's functions (curl_global_init already called). Immutable once loaded.
struct CurlLibrary {
  NEWSKG_CURL_FUNCTIONS(NEWSKG_POINTER)
};
/// Graphviz's functions (libgvc and libcgraph). Immutable once loaded.
struct GraphvizLibrary {
  NEWSKG_GVC_FUNCTIONS(NEWSKG_POINTER)
  NEWSKG_CGRAPH_FUNCTIONS(NEWSKG_POINTER)
};

#undef NEWSKG_POINTER

/// Each library, loaded on the first call (later calls return the same table, or the same
/// error: a Render error for Raptor and Graphviz, a Store error for curl, naming the library).
/// Thread-safe.
Result<const RaptorLibrary*> raptor_library();
Result<const CurlLibrary*> curl_library();
Result<const GraphvizLibrary*> graphviz_library();

}  // namespace newskg
