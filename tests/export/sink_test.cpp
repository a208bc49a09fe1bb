// FileSink: every byte arrives, with and without early writeback, and errors stick.
#include "export/sink.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <thread>

#include "export/atomic_file.hpp"
#include "support.hpp"

using namespace newskg;

namespace {

// Some MiB of numbered lines, so that a lost or repeated block shows.
std::string lines(std::size_t bytes) {
  std::string s;
  for (std::size_t i = 0; s.size() < bytes; ++i) s += "line " + std::to_string(i) + " of the sink test\n";
  return s;
}

}  // namespace

TEST(FileSink, WritebackKeepsEveryByteInOrder) {
  test::TempDir d;
  const std::string text = lines(3 << 20);  // three writeback rounds and a tail
  for (bool writeback : {false, true}) {
    const std::string path = d.path() + (writeback ? "/wb.txt" : "/plain.txt");
    auto f = AtomicFile::create(path);
    ASSERT_TRUE(f.ok());
    FileSink sink(f->stream(), writeback);
    for (std::size_t at = 0; at < text.size(); at += 70000)
      ASSERT_TRUE(sink.write(std::string_view(text).substr(at, 70000)));
    ASSERT_TRUE(sink.flush());
    ASSERT_TRUE(f->commit().ok());
    EXPECT_EQ(test::read_file(path), text) << writeback;
  }
}

TEST(FileSink, AnAtomicFileIsSyncedAlongTheWayAndArrivesWhole) {
  test::TempDir d;
  const std::string path = d.path() + "/durable.txt";
  const std::string text = lines(9 << 20);  // four 2 MiB rounds and a tail
  auto f = AtomicFile::create(path);
  ASSERT_TRUE(f.ok());
  FileSink sink(*f);
  for (std::size_t at = 0; at < text.size(); at += 65521)
    ASSERT_TRUE(sink.write(std::string_view(text).substr(at, 65521)));
  ASSERT_TRUE(sink.flush());
  // one sync at a time: at least the first started, at most one per 2 MiB
  EXPECT_GE(f->background_syncs(), 1u);
  EXPECT_LE(f->background_syncs(), 4u);
  ASSERT_TRUE(f->commit().ok());
  EXPECT_EQ(test::read_file(path), text);
}

TEST(AtomicFile, BackgroundSyncsComeAndGoWithTheFile) {
  test::TempDir d;
  {  // many calls while one runs, then a commit
    auto f = AtomicFile::create(d.path() + "/a.txt");
    ASSERT_TRUE(f.ok());
    std::fputs("some bytes\n", f->stream());
    std::fflush(f->stream());
    for (int i = 0; i < 100; ++i) f->sync_in_background();
    EXPECT_GE(f->background_syncs(), 1u);
    EXPECT_LE(f->background_syncs(), 100u);
    ASSERT_TRUE(f->commit().ok());
    f->sync_in_background();  // after the commit: nothing to sync, nothing started
    EXPECT_EQ(test::read_file(d.path() + "/a.txt"), "some bytes\n");
  }
  {  // abandoned while a sync may still run: nothing left behind, no crash
    auto f = AtomicFile::create(d.path() + "/b.txt");
    ASSERT_TRUE(f.ok());
    std::fputs("half", f->stream());
    f->sync_in_background();
    AtomicFile moved = std::move(*f);  // the helper thread stays with the file
    moved.sync_in_background();
  }
  EXPECT_FALSE(std::filesystem::exists(d.path() + "/b.txt"));
  std::size_t left = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(d.path())) ++left;
  EXPECT_EQ(left, 1u);  // a.txt alone: no temporary file
}

TEST(FileSink, WritebackOnAPipeIsNoError) {
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  std::FILE* w = ::fdopen(fds[1], "w");
  ASSERT_NE(w, nullptr);
  std::string got;
  std::thread reader([&] {
    char buf[65536];
    for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;) got.append(buf, static_cast<std::size_t>(n));
  });
  const std::string text = lines(2 << 20);
  {
    FileSink sink(w, true);
    EXPECT_TRUE(sink.write(text));
    EXPECT_TRUE(sink.flush());
  }
  std::fclose(w);
  reader.join();
  ::close(fds[0]);
  EXPECT_EQ(got, text);
}

TEST(FileSink, AFullDiskIsAnErrorThatSticks) {
  std::FILE* f = std::fopen("/dev/full", "w");
  if (!f) GTEST_SKIP() << "/dev/full not available";
  FileSink sink(f, true);
  const std::string text = lines(2 << 20);
  const bool wrote = sink.write(text) && sink.flush();
  EXPECT_FALSE(wrote);
  EXPECT_FALSE(sink.ok());
  EXPECT_FALSE(sink.write("more"));
  std::fclose(f);
}
