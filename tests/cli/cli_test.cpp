// The newskg command as users and the scorers run it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "export/raptor.hpp"
#include "support.hpp"

using namespace newskg;
using test::bin;
using test::run;
using test::shell_quote;

namespace {
std::string seed() {
  return test::shared_dir() + "/eval/seed-article.txt";
}
}  // namespace

TEST(Cli, HelpAndVersion) {
  auto h = run(bin() + " --help");
  EXPECT_EQ(h.exit_code, 0);
  EXPECT_NE(h.out.find("extract"), std::string::npos);
  EXPECT_NE(h.out.find("Exit codes"), std::string::npos);
  auto eh = run(bin() + " extract --help");
  EXPECT_EQ(eh.exit_code, 0);
  EXPECT_NE(eh.out.find("--format"), std::string::npos);
  auto v = run(bin() + " --version");
  EXPECT_EQ(v.exit_code, 0);
  EXPECT_NE(v.out.find("newskg"), std::string::npos);
}

TEST(Cli, ReadsStandardInput) {
  auto r = run("printf 'Chile accused Peru of spying.' | " + bin() + " extract --format ntriples");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(
                "/country/Chile> <https://w3id.org/newskg/ontology#accused> <https://w3id.org/newskg/id/country/Peru>"),
            std::string::npos)
      << r.out;
  auto dash = run("printf 'Chile accused Peru of spying.' | " + bin() + " extract -f ntriples -");
  EXPECT_EQ(dash.out, r.out);
}

TEST(Cli, MissingInputIsExitCode3NamingTheFile) {
  auto r = run(bin() + " extract /nonexistent/story.txt");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("/nonexistent/story.txt"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
}

TEST(Cli, BadFormatIsAUsageError) {
  auto r = run(bin() + " extract --format yaml /dev/null");
  EXPECT_EQ(r.exit_code, 2);
}

TEST(Cli, UnwritableOutputIsExitCode5AndLeavesNoFile) {
  test::TempDir d;
  const std::string input = d.file("a.txt", "Chile accused Peru of spying.");
  auto r = run(bin() + " extract -o /nonexistent-dir/out.ttl " + shell_quote(input));
  EXPECT_EQ(r.exit_code, 5);
  EXPECT_NE(r.err.find("/nonexistent-dir/out.ttl"), std::string::npos);
  auto full = run(bin() + " extract -f ntriples " + shell_quote(input) + " > /dev/full");
  EXPECT_EQ(full.exit_code, 5) << full.err;
}

TEST(Cli, OutputFileIsWrittenWhole) {
  test::TempDir d;
  const std::string input = d.file("a.txt", "Chile accused Peru of spying.");
  const std::string out = d.path() + "/g.ttl";
  auto r = run(bin() + " extract -o " + shell_quote(out) + " " + shell_quote(input));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto parsed = parse_rdf(test::read_file(out), "turtle");
  ASSERT_TRUE(parsed.ok());
  EXPECT_GT(parsed->size(), 5u);
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(d.path()), {}), 2);
}

TEST(Cli, InvalidUtf8IsRepairedWithAWarningNamingTheByte) {
  test::TempDir d;
  const std::string input = d.file("bad.txt", "Chile accused \xFF Peru of spying.");
  auto r = run(bin() + " extract -f ntriples " + shell_quote(input));
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.err.find("byte 14"), std::string::npos) << r.err;
  EXPECT_TRUE(parse_rdf(r.out, "ntriples").ok());
}

// output/ holds what the current binary makes of the bundled sample article.
TEST(SampleOutput, CommittedOutputsAreUpToDate) {
  const std::string root = test::source_dir();
  for (const auto& [format, ext] : std::vector<std::pair<std::string, std::string>>{
           {"turtle", "ttl"}, {"ntriples", "nt"}, {"dot", "dot"}, {"svg", "svg"}}) {
    auto r = run("cd " + shell_quote(root) + " && " + bin() + " extract --ontology ontology --format " + format +
                 " samples/sample-article.txt");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, test::read_file(root + "/output/sample." + ext))
        << "output/sample." << ext << " is stale: run scripts/make-sample-output";
  }
}

TEST(SampleOutput, SampleHasEveryRelationTypeAndModality) {
  const std::string nt = test::read_file(test::source_dir() + "/output/sample.nt");
  for (const char* p :
       {"#metWith>", "#accused>", "#sanctioned>", "#captured>", "#Planned>", "#Negated>", "#claimedBy>"})
    EXPECT_NE(nt.find(p), std::string::npos) << p;
}

