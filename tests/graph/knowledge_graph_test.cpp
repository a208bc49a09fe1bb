#include "graph/knowledge_graph.hpp"

#include <gtest/gtest.h>

#include "graph_fixture.hpp"

using namespace newskg;

TEST(KnowledgeGraph, EntitiesMergeAcrossDocumentsByCanonicalKey) {
  KnowledgeGraph g;
  g.add(test::hand_extraction("a", {{"Lia Serra", EntityType::Person, {"Serra"}}, {"Peru", EntityType::Country}},
                              {{0, 1, RelationType::Accused}}));
  g.add(test::hand_extraction(
      "b", {{"Peru", EntityType::Country, {"Peruvian"}}, {"Lia Serra", EntityType::Person, {"Ms. Serra"}}},
      {{1, 0, RelationType::MetWith, Modality::Planned}}));
  EXPECT_EQ(g.entity_count(), 2u);
  EXPECT_EQ(g.relation_count(), 2u);
  EXPECT_EQ(g.documents().size(), 2u);
  auto v = g.find(entity_key(EntityType::Person, "Lia Serra"));
  ASSERT_TRUE(v.has_value());
  const EntityNode& n = g.graph()[*v];
  EXPECT_EQ(n.mentions, 2u);
  EXPECT_EQ(n.aliases, (std::set<std::string>{"Serra", "Ms. Serra"}));
  EXPECT_EQ(boost::out_degree(*v, g.graph()), 2u);
}

TEST(KnowledgeGraph, SameNameDifferentTypeStaysApart) {
  KnowledgeGraph g;
  g.add(test::hand_extraction("a", {{"Georgia", EntityType::Country}, {"Georgia", EntityType::Person}}, {}));
  EXPECT_EQ(g.entity_count(), 2u);
}

TEST(KnowledgeGraph, EdgesKeepProvenance) {
  KnowledgeGraph g;
  g.add(test::hand_extraction("doc7", {{"A", EntityType::Country}, {"B", EntityType::Country}},
                              {{0, 1, RelationType::Sanctioned}}, "A\xC3\xA9 sanctioned B."));
  auto [ei, ee] = boost::edges(g.graph());
  ASSERT_NE(ei, ee);
  const RelationEdge& r = g.graph()[*ei];
  EXPECT_EQ(r.type, RelationType::Sanctioned);
  EXPECT_EQ(g.documents()[r.document].id, "doc7");
  EXPECT_EQ(r.char_begin, 0u);
  EXPECT_EQ(r.char_end, 2u);  // bytes [0, 3) are "A" and the two-byte "é": two characters
}
