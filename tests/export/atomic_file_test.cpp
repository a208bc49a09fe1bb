#include "export/atomic_file.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "support.hpp"

using namespace newskg;

TEST(AtomicFile, CommitPutsTheWholeFileInPlace) {
  test::TempDir d;
  const std::string path = d.path() + "/out.ttl";
  auto f = AtomicFile::create(path);
  ASSERT_TRUE(f.ok());
  std::fputs("hello\n", f->stream());
  EXPECT_FALSE(std::filesystem::exists(path)) << "nothing visible before commit";
  ASSERT_TRUE(f->commit().ok());
  EXPECT_EQ(test::read_file(path), "hello\n");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(d.path()), {}), 1) << "no temporary left";
}

TEST(AtomicFile, AbandonedWriteLeavesNothingAndKeepsTheOldFile) {
  test::TempDir d;
  const std::string path = d.file("out.nt", "old content\n");
  {
    auto f = AtomicFile::create(path);
    ASSERT_TRUE(f.ok());
    std::fputs("half", f->stream());
  }
  EXPECT_EQ(test::read_file(path), "old content\n");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(d.path()), {}), 1);
}

TEST(AtomicFile, UnwritableDirectoryIsAnOutputError) {
  auto f = AtomicFile::create("/nonexistent-dir/out.ttl");
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.error().kind, ErrorKind::Output);
  EXPECT_NE(f.error().message.find("/nonexistent-dir/out.ttl"), std::string::npos);
}