class Seed : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!test::have_shared()) GTEST_SKIP() << "../shared/eval/seed-article.txt not present: seed tests skipped";
  }
};

TEST_F(Seed, NTriplesHaveEntitiesAndRelations) {
  auto r = run(bin() + " extract --format ntriples " + shell_quote(seed()));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string P = "<https://w3id.org/newskg/id/person/";
  EXPECT_NE(r.out.find(P + "Vladimir_Putin> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                           "<https://w3id.org/newskg/ontology#Person>"),
            std::string::npos);
  EXPECT_NE(r.out.find(P + "Vladimir_Putin> <https://w3id.org/newskg/ontology#metWith> " + P + "Steve_Whitkoff>"),
            std::string::npos);
  EXPECT_NE(
      r.out.find("<https://w3id.org/newskg/id/country/United_States> <https://w3id.org/newskg/ontology#sanctioned> "
                 "<https://w3id.org/newskg/id/organization/Rosneft>"),
      std::string::npos);
  EXPECT_NE(r.out.find("<https://w3id.org/newskg/id/country/Russia> <https://w3id.org/newskg/ontology#captured> "
                       "<https://w3id.org/newskg/id/city/Pokrovsk>"),
            std::string::npos);
  // planned: no direct triple to Ukraine
  EXPECT_EQ(r.out.find(P + "Steve_Whitkoff> <https://w3id.org/newskg/ontology#metWith> "
                           "<https://w3id.org/newskg/id/country/Ukraine>"),
            std::string::npos);
}

TEST_F(Seed, TurtleAndNTriplesHaveTheSameTriples) {
  auto ttl = run(bin() + " extract " + shell_quote(seed()));
  auto nt = run(bin() + " extract -f ntriples " + shell_quote(seed()));
  ASSERT_EQ(ttl.exit_code, 0);
  ASSERT_EQ(nt.exit_code, 0);
  auto a = parse_rdf(ttl.out, "turtle");
  auto b = parse_rdf(nt.out, "ntriples");
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(std::set<std::string>(a->begin(), a->end()), std::set<std::string>(b->begin(), b->end()));
  EXPECT_EQ(a->size(), b->size());
  test::TempDir d;
  auto rapper = run("rapper -i turtle -c " + shell_quote(d.file("s.ttl", ttl.out)));
  EXPECT_NE(rapper.err.find("returned " + std::to_string(b->size()) + " triples"), std::string::npos) << rapper.err;
}

TEST_F(Seed, DotIsAcceptedByGraphviz) {
  test::TempDir d;
  auto r = run(bin() + " extract -f dot -o " + shell_quote(d.path() + "/s.dot") + " " + shell_quote(seed()) +
               " && dot -Tsvg " + shell_quote(d.path() + "/s.dot") + " -o " + shell_quote(d.path() + "/s.svg"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("syntax error"), std::string::npos);
  auto svg = run(bin() + " extract -f svg " + shell_quote(seed()));
  EXPECT_EQ(svg.exit_code, 0);
  EXPECT_NE(svg.out.find("Vladimir Putin"), std::string::npos);
}

// The shared dev-set scorer, with the thresholds of the extraction issue.
TEST_F(Seed, DevSetScore) {
  auto r = run("python3 " + shell_quote(test::shared_dir() + "/eval/score.py") + " " +
               shell_quote(test::shared_dir() + "/eval/dev.json") + " -- " + bin() + " extract --format ntriples");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::smatch m;
  ASSERT_TRUE(
      std::regex_search(r.out, m, std::regex(R"(relF1=([0-9.]+) entF1=([0-9.]+) forbidden=(\d+) failed_runs=(\d+))")))
      << r.out;
  EXPECT_GE(std::stod(m[1]), 0.95) << r.out;  // the relation issue's target (with the frames: 1.000)
  EXPECT_GE(std::stod(m[2]), 0.85) << r.out;
  EXPECT_EQ(m[3], "0") << r.out;
  EXPECT_EQ(m[4], "0") << r.out;
}

// 40 real BBC articles: relations read from the parse, at the relation issue's targets (precision
// 0.85, recall 0.70; today 1.000 and 0.828, F1 0.906); entities at the entity issue's target (0.92;
// today 0.934).
TEST_F(Seed, NewsDevRelations) {
  auto r = run("python3 " + shell_quote(test::shared_dir() + "/eval/score.py") + " " +
               shell_quote(test::shared_dir() + "/eval/news-dev.json") + " -- " + bin() + " extract --format ntriples");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::smatch m;
  ASSERT_TRUE(
      std::regex_search(r.out, m, std::regex(R"(relP=([0-9.]+) relR=([0-9.]+) relF1=([0-9.]+) entF1=([0-9.]+) )")))
      << r.out;
  EXPECT_GE(std::stod(m[1]), 0.85) << r.out;
  EXPECT_GE(std::stod(m[2]), 0.70) << r.out;
  EXPECT_GE(std::stod(m[3]), 0.85) << r.out;
  EXPECT_GE(std::stod(m[4]), 0.92) << r.out;
}

// The CAMEO/PLOVER-coded event sentences: scripts/plover-report counts the events of our four
// types that newskg finds (13 of 39 by type when the relation issue was filed, 18 now: the two
// sanctions of "Albanian rebels in Macedonia" PLOVER codes with Albania's code are no longer read
// as sanctions of Albania, as "Syrian rebels" no longer stand for Syria: nonstate-nouns.txt).
TEST_F(Seed, PloverReport) {
  auto r = run("python3 " + shell_quote(test::source_dir() + "/scripts/plover-report") + " " +
               shell_quote(test::shared_dir() + "/eval/events_plover_gsr.jsonl") + " -- " + bin());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(r.out, m, std::regex(R"(\nALL +(\d+) +(\d+) +(\d+))"))) << r.out;
  EXPECT_EQ(m[1], "39") << r.out;
  EXPECT_GE(std::stoi(m[2]), 18) << r.out;
  EXPECT_GE(std::stoi(m[3]), 13) << r.out;
}

// Named-entity recognition on 400 political Wikipedia sentences (CrossRE), threshold of the
// extraction issue.
TEST_F(Seed, CrossReNerScore) {
  auto r = run("python3 " + shell_quote(test::shared_dir() + "/eval/ner_score.py") + " " +
               shell_quote(test::shared_dir() + "/eval/ner_crossre_politics.jsonl") + " -- " + bin() +
               " extract --format ntriples");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(r.out, m, std::regex(R"(nerF1=([0-9.]+))"))) << r.out;
  EXPECT_GE(std::stod(m[1]), 0.82) << r.out;
}

