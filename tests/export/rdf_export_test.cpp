// RDF export: round trips through Raptor's parser, equal triple sets across syntaxes, hostile names.
#include "export/rdf_export.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "export/ntriples_escape.hpp"
#include "export/raptor.hpp"
#include "graph_fixture.hpp"

using namespace newskg;

namespace {

KnowledgeGraph sample_graph() {
  KnowledgeGraph g;
  g.add(test::hand_extraction(
      "doc-1",
      {{"Lia Serra", EntityType::Person, {"Serra"}}, {"Peru", EntityType::Country}, {"Lima", EntityType::City}},
      {{0, 1, RelationType::Accused},
       {1, 2, RelationType::Captured, Modality::Planned},
       {0, 1, RelationType::MetWith}}));
  return g;
}

std::string write(const KnowledgeGraph& g, const std::string& syntax) {
  StringSink out;
  Status st = write_rdf(g, syntax, out);
  EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().message);
  return out.take();
}

std::set<std::string> parse(const std::string& text, const std::string& syntax) {
  auto r = parse_rdf(text, syntax);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message) << "\n" << text;
  if (!r.ok()) return {};
  return std::set<std::string>(r->begin(), r->end());
}

// Lines in one set but not the other, for readable failures.
std::string difference(const std::set<std::string>& a, const std::set<std::string>& b) {
  std::string out;
  for (const auto& x : a)
    if (!b.count(x)) out += "only in first:  " + x + "\n";
  for (const auto& x : b)
    if (!a.count(x)) out += "only in second: " + x + "\n";
  return out;
}

std::size_t generated(const KnowledgeGraph& g) {
  std::size_t n = 0;
  EXPECT_TRUE(graph_triples(g, [&](const Triple&) {
                ++n;
                return Status{};
              }).ok());
  return n;
}

}  // namespace

TEST(RdfExport, TurtleAndNTriplesRoundTripToTheSameTriples) {
  const KnowledgeGraph g = sample_graph();
  const auto ttl = parse(write(g, "turtle"), "turtle");
  const auto nt = parse(write(g, "ntriples"), "ntriples");
  EXPECT_EQ(ttl, nt);
  EXPECT_EQ(nt.size(), generated(g));
}

TEST(RdfExport, AssertedRelationsAreDirectTriplesPlannedOnesAreNot) {
  const std::string nt = write(sample_graph(), "ntriples");
  const std::string accused =
      "<https://w3id.org/newskg/id/person/Lia_Serra> <https://w3id.org/newskg/ontology#accused> "
      "<https://w3id.org/newskg/id/country/Peru> .";
  EXPECT_NE(nt.find(accused), std::string::npos);
  EXPECT_EQ(nt.find("ontology#captured> <"), std::string::npos) << "a planned capture is no direct triple";
  EXPECT_NE(nt.find("<https://w3id.org/newskg/ontology#Planned>"), std::string::npos);
  // metWith both ways
  EXPECT_NE(nt.find("<https://w3id.org/newskg/id/country/Peru> <https://w3id.org/newskg/ontology#metWith> "
                    "<https://w3id.org/newskg/id/person/Lia_Serra> ."),
            std::string::npos);
  EXPECT_EQ(nt.find("rdf-schema#label> \"doc-1\""), std::string::npos) << "documents carry no rdfs:label";
}

TEST(RdfExport, UnconfirmedRelationsAreEventsNotDirectTriples) {
  KnowledgeGraph g;
  g.add(test::hand_extraction("doc-2", {{"Lia Serra", EntityType::Person}, {"Peru", EntityType::Country}},
                              {{0, 1, RelationType::Accused, Modality::Unconfirmed}}));
  const std::string nt = write(g, "ntriples");
  EXPECT_NE(nt.find("<https://w3id.org/newskg/ontology#Unconfirmed>"), std::string::npos) << nt;
  EXPECT_EQ(nt.find("ontology#accused> <"), std::string::npos) << "hearsay is no direct triple";
}

TEST(RdfExport, TurtleUsesPrefixes) {
  const std::string ttl = write(sample_graph(), "turtle");
  EXPECT_NE(ttl.find("@prefix nkg: <https://w3id.org/newskg/ontology#>"), std::string::npos);
  EXPECT_NE(ttl.find("person:Lia_Serra"), std::string::npos);
}

