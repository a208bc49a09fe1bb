#include "export/store.hpp"

#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <thread>
#include <vector>

#include "common/temp_files.hpp"
#include "export/c_libraries.hpp"
#include "export/iri.hpp"
#include "export/rdf_export.hpp"
#include "export/sink.hpp"

namespace newskg {
namespace {

// libcurl's functions: upload_ntriples loads them before anything else here runs.
const CurlLibrary& C() {
  return **curl_library();
}

struct EasyDeleter {
  void operator()(CURL* c) const { C().curl_easy_cleanup(c); }
};
struct SlistDeleter {
  void operator()(curl_slist* l) const { C().curl_slist_free_all(l); }
};
struct FileDeleter {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using Easy = std::unique_ptr<CURL, EasyDeleter>;
using Slist = std::unique_ptr<curl_slist, SlistDeleter>;
using File = std::unique_ptr<std::FILE, FileDeleter>;

// A temporary file removed at destruction (or when the run is interrupted: temp_files).
class TempFile {
 public:
  TempFile() {
    const char* dir = std::getenv("TMPDIR");
    std::string templ = std::string(dir && *dir ? dir : "/tmp") + "/newskg-load-XXXXXX";
    std::vector<char> buf(templ.begin(), templ.end());
    buf.push_back('\0');
    const int fd = ::mkstemp(buf.data());
    if (fd >= 0) {
      ::close(fd);
      path_ = buf.data();
      slot_ = temp_files::track(path_);  // an interrupted load removes it too
    }
  }
  ~TempFile() {
    if (!path_.empty()) ::unlink(path_.c_str());
    temp_files::untrack(slot_);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  int slot_ = -1;
};

// C callbacks: no exception may cross them.
std::size_t read_body(char* buf, std::size_t size, std::size_t n, void* f) noexcept {
  return std::fread(buf, size, n, static_cast<std::FILE*>(f)) * size;
}

int seek_body(void* f, curl_off_t offset, int origin) noexcept {
  return std::fseek(static_cast<std::FILE*>(f), static_cast<long>(offset), origin) == 0 ? CURL_SEEKFUNC_OK
                                                                                        : CURL_SEEKFUNC_FAIL;
}

std::size_t collect(char* data, std::size_t size, std::size_t n, void* out) noexcept {
  try {
    auto* s = static_cast<std::string*>(out);
    if (s->size() < 65536) s->append(data, std::min<std::size_t>(size * n, 65536 - s->size()));
  } catch (...) {
  }
  return size * n;
}

std::string url_encode(CURL* c, const std::string& s) {
  char* e = C().curl_easy_escape(c, s.c_str(), static_cast<int>(s.size()));
  std::string out = e ? e : "";
  C().curl_free(e);
  return out;
}

// Passes bytes on and counts the line ends among them.
class LineCountingSink final : public Sink {
 public:
  explicit LineCountingSink(Sink& out) : out_(out) {}
  bool write(std::string_view b) override {
    lines_ += static_cast<std::size_t>(std::count(b.begin(), b.end(), '\n'));
    return out_.write(b);
  }
  bool flush() override { return out_.flush(); }
  bool ok() const override { return out_.ok(); }
  std::size_t lines() const { return lines_; }

