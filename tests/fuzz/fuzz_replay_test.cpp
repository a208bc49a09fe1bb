// Replays the fuzzing seed corpus and every kept crasher through the fuzzing oracle.
#include <gtest/gtest.h>

#include <filesystem>

#include "roundtrip.hpp"
#include "support.hpp"

TEST(FuzzReplay, SeedCorpusAndCrashersPassTheOracle) {
  std::size_t files = 0;
  for (const char* dir : {"corpus", "crashers"}) {
    const auto path = std::filesystem::path(newskg::test::source_dir()) / "tests" / "fuzz" / dir;
    if (!std::filesystem::exists(path)) continue;
    for (const auto& f : std::filesystem::directory_iterator(path)) {
      if (!f.is_regular_file() || f.path().filename().string()[0] == '.') continue;
      ++files;
      EXPECT_EQ(newskg::fuzz::roundtrip_problem(newskg::test::read_file(f.path().string())), "") << f.path();
    }
  }
  EXPECT_GE(files, 5u) << "the seed corpus is missing";
}