TEST(RdfExport, HostileNamesGiveValidOutputInEverySyntax) {
  std::vector<test::HandEntity> es;
  std::vector<test::HandRelation> rs;
  for (const std::string& n : test::hostile_names()) es.push_back({n, EntityType::Organization, {n + " alias"}});
  for (int i = 0; i + 1 < static_cast<int>(es.size()); ++i) rs.push_back({i, i + 1, RelationType::Sanctioned});
  KnowledgeGraph g;
  g.add(test::hand_extraction("hostile doc\"1", es, rs, "Quote \" and \\ backslash\nnew line."));
  const auto ttl = parse(write(g, "turtle"), "turtle");
  const auto nt = parse(write(g, "ntriples"), "ntriples");
  EXPECT_TRUE(ttl == nt) << difference(ttl, nt);
  EXPECT_EQ(nt.size(), generated(g));
  // one distinct label per entity survives the round trip
  const auto labels = std::count_if(
      nt.begin(), nt.end(), [](const std::string& line) { return line.find("rdf-schema#label") != std::string::npos; });
  EXPECT_EQ(static_cast<std::size_t>(labels), test::hostile_names().size());
}

TEST(RdfExport, WriteToFullDiskFails) {
  std::FILE* f = std::fopen("/dev/full", "w");
  if (!f) GTEST_SKIP() << "/dev/full not available";
  FileSink sink(f);
  Status st = write_rdf(sample_graph(), "ntriples", sink);
  std::fclose(f);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().kind, ErrorKind::Output);
}

TEST(RdfExport, InvalidTermsAreRefusedBeforeRaptor) {
  auto world = RaptorWorld::create();
  ASSERT_TRUE(world.ok());
  StringSink out;
  auto w = RdfWriter::open(**world, "ntriples", out, {});
  ASSERT_TRUE(w.ok());
  EXPECT_FALSE((*w)->write(Triple{Term::iri("http://x/a b"), Term::iri("http://x/p"), Term::literal("o"), {}}).ok());
  EXPECT_FALSE(
      (*w)->write(Triple{Term::iri("http://x/a"), Term::iri("http://x/p"), Term::literal("bad \xFF"), {}}).ok());
  EXPECT_FALSE((*w)->write(Triple{Term::iri("http://x/a"),
                                  Term::iri("http://x/p"),
                                  Term{Term::Kind::Literal, "x", "http://x/dt", "en"},
                                  {}})
                   .ok());
  EXPECT_TRUE((*w)->write(Triple{Term::iri("http://x/a"), Term::iri("http://x/p"), Term::lang("ok", "en"), {}}).ok());
  EXPECT_TRUE((*w)->close().ok());
  EXPECT_EQ(out.str(), "<http://x/a> <http://x/p> \"ok\"@en .\n");
}

namespace {

// Enough documents and entities for many pieces (512 entities, 16 documents a piece), with
// relations repeated across documents (direct triples gathered from many pieces), hostile
// names and aliases.
KnowledgeGraph many_documents(int docs) {
  KnowledgeGraph g;
  const auto hostile = test::hostile_names();
  for (int d = 0; d < docs; ++d) {
    std::vector<test::HandEntity> es;
    for (int k = 0; k < 25; ++k)
      es.push_back(
          {"Person " + std::to_string((d * 7 + k * 13) % 1500), EntityType::Person, {"P" + std::to_string(k)}});
    es.push_back({hostile[static_cast<std::size_t>(d) % hostile.size()], EntityType::Organization});
    es.push_back({"Peru", EntityType::Country});
    g.add(test::hand_extraction("doc-" + std::to_string(d), es,
                                {{0, 26, RelationType::Accused},
                                 {1, 25, RelationType::MetWith},
                                 {2, 26, RelationType::Sanctioned, Modality::Negated},
                                 {3, 4, RelationType::MetWith, Modality::Planned}},
                                "Met \"tr\u00e8s\" quoted sentence " + std::to_string(d) + "."));
  }
  return g;
}

std::string write_with(const KnowledgeGraph& g, const std::string& syntax, unsigned threads) {
  StringSink out;
  Status st = write_rdf(g, syntax, out, true, threads);
  EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().message);
  return out.take();
}

}  // namespace

