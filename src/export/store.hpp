#pragma once
// Loading a graph into a triple store over the SPARQL 1.1 Graph Store HTTP Protocol (libcurl).
#include <cstddef>
#include <string>

#include "common/error.hpp"
#include "graph/knowledge_graph.hpp"

namespace newskg {

/// Where and how to load.
struct LoadOptions {
  std::string endpoint;  ///< the store's Graph Store Protocol URL (e.g. .../sparql-graph-crud-auth)
  std::string graph;     ///< target graph IRI
  std::string user;      ///< empty: no authentication
  std::string password;
  bool append = false;  ///< POST (add to the graph) instead of PUT (replace it)
  int retries = 3;      ///< extra attempts after transient failures (connection, timeout, 502-504)
  /// Connecting, and any stretch of a request in which nothing moves, may take this long; a
  /// whole request may take this plus one second per 64 KiB sent (a silent server cannot hold
  /// an attempt for long, a large upload is not cut).
  long timeout_seconds = 60;
  /// SPARQL 1.1 Update endpoint (e.g. .../sparql-auth): when set, a replace load goes into a
  /// temporary graph first and is then moved over the target (MOVE), so that a load that fails
  /// half-way leaves the old graph as it was.
  std::string update_endpoint;
  std::string graph_param = "graph";  ///< query parameter naming the graph ("graph" per the standard)
};

/// What the store answered.
struct LoadResult {
  long status = 0;          ///< final HTTP status
  std::size_t triples = 0;  ///< statements sent
  std::size_t bytes = 0;    ///< body size sent
  int attempts = 0;
  std::string server_message;
};

/// The default graph IRI when none is given.
std::string default_graph_iri();

/// An error unless `iri` is an absolute IRI (a scheme, then no spaces, controls or <>"{}|\^`).
Status check_graph_iri(const std::string& iri);

/// `url` with any user name and password in it replaced by "***" (for messages).
std::string redact_url(const std::string& url);

/// A server's text for a message: markup dropped, on one line, control characters escaped
/// (\xNN), at most 300 bytes.
std::string server_text(const std::string& body);

/// Serialises the graph as N-Triples to a temporary file (never one big string in memory) and
/// sends it with PUT (replace) or POST (append), with basic or digest authentication as the server
/// asks: the scheme is negotiated first with an empty request, so the body is sent once. Errors
/// (ErrorKind::Store) say what happened: connection refused, authentication refused, no answer
/// within the timeout, or the HTTP status with the server's message. Transient failures are
/// retried with back-off. With options.update_endpoint, a replace goes into a staged graph that
/// one MOVE then puts over the target; a failure drops the stage and leaves the target as it was.
Result<LoadResult> load_graph(const KnowledgeGraph& g, const LoadOptions& options);

/// Sends one SPARQL 1.1 Update request (form-encoded `update=`) to options.update_endpoint, with
/// the options' authentication and timeouts.
Status sparql_update(const LoadOptions& options, const std::string& update);

/// Sends an N-Triples file as load_graph() does (used by load_graph and the tests).
Result<LoadResult> upload_ntriples(const std::string& path, const LoadOptions& options);

}  // namespace newskg
