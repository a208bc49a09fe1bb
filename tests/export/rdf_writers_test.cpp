// Our streaming RDF writers and their escapers: N-Triples/N-Quads byte for byte as Raptor writes
// them, Turtle parsed back by Raptor and serd to the same triples, every write checked.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <set>

#include "export/ntriples_escape.hpp"
#include "export/ntriples_writer.hpp"
#include "export/raptor.hpp"
#include "export/rdf_export.hpp"
#include "export/turtle_escape.hpp"
#include "export/turtle_writer.hpp"
#include "graph_fixture.hpp"
#include "support.hpp"

using namespace newskg;

namespace {

const std::string kNasty =
    "a\"b\\c\nd\te\x01g\x7Fh\xC3\xA9i\xE2\x82\xAC"
    "j\xF0\x9F\x98\x80k\x0B\x0C\x08 <tag> {x} 100%";

std::vector<Triple> nasty_triples() {
  const std::string x = "http://example.org/";
  return {
      {Term::iri(x + "caf\xC3\xA9/%20a"), Term::iri(x + "p"), Term::literal(kNasty), x + "g/1"},
      // a lower-case tag: Raptor's N-Triples parser lower-cases tags, its Turtle parser does not
      {Term::iri(x + "a"), Term::iri(x + "p"), Term::lang("Gr\u00FC\u00DFe", "de-at"), {}},
      {Term::iri(x + "a"), Term::iri(x + "p"), Term::typed("5", "http://www.w3.org/2001/XMLSchema#integer"), x + "g/2"},
      {Term{Term::Kind::Blank, "b1", {}, {}}, Term::iri(x + "p"), Term{Term::Kind::Blank, "b_2", {}, {}}, x + "g/1"},
      {Term::iri(x + "a"), Term::iri(x + "p"), Term::literal("line\r\nend"), {}},
      {Term::iri(x + "a"), Term::iri(x + "p"), Term::literal(""), {}},
  };
}

std::string with_raptor(const std::vector<Triple>& ts, const std::string& syntax) {
  auto world = RaptorWorld::create();
  EXPECT_TRUE(world.ok());
  StringSink out;
  auto w = RdfWriter::open(**world, syntax, out, {});
  EXPECT_TRUE(w.ok());
  for (const auto& t : ts) EXPECT_TRUE((*w)->write(t).ok());
  EXPECT_TRUE((*w)->close().ok());
  return out.take();
}

std::string with_ours(const std::vector<Triple>& ts, bool quads) {
  StringSink out;
  NTriplesWriter w(out, quads);
  for (const auto& t : ts) EXPECT_TRUE(w.write(t).ok());
  EXPECT_TRUE(w.close().ok());
  return out.take();
}

std::set<std::string> parsed(const std::string& text, const std::string& syntax) {
  auto r = parse_rdf(text, syntax);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message) << "\n" << text;
  return r.ok() ? std::set<std::string>(r->begin(), r->end()) : std::set<std::string>{};
}

}  // namespace

TEST(NTriplesEscape, StringsAsRaptorWritesThem) {
  std::string out;
  ntriples::append_string(out, kNasty);
  EXPECT_EQ(out, "a\\\"b\\\\c\\nd\\te\\u0001g\\u007Fh\\u00E9i\\u20ACj\\U0001F600k\\u000B\\u000C\\u0008 <tag> {x} 100%");
  out.clear();
  ntriples::append_string(out, "plain ASCII stays");
  EXPECT_EQ(out, "plain ASCII stays");
  out.clear();
  ntriples::append_iri(out, "http://x/caf\xC3\xA9?q=1#f");
  EXPECT_EQ(out, "http://x/caf\\u00E9?q=1#f");
}

TEST(TurtleEscape, StringsAndLocalNames) {
  std::string out;
  turtle::append_string(out, kNasty);
  EXPECT_EQ(out,
            "a\\\"b\\\\c\\nd\\te\\u0001g\\u007Fh\xC3\xA9i\xE2\x82\xAC"
            "j\xF0\x9F\x98\x80k\\u000B\\u000C\\u0008 <tag> {x} 100%");
  EXPECT_TRUE(turtle::plain_local_name("Vladimir_Putin"));
  EXPECT_TRUE(turtle::plain_local_name("e-12_a"));
  EXPECT_TRUE(turtle::plain_local_name("_x"));
  for (const char* bad : {"", "1abc", "-a", "a.b", "a%20b", "a/b", "a:b", "caf\xC3\xA9", "a b", "q?x=1"})
    EXPECT_FALSE(turtle::plain_local_name(bad)) << bad;
}

