// LoadedModels: which model files a models directory must hold.
#include "extract/loaded_models.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "support.hpp"
#include "syntax/models.hpp"

using namespace newskg;

namespace {
// A models directory holding links to the shipped tagger and parser only.
struct WithoutRecogniser : ::testing::Test {
  std::filesystem::path dir;
  void SetUp() override {
    dir = std::filesystem::temp_directory_path() /
          ("newskg-models-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const std::filesystem::path shipped = syntax::models_dir("");
    for (const char* f : {syntax::kTaggerFile, syntax::kParserFile})
      std::filesystem::create_symlink(shipped / f, dir / f);
  }
  void TearDown() override { std::filesystem::remove_all(dir); }
};
}  // namespace

TEST_F(WithoutRecogniser, ExtractionNeedsNoRecogniserFile) {
  // the recogniser's file is read for its corpus case table when it is there; without it the
  // rules go without the table
  auto m = LoadedModels::load(dir.string(), true, false);
  ASSERT_TRUE(m) << m.error().message;
  EXPECT_FALSE(m->names.has_value());
  EXPECT_EQ(m->view().corpus_case, nullptr);
  EXPECT_EQ(m->view().names, nullptr);
}

TEST_F(WithoutRecogniser, AskingForTheRecogniserNamesTheMissingFile) {
  auto m = LoadedModels::load(dir.string(), true, true);
  ASSERT_FALSE(m);
  EXPECT_NE(m.error().message.find(syntax::kRecogniserFile), std::string::npos) << m.error().message;
}

TEST(LoadedModels, TheShippedRecogniserGivesTheCaseTableWithoutLabelling) {
  auto m = LoadedModels::load(syntax::models_dir(""), false, false);
  ASSERT_TRUE(m) << m.error().message;
  ASSERT_NE(m->view().corpus_case, nullptr);
  EXPECT_FALSE(m->view().corpus_case->empty());
  EXPECT_EQ(m->view().names, nullptr);  // the recogniser labels names only when asked
  auto labelled = LoadedModels::load(syntax::models_dir(""), false, true);
  ASSERT_TRUE(labelled) << labelled.error().message;
  EXPECT_NE(labelled->view().names, nullptr);
}
