// FileSink: every byte arrives, with and without early writeback, and errors stick.
#include "export/sink.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

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