// Written in pieces on several threads, every syntax comes out byte for byte as one writer
// writes it on one thread: big graphs, one document, nothing at all.
TEST(RdfExport, PiecesOnManyThreadsJoinIntoTheSameBytes) {
  const KnowledgeGraph big = many_documents(200);
  ASSERT_GT(big.entity_count(), 1024u);  // several entity pieces
  const KnowledgeGraph empty;
  for (const std::string syntax : {"turtle", "ntriples", "nquads"}) {
    for (const KnowledgeGraph* g : {&big, &empty}) {
      const std::string one = write_with(*g, syntax, 1);
      for (unsigned threads : {2u, 3u, 8u}) EXPECT_EQ(write_with(*g, syntax, threads), one) << syntax << threads;
    }
    const KnowledgeGraph small = sample_graph();
    EXPECT_EQ(write_with(small, syntax, 4), write_with(small, syntax, 1)) << syntax;
  }
  // and Raptor reads the pieced Turtle as the same triples as the pieced N-Triples
  EXPECT_EQ(parse(write_with(big, "turtle", 3), "turtle"), parse(write_with(big, "ntriples", 3), "ntriples"));
}

// Entities are written in the order of their keys ("Person|Name"), byte by byte as unsigned
// values, whatever the first sixteen bytes that settle most compares hold: names equal up to
// there and beyond, a name that is the start of another, bytes above 0x7F, and the types apart.
TEST(RdfExport, EntitiesAreWrittenInTheOrderOfTheirKeys) {
  const std::vector<std::string> names = {"Abcdefghij",
                                          "Abcdefghi",
                                          "Abcdefghijk",
                                          "Abcdefghijklmnop",
                                          "Abcdefghijklmnopq",
                                          "Abcdefghijklmnoo",
                                          "Abcdefghij\xC3\xA9",
                                          "Abcdefghijz",
                                          "B",
                                          "Ab",
                                          "A",
                                          "\xC3\x89mile"};
  KnowledgeGraph g;
  std::vector<test::HandEntity> es;
  for (const std::string& n : names)
    for (EntityType t : {EntityType::Person, EntityType::Organization}) es.push_back({n, t});
  g.add(test::hand_extraction("doc-1", es, {}));
  std::vector<std::string> expected;
  for (const auto& e : es) expected.push_back(entity_key(e.type, e.name));
  std::sort(expected.begin(), expected.end());
  // N-Triples escapes the labels (non-ASCII as \u escapes): the expected keys escaped alike
  std::vector<std::string> escaped;
  for (const std::string& k : expected) {
    std::string e;
    ntriples::append_string(e, k);
    escaped.push_back(e);
  }
  const std::string type_of = "22-rdf-syntax-ns#type> <https://w3id.org/newskg/ontology#", label_of = "#label> \"";
  for (unsigned threads : {1u, 2u}) {
    // each entity's rdf:type, then its label: "Type|label" in the order written
    std::istringstream nt(write_with(g, "ntriples", threads));
    std::vector<std::string> written;
    std::string type;
    for (std::string line; std::getline(nt, line);) {
      if (const auto t = line.find(type_of); t != std::string::npos)
        type = line.substr(t + type_of.size(), line.find('>', t + type_of.size()) - t - type_of.size());
      if (const auto l = line.find(label_of); l != std::string::npos && type != "Document")
        written.push_back(type + "|" + line.substr(l + label_of.size(), line.size() - l - label_of.size() - 3));
    }
    EXPECT_EQ(written, escaped) << threads;
  }
}

TEST(RdfExport, PiecesStopAtTheFirstError) {
  // a full disk: an output error, whatever the number of threads
  std::FILE* f = std::fopen("/dev/full", "w");
  if (!f) GTEST_SKIP() << "/dev/full not available";
  FileSink sink(f);
  Status st = write_rdf(many_documents(100), "nquads", sink, true, 3);
  std::fclose(f);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().kind, ErrorKind::Output);
}
