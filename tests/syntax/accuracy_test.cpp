// The shipped models against the held-out test sets (the targets), where ../shared is.
#include <gtest/gtest.h>

#include "support.hpp"
#include "syntax/evaluate.hpp"
#include "syntax/models.hpp"

namespace newskg::syntax {
namespace {

SyntaxScores score_file(const std::string& path) {
  auto models = SyntaxModels::load(models_dir(""));
  EXPECT_TRUE(models.ok()) << models.error().message;
  auto gold = read_conllu(path);
  EXPECT_TRUE(gold.ok()) << gold.error().message;
  SyntaxScores scores;
  if (!models.ok() || !gold.ok()) return scores;
  for (const auto& g : *gold) {
    ConlluSentence p;
    p.words = forms_only(g);
    models->analyse(p.words);
    score_same_tokens(g, p, scores);
  }
  return scores;
}

TEST(Accuracy, EwtTestMeetsTheTargets) {
  if (!test::have_shared()) GTEST_SKIP() << "../shared/treebanks not found: accuracy not checked";
  const auto s = score_file(test::shared_dir() + "/treebanks/ud-english-ewt/en_ewt-ud-test.conllu");
  EXPECT_EQ(s.gold, 25094u);
  EXPECT_GE(s.upos_score(), 95.0);
  EXPECT_GE(s.uas_score(), 87.0);
  EXPECT_GE(s.las_score(), 84.0);
  std::cout << "EWT test: UPOS " << s.upos_score() << " XPOS " << s.xpos_score() << " lemma " << s.lemma_score()
            << " UAS " << s.uas_score() << " LAS " << s.las_score() << "\n";
}

TEST(Accuracy, GumTestIsReported) {
  if (!test::have_shared()) GTEST_SKIP() << "../shared/treebanks not found: accuracy not checked";
  const auto s = score_file(test::shared_dir() + "/treebanks/gum-cc-by/en_gum-ccby-test.conllu");
  // not a target of its own; a floor well under what the models reach, against regressions
  EXPECT_GE(s.upos_score(), 94.0);
  EXPECT_GE(s.uas_score(), 84.0);
  std::cout << "GUM test: UPOS " << s.upos_score() << " UAS " << s.uas_score() << " LAS " << s.las_score() << "\n";
}

TEST(Accuracy, ModelsAreSmallEnough) {
  auto models = SyntaxModels::load(models_dir(""));
  ASSERT_TRUE(models.ok()) << models.error().message;
  EXPECT_LE(models->tagger.file().size() + models->parser.file().size(), 100u * 1000 * 1000);
}

}  // namespace
}  // namespace newskg::syntax
