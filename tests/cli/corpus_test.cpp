// Corpus-scale runs: JSONL and directories, per-document errors, --jobs, streaming, sharding.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "export/raptor.hpp"
#include "support.hpp"

using namespace newskg;
using test::bin;
using test::run;
using test::shell_quote;

namespace {

// A small corpus of our own: varied articles with every relation type.
std::string jsonl_corpus(int copies = 3) {
  const char* texts[] = {"Chile accused Peru of spying on its navy. President Lia Serra met Premier Hu Wen in Lima.",
                         "The EU imposed sanctions on the shipping firm Orka Lines and on its owner, Jon Vale.",
                         "Rebels of the Sahel Front captured the town of Menaka. Mali accused the rebels of abuses.",
                         "Chancellor Olaf Brandt will meet President Amina Diallo next week. He did not meet Hu Wen.",
                         "Japan blamed Russia for the delay, Tokyo said on Monday. Russia denied it."};
  std::ostringstream out;
  int id = 0;
  for (int c = 0; c < copies; ++c)
    for (const char* t : texts) {
      const int n = id++;
      out << "{\"id\": \"art-" << n << "\", \"title\": \"Story " << n + 1 << "\", \"date\": \"2026-02-0"
          << ((n + 1) % 9 + 1) << "\", \"url\": \"https://news.example/" << n + 1
          << "\", \"category\": \"world\", \"text\": \"" << t << "\"}\n";
    }
  return out.str();
}

std::vector<std::string> sorted_unique_lines(const std::string& s) {
  std::set<std::string> lines;
  std::istringstream in(s);
  std::string l;
  while (std::getline(in, l))
    if (!l.empty()) lines.insert(l);
  return {lines.begin(), lines.end()};
}

}  // namespace

TEST(Corpus, JsonlMetadataBecomesDocumentNodes) {
  test::TempDir d;
  const std::string f = d.file("c.jsonl", jsonl_corpus(1));
  auto r = run(bin() + " extract -q -f ntriples " + shell_quote(f));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("<https://w3id.org/newskg/id/document/art-0> <http://purl.org/dc/terms/title> \"Story 1\"@en"),
            std::string::npos);
  EXPECT_NE(r.out.find("<https://w3id.org/newskg/id/document/art-0> <http://purl.org/dc/terms/date> \"2026-02-02\""),
            std::string::npos);
  EXPECT_NE(r.out.find("ontology#url> \"https://news.example/1\"^^<http://www.w3.org/2001/XMLSchema#anyURI>"),
            std::string::npos);
  EXPECT_NE(r.out.find(
                "/country/Chile> <https://w3id.org/newskg/ontology#accused> <https://w3id.org/newskg/id/country/Peru>"),
            std::string::npos);
}

