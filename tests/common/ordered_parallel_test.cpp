// for_each_in_order: results consumed in order whatever the threads, bounded memory, errors.
#include "common/ordered_parallel.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace newskg;

namespace {

// Parts that take uneven times, so that later ones often finish first.
std::string slow_part(std::size_t i) {
  std::this_thread::sleep_for(std::chrono::microseconds((i * 7919) % 13 * 50));
  return "part " + std::to_string(i);
}

}  // namespace

TEST(OrderedParallel, ConsumesInOrderWhateverTheThreads) {
  for (unsigned threads : {1u, 2u, 3u, 8u}) {
    std::vector<std::string> got;
    Status st = for_each_in_order<std::string>(
        100, threads, 4, [](std::size_t i) { return slow_part(i); },
        [&](std::size_t i, std::string&& s) {
          EXPECT_EQ(i, got.size());
          got.push_back(std::move(s));
          return Status{};
        });
    ASSERT_TRUE(st.ok()) << threads;
    ASSERT_EQ(got.size(), 100u);
    for (std::size_t i = 0; i < got.size(); ++i) EXPECT_EQ(got[i], "part " + std::to_string(i)) << threads;
  }
  // nothing to do is no error
  EXPECT_TRUE(for_each_in_order<int>(
                  0, 4, 4, [](std::size_t) { return 1; }, [](std::size_t, int) { return Status{}; })
                  .ok());
}

TEST(OrderedParallel, AtMostWindowResultsWaitToBeConsumed) {
  std::atomic<int> started{0}, consumed{0}, most_ahead{0};
  Status st = for_each_in_order<int>(
      200, 4, 6,
      [&](std::size_t i) {
        const int ahead = ++started - consumed;
        for (int m = most_ahead; ahead > m && !most_ahead.compare_exchange_weak(m, ahead);) {
        }
        return static_cast<int>(i);
      },
      [&](std::size_t, int) {
        std::this_thread::sleep_for(std::chrono::microseconds(100));  // a slow consumer
        ++consumed;
        return Status{};
      });
  ASSERT_TRUE(st.ok());
  EXPECT_LE(most_ahead.load(), 6);
  EXPECT_EQ(consumed.load(), 200);
}

TEST(OrderedParallel, StopsAtTheFirstErrorInPartOrder) {
  for (unsigned threads : {1u, 3u}) {
    std::vector<std::size_t> got;
    Status st = for_each_in_order<int>(
        50, threads, 8,
        [](std::size_t i) -> Result<int> {
          if (i == 20 || i == 30) return make_error(ErrorKind::Output, "part " + std::to_string(i) + " failed");
          if (i == 25) throw std::runtime_error("thrown");
          return static_cast<int>(i);
        },
        [&](std::size_t i, int) {
          got.push_back(i);
          return Status{};
        });
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().message, "part 20 failed") << threads;
    EXPECT_EQ(got.size(), 20u) << threads;
  }
  // a consumer's error stops it too; an exception in produce becomes an internal error
  Status consumer = for_each_in_order<int>(
      50, 3, 8, [](std::size_t i) { return static_cast<int>(i); },
      [](std::size_t i, int) { return i == 10 ? Status(make_error(ErrorKind::Output, "disk full")) : Status{}; });
  ASSERT_FALSE(consumer.ok());
  EXPECT_EQ(consumer.error().message, "disk full");
  Status thrown = for_each_in_order<int>(
      10, 2, 4,
      [](std::size_t i) -> Result<int> {
        if (i == 3) throw std::runtime_error("bad part");
        return 0;
      },
      [](std::size_t, int) { return Status{}; });
  ASSERT_FALSE(thrown.ok());
  EXPECT_EQ(thrown.error().kind, ErrorKind::Internal);
  EXPECT_EQ(thrown.error().message, "bad part");
}
