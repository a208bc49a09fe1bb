// Outputs that never replace what is not ours and inputs that never sink a run: devices and
// FIFOs written in place, symlinks followed, modes kept, interrupted runs cleaned up, ids unique,
// hostile characters survived by every format. FIFOs and symlinks are made in temporary
// directories; no test names a path under /dev except through a shell redirection.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "support.hpp"

using namespace newskg;
using test::bin;
using test::run;
using test::shell_quote;
namespace fs = std::filesystem;

namespace {

const char* kArticle = "Chile accused Peru of spying on its navy. Bolivia met with Peru in Lima.";

std::size_t files_in(const std::string& dir) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), {}));
}

mode_t mode_of(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 ? st.st_mode & 07777 : 0;
}

// Well-formed XML by an independent parser (Python's expat).
bool well_formed_xml(const std::string& path, std::string& why) {
  auto r = run("python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' " + shell_quote(path));
  why = r.err;
  return r.exit_code == 0;
}

}  // namespace

TEST(SafeOutput, FifoIsWrittenInPlaceLikeARedirection) {
  test::TempDir d;
  const std::string input = d.file("a.txt", kArticle);
  const std::string fifo = d.path() + "/pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const std::string got = d.path() + "/got.nt";
  auto r = run("cat " + shell_quote(fifo) + " > " + shell_quote(got) + " & " + bin() + " extract -q -f ntriples -o " +
               shell_quote(fifo) + " " + shell_quote(input) + "; status=$?; wait; exit $status");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto direct = run(bin() + " extract -q -f ntriples " + shell_quote(input));
  EXPECT_EQ(test::read_file(got), direct.out);
  struct stat st;
  ASSERT_EQ(::lstat(fifo.c_str(), &st), 0);
  EXPECT_TRUE(S_ISFIFO(st.st_mode)) << "the FIFO is still a FIFO, not a file renamed over it";
  EXPECT_EQ(files_in(d.path()), 3u) << "no temporary file beside it";
}

TEST(SafeOutput, SymlinkIsFollowedAndItsTargetReplacedKeepingModeAndLink) {
  test::TempDir d;
  const std::string input = d.file("a.txt", kArticle);
  fs::create_directories(d.path() + "/real");
  const std::string target = d.file("real/graph.nt", "old\n");
  ASSERT_EQ(::chmod(target.c_str(), 0600), 0);
  const std::string link = d.path() + "/graph.nt";
  fs::create_symlink("real/graph.nt", link);
  auto r = run(bin() + " extract -q -f ntriples -o " + shell_quote(link) + " " + shell_quote(input));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::is_symlink(link)) << "the link stays a link";
  EXPECT_NE(test::read_file(target).find("accused"), std::string::npos);
  EXPECT_EQ(mode_of(target), 0600u) << "a private file stays private";
  EXPECT_EQ(files_in(d.path() + "/real"), 1u);
}

TEST(SafeOutput, NewFileGetsTheUmasksMode) {
  test::TempDir d;
  const std::string input = d.file("a.txt", kArticle);
  auto r = run("umask 027; " + bin() + " extract -q -o " + shell_quote(d.path() + "/g.ttl") + " " + shell_quote(input));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(mode_of(d.path() + "/g.ttl"), 0640u);
  r = run("umask 022; " + bin() + " extract -q -o " + shell_quote(d.path() + "/h.ttl") + " " + shell_quote(input));
  EXPECT_EQ(mode_of(d.path() + "/h.ttl"), 0644u);
}

TEST(SafeOutput, OwnerOfAReplacedFileIsKept) {
  if (::geteuid() != 0) GTEST_SKIP() << "only root may give a file to another owner";
  test::TempDir d;
  const std::string input = d.file("a.txt", kArticle);
  const std::string out = d.file("g.nt", "old\n");
  ASSERT_EQ(::chown(out.c_str(), 65534, 65534), 0);
  auto r = run(bin() + " extract -q -f ntriples -o " + shell_quote(out) + " " + shell_quote(input));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  struct stat st;
  ASSERT_EQ(::stat(out.c_str(), &st), 0);
  EXPECT_EQ(st.st_uid, 65534u);
  EXPECT_EQ(st.st_gid, 65534u);
}

TEST(SafeOutput, OutputNamingAnInputIsRefusedBeforeAnythingIsRead) {
  test::TempDir d;
  const std::string input = d.file("a.txt", kArticle);
  fs::create_symlink("a.txt", d.path() + "/alias.txt");
  for (const std::string& out : {input, d.path() + "/alias.txt"}) {
    auto r = run(bin() + " extract -o " + shell_quote(out) + " " + shell_quote(input));
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("the output is one of the inputs"), std::string::npos) << r.err;
    EXPECT_EQ(test::read_file(input), kArticle);
  }
  // a file inside an input directory too
  auto r = run(bin() + " extract -o " + shell_quote(input) + " " + shell_quote(d.path()));
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(test::read_file(input), kArticle);
}

