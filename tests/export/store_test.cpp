// The Graph Store Protocol client against a scripted local HTTP server: retries on transient
// statuses, the method and headers it sends, and the server's message in errors.
#include "export/store.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "support.hpp"

using namespace newskg;

namespace {

// Starts a Python HTTP server answering PUT/POST with the given statuses in turn; it writes what
// it received to DIR/requests. Returns its port.
class ScriptedServer {
 public:
  ScriptedServer(const test::TempDir& dir, const std::string& statuses) : dir_(dir) {
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
    pid_ = test::run("python3 " + test::shell_quote(script) + " " + test::shell_quote(dir.path()) + " " + statuses +
                     " >/dev/null 2>&1 & echo $!")
               .out;
    for (int i = 0; i < 100 && port_.empty(); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      port_ = test::read_file(dir.path() + "/port");
    }
  }
  ~ScriptedServer() { test::run("kill " + pid_); }
  std::string url() const { return "http://127.0.0.1:" + port_ + "/gsp"; }
  std::string requests() const { return test::read_file(dir_.path() + "/requests"); }

 private:
  const test::TempDir& dir_;
  std::string pid_, port_;
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
