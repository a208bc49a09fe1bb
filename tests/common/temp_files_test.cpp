#include "common/temp_files.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <vector>

#include "support.hpp"

using namespace newskg;
namespace fs = std::filesystem;

TEST(TempFiles, RemoveAllRemovesWhatIsTrackedAndNothingElse) {
  test::TempDir d;
  const std::string kept = d.file("kept", "x"), gone = d.file("gone", "x"), mine = d.file("mine", "x");
  const int before = temp_files::tracked();
  const int a = temp_files::track(gone), b = temp_files::track(mine);
  ASSERT_GE(a, 0);
  ASSERT_GE(b, 0);
  EXPECT_EQ(temp_files::tracked(), before + 2);
  temp_files::untrack(b);  // its owner renamed it, say: an interruption must not remove it
  EXPECT_EQ(temp_files::tracked(), before + 1);
  temp_files::remove_all();
  EXPECT_FALSE(fs::exists(gone));
  EXPECT_TRUE(fs::exists(mine));
  EXPECT_TRUE(fs::exists(kept));
  temp_files::untrack(a);
  temp_files::untrack(-1);  // ignored
  EXPECT_EQ(temp_files::tracked(), before);
}

TEST(TempFiles, AFullRegistryOrAnOverlongPathIsRefusedNotOverrun) {
  std::vector<int> slots;
  for (int i = 0; i < 100; ++i) {
    const int s = temp_files::track("/nonexistent/newskg-temp-" + std::to_string(i));
    if (s < 0) break;
    slots.push_back(s);
  }
  EXPECT_LT(slots.size(), 100u) << "the registry is fixed in size";
  EXPECT_EQ(temp_files::track("/nonexistent/one-more"), -1);
  for (int s : slots) temp_files::untrack(s);
  EXPECT_EQ(temp_files::track(std::string(1 << 16, 'p')), -1);
  EXPECT_EQ(temp_files::track(""), -1);
}