TEST(SafeOutput, LongestFileNamesWork) {
  test::TempDir d;
  const std::string input = d.file("a.txt", kArticle);
  const std::string out = d.path() + "/" + std::string(251, 'n') + ".nt";  // 254 bytes, one short of NAME_MAX
  auto r = run(bin() + " extract -q -f ntriples -o " + shell_quote(out) + " " + shell_quote(input));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(test::read_file(out).find("accused"), std::string::npos);
}

TEST(SafeOutput, SignalsRemoveTheTemporaryFileAndKeepTheOldOne) {
  for (const auto& [signal, code] :
       std::vector<std::pair<std::string, int>>{{"TERM", 143}, {"INT", 130}, {"HUP", 129}}) {
    test::TempDir d;
    const std::string input = d.file("a.txt", kArticle);
    const std::string out = d.file("g.nt", "old good output\n");
    // standard input stays open for seconds: the run waits mid-way with its temporary file made
    auto r = run("(cat " + shell_quote(input) + "; sleep 2) | " + bin() + " extract -q --stream -f ntriples -o " +
                 shell_quote(out) + " - & pid=$!; sleep 0.5; ls -a " + shell_quote(d.path()) +
                 " | grep -c tmp; kill -" + signal + " $pid; wait $pid; echo \"exit=$?\"");
    EXPECT_NE(r.out.find("1\n"), std::string::npos) << "a temporary file existed mid-run: " << r.out;
    EXPECT_NE(r.out.find("exit=" + std::to_string(code)), std::string::npos) << signal << ": " << r.out << r.err;
    EXPECT_EQ(test::read_file(out), "old good output\n");
    EXPECT_EQ(files_in(d.path()), 2u) << signal << ": the temporary file is gone";
  }
}

TEST(SafeInput, SameNamedFilesInTwoFoldersStayTwoDocuments) {
  test::TempDir d;
  fs::create_directories(d.path() + "/day1");
  fs::create_directories(d.path() + "/day2");
  const std::string a = d.file("day1/story.txt", "Chile accused Peru of spying.");
  const std::string b = d.file("day2/story.txt", "Bolivia met with Peru in Lima.");
  auto dir = run(bin() + " extract -f ntriples " + shell_quote(d.path()));
  ASSERT_EQ(dir.exit_code, 0) << dir.err;
  EXPECT_NE(dir.out.find("document/day1%2Fstory>"), std::string::npos);
  EXPECT_NE(dir.out.find("document/day2%2Fstory>"), std::string::npos);
  // named one by one, their stems collide: the second is made unique, with a warning
  auto named = run(bin() + " extract -f ntriples " + shell_quote(a) + " " + shell_quote(b));
  ASSERT_EQ(named.exit_code, 0) << named.err;
  EXPECT_NE(named.out.find("document/story>"), std::string::npos);
  EXPECT_NE(named.out.find("document/story~2>"), std::string::npos);
  EXPECT_NE(named.err.find(b + ": document id 'story' was already used in this run; this document is 'story~2'"),
            std::string::npos)
      << named.err;
  EXPECT_EQ(named.out.find("event/story-1> a <https://w3id.org/newskg/ontology#Meeting>"), std::string::npos)
      << "no event is both a Meeting and an Accusation";
}

TEST(SafeInput, HostileIdsTitlesAndTextSurviveEveryFormat) {
  test::TempDir d;
  const std::string jsonl =
      d.file("c.jsonl",
             "{\"id\":\"a\\u0000b\\u0007\",\"title\":\"T\\u0000\\uFFFF\",\"url\":\"http://x/\\u0000\","
             "\"date\":\"2024-13-45\",\"text\":\"Chile accused Peru of spying. \\uFFFE \\u0001 Bolivia met with "
             "Peru in Lima.\"}\n"
             "{\"id\":\"" +
                 std::string(10000, 'i') + "\",\"text\":\"Chile \xFF accused Peru of spying.\"}\n");
  const std::string odd = d.file(std::string("n\xFFme.txt"), "Bolivia met with Peru in Lima.");
  const std::string in = shell_quote(jsonl) + " " + shell_quote(odd);
  for (const char* format : {"ntriples", "turtle", "nquads", "rdfxml", "graphml", "svg", "dot"}) {
    const std::string out = d.path() + "/out." + format;
    auto r = run(bin() + " extract -f " + format + " -o " + shell_quote(out) + " " + in);
    ASSERT_EQ(r.exit_code, 0) << format << ": " << r.err;
    if (std::string(format) == "ntriples") {
      EXPECT_NE(r.err.find("c.jsonl:1: control characters or invalid UTF-8 in \"id\" replaced"), std::string::npos)
          << r.err;
      EXPECT_NE(r.err.find("c.jsonl:1: \"date\" 2024-13-45 is not a date"), std::string::npos) << r.err;
      EXPECT_NE(r.err.find("c.jsonl:2: invalid UTF-8 at byte"), std::string::npos) << r.err;
      EXPECT_NE(r.err.find("c.jsonl:2: document id longer than 1000 bytes; cut"), std::string::npos) << r.err;
      const std::string nt = test::read_file(out);
      EXPECT_EQ(nt.find("XMLSchema#date"), std::string::npos) << "no invalid xsd:date";
      EXPECT_NE(nt.find("document/" + std::string(1000, 'i') + ">"), std::string::npos);
      EXPECT_EQ(nt.find(std::string(1001, 'i')), std::string::npos);
      auto rapper = run("rapper -q -i ntriples -c " + shell_quote(out));
      EXPECT_EQ(rapper.exit_code, 0) << rapper.err;
      auto nodes = run(bin() + " extract -f ntriples " + in + " 2>&1 | grep -c 'accused'");
      EXPECT_NE(nodes.out, "0\n");
    }
    if (std::string(format) == "rdfxml") {  // Raptor cuts a literal at a NUL: the same triples as N-Triples
      const auto triples = [&](const std::string& syntax, const std::string& file) {
        auto c = run("rapper -i " + syntax + " -c " + shell_quote(file) + " 2>&1");
        EXPECT_EQ(c.exit_code, 0) << c.out;
        return c.out.substr(c.out.find("returned"));
      };
      EXPECT_EQ(triples("rdfxml", out), triples("ntriples", d.path() + "/out.ntriples"));
      auto nt = run("rapper -q -i rdfxml -o ntriples " + shell_quote(out) + " | sort");
      auto ref = run("sort " + shell_quote(d.path() + "/out.ntriples"));
      EXPECT_EQ(nt.out, ref.out) << "RDF/XML holds the very literals N-Triples does";
    }
    if (std::string(format) == "graphml" || std::string(format) == "svg") {
      std::string why;
      EXPECT_TRUE(well_formed_xml(out, why)) << format << ": " << why;
    }
  }
}

