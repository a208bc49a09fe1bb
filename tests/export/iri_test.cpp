#include "export/iri.hpp"

#include <gtest/gtest.h>

#include "graph_fixture.hpp"

using namespace newskg;

TEST(Iri, SafeAlphabetAndPercentEncoding) {
  EXPECT_EQ(iri::encode_segment("Vladimir Putin"), "Vladimir_Putin");
  EXPECT_EQ(iri::encode_segment("a>b\"c"), "a%3Eb%22c");
  EXPECT_EQ(iri::encode_segment("K\xC3\xB6ln"), "K%C3%B6ln");
  EXPECT_EQ(iri::encode_segment(""), "_");
  EXPECT_EQ(iri::encode_segment("."), "%2E") << "a dot segment would vanish when parsed";
  EXPECT_EQ(iri::encode_segment(".."), "%2E%2E");
  EXPECT_EQ(iri::encode_segment("Ends."), "Ends.");
  EXPECT_EQ(iri::entity(EntityType::Person, "Steve Whitkoff"), "https://w3id.org/newskg/id/person/Steve_Whitkoff");
  EXPECT_EQ(iri::span("doc 1", 3, 9), "https://w3id.org/newskg/id/document/doc_1#char=3,9");
}

TEST(Iri, AppendedSegmentsAreEncodedOnTheirOwn) {
  // what is already in the string is left alone, and only the appended part counts as a segment
  std::string out = "..";
  iri::append_segment(out, "a b");
  EXPECT_EQ(out, "..a_b");
  out = "doc/";
  iri::append_segment(out, "..");
  EXPECT_EQ(out, "doc/%2E%2E") << "a dot segment after other text still would vanish";
  out = "x.";
  iri::append_segment(out, "");
  EXPECT_EQ(out, "x._");
  for (const std::string& name : test::hostile_names()) {
    out = "prefix/";
    iri::append_segment(out, name);
    EXPECT_EQ(out, "prefix/" + iri::encode_segment(name));
  }
  EXPECT_EQ(iri::document("doc 1"), "https://w3id.org/newskg/id/document/doc_1");
  EXPECT_EQ(iri::entity(EntityType::Location, ".."), "https://w3id.org/newskg/id/location/%2E%2E");
}

TEST(Iri, HostileNamesGiveOnlySafeCharacters) {
  for (const std::string& name : test::hostile_names()) {
    const std::string s = iri::encode_segment(name);
    for (char c : s) {
      const bool safe = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
                        c == '-' || c == '.' || c == '~' || c == '%';
      EXPECT_TRUE(safe) << name << " -> " << s;
    }
  }
}

TEST(Iri, DeterministicAndDistinct) {
  EXPECT_EQ(iri::entity(EntityType::City, "Kyiv"), iri::entity(EntityType::City, "Kyiv"));
  EXPECT_NE(iri::entity(EntityType::City, "Kyiv"), iri::entity(EntityType::Country, "Kyiv"));
  EXPECT_NE(iri::encode_segment("a/b"), iri::encode_segment("a%2Fb"));
}