TEST(RdfEscapes, EveryCharacterToEscapeAtEveryPositionOfALongString) {
  // the escapers skip plain bytes sixteen at a time: a character to escape at every position of a
  // long string, in the vector part and in the tail, comes out escaped and the rest as it was
  const std::string plain = "Plain words, long enough for several sixteen-byte blocks of text.";
  struct Case {
    std::string in, ntriples, turtle;
  };
  const Case cases[] = {{"\"", "\\\"", "\\\""},         {"\\", "\\\\", "\\\\"},
                        {"\n", "\\n", "\\n"},           {"\x01", "\\u0001", "\\u0001"},
                        {"\x7F", "\\u007F", "\\u007F"}, {"\xC3\xA9", "\\u00E9", "\xC3\xA9"}};
  for (std::size_t at = 0; at < plain.size(); ++at) {
    for (const Case& c : cases) {
      const std::string in = plain.substr(0, at) + c.in + plain.substr(at + 1);
      std::string nt, ttl;
      ntriples::append_string(nt, in);
      turtle::append_string(ttl, in);
      EXPECT_EQ(nt, plain.substr(0, at) + c.ntriples + plain.substr(at + 1)) << at;
      EXPECT_EQ(ttl, plain.substr(0, at) + c.turtle + plain.substr(at + 1)) << at;
    }
  }
}

TEST(RdfTerms, ChecksRefuseWhatNoSyntaxCanCarry) {
  EXPECT_TRUE(valid_iri("http://x/a%20b"));
  for (const char* bad : {"relative/a", "http://x/a b", "http://x/<a>", "http://x/a\"", "http://x/{a}", "http://x/a|b",
                          "http://x/a^b", "http://x/a`b", "http://x/a\\b", "http://x/\n", "http://x/\xFF"})
    EXPECT_FALSE(valid_iri(bad)) << bad;
  // the writers' fast path: valid and printable ASCII; anything else goes the long way
  EXPECT_TRUE(plain_ascii_iri("http://x/a%20b"));
  EXPECT_TRUE(plain_ascii_iri("urn:x"));
  for (const char* other : {"relative/a", "http://x/a b", "http://x/<a>", "http://x/a\\b", "http://x/\x7F",
                            "http://x/caf\xC3\xA9", "http://x/\xFF", ""})
    EXPECT_FALSE(plain_ascii_iri(other)) << other;
  EXPECT_TRUE(valid_language_tag("en"));
  EXPECT_TRUE(valid_language_tag("de-AT-1996"));
  for (const char* bad : {"", "en-", "-en", "e n", "1en", "en--GB", "en\"x"}) EXPECT_FALSE(valid_language_tag(bad));
  EXPECT_TRUE(valid_blank_label("b_1"));
  EXPECT_FALSE(valid_blank_label("b-1"));
  EXPECT_FALSE(check_term(Term::literal(std::string("nul\0byte", 8))).ok());
  EXPECT_FALSE(check_term(Term::literal("bad \xC3")).ok());
  EXPECT_FALSE(check_term(Term{Term::Kind::Literal, "x", "http://x/dt", "en"}).ok());
  EXPECT_FALSE(check_term(Term::typed("x", "not an iri")).ok());
  EXPECT_FALSE(check_term(Term::lang("x", "en gb")).ok());
}