TEST(SafeInput, PermissionErrorsSayPermissionDenied) {
  if (run("command -v setpriv").exit_code != 0) GTEST_SKIP() << "setpriv (util-linux) not installed";
  test::TempDir d;
  fs::permissions(d.path(), fs::perms::all);  // the unprivileged user may enter
  fs::create_directories(d.path() + "/in/locked");
  d.file("in/ok.txt", kArticle);
  d.file("in/locked/x.txt", kArticle);
  const std::string secret = d.file("secret.txt", kArticle);
  fs::permissions(d.path() + "/in", fs::perms::all);
  fs::permissions(d.path() + "/in/ok.txt", fs::perms::all);
  fs::permissions(d.path() + "/in/locked", fs::perms::none);
  fs::permissions(secret, fs::perms::owner_read);
  // the unprivileged user must reach the program and its lexicon through this checkout's folders
  const std::string as_nobody = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
  if (run(as_nobody + bin() + " extract -q -f ntriples " + shell_quote(d.path() + "/in/ok.txt")).exit_code != 0)
    GTEST_SKIP() << "an unprivileged user cannot run newskg from this checkout (its folders are not open to others)";
  auto r = run(as_nobody + bin() + " extract -f ntriples " + shell_quote(d.path() + "/in") + " " + shell_quote(secret) +
               " " + shell_quote(d.path() + "/in/locked/x.txt"));
  // an unreadable directory named on the command line is said so once
  auto top = run(as_nobody + bin() + " extract -f ntriples " + shell_quote(d.path() + "/in/locked"));
  fs::permissions(d.path() + "/in/locked", fs::perms::owner_all);
  EXPECT_EQ(top.exit_code, 3) << top.err;
  EXPECT_NE(top.err.find("locked: cannot read directory: Permission denied"), std::string::npos) << top.err;
  EXPECT_EQ(top.err.find("holds no articles"), std::string::npos) << top.err;
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("locked: cannot read directory: Permission denied"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("secret.txt: cannot open: Permission denied"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("x.txt: Permission denied"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("accused"), std::string::npos);
}

TEST(SafeOutput, AnInterruptedLoadRemovesItsUploadCopy) {
  test::TempDir d;
  const std::string input = d.file("a.txt", kArticle);
  fs::create_directories(d.path() + "/tmp");
  // a server that accepts and never answers holds the upload while the signal comes
  const std::string server = d.file("silent.py",
                                    "import socket, sys, time\n"
                                    "s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(8)\n"
                                    "print(s.getsockname()[1], flush=True)\n"
                                    "c = s.accept()\ntime.sleep(20)\n");
  auto r = run("python3 " + shell_quote(server) + " > " + shell_quote(d.path() + "/port") +
               " & srv=$!; for i in $(seq 50); do [ -s " + shell_quote(d.path() + "/port") +
               " ] && break; sleep 0.1; done; TMPDIR=" + shell_quote(d.path() + "/tmp") + " " + bin() +
               " load -q --timeout 30 --retries 0 --endpoint http://127.0.0.1:$(cat " +
               shell_quote(d.path() + "/port") + ")/gsp " + shell_quote(input) + " & pid=$!; sleep 1; ls " +
               shell_quote(d.path() + "/tmp") + "; kill -TERM $pid; wait $pid; echo \"exit=$?\"; kill $srv");
  EXPECT_NE(r.out.find("newskg-load-"), std::string::npos) << "the upload copy existed mid-run: " << r.out << r.err;
  EXPECT_NE(r.out.find("exit=143"), std::string::npos) << r.out << r.err;
  EXPECT_EQ(files_in(d.path() + "/tmp"), 0u) << "and is gone";
}
