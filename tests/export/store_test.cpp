// The Graph Store Protocol client against a scripted local HTTP server: retries on transient
// statuses, the method and headers it sends, and the server's message in errors.
#include "export/store.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "support.hpp"

using namespace newskg;

namespace {

// A Python HTTP server started from a script of the test's (argv: DIR STATUSES); it writes its
// port to DIR/port and what it received to DIR/requests. Killed at destruction.
class PythonServer {
 public:
  explicit PythonServer(const test::TempDir& dir) : dir_(dir) {}
  ~PythonServer() { test::run("kill " + pid_); }
  PythonServer(const PythonServer&) = delete;
  PythonServer& operator=(const PythonServer&) = delete;
  std::string url(const std::string& path = "/gsp") const { return "http://127.0.0.1:" + port_ + path; }
  std::string requests() const { return test::read_file(dir_.path() + "/requests"); }

 protected:
  void start(const std::string& script, const std::string& statuses) {
    pid_ = test::run("python3 " + test::shell_quote(script) + " " + test::shell_quote(dir_.path()) + " " + statuses +
                     " >/dev/null 2>&1 & echo $!")
               .out;
    for (int i = 0; i < 100 && port_.empty(); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      port_ = test::read_file(dir_.path() + "/port");
    }
  }

 private:
  const test::TempDir& dir_;
  std::string pid_, port_;
};

// Starts a Python HTTP server answering PUT/POST with the given statuses in turn; it writes what
// it received to DIR/requests. Returns its port.
class ScriptedServer : public PythonServer {
 public:
  ScriptedServer(const test::TempDir& dir, const std::string& statuses) : PythonServer(dir) {
    const std::string script = dir.file("server.py", R"(import http.server, sys, os
statuses = [int(s) for s in sys.argv[2].split(',')]
log = open(os.path.join(sys.argv[1], 'requests'), 'a')
class H(http.server.BaseHTTPRequestHandler):
    def handle_body(self):
        n = int(self.headers.get('Content-Length', 0))
        body = self.rfile.read(n)
        log.write('%s %s %s %d\n' % (self.command, self.path, self.headers.get('Content-Type'), len(body))); log.flush()
        code = statuses.pop(0) if statuses else 500
        msg = b'<html><body><h1>Oops</h1> store says no</body></html>' if code >= 400 else b''
        self.send_response(code); self.send_header('Content-Length', str(len(msg))); self.end_headers(); self.wfile.write(msg)
    do_PUT = do_POST = handle_body
    def log_message(self, *a): pass
s = http.server.HTTPServer(('127.0.0.1', 0), H)
open(os.path.join(sys.argv[1], 'port'), 'w').write(str(s.server_address[1]))
s.serve_forever()
)");
    start(script, statuses);
  }
};

}  // namespace

TEST(Store, RetriesTransientStatusesThenSucceeds) {
  test::TempDir d;
  ScriptedServer server(d, "503,502,201");
  const std::string nt = d.file("g.nt", "<http://x/a> <http://x/p> \"o\" .\n");
  LoadOptions o;
  o.endpoint = server.url();
  o.graph = "http://example.org/g";
  auto r = upload_ntriples(nt, o);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->status, 201);
  EXPECT_EQ(r->attempts, 3);
  const std::string log = server.requests();
  EXPECT_NE(log.find("PUT /gsp?graph=http%3A%2F%2Fexample.org%2Fg application/n-triples 32"), std::string::npos) << log;
}

TEST(Store, AppendPostsAndErrorsCarryTheServerMessage) {
  test::TempDir d;
  ScriptedServer server(d, "400");
  const std::string nt = d.file("g.nt", "<http://x/a> <http://x/p> \"o\" .\n");
  LoadOptions o;
  o.endpoint = server.url();
  o.append = true;
  auto r = upload_ntriples(nt, o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::Store);
  EXPECT_NE(r.error().message.find("HTTP 400: Oops store says no"), std::string::npos) << r.error().message;
  EXPECT_NE(server.requests().find("POST /gsp?graph="), std::string::npos);
}