TEST(RdfTerms, PlainAsciiIriTestsEveryByteValueAtEveryPosition) {
  // the vector test spells the forbidden bytes in six comparisons: every byte value, at every
  // position of IRIs of every length around the sixteen-byte blocks (the last block overlaps),
  // against the definition byte by byte
  const auto plain = [](unsigned char c) { return c > 0x20 && c < 0x7F && !std::strchr("<>\"{}|^`\\", c); };
  for (std::size_t len : {3u, 15u, 16u, 17u, 31u, 32u, 33u, 47u, 54u}) {
    std::string iri = "u:" + std::string(len - 2, 'a');
    ASSERT_TRUE(plain_ascii_iri(iri)) << len;
    for (std::size_t at = 2; at < len; ++at) {
      for (int c = 1; c < 256; ++c) {
        std::string bad = iri;
        bad[at] = static_cast<char>(c);
        ASSERT_EQ(plain_ascii_iri(bad), plain(static_cast<unsigned char>(c))) << len << " " << at << " " << c;
      }
    }
    std::string no_scheme(len, 'a');  // the colon at every position, or none
    EXPECT_FALSE(plain_ascii_iri(no_scheme)) << len;
    for (std::size_t at = 0; at < len; ++at) {
      std::string with = no_scheme;
      with[at] = ':';
      EXPECT_TRUE(plain_ascii_iri(with)) << len << " " << at;
    }
  }
}

TEST(RdfTerms, ChecksFindABadByteAtEveryPositionOfLongTerms) {
  // the checks read sixteen bytes at a time: every position of a long term, in the vector part
  // and in the tail, and the scheme's colon in either
  const std::string good = "http://example.org/a/long/path/to/some/entity_name%20x";
  ASSERT_TRUE(plain_ascii_iri(good));
  ASSERT_TRUE(valid_iri(good));
  EXPECT_TRUE(plain_ascii_iri(std::string(40, 'a') + ":b"));  // the colon only in the tail
  EXPECT_FALSE(plain_ascii_iri(std::string(48, 'a')));        // no colon at all
  EXPECT_FALSE(valid_iri(std::string(48, 'a')));
  for (std::size_t at = 0; at < good.size(); ++at) {
    for (const char bad : {' ', '<', '>', '"', '{', '}', '|', '^', '`', '\\', '\n', '\x7F', '\x01'}) {
      std::string iri = good;
      iri[at] = bad;
      EXPECT_FALSE(plain_ascii_iri(iri)) << at << " " << int(bad);
      if (bad != '\x7F') {
        EXPECT_FALSE(valid_iri(iri)) << at << " " << int(bad);
      }
    }
    std::string accented = good;  // valid, but not plain ASCII
    accented.replace(at, 1, "\xC3\xA9");
    EXPECT_FALSE(plain_ascii_iri(accented)) << at;
    if (at > 5) {
      EXPECT_TRUE(valid_iri(accented)) << at;  // (not in the scheme "http:")
    }
  }
  const std::string text = "A sentence of plain ASCII text, long enough for several blocks.";
  ASSERT_TRUE(check_term(Term::literal(text)).ok());
  for (std::size_t at = 0; at < text.size(); ++at) {
    std::string nul = text, broken = text, accented = text;
    nul[at] = '\0';
    broken[at] = '\xC3';  // a lead byte without its continuation
    accented.replace(at, 1, "\xC3\xA9");
    EXPECT_FALSE(check_term(Term::literal(nul)).ok()) << at;
    EXPECT_FALSE(check_term(Term::literal(broken)).ok()) << at;
    EXPECT_TRUE(check_term(Term::literal(accented)).ok()) << at;
  }
}

TEST(NTriplesWriter, ByteForByteWhatRaptorWrites) {
  const auto ts = nasty_triples();
  EXPECT_EQ(with_ours(ts, false), with_raptor(ts, "ntriples"));
  EXPECT_EQ(with_ours(ts, true), with_raptor(ts, "nquads"));
  EXPECT_EQ(parsed(with_ours(ts, true), "nquads").size(), ts.size());
}

