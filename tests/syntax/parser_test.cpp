#include "syntax/parser.hpp"

#include <gtest/gtest.h>

#include <map>

#include "support.hpp"
#include "syntax/tiny_treebank.hpp"

namespace newskg::syntax {
namespace {

// Runs the oracle over every sentence with one root; returns how many came back unchanged
// (after projectivisation) and how many were tried.
std::pair<std::size_t, std::size_t> oracle_round_trip(const std::vector<ConlluSentence>& sentences) {
  std::map<std::string, std::uint32_t> index{{"root", 0}};
  std::size_t same = 0, tried = 0;
  for (const auto& s : sentences) {
    std::vector<int> heads;
    std::vector<std::uint32_t> labels;
    int roots = 0;
    for (const auto& w : s.words) {
      heads.push_back(w.head);
      roots += w.head == 0;
      labels.push_back(index.emplace(w.deprel, static_cast<std::uint32_t>(index.size())).first->second);
    }
    if (roots != 1) continue;
    ++tried;
    const std::vector<int> gold = projectivise(heads);
    std::vector<std::uint32_t> got_labels;
    const std::vector<int> got = oracle_parse(gold, labels, 0, got_labels);
    same += got == gold && got_labels == labels;
  }
  return {same, tried};
}

TEST(Parser, OracleRebuildsSmallTrees) {
  auto s = parse_conllu(test::tiny_treebank(), "tiny");
  ASSERT_TRUE(s.ok());
  const auto [same, tried] = oracle_round_trip(*s);
  EXPECT_EQ(tried, 5u);
  EXPECT_EQ(same, tried);
}

TEST(Parser, OracleRebuildsTreesWithLongArcsAndRootInTheMiddle) {
  // heads written by hand: a right-branching chain, a left-branching chain, a root with
  // children on both sides, and a word attached across a finished subtree
  const std::vector<std::vector<int>> trees = {
      {0, 1, 2, 3, 4}, {2, 3, 4, 5, 0}, {3, 3, 0, 3, 3}, {2, 0, 4, 2, 2, 5, 2}, {0}, {2, 0, 2, 5, 2, 5}};
  for (const auto& heads : trees) {
    std::vector<std::uint32_t> labels(heads.size(), 1);
    for (std::size_t i = 0; i < heads.size(); ++i)
      if (heads[i] == 0) labels[i] = 0;
    std::vector<std::uint32_t> got_labels;
    EXPECT_EQ(oracle_parse(heads, labels, 0, got_labels), heads);
    EXPECT_EQ(got_labels, labels);
  }
}

TEST(Parser, ProjectiviseLiftsCrossingArcs) {
  // word 4 hangs from word 1 across word 2 (its head) and 3: lifted to word 1's head
  EXPECT_EQ(projectivise({2, 0, 2, 1}), (std::vector<int>{2, 0, 2, 2}));
  const std::vector<int> projective = {2, 0, 2, 3};
  EXPECT_EQ(projectivise(projective), projective);
}

TEST(Parser, OracleReachesEveryTreeOfTheDevSet) {
  if (!test::have_shared()) GTEST_SKIP() << "../shared/treebanks not found";
  for (const char* f :
       {"/treebanks/ud-english-ewt/en_ewt-ud-dev.conllu", "/treebanks/gum-cc-by/en_gum-ccby-dev.conllu"}) {
    auto s = read_conllu(test::shared_dir() + f);
    ASSERT_TRUE(s.ok()) << s.error().message;
    const auto [same, tried] = oracle_round_trip(*s);
    EXPECT_GT(tried, 800u) << f;
    EXPECT_EQ(same, tried) << f;
  }
}

}  // namespace
}  // namespace newskg::syntax