// The CAMEO code in the RDF is the one of the frame that found the relation.
TEST(CliExtract, CameoCodeComesFromTheFrame) {
  test::TempDir d;
  const std::string f = d.file("sue.txt", "Ireland sued the European Commission last year.");
  auto r = run(bin() + " extract -q -f ntriples " + shell_quote(f));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("ontology#cameoCode> \"115\""), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("ontology#cameoCode> \"112\""), std::string::npos) << r.out;
}

TEST(CliViews, FocusDepthRelationsAndBadValues) {
  const std::string sample = shell_quote(test::source_dir() + "/samples/sample-article.txt");
  auto focus = run(bin() + " extract -f ntriples --focus 'Steve Whitkoff' --depth 1 --asserted-only " + sample);
  ASSERT_EQ(focus.exit_code, 0) << focus.err;
  EXPECT_NE(focus.out.find("person/Vladimir_Putin>"), std::string::npos);
  EXPECT_EQ(focus.out.find("organization/Rosneft>"), std::string::npos) << "not within one step of Whitkoff";
  EXPECT_EQ(focus.out.find("ontology#Planned>"), std::string::npos);
  auto rel = run(bin() + " extract -f ntriples --relations sanctioned --drop-isolated " + sample);
  ASSERT_EQ(rel.exit_code, 0);
  EXPECT_NE(rel.out.find("organization/Rosneft>"), std::string::npos);
  EXPECT_EQ(rel.out.find("person/Vladimir_Putin>"), std::string::npos);
  EXPECT_EQ(run(bin() + " extract --focus Nobody " + sample).exit_code, 2);
  EXPECT_EQ(run(bin() + " extract --relations hugged " + sample).exit_code, 2);
  auto png = run(bin() + " extract -f png " + sample);
  EXPECT_EQ(png.exit_code, 0);
  EXPECT_EQ(png.out.substr(1, 3), "PNG");
  auto gml = run(bin() + " extract -f graphml --top 3 " + sample);
  EXPECT_EQ(gml.exit_code, 0);
  EXPECT_NE(gml.out.find("<graphml"), std::string::npos);
}