TEST(NTriplesWriter, WholeGraphsByteForByteWhatRaptorWrites) {
  std::vector<test::HandEntity> es;
  std::vector<test::HandRelation> rs;
  for (const std::string& n : test::hostile_names()) es.push_back({n, EntityType::Organization, {n + " alias"}});
  for (int i = 0; i + 1 < static_cast<int>(es.size()); ++i) rs.push_back({i, i + 1, RelationType::Accused});
  KnowledgeGraph g;
  g.add(test::hand_extraction("hostile \"doc\" <1>", es, rs, "Quote \" and \\ and\r\nnew line, caf\xC3\xA9."));
  for (const bool quads : {false, true}) {
    std::vector<Triple> ts;
    ASSERT_TRUE(graph_triples(
                    g,
                    [&](const Triple& t) {
                      ts.push_back(t);
                      return Status{};
                    },
                    RdfLayout{quads, true})
                    .ok());
    StringSink ours;
    ASSERT_TRUE(write_rdf(g, quads ? "nquads" : "ntriples", ours).ok());
    EXPECT_EQ(ours.str(), with_raptor(ts, quads ? "nquads" : "ntriples"));
  }
}

TEST(TurtleWriter, GroupsBySubjectAndParsesBackEverywhere) {
  const auto ts = nasty_triples();
  StringSink out;
  TurtleWriter w(out, {{"ex", "http://example.org/"}, {"xsd", "http://www.w3.org/2001/XMLSchema#"}});
  for (const auto& t : ts) ASSERT_TRUE(w.write(t).ok());
  const std::string x = "http://example.org/";
  ASSERT_TRUE(w.write(Triple{Term::iri(x + "a"), Term::iri(x + "p"), Term::iri(x + "o2"), {}}).ok());
  ASSERT_TRUE(w.write(Triple{Term::iri(x + "a"), Term::iri(x + "q"), Term::iri(x + "1x"), {}}).ok());
  ASSERT_TRUE(
      w
          .write(Triple{
              Term::iri(x + "a"), Term::iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), Term::iri(x + "C"), {}})
          .ok());
  ASSERT_TRUE(w.close().ok());
  const std::string& ttl = out.str();
  EXPECT_EQ(ttl.rfind("@prefix ex: <http://example.org/> .\n@prefix xsd:", 0), 0u) << ttl;
  EXPECT_NE(ttl.find("<http://example.org/caf\xC3\xA9/%20a> ex:p \""), std::string::npos) << ttl;
  EXPECT_NE(ttl.find("\"5\"^^xsd:integer"), std::string::npos) << ttl;
  EXPECT_NE(ttl.find("\"\", ex:o2 ;\n    ex:q <http://example.org/1x> ;\n    a ex:C .\n"), std::string::npos) << ttl;
  EXPECT_NE(ttl.find("\"line\\n\\nend\""), std::string::npos) << "CR normalised to LF: " << ttl;
  // the same triples as N-Triples, graph names aside
  auto all = ts;
  all.push_back(Triple{Term::iri(x + "a"), Term::iri(x + "p"), Term::iri(x + "o2"), {}});
  all.push_back(Triple{Term::iri(x + "a"), Term::iri(x + "q"), Term::iri(x + "1x"), {}});
  all.push_back(
      Triple{Term::iri(x + "a"), Term::iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), Term::iri(x + "C"), {}});
  for (auto& t : all) t.graph.clear();
  const auto expected = parsed(with_ours(all, false), "ntriples");
  EXPECT_EQ(expected.size(), all.size());
  EXPECT_EQ(parsed(ttl, "turtle"), expected);
  test::TempDir d;
  auto serd = test::run("serdi -i turtle -o ntriples " + test::shell_quote(d.file("t.ttl", ttl)));
  EXPECT_EQ(serd.exit_code, 0) << serd.err;
  EXPECT_EQ(std::count(serd.out.begin(), serd.out.end(), '\n'), static_cast<long>(expected.size()));
}

TEST(RdfWriters, RefuseInvalidTermsAndWritesAfterClose) {
  const Triple bad{Term::iri("http://x/a b"), Term::iri("http://x/p"), Term::literal("o"), {}};
  const Triple literal_subject{Term::literal("s"), Term::iri("http://x/p"), Term::literal("o"), {}};
  const Triple bad_graph{Term::iri("http://x/a"), Term::iri("http://x/p"), Term::literal("o"), "no graph"};
  StringSink a, b;
  NTriplesWriter nt(a, true);
  TurtleWriter ttl(b, {});
  EXPECT_FALSE(nt.write(bad).ok());
  EXPECT_FALSE(nt.write(literal_subject).ok());
  EXPECT_FALSE(nt.write(bad_graph).ok());
  EXPECT_FALSE(ttl.write(bad).ok());
  EXPECT_FALSE(ttl.write(literal_subject).ok());
  EXPECT_TRUE(nt.close().ok());
  EXPECT_TRUE(ttl.close().ok());
  EXPECT_EQ(a.str(), "");
  EXPECT_EQ(b.str(), "");
  const Triple ok{Term::iri("http://x/a"), Term::iri("http://x/p"), Term::literal("o"), {}};
  EXPECT_FALSE(nt.write(ok).ok());
  EXPECT_FALSE(ttl.write(ok).ok());
}

