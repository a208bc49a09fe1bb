// DOT export: the `dot` program and libgvc accept everything we write, hostile labels included.
#include "export/dot_export.hpp"

#include <gtest/gtest.h>

#include "export/exporter.hpp"
#include "export/svg_render.hpp"
#include "graph_fixture.hpp"
#include "support.hpp"

using namespace newskg;

namespace {
KnowledgeGraph hostile_graph() {
  std::vector<test::HandEntity> es;
  std::vector<test::HandRelation> rs;
  for (const std::string& n : test::hostile_names()) es.push_back({n, EntityType::Person});
  for (int i = 0; i + 1 < static_cast<int>(es.size()); ++i) rs.push_back({i, i + 1, RelationType::MetWith});
  KnowledgeGraph g;
  g.add(test::hand_extraction("d", es, rs, "Tooltip with \"quotes\", \\ and a trailing \\"));
  return g;
}
}  // namespace

TEST(DotExport, DotProgramAcceptsHostileLabels) {
  StringSink out;
  ASSERT_TRUE(write_dot(hostile_graph(), out).ok());
  test::TempDir d;
  const std::string path = d.file("g.dot", out.str());
  auto r = test::run("dot -Tsvg " + test::shell_quote(path));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("syntax error"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("<svg"), std::string::npos);
  // every label is there, with its text intact
  EXPECT_NE(r.out.find("C:\\new\\table"), std::string::npos);
  EXPECT_NE(r.out.find("Trailing\\"), std::string::npos);
}

TEST(DotExport, StylesByTypeAndModality) {
  KnowledgeGraph g;
  g.add(test::hand_extraction("d", {{"Ann", EntityType::Person}, {"Acme Group", EntityType::Organization}},
                              {{0, 1, RelationType::Accused, Modality::Negated}, {1, 0, RelationType::MetWith}}));
  StringSink out;
  ASSERT_TRUE(write_dot(g, out).ok());
  const std::string& dot = out.str();
  EXPECT_NE(dot.find("cluster_legend"), std::string::npos);
  EXPECT_NE(dot.find("arrowhead=\"tee\""), std::string::npos) << "negated relations end in a bar";
  EXPECT_NE(dot.find("label=\"Ann\", shape=\"ellipse\""), std::string::npos) << dot;
  EXPECT_NE(dot.find("label=\"Acme Group\", shape=\"box\""), std::string::npos);
  EXPECT_NE(dot.find("label=\"accused (negated)\""), std::string::npos);
  EXPECT_NE(dot.find("style=\"dashed\""), std::string::npos);
}

TEST(SvgRender, LibraryRendersAndReportsSyntaxErrors) {
  auto ok = render_dot("digraph { a -> b }");
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  EXPECT_NE(ok->find("<svg"), std::string::npos);
  auto bad = render_dot("digraph { a -> }");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().kind, ErrorKind::Render);
}

TEST(SvgRender, ExportedSvgOfHostileGraph) {
  StringSink out;
  Status st = export_graph(hostile_graph(), Format::Svg, out);
  ASSERT_TRUE(st.ok()) << st.error().message;
  EXPECT_NE(out.str().find("</svg>"), std::string::npos);
}

TEST(DotExport, ParallelMentionsMergeIntoOneWiderEdge) {
  KnowledgeGraph g;
  g.add(test::hand_extraction("d",
                              {{"Ann", EntityType::Person}, {"Bob", EntityType::Person}, {"Solo", EntityType::City}},
                              {{0, 1, RelationType::MetWith},
                               {1, 0, RelationType::MetWith},
                               {0, 1, RelationType::MetWith},
                               {0, 1, RelationType::MetWith, Modality::Planned}}));
  StringSink out;
  ASSERT_TRUE(write_dot(g, out, DiagramOptions{false, false}).ok());
  const std::string& dot = out.str();
  EXPECT_NE(dot.find("metWith \xC3\x97"
                     "3"),
            std::string::npos)
      << dot;
  EXPECT_NE(dot.find("penwidth=\"3.4\""), std::string::npos) << dot;
  EXPECT_NE(dot.find("metWith (planned)"), std::string::npos);
  EXPECT_EQ(dot.find("Solo"), std::string::npos) << "isolated entities are left out by default";
  EXPECT_EQ(dot.find("cluster_legend"), std::string::npos);
  StringSink with;
  ASSERT_TRUE(write_dot(g, with, DiagramOptions{true, true}).ok());
  EXPECT_NE(with.str().find("Solo"), std::string::npos);
}

TEST(SvgRender, PngAndLayoutChoice) {
  KnowledgeGraph g;
  g.add(test::hand_extraction("d", {{"Ann", EntityType::Person}, {"Bob", EntityType::Person}},
                              {{0, 1, RelationType::MetWith}}));
  StringSink png;
  ASSERT_TRUE(export_graph(g, Format::Png, png).ok());
  EXPECT_EQ(png.str().substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  EXPECT_EQ(choose_layout(50), "dot");
  EXPECT_EQ(choose_layout(5000), "sfdp");
  ExportOptions o;
  o.layout = "neato";
  StringSink svg;
  EXPECT_TRUE(export_graph(g, Format::Svg, svg, o).ok());
}