// Raptor, libcurl and Graphviz (and the ~40 libraries they bring) are opened only by the
// outputs that need them: writing N-Triples or Turtle starts without them. The dynamic
// loader's own trace (LD_DEBUG=files) says which libraries a run opened.
TEST(Cli, CLibrariesAreOpenedOnlyWhenAnOutputNeedsThem) {
  const std::string article = test::source_dir() + "/samples/sample-article.txt";
  const auto opened = [&](const std::string& format) {
    // standard output to /dev/null through the shell: -o never names a path under /dev in a test
    auto r = run("LD_DEBUG=files " + bin() + " extract -q -f " + format + " " + shell_quote(article) + " >/dev/null");
    EXPECT_EQ(r.exit_code, 0) << format << r.err.substr(0, 2000);
    return r.err;
  };
  for (const char* format : {"ntriples", "turtle", "nquads", "dot"}) {
    const std::string trace = opened(format);
    EXPECT_NE(trace.find("file=libstdc++"), std::string::npos) << "no loader trace: " << trace.substr(0, 500);
    for (const char* lib : {"libraptor2", "libcurl", "libgvc", "libcgraph"})
      EXPECT_EQ(trace.find(std::string("file=") + lib), std::string::npos) << format << " opened " << lib;
  }
  EXPECT_NE(opened("rdfxml").find("file=libraptor2"), std::string::npos);
  EXPECT_NE(opened("svg").find("file=libgvc"), std::string::npos);
}

TEST(Cli, CompiledLexiconIsKeptInTheCacheDirectoryAndChangesNothing) {
  test::TempDir d;
  const std::string article = shell_quote(test::source_dir() + "/samples/sample-article.txt");
  const std::string cache = d.path() + "/cache";
  const auto count = [&] {
    std::size_t n = 0;
    std::error_code ec;
    for (std::filesystem::directory_iterator it(cache, ec), end; !ec && it != end; it.increment(ec)) ++n;
    return n;
  };
  const std::string with_cache = "NEWSKG_CACHE_DIR=" + shell_quote(cache) + " " + bin() + " extract -f ntriples ";
  auto none = run("NEWSKG_CACHE_DIR= " + bin() + " extract -f ntriples " + article);
  ASSERT_EQ(none.exit_code, 0) << none.err;
  EXPECT_EQ(count(), 0u);  // set but empty: no cache
  auto first = run(with_cache + article);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(count(), 1u);
  auto second = run(with_cache + article);
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(count(), 1u);
  EXPECT_EQ(first.out, none.out);
  EXPECT_EQ(second.out, none.out);
  // a lexicon error is still the lexicon's, with its exit code, whatever the cache holds
  const std::string ont = d.path() + "/ont";
  std::filesystem::create_directories(ont);
  std::filesystem::copy(test::source_dir() + "/ontology/lexicon", ont + "/lexicon");
  std::ofstream(ont + "/lexicon/titles.tsv", std::ios::app) << "lonely\n";
  auto bad = run(with_cache + "--ontology " + shell_quote(ont) + " " + article);
  EXPECT_EQ(bad.exit_code, 4) << bad.err;
  EXPECT_NE(bad.err.find("titles.tsv:"), std::string::npos) << bad.err;
}

TEST(Cli, HeapInLargePagesUnlessTheEnvironmentSaysOtherwise) {
  // mimalloc reports its options when verbose; a build without it (the sanitizers) has nothing to test
  auto normal = run("MIMALLOC_VERBOSE=1 " + bin() + " --version");
  ASSERT_EQ(normal.exit_code, 0) << normal.err;
  if (normal.err.find("mimalloc:") == std::string::npos) GTEST_SKIP() << "built without mimalloc";
  EXPECT_NE(normal.err.find("option 'large_os_pages': 1"), std::string::npos) << normal.err;
  // every thread's heap committed at once, which large pages need (mimalloc's default delays it)
  EXPECT_NE(normal.err.find("option 'eager_commit_delay': 0"), std::string::npos) << normal.err;
  auto off = run("MIMALLOC_LARGE_OS_PAGES=0 MIMALLOC_EAGER_COMMIT_DELAY=2 MIMALLOC_VERBOSE=1 " + bin() + " --version");
  ASSERT_EQ(off.exit_code, 0) << off.err;
  EXPECT_NE(off.err.find("option 'large_os_pages': 0"), std::string::npos) << off.err;
  EXPECT_NE(off.err.find("option 'eager_commit_delay': 2"), std::string::npos) << off.err;
}
