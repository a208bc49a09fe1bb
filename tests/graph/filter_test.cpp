#include "graph/filter.hpp"

#include <gtest/gtest.h>

#include "graph_fixture.hpp"

using namespace newskg;

namespace {

// A: chain P1 -metWith- P2 -accused-> C1 -captured-> T1 ; P2 -sanctioned-> O1 (planned)
//    P1 -metWith- P2 mentioned three times; separate component: P3 -accused-> C2; isolated X.
KnowledgeGraph fixture() {
  KnowledgeGraph g;
  g.add(test::hand_extraction("a",
                              {{"P1", EntityType::Person, {"First"}},
                               {"P2", EntityType::Person},
                               {"C1", EntityType::Country},
                               {"T1", EntityType::City},
                               {"O1", EntityType::Organization},
                               {"P3", EntityType::Person},
                               {"C2", EntityType::Country},
                               {"X", EntityType::Location}},
                              {{0, 1, RelationType::MetWith},
                               {0, 1, RelationType::MetWith},
                               {1, 0, RelationType::MetWith},
                               {1, 2, RelationType::Accused},
                               {2, 3, RelationType::Captured},
                               {1, 4, RelationType::Sanctioned, Modality::Planned},
                               {5, 6, RelationType::Accused}}));
  return g;
}

std::set<std::string> names(const KnowledgeGraph& g) {
  std::set<std::string> out;
  for (auto [vi, ve] = boost::vertices(g.graph()); vi != ve; ++vi) out.insert(g.graph()[*vi].name);
  return out;
}

KnowledgeGraph apply(const GraphFilter& f) {
  auto r = filter_graph(fixture(), f);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
  return r.ok() ? std::move(r).value() : KnowledgeGraph{};
}

}  // namespace

TEST(Filter, FocusAndDepthFollowRelationsBothWays) {
  GraphFilter f;
  f.focus = "first";  // an alias, any case
  f.depth = 1;
  EXPECT_EQ(names(apply(f)), (std::set<std::string>{"P1", "P2"}));
  f.depth = 2;
  EXPECT_EQ(names(apply(f)), (std::set<std::string>{"P1", "P2", "C1", "O1"}));
  f.depth = 3;
  auto g = apply(f);
  EXPECT_EQ(names(g), (std::set<std::string>{"P1", "P2", "C1", "O1", "T1"}));
  EXPECT_EQ(g.relation_count(), 6u);
  EXPECT_EQ(g.documents().size(), 1u);
}

TEST(Filter, UnknownFocusIsAUsageError) {
  GraphFilter f;
  f.focus = "Nobody";
  auto r = filter_graph(fixture(), f);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::Usage);
  EXPECT_NE(r.error().message.find("Nobody"), std::string::npos);
}

TEST(Filter, RelationTypesAndAssertedOnly) {
  GraphFilter f;
  f.relations = {RelationType::Accused};
  f.drop_isolated = true;
  auto g = apply(f);
  EXPECT_EQ(names(g), (std::set<std::string>{"P2", "C1", "P3", "C2"}));
  EXPECT_EQ(g.relation_count(), 2u);
  GraphFilter a;
  a.asserted_only = true;
  EXPECT_EQ(apply(a).relation_count(), 6u);
}

TEST(Filter, ComponentsTopAndIsolated) {
  GraphFilter c;
  c.component = 1;
  EXPECT_EQ(names(apply(c)), (std::set<std::string>{"P1", "P2", "C1", "T1", "O1"}));
  c.component = 2;
  EXPECT_EQ(names(apply(c)), (std::set<std::string>{"P3", "C2"}));
  c.component = 9;
  EXPECT_FALSE(filter_graph(fixture(), c).ok());
  GraphFilter t;
  t.top = 2;  // P2 (6 relation mentions) and P1 (3)
  EXPECT_EQ(names(apply(t)), (std::set<std::string>{"P1", "P2"}));
  GraphFilter iso;
  iso.drop_isolated = true;
  EXPECT_FALSE(names(apply(iso)).count("X"));
  EXPECT_EQ(names(apply(iso)).size(), 7u);
}

TEST(Filter, MinMentions) {
  KnowledgeGraph g = fixture();
  g.add(test::hand_extraction("b", {{"P1", EntityType::Person}, {"C2", EntityType::Country}}, {}));
  GraphFilter f;
  f.min_mentions = 2;
  auto r = filter_graph(g, f);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(names(*r), (std::set<std::string>{"P1", "C2"}));
}

TEST(Filter, ParseRelations) {
  auto ok = parse_relations("metWith,captured");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->size(), 2u);
  EXPECT_FALSE(parse_relations("metWith,hugged").ok());
}
