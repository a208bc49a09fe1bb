#include "export/xml_chars.hpp"

#include <gtest/gtest.h>

#include "export/dot_escape.hpp"
#include "export/graphml_export.hpp"
#include "graph_fixture.hpp"
#include "support.hpp"

using namespace newskg;

TEST(XmlChars, ReplacesWhatXml10Forbids) {
  EXPECT_EQ(xml_chars("plain & <text>"), "plain & <text>") << "markup stays the writer's to escape";
  EXPECT_EQ(xml_chars(std::string("a\0b\x01"
                                  "c\x1F"
                                  "d\x7F",
                                  8)),
            "a b c d ");
  EXPECT_EQ(xml_chars("tab\tlf\ncr\r"), "tab\tlf\ncr\r");
  EXPECT_EQ(xml_chars("x\xEF\xBF\xBEy\xEF\xBF\xBFz"), "x\xEF\xBF\xBDy\xEF\xBF\xBDz");
  EXPECT_EQ(xml_chars("bad \xFF\xC3"), "bad \xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(xml_chars("K\xC3\xB6ln \xF0\x9F\x98\x80"), "K\xC3\xB6ln \xF0\x9F\x98\x80");
}

TEST(XmlChars, DotLabelsCarryNoCharacterSvgCannotHold) {
  EXPECT_EQ(dot_quote("A\xEF\xBF\xBF"), "\"A\xEF\xBF\xBD\"");
}

TEST(XmlChars, GraphMlStaysWellFormedWhateverTheGraphHolds) {
  std::vector<test::HandEntity> es{{"Bad\xEF\xBF\xBEName", EntityType::Person, {"al\x01ias"}},
                                   {std::string("Nul\0Corp", 8), EntityType::Organization, {}}};
  std::vector<test::HandRelation> rs{{0, 1, RelationType::Accused}};
  KnowledgeGraph g;
  g.add(test::hand_extraction("doc\x02id\xEF\xBF\xBF", es, rs, "Sentence \xEF\xBF\xBE with \x03 controls."));
  StringSink out;
  ASSERT_TRUE(write_graphml(g, out).ok());
  test::TempDir d;
  const std::string path = d.file("g.graphml", out.str());
  auto r = test::run("python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' " +
                     test::shell_quote(path));
  EXPECT_EQ(r.exit_code, 0) << r.err;
}
