// Every RDF format tells the same story: round trips through Raptor and the independent, strict
// N3.js parser; SHACL validation of real exports by rdf-validate-shacl (tests/js).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>

#include "export/raptor.hpp"
#include "export/rdf_export.hpp"
#include "extract/pipeline.hpp"
#include "graph_fixture.hpp"
#include "support.hpp"
#include "text/reader.hpp"

using namespace newskg;
using test::run;
using test::shell_quote;

namespace {

std::string write(const KnowledgeGraph& g, const std::string& syntax) {
  StringSink out;
  Status st = write_rdf(g, syntax, out);
  EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().message);
  return out.take();
}

std::set<std::string> raptor_set(const std::string& text, const std::string& syntax) {
  auto r = parse_rdf(text, syntax);
  EXPECT_TRUE(r.ok()) << syntax << ": " << (r.ok() ? "" : r.error().message);
  return r.ok() ? std::set<std::string>(r->begin(), r->end()) : std::set<std::string>{};
}

// N3.js: "quads N triples M"; fails the test on a parse error.
std::pair<long, long> n3_counts(const std::string& path, const std::string& format) {
  const std::string js = test::source_dir() + "/tests/js/rdf-check.mjs";
  if (!std::filesystem::exists(test::source_dir() + "/tests/js/node_modules/n3")) {
    ADD_FAILURE() << "tests/js/node_modules missing: run scripts/install-deps";
    return {-1, -1};
  }
  auto r = run("node " + shell_quote(js) + " parse " + shell_quote(path) + " " + format);
  EXPECT_EQ(r.exit_code, 0) << r.err << r.out;
  std::smatch m;
  if (!std::regex_search(r.out, m, std::regex(R"(quads (\d+) triples (\d+))"))) return {-1, -1};
  return {std::stol(m[1]), std::stol(m[2])};
}

test::RunResult shacl(const std::string& data_path) {
  return run("node " + shell_quote(test::source_dir() + "/tests/js/rdf-check.mjs") + " shacl " +
             shell_quote(test::source_dir() + "/ontology/shapes.ttl") + " " + shell_quote(data_path));
}

KnowledgeGraph graph_of(const std::vector<std::string>& texts) {
  KnowledgeGraph g;
  Pipeline p(test::lexicon(), test::models().view());
  int i = 0;
  for (const auto& t : texts) g.add(p.run(make_document("doc" + std::to_string(i++), "mem", t)));
  return g;
}

KnowledgeGraph sample_graph() {
  return graph_of({test::read_file(test::source_dir() + "/samples/sample-article.txt")});
}

// All four syntaxes give the same triples, by Raptor and by N3.js.
void check_all_formats(const KnowledgeGraph& g) {
  test::TempDir d;
  const auto nt = raptor_set(write(g, "ntriples"), "ntriples");
  ASSERT_FALSE(nt.empty());
  EXPECT_EQ(raptor_set(write(g, "turtle"), "turtle"), nt);
  EXPECT_EQ(raptor_set(write(g, "nquads"), "nquads"), nt);
  EXPECT_EQ(raptor_set(write(g, "rdfxml"), "rdfxml"), nt);
  const auto n = static_cast<long>(nt.size());
  EXPECT_EQ(n3_counts(d.file("g.ttl", write(g, "turtle")), "turtle").second, n);
  EXPECT_EQ(n3_counts(d.file("g.nt", write(g, "ntriples")), "ntriples"), std::make_pair(n, n));
  EXPECT_EQ(n3_counts(d.file("g.nq", write(g, "nquads")), "nquads").second, n);
}

}  // namespace

TEST(RdfFormats, SampleArticleSameTriplesInEveryFormat) {
  check_all_formats(sample_graph());
}

TEST(RdfFormats, HostileNamesInEveryFormat) {
  std::vector<test::HandEntity> es;
  std::vector<test::HandRelation> rs;
  for (const std::string& n : test::hostile_names()) es.push_back({n, EntityType::City, {n + "\n2"}});
  es.push_back({"Invalid \xFF UTF-8 repaired upstream", EntityType::Person});
  es.back().name = "Emoji \xF0\x9F\x98\x80 person";
  for (int i = 0; i + 1 < static_cast<int>(es.size()); ++i) rs.push_back({i, i + 1, RelationType::MetWith});
  KnowledgeGraph g;
  g.add(test::hand_extraction("hostile \"doc\" <1>", es, rs, "A \"quoted\" \\ sentence\twith\ttabs."));
  check_all_formats(g);
}

