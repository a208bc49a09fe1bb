#include <gtest/gtest.h>

#include "export/graphml_export.hpp"
#include "graph_fixture.hpp"
#include "support.hpp"

using namespace newskg;

TEST(GraphMl, HostileNamesGiveWellFormedXmlWithEveryNodeAndEdge) {
  std::vector<test::HandEntity> es;
  std::vector<test::HandRelation> rs;
  for (const std::string& n : test::hostile_names()) es.push_back({n, EntityType::Organization, {"a&b", "<x>"}});
  for (int i = 0; i + 1 < static_cast<int>(es.size()); ++i) rs.push_back({i, i + 1, RelationType::Accused});
  KnowledgeGraph g;
  g.add(test::hand_extraction("d", es, rs, "Sentence with <tags> & \"quotes\"."));
  StringSink out;
  ASSERT_TRUE(write_graphml(g, out).ok());
  test::TempDir d;
  const std::string path = d.file("g.graphml", out.str());
  auto r = test::run("python3 -c " +
                     test::shell_quote("import sys, xml.etree.ElementTree as E\n"
                                       "ns = {'g': 'http://graphml.graphdrawing.org/xmlns'}\n"
                                       "t = E.parse(sys.argv[1])\n"
                                       "labels = [d.text for d in t.iterfind('.//g:node/g:data', ns)]\n"
                                       "print(len(t.findall('.//g:node', ns)), len(t.findall('.//g:edge', ns)))\n"
                                       "print('C:\\\\new\\\\table' in labels, '<script>alert(1)</script>' in labels)") +
                     " " + test::shell_quote(path));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, std::to_string(es.size()) + " " + std::to_string(rs.size()) + "\nTrue True\n");
}