TEST(Store, GivesUpAfterTheRetriesItWasAllowed) {
  test::TempDir d;
  ScriptedServer server(d, "503,503,503");
  const std::string nt = d.file("g.nt", "<http://x/a> <http://x/p> \"o\" .\n");
  LoadOptions o;
  o.endpoint = server.url();
  o.retries = 1;
  auto r = upload_ntriples(nt, o);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("HTTP 503"), std::string::npos);
}

namespace {

// A server asking for Basic authentication: it reads every body it is sent (as real servers
// do), logs "METHOD PATH authorised? body-length" and answers 401 until the credentials come.
// Statuses for authorised requests are taken in turn (then 201). Returns its port.
class AuthServer : public PythonServer {
 public:
  AuthServer(const test::TempDir& dir, const std::string& statuses = "201") : PythonServer(dir) {
    const std::string script = dir.file("auth.py", R"(import http.server, sys, os, base64
statuses = [int(s) for s in sys.argv[2].split(',')]
log = open(os.path.join(sys.argv[1], 'requests'), 'a')
want = 'Basic ' + base64.b64encode(b'u:p').decode()
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    def handle_any(self):
        ok = self.headers.get('Authorization') == want
        n = int(self.headers.get('Content-Length', 0))
        if not ok and self.headers.get('Expect', '').lower() == '100-continue':
            n = 0; self.close_connection = True  # refused before the body: it is never sent
        body = self.rfile.read(n)
        log.write('%s %s %s %d\n' % (self.command, self.path, 'yes' if ok else 'no', len(body))); log.flush()
        code = (statuses.pop(0) if statuses else 201) if ok else 401
        self.send_response(code)
        if code == 401: self.send_header('WWW-Authenticate', 'Basic realm="x"')
        self.send_header('Content-Length', '0'); self.end_headers()
    do_PUT = do_POST = do_HEAD = do_GET = handle_any
    def handle_expect_100(self):
        if self.headers.get('Authorization') != want: return True  # answer 401 in handle_any
        return super().handle_expect_100()
    def log_message(self, *a): pass
s = http.server.ThreadingHTTPServer(('127.0.0.1', 0), H)
open(os.path.join(sys.argv[1], 'port'), 'w').write(str(s.server_address[1]))
s.serve_forever()
)");
    start(script, statuses);
  }
};

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST(Store, WithCredentialsTheBodyIsSentOnce) {
  test::TempDir d;
  AuthServer server(d);
  const std::string nt = d.file("g.nt", std::string(5000, '#') + "\n<http://x/a> <http://x/p> \"o\" .\n");
  LoadOptions o;
  o.endpoint = server.url();
  o.user = "u";
  o.password = "p";
  auto r = upload_ntriples(nt, o);
  ASSERT_TRUE(r.ok()) << r.error().message << "\n" << server.requests();
  EXPECT_EQ(r->status, 201);
  const std::string log = server.requests();
  EXPECT_EQ(count(log, " 5033\n"), 1u) << "the 5 033-byte body crossed the wire once:\n" << log;
  EXPECT_EQ(count(log, "PUT /gsp?graph="), 1u) << log;
}

TEST(Store, ASilentServerIsGivenUpAfterTheTimeout) {
  test::TempDir d;
  // accepts connections and never answers
  const std::string script = d.file("silent.py", R"(import socket, sys, os, time
s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(8)
open(os.path.join(sys.argv[1], 'port'), 'w').write(str(s.getsockname()[1]))
conns = []
end = time.time() + 60
while time.time() < end:
    c, _ = s.accept(); conns.append(c)
)");
  const std::string pid = test::run("python3 " + test::shell_quote(script) + " " + test::shell_quote(d.path()) +
                                    " >/dev/null 2>&1 & echo $!")
                              .out;
  std::string port;
  for (int i = 0; i < 100 && port.empty(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    port = test::read_file(d.path() + "/port");
  }
  const std::string nt = d.file("g.nt", "<http://x/a> <http://x/p> \"o\" .\n");
  LoadOptions o;
  o.endpoint = "http://127.0.0.1:" + port + "/gsp";
  o.timeout_seconds = 1;
  o.retries = 0;
  const auto start = std::chrono::steady_clock::now();
  auto r = upload_ntriples(nt, o);
  const auto took = std::chrono::steady_clock::now() - start;
  test::run("kill " + pid);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("no answer within the timeout (--timeout 1 s)"), std::string::npos)
      << r.error().message;
  EXPECT_LT(took, std::chrono::seconds(30)) << "not the old 600 s per attempt";
}

TEST(Store, SafeReplaceStagesTheUploadAndNeverTouchesTheTargetWhenItFails) {
  test::TempDir d;
  AuthServer server(d, "201,200");  // staged PUT, then the MOVE
  const std::string nt = d.file("g.nt", "<http://x/a> <http://x/p> \"o\" .\n");
  LoadOptions o;
  o.endpoint = server.url();
  o.update_endpoint = server.url("/update");
  o.graph = "http://example.org/g";
  o.user = "u";
  o.password = "p";
  // load_graph needs a graph: hand the staged upload and the move to the same calls it makes
  LoadOptions staged = o;
  staged.graph = "http://example.org/g-newskg-load-1";
  ASSERT_TRUE(upload_ntriples(nt, staged).ok());
  ASSERT_TRUE(sparql_update(o, "MOVE GRAPH <" + staged.graph + "> TO GRAPH <" + o.graph + ">").ok());
  const std::string log = server.requests();
  EXPECT_NE(log.find("PUT /gsp?graph=http%3A%2F%2Fexample.org%2Fg-newskg-load-1 yes"), std::string::npos) << log;
  EXPECT_NE(log.find("POST /update yes"), std::string::npos) << log;

  // through load_graph: a failing staged upload leaves the target alone and drops the stage
  test::TempDir d2;
  AuthServer failing(d2, "200,500,200");  // the negotiating HEAD, the staged PUT, the DROP
  KnowledgeGraph g;
  g.add(test::extract("Chile accused Peru of spying."));
  o.endpoint = failing.url();
  o.update_endpoint = failing.url("/update");
  auto r = load_graph(g, o);
  ASSERT_FALSE(r.ok());
  const std::string flog = failing.requests();
  EXPECT_EQ(flog.find("graph=http%3A%2F%2Fexample.org%2Fg yes"), std::string::npos) << "target untouched:\n" << flog;
  EXPECT_NE(flog.find("-newskg-load-"), std::string::npos) << flog;
  EXPECT_NE(flog.find("POST /update yes"), std::string::npos) << "the stage is dropped:\n" << flog;
}

TEST(Store, GraphIrisCredentialsAndServerText) {
  EXPECT_TRUE(check_graph_iri("http://example.org/g").ok());
  EXPECT_TRUE(check_graph_iri("urn:x-newskg:graph").ok());
  for (const char* bad : {"", "example.org/g", "http://ex ample.org/", "http://ex.org/<g>", "1http://x",
                          "http://x/\x01", "http://x/{y}", "http://x/a`b", ":nothing"}) {
    auto st = check_graph_iri(bad);
    ASSERT_FALSE(st.ok()) << bad;
    EXPECT_EQ(st.error().kind, ErrorKind::Usage);
  }
  EXPECT_EQ(redact_url("http://user:secret@127.0.0.1:8890/sparql"), "http://***@127.0.0.1:8890/sparql");
  EXPECT_EQ(redact_url("https://tok@h/x?a=b@c"), "https://***@h/x?a=b@c");
  EXPECT_EQ(redact_url("http://127.0.0.1:8890/x?user=a@b"), "http://127.0.0.1:8890/x?user=a@b");
  EXPECT_EQ(server_text("<h1>Error</h1>\n bad \x1b[31mred\x07 text"), "Error bad \\x1B[31mred\\x07 text");
  EXPECT_EQ(server_text(std::string(400, 'x')).size(), 303u);
}