 private:
  Sink& out_;
  std::size_t lines_ = 0;
};

bool transient(CURLcode rc) {
  return rc == CURLE_COULDNT_CONNECT || rc == CURLE_OPERATION_TIMEDOUT || rc == CURLE_SEND_ERROR ||
         rc == CURLE_RECV_ERROR || rc == CURLE_GOT_NOTHING || rc == CURLE_PARTIAL_FILE;
}

}  // namespace

std::string default_graph_iri() {
  return std::string(iri::kBase) + "graph/newskg";
}

Status check_graph_iri(const std::string& g) {
  const auto bad = [&](const std::string& why) {
    return make_error(ErrorKind::Usage, "--graph must be an absolute IRI (" + why + "): " + server_text(g));
  };
  const std::size_t colon = g.find(':');
  if (colon == std::string::npos || colon == 0) return bad("no scheme such as http:");
  const auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (!alpha(g[0])) return bad("a scheme starts with a letter");
  for (std::size_t i = 1; i < colon; ++i)
    if (!alpha(g[i]) && !(g[i] >= '0' && g[i] <= '9') && g[i] != '+' && g[i] != '-' && g[i] != '.')
      return bad("the scheme holds a character it may not");
  for (const char ch : g) {
    const auto c = static_cast<unsigned char>(ch);
    if (c <= 0x20 || c == 0x7F || std::string_view("<>\"{}|\\^`").find(ch) != std::string_view::npos)
      return bad("no spaces, control characters or <>\"{}|\\^` allowed");
  }
  return {};
}

std::string redact_url(const std::string& url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string::npos) return url;
  const std::size_t host = scheme + 3;
  const std::size_t end = std::min(url.find_first_of("/?#", host), url.size());
  const std::size_t at = url.rfind('@', end - 1);
  if (at == std::string::npos || at < host || end == host) return url;
  return url.substr(0, host) + "***" + url.substr(at);
}

std::string server_text(const std::string& body) {
  std::string out;
  bool tag = false;
  for (char c : body) {
    if (c == '<') tag = true;
    if (!tag) out.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
    if (c == '>') tag = false;
  }
  std::string squeezed;
  for (char ch : out) {
    const auto c = static_cast<unsigned char>(ch);
    if (ch == ' ' && (squeezed.empty() || squeezed.back() == ' ')) continue;
    if (c < 0x20 || c == 0x7F) {  // an escape sequence must not reach the user's terminal
      static constexpr char hex[] = "0123456789ABCDEF";
      squeezed += "\\x";
      squeezed.push_back(hex[c >> 4]);
      squeezed.push_back(hex[c & 15]);
      continue;
    }
    squeezed.push_back(ch);
  }
  while (!squeezed.empty() && squeezed.back() == ' ') squeezed.pop_back();
  if (squeezed.size() > 300) {
    std::size_t cut = 300;  // not inside a UTF-8 sequence
    while (cut > 0 && (static_cast<unsigned char>(squeezed[cut]) & 0xC0) == 0x80) --cut;
    squeezed = squeezed.substr(0, cut) + "...";
  }
  return squeezed;
}

namespace {

// What every request sets: where, how long it may take, where the answer goes, who we are.
void request_options(CURL* c, const std::string& url, const LoadOptions& o, std::size_t bytes, std::string& body) {
  C().curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  C().curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
  C().curl_easy_setopt(c, CURLOPT_WRITEDATA, &body);
  const long t = std::max(1L, o.timeout_seconds);
  C().curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, t);
  C().curl_easy_setopt(c, CURLOPT_TIMEOUT, t + static_cast<long>(bytes >> 16));
  C().curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);  // nothing moving for t seconds: give up
  C().curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, t);
  C().curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  if (!o.user.empty()) {
    C().curl_easy_setopt(c, CURLOPT_HTTPAUTH, CURLAUTH_ANY);
    C().curl_easy_setopt(c, CURLOPT_USERNAME, o.user.c_str());
    C().curl_easy_setopt(c, CURLOPT_PASSWORD, o.password.c_str());
  }
}

}  // namespace

Result<LoadResult> upload_ntriples(const std::string& path, const LoadOptions& o) {
  if (auto lib = curl_library(); !lib) return lib.error();
  File f(std::fopen(path.c_str(), "rb"));
  if (!f) return make_error(ErrorKind::Internal, path + ": cannot reopen the N-Triples to send");
  std::fseek(f.get(), 0, SEEK_END);
  const long size = std::ftell(f.get());
  LoadResult result;
  result.bytes = size > 0 ? static_cast<std::size_t>(size) : 0;
  Easy easy(C().curl_easy_init());
  if (!easy) return make_error(ErrorKind::Internal, "cannot initialise libcurl");
  const std::string graph = o.graph.empty() ? default_graph_iri() : o.graph;
  const std::string url = o.endpoint + (o.endpoint.find('?') == std::string::npos ? "?" : "&") + o.graph_param + "=" +
                          url_encode(easy.get(), graph);
  const std::string where = redact_url(o.endpoint);  // never echo credentials written in the URL
  for (int attempt = 0;; ++attempt) {
    C().curl_easy_reset(easy.get());
    std::rewind(f.get());
    std::string body;
    CURL* c = easy.get();
    CURLcode rc = CURLE_OK;
    if (!o.user.empty()) {
      // negotiate the authentication scheme with an empty request first: with a body, curl's
      // negotiation sends it once unauthenticated and once again with the credentials
      request_options(c, url, o, 0, body);
      C().curl_easy_setopt(c, CURLOPT_NOBODY, 1L);
      rc = C().curl_easy_perform(c);
      C().curl_easy_setopt(c, CURLOPT_NOBODY, 0L);
      C().curl_easy_setopt(c, CURLOPT_HTTPGET, 1L);
      body.clear();
    }
    Slist headers(C().curl_slist_append(nullptr, "Content-Type: application/n-triples"));
    // with credentials, a server that still asks for them answers before the body is sent
    headers.reset(C().curl_slist_append(headers.release(), o.user.empty() ? "Expect:" : "Expect: 100-continue"));
    if (rc == CURLE_OK) {
      request_options(c, url, o, result.bytes, body);
      C().curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
      C().curl_easy_setopt(c, CURLOPT_READFUNCTION, read_body);
      C().curl_easy_setopt(c, CURLOPT_READDATA, f.get());
      C().curl_easy_setopt(c, CURLOPT_SEEKFUNCTION, seek_body);
      C().curl_easy_setopt(c, CURLOPT_SEEKDATA, f.get());
      if (o.append) {
        C().curl_easy_setopt(c, CURLOPT_POST, 1L);
        C().curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(result.bytes));
      } else {
        C().curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
        C().curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(result.bytes));
      }
      rc = C().curl_easy_perform(c);
    }
    result.attempts = attempt + 1;
    long status = 0;
    C().curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    result.status = status;
    result.server_message = server_text(body);
    const bool retry_http = rc == CURLE_OK && (status == 502 || status == 503 || status == 504);
    if ((transient(rc) || retry_http) && attempt < o.retries) {
      std::this_thread::sleep_for(std::chrono::milliseconds(250 << attempt));
      continue;
    }
    if (rc == CURLE_COULDNT_CONNECT) {
      return make_error(ErrorKind::Store, where + ": connection refused (is the store running?), after " +
                                              std::to_string(result.attempts) + " attempt(s)");
    }
    if (rc == CURLE_COULDNT_RESOLVE_HOST) return make_error(ErrorKind::Store, where + ": unknown host");
    if (rc == CURLE_OPERATION_TIMEDOUT) {
      return make_error(ErrorKind::Store, where + ": no answer within the timeout (--timeout " +
                                              std::to_string(o.timeout_seconds) + " s), after " +
                                              std::to_string(result.attempts) + " attempt(s)");
    }
    if (rc != CURLE_OK) {
      return make_error(ErrorKind::Store, where + ": " + C().curl_easy_strerror(rc) + " after " +
                                              std::to_string(result.attempts) + " attempt(s)");
    }
    if (status == 401 || status == 403) {
      return make_error(ErrorKind::Store, where + ": HTTP " + std::to_string(status) +
                                              (status == 401 ? " (authentication failed: check --user and the password)"
                                                             : " (forbidden: the user may not write this graph)") +
                                              (result.server_message.empty() ? "" : ": " + result.server_message));
    }
    if (status < 200 || status >= 300) {
      return make_error(ErrorKind::Store, where + ": HTTP " + std::to_string(status) +
                                              (result.server_message.empty() ? "" : ": " + result.server_message));
    }
    return result;
  }
}