TEST(Corpus, BrokenJsonlLinesAreReportedAndTheRestIsRead) {
  test::TempDir d;
  const std::string f = d.file("c.jsonl",
                               "{\"id\":\"a\",\"text\":\"Chile accused Peru of lying.\"}\n{broken\n"
                               "[1,2]\n{\"id\":\"b\"}\n\n{\"id\":\"c\",\"text\":\"Peru accused Chile.\"}\n");
  auto r = run(bin() + " extract -f ntriples " + shell_quote(f));
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.err.find(f + ":2: not valid JSON"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(f + ":3: expected a JSON object"), std::string::npos);
  EXPECT_NE(r.err.find(f + ":4: no \"text\""), std::string::npos);
  EXPECT_NE(r.err.find("2 document(s)"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("document/c>"), std::string::npos);
}

TEST(Corpus, DirectoriesAreReadRecursivelyInOrder) {
  test::TempDir d;
  std::filesystem::create_directories(d.path() + "/a/b");
  std::filesystem::create_directories(d.path() + "/.hidden");
  std::ofstream(d.path() + "/a/b/two.txt") << "Peru accused Chile of lying.";
  std::ofstream(d.path() + "/a/one.txt") << "Chile accused Peru of spying.";
  std::ofstream(d.path() + "/.hidden/no.txt") << "Cuba accused Haiti of theft.";
  std::ofstream(d.path() + "/a/notes.md") << "Cuba accused Haiti of theft.";
  auto r = run(bin() + " extract -q -f ntriples " + shell_quote(d.path()));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // ids are the paths relative to the directory given: two story.txt in two folders stay two
  EXPECT_NE(r.out.find("document/a%2Fone>"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("document/a%2Fb%2Ftwo>"), std::string::npos);
  EXPECT_EQ(r.out.find("Haiti"), std::string::npos);
  test::TempDir empty;
  std::ofstream(empty.path() + "/readme.md") << "nothing";
  auto e = run(bin() + " extract " + shell_quote(empty.path()));
  EXPECT_EQ(e.exit_code, 3);
  EXPECT_NE(e.err.find("holds no articles"), std::string::npos) << e.err;
}

TEST(Corpus, OneBadDocumentDoesNotStopTheOthers) {
  test::TempDir d;
  const std::string ok = d.file("ok.txt", "Chile accused Peru of spying.");
  auto r = run(bin() + " extract -f ntriples " + shell_quote(ok) + " " + shell_quote(d.path() + "/missing.txt") + " " +
               shell_quote(ok));
  // a missing input among several is reported and the others go on
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("missing.txt: No such file or directory"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("2 document(s), 1 problem(s)"), std::string::npos) << r.err;
  // only missing ones: nothing could be read
  auto none = run(bin() + " extract -f ntriples " + shell_quote(d.path() + "/missing.txt") + " " +
                  shell_quote(d.path() + "/gone.txt"));
  EXPECT_EQ(none.exit_code, 3);
  EXPECT_NE(none.err.find("gone.txt: No such file or directory"), std::string::npos) << none.err;
  const std::string dir = d.path() + "/docs";
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/a.txt") << "Chile accused Peru of spying.";
  std::ofstream(dir + "/b.txt") << std::string("\xFF\xFE binary \0\0 junk", 18);
  auto r2 = run(bin() + " extract -f ntriples " + shell_quote(dir));
  EXPECT_EQ(r2.exit_code, 0) << r2.err;
  EXPECT_NE(r2.err.find("b.txt: invalid UTF-8 at byte 0"), std::string::npos) << r2.err;
  EXPECT_NE(r2.out.find("accused"), std::string::npos);
}

TEST(Corpus, OutputIsTheSameWhateverTheNumberOfJobs) {
  test::TempDir d;
  const std::string f = d.file("c.jsonl", jsonl_corpus(8));
  auto one = run(bin() + " extract -q -j 1 -f ntriples " + shell_quote(f));
  auto two = run(bin() + " extract -q -j 2 -f ntriples " + shell_quote(f));
  auto five = run(bin() + " extract -q -j 5 -f turtle " + shell_quote(f));
  auto five_nt = run(bin() + " extract -q -j 5 -f ntriples " + shell_quote(f));
  ASSERT_EQ(one.exit_code, 0);
  EXPECT_EQ(one.out, two.out);
  EXPECT_EQ(one.out, five_nt.out);
  // Turtle and N-Quads are written in pieces on the threads: the same bytes too
  for (const char* syntax : {"turtle", "nquads"}) {
    auto single = run(bin() + " extract -q -j 1 -f " + syntax + " " + shell_quote(f));
    auto three = run(bin() + " extract -q -j 3 -f " + syntax + " " + shell_quote(f));
    ASSERT_EQ(single.exit_code, 0) << single.err;
    EXPECT_EQ(single.out, three.out) << syntax;
  }
  auto a = parse_rdf(five.out, "turtle");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(std::set<std::string>(a->begin(), a->end()).size(), sorted_unique_lines(one.out).size());
}

// Standard input is read through its own large buffer: JSONL of several MiB, through a pipe and
// redirected from a file, gives the file's output; an unreadable standard input is an error.
TEST(Corpus, StandardInputReadsJsonlAsTheFileWould) {
  test::TempDir d;
  const std::string f = d.file("c.jsonl", jsonl_corpus(1500));  // ~1.5 MB: across a buffer's end
  ASSERT_GT(test::read_file(f).size(), std::size_t{1} << 20);
  auto file = run(bin() + " extract -q -f ntriples " + shell_quote(f));
  ASSERT_EQ(file.exit_code, 0) << file.err;
  auto piped = run("cat " + shell_quote(f) + " | " + bin() + " extract -q -f ntriples --input-format jsonl -");
  ASSERT_EQ(piped.exit_code, 0) << piped.err;
  EXPECT_TRUE(piped.out == file.out);
  auto redirected = run(bin() + " extract -q -f ntriples --input-format jsonl - < " + shell_quote(f));
  ASSERT_EQ(redirected.exit_code, 0) << redirected.err;
  EXPECT_TRUE(redirected.out == file.out);
  auto directory = run(bin() + " extract -q -f ntriples --input-format jsonl - < " + shell_quote(d.path()));
  EXPECT_EQ(directory.exit_code, 3);
  EXPECT_NE(directory.err.find("-: read error"), std::string::npos) << directory.err;
  auto closed = run(bin() + " extract -q -f ntriples --input-format jsonl - <&-");
  EXPECT_EQ(closed.exit_code, 3);
  EXPECT_NE(closed.err.find("-: cannot open"), std::string::npos) << closed.err;
}

TEST(Corpus, SummaryOnStderrAndQuietMeansQuiet) {
  test::TempDir d;
  const std::string f = d.file("c.jsonl", jsonl_corpus(1));
  auto r = run(bin() + " extract -f ntriples " + shell_quote(f));
  EXPECT_NE(r.err.find("5 document(s)"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("relation mentions:"), std::string::npos);
  EXPECT_NE(r.err.find("accused"), std::string::npos);
  auto q = run(bin() + " extract -q -f ntriples " + shell_quote(f));
  EXPECT_TRUE(q.err.empty()) << q.err;
}

TEST(Corpus, StreamingAndShardsMergeToTheSingleRun) {
  test::TempDir d;
  const std::string corpus = jsonl_corpus(4);
  const std::string f = d.file("c.jsonl", corpus);
  auto single = run(bin() + " extract -q --stream -f nquads " + shell_quote(f));
  ASSERT_EQ(single.exit_code, 0) << single.err;
  EXPECT_TRUE(parse_rdf(single.out, "nquads").ok());
  // shards through standard input, as Hadoop Streaming or Spark's pipe() would run them
  auto shards = run("cd " + shell_quote(d.path()) + " && split -l 7 c.jsonl shard- && for s in shard-*; do " + bin() +
                    " extract -q --stream -f nquads --input-format jsonl - < $s > $s.nq || exit 1; done && "
                    "cat shard-*.nq");
  ASSERT_EQ(shards.exit_code, 0) << shards.err;
  EXPECT_EQ(sorted_unique_lines(shards.out), sorted_unique_lines(single.out));
  // streamed output is valid under the shapes
  const std::string nt = d.file("s.nt", run(bin() + " extract -q --stream -f ntriples " + shell_quote(f)).out);
  auto shacl = run("node " + shell_quote(test::source_dir() + "/tests/js/rdf-check.mjs") + " shacl " +
                   shell_quote(test::source_dir() + "/ontology/shapes.ttl") + " " + shell_quote(nt));
  EXPECT_EQ(shacl.exit_code, 0) << shacl.out << shacl.err;
  // streamed Turtle: one prefix header, the same triples as streamed N-Triples
  auto ttl = run(bin() + " extract -q --stream -f turtle " + shell_quote(f));
  ASSERT_EQ(ttl.exit_code, 0) << ttl.err;
  auto ttl_triples = parse_rdf(ttl.out, "turtle");
  auto nt_triples = parse_rdf(test::read_file(nt), "ntriples");
  ASSERT_TRUE(ttl_triples.ok() && nt_triples.ok());
  EXPECT_EQ(std::set<std::string>(ttl_triples->begin(), ttl_triples->end()),
            std::set<std::string>(nt_triples->begin(), nt_triples->end()));
  EXPECT_EQ(ttl.out.find("@prefix nkg:"), ttl.out.rfind("@prefix nkg:"));
  // diagrams and RDF/XML need the whole graph
  EXPECT_EQ(run(bin() + " extract --stream -f dot " + shell_quote(f)).exit_code, 2);
  EXPECT_EQ(run(bin() + " extract --stream -f rdfxml " + shell_quote(f)).exit_code, 2);
}