// A corpus-sized graph as Turtle: streamed (bytes reach the sink long before the end), one
// prefix header, and the same triples as N-Triples by Raptor, by N3.js and by serdi.
TEST(RdfFormats, LargeTurtleIsStreamedAndParsesEverywhere) {
  std::vector<std::string> texts;
  const std::string article = test::read_file(test::source_dir() + "/samples/sample-article.txt");
  for (int i = 0; i < 40; ++i) texts.push_back(article);
  const KnowledgeGraph g = graph_of(texts);
  struct CountingSink final : Sink {
    std::string text;
    std::size_t writes = 0;
    bool write(std::string_view b) override {
      ++writes;
      text.append(b);
      return true;
    }
    bool ok() const override { return true; }
  } sink;
  ASSERT_TRUE(write_rdf(g, "turtle", sink).ok());
  EXPECT_GT(sink.writes, 3u) << "Turtle should reach the sink in blocks as it is written";
  const std::string& ttl = sink.text;
  std::size_t prefixes = 0;
  for (std::size_t p = ttl.find("@prefix nkg:"); p != std::string::npos; p = ttl.find("@prefix nkg:", p + 1))
    ++prefixes;
  EXPECT_EQ(prefixes, 1u);
  const auto nt = raptor_set(write(g, "ntriples"), "ntriples");
  EXPECT_EQ(raptor_set(ttl, "turtle"), nt);
  test::TempDir d;
  const std::string path = d.file("big.ttl", ttl);
  EXPECT_EQ(n3_counts(path, "turtle").second, static_cast<long>(nt.size()));
  auto serd = run("serdi -i turtle -o ntriples " + shell_quote(path));
  ASSERT_EQ(serd.exit_code, 0) << serd.err;
  EXPECT_EQ(std::count(serd.out.begin(), serd.out.end(), '\n'), static_cast<long>(nt.size())) << serd.err;
}

TEST(RdfFormats, NQuadsHaveOneGraphPerDocumentAndOneForEntities) {
  const KnowledgeGraph g = graph_of({"Chile accused Peru of spying.", "Peru accused Chile of lying."});
  const std::string nq = write(g, "nquads");
  EXPECT_NE(nq.find("<https://w3id.org/newskg/id/graph/entities> ."), std::string::npos);
  EXPECT_NE(
      nq.find(
          "ontology#accused> <https://w3id.org/newskg/id/country/Peru> <https://w3id.org/newskg/id/document/doc0> ."),
      std::string::npos)
      << nq;
  EXPECT_NE(
      nq.find(
          "ontology#accused> <https://w3id.org/newskg/id/country/Chile> <https://w3id.org/newskg/id/document/doc1> ."),
      std::string::npos);
}

TEST(RdfFormats, EventNodesCarryTheNaryModel) {
  const std::string nt = write(graph_of({"March 2, 2026\n\nPeru accused Chile in Lima of spying."}), "ntriples");
  for (const char* p :
       {"ontology#cameoCode> \"112\"", "ontology#confidence> \"0.90\"^^<http://www.w3.org/2001/XMLSchema#decimal>",
        "ontology#reportedOn> \"2026-03-02\"", "ontology#place> <https://w3id.org/newskg/id/city/Lima>",
        "#char=", "ontology#TextSpan>", "http://purl.org/dc/terms/date> \"2026-03-02\""})
    EXPECT_NE(nt.find(p), std::string::npos) << p << "\n" << nt;
}

class RdfShacl : public ::testing::Test {};

TEST_F(RdfShacl, SampleAndMultiDocumentExportsConform) {
  test::TempDir d;
  auto one = shacl(d.file("s.ttl", write(sample_graph(), "turtle")));
  EXPECT_EQ(one.exit_code, 0) << one.out << one.err;
  EXPECT_NE(one.out.find("conforms"), std::string::npos);
  std::vector<std::string> texts{test::read_file(test::source_dir() + "/samples/sample-article.txt"),
                                 "Chile accused Peru of spying. The EU sanctioned Orvak Metals.",
                                 "Russian troops captured the town of Velyka Novosilka, Kyiv said."};
  if (test::have_shared()) texts.push_back(test::read_file(test::shared_dir() + "/eval/seed-article.txt"));
  auto many = shacl(d.file("m.nt", write(graph_of(texts), "ntriples")));
  EXPECT_EQ(many.exit_code, 0) << many.out << many.err;
}

TEST_F(RdfShacl, ValidatorCatchesBrokenData) {
  test::TempDir d;
  const std::string bad =
      "<http://x/e1> a <https://w3id.org/newskg/ontology#Capture> ;\n"
      "  <https://w3id.org/newskg/ontology#agent> <http://x/p> ;\n"
      "  <https://w3id.org/newskg/ontology#target> <http://x/p> .\n"
      "<http://x/p> a <https://w3id.org/newskg/ontology#Person> ; <http://www.w3.org/2000/01/rdf-schema#label> \"P\" "
      ".\n";
  auto r = shacl(d.file("bad.ttl", bad));
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("modality"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("ontology#target"), std::string::npos) << r.out;
}