Status sparql_update(const LoadOptions& o, const std::string& update) {
  if (auto lib = curl_library(); !lib) return lib.error();
  Easy easy(C().curl_easy_init());
  if (!easy) return make_error(ErrorKind::Internal, "cannot initialise libcurl");
  CURL* c = easy.get();
  const std::string form = "update=" + url_encode(c, update);
  std::string body;
  request_options(c, o.update_endpoint, o, form.size(), body);
  C().curl_easy_setopt(c, CURLOPT_POSTFIELDS, form.c_str());
  C().curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(form.size()));
  const CURLcode rc = C().curl_easy_perform(c);
  long status = 0;
  C().curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
  const std::string where = redact_url(o.update_endpoint);
  if (rc != CURLE_OK) return make_error(ErrorKind::Store, where + ": " + C().curl_easy_strerror(rc));
  if (status < 200 || status >= 300) {
    const std::string message = server_text(body);
    return make_error(ErrorKind::Store,
                      where + ": HTTP " + std::to_string(status) + (message.empty() ? "" : ": " + message));
  }
  return {};
}

Result<LoadResult> load_graph(const KnowledgeGraph& g, const LoadOptions& o) {
  TempFile tmp;
  std::size_t triples = 0;
  if (tmp.path().empty()) return make_error(ErrorKind::Output, "cannot create a temporary file for the upload");
  {
    File f(std::fopen(tmp.path().c_str(), "wb"));
    if (!f) return make_error(ErrorKind::Output, tmp.path() + ": cannot open temporary file");
    FileSink file(f.get());
    LineCountingSink sink(file);  // N-Triples: one statement per line
    Status st = write_rdf(g, "ntriples", sink);
    if (!st) return make_error(st.error().kind, tmp.path() + ": " + st.error().message);
    triples = sink.lines();
  }
  if (o.append || o.update_endpoint.empty() || triples == 0) {
    auto r = upload_ntriples(tmp.path(), o);
    if (r) r->triples = triples;
    return r;
  }
  // a safe replace: into a graph of its own first, then moved over the target in one update
  const std::string graph = o.graph.empty() ? default_graph_iri() : o.graph;
  LoadOptions staged = o;
  staged.graph = graph + "-newskg-load-" + std::to_string(::getpid()) + "-" +
                 std::to_string(std::chrono::steady_clock::now().time_since_epoch().count());
  auto r = upload_ntriples(tmp.path(), staged);
  Status moved = r ? sparql_update(o, "MOVE GRAPH <" + staged.graph + "> TO GRAPH <" + graph + ">") : Status{};
  if (!r || !moved) {
    (void)sparql_update(o, "DROP SILENT GRAPH <" + staged.graph + ">");  // best effort: the target is untouched
    if (!r) return r.error();
    return moved.error();
  }
  r->triples = triples;
  return r;
}

}  // namespace newskg