TEST(NTriplesWriter, ARepeatedSubjectOrGraphIsCheckedAndSpelledOnceButNeverTrustedBlindly) {
  const std::string x = "http://x/";
  const Term s = Term::iri(x + "caf\xC3\xA9"), p = Term::iri(x + "p");
  StringSink out;
  NTriplesWriter w(out, true);
  EXPECT_TRUE(w.write({s, p, Term::literal("1"), x + "g"}).ok());
  EXPECT_FALSE(w.write({s, p, Term::iri(x + "bad iri"), x + "g"}).ok());                   // the other terms still are
  EXPECT_FALSE(w.write({s, Term::iri(x + "bad{p}"), Term::literal("1b"), x + "g"}).ok());  // no half line
  EXPECT_TRUE(w.write({s, Term::iri(x + "\xC3\xA9"), Term::iri(x + "o\xC3\xA9"), {}}).ok());
  EXPECT_FALSE(w.write({s, Term::literal("p"), Term::literal("2"), x + "g"}).ok());
  EXPECT_TRUE(w.write({s, p, Term::literal("3"), x + "g"}).ok());
  EXPECT_TRUE(w.write({s, p, Term::literal("4"), {}}).ok());  // same subject, default graph
  // a blank node and an IRI with the same spelling are different subjects
  EXPECT_TRUE(w.write({Term{Term::Kind::Blank, "b", {}, {}}, p, Term::literal("5"), x + "g"}).ok());
  EXPECT_TRUE(w.write({Term::iri(x + "b"), p, Term::literal("6"), x + "h"}).ok());
  // a subject or graph that failed is not remembered as checked
  const Triple bad_subject{Term::iri(x + "a b"), p, Term::literal("7"), {}};
  EXPECT_FALSE(w.write(bad_subject).ok());
  EXPECT_FALSE(w.write(bad_subject).ok());
  EXPECT_FALSE(w.write({Term::iri(x + "b"), p, Term::literal("8"), "no graph"}).ok());
  EXPECT_FALSE(w.write({Term::iri(x + "b"), p, Term::literal("9"), "no graph"}).ok());
  ASSERT_TRUE(w.close().ok());
  EXPECT_EQ(out.str(),
            "<http://x/caf\\u00E9> <http://x/p> \"1\" <http://x/g> .\n"
            "<http://x/caf\\u00E9> <http://x/\\u00E9> <http://x/o\\u00E9> .\n"
            "<http://x/caf\\u00E9> <http://x/p> \"3\" <http://x/g> .\n"
            "<http://x/caf\\u00E9> <http://x/p> \"4\" .\n"
            "_:b <http://x/p> \"5\" <http://x/g> .\n"
            "<http://x/b> <http://x/p> \"6\" <http://x/h> .\n");
}

TEST(RdfWriters, EverySyntaxReportsAFullDisk) {
  KnowledgeGraph g;
  g.add(test::hand_extraction("doc", {{"Lia Serra", EntityType::Person}, {"Peru", EntityType::Country}},
                              {{0, 1, RelationType::Accused}}));
  for (const char* syntax : {"turtle", "ntriples", "nquads", "rdfxml"}) {
    std::FILE* f = std::fopen("/dev/full", "w");
    if (!f) GTEST_SKIP() << "/dev/full not available";
    FileSink sink(f);
    Status st = write_rdf(g, syntax, sink);
    std::fclose(f);
    ASSERT_FALSE(st.ok()) << syntax;
    EXPECT_EQ(st.error().kind, ErrorKind::Output) << syntax;
  }
}
