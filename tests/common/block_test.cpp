// Block: owned or viewed plain values, read alike; a change never writes the viewed memory.
#include "common/block.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

using newskg::Block;

TEST(Block, OwnsWhatIsPushedAndReadsItBack) {
  Block<int> b;
  EXPECT_TRUE(b.empty());
  EXPECT_FALSE(b.viewing());
  for (int i = 0; i < 1000; ++i) b.push_back(i * 3);  // through several reallocations
  ASSERT_EQ(b.size(), 1000u);
  for (int i = 0; i < 1000; ++i) EXPECT_EQ(b[static_cast<std::size_t>(i)], i * 3);
  const int more[] = {7, 8};
  b.append(more, 2);
  EXPECT_EQ(b.size(), 1002u);
  EXPECT_EQ(b[1001], 8);
  b.assign(4, 5);
  EXPECT_EQ(std::vector<int>(b.begin(), b.end()), (std::vector<int>{5, 5, 5, 5}));
  EXPECT_FALSE(b.viewing());
}

TEST(Block, ViewsWithoutCopyingAndCopiesBeforeAnyChange) {
  const std::uint32_t outside[] = {10, 20, 30};
  Block<std::uint32_t> b;
  b.view(outside, 3);
  EXPECT_TRUE(b.viewing());
  EXPECT_EQ(b.data(), outside);  // the very memory, not a copy
  EXPECT_EQ(b.size(), 3u);
  // a copy views the same memory; so does a moved-to block
  Block<std::uint32_t> copy = b;
  EXPECT_EQ(copy.data(), outside);
  Block<std::uint32_t> moved = std::move(copy);
  EXPECT_EQ(moved.data(), outside);
  // each kind of change takes the elements into owned memory first
  moved.push_back(40);
  EXPECT_FALSE(moved.viewing());
  EXPECT_EQ(std::vector<std::uint32_t>(moved.begin(), moved.end()), (std::vector<std::uint32_t>{10, 20, 30, 40}));
  Block<std::uint32_t> edited = b;
  edited.mutable_data()[1] = 99;
  EXPECT_EQ(edited[1], 99u);
  Block<std::uint32_t> grown = b;
  grown.resize(5)[4] = 50;
  EXPECT_EQ(std::vector<std::uint32_t>(grown.begin(), grown.end()), (std::vector<std::uint32_t>{10, 20, 30, 0, 50}));
  Block<std::uint32_t> reserved = b;
  reserved.reserve(100);
  EXPECT_FALSE(reserved.viewing());
  EXPECT_EQ(reserved[2], 30u);
  // the viewed memory is as it was, and so is the block that views it
  EXPECT_EQ(outside[1], 20u);
  EXPECT_TRUE(b.viewing());
  EXPECT_EQ(b[1], 20u);
}

TEST(Block, AppendsItsOwnElements) {
  Block<char> b;
  b.append("abcdefgh", 8);
  for (int round = 0; round < 6; ++round) b.append(b.data() + 2, 5);  // through reallocations
  std::string expected = "abcdefgh";
  for (int round = 0; round < 6; ++round) expected += expected.substr(2, 5);
  EXPECT_EQ(std::string(b.begin(), b.end()), expected);
  const char outside[] = "xyz";
  Block<char> viewing;
  viewing.view(outside, 3);
  viewing.append(viewing.data() + 1, 2);  // from the viewed memory, which stays as it was
  EXPECT_EQ(std::string(viewing.begin(), viewing.end()), "xyzyz");
  EXPECT_EQ(std::string(outside), "xyz");
}

TEST(Block, CopiesOfOwnedBlocksAreIndependent) {
  Block<char> a;
  a.append("abc", 3);
  Block<char> b = a;
  EXPECT_NE(b.data(), a.data());
  b.mutable_data()[0] = 'x';
  EXPECT_EQ(a[0], 'a');
  a = b;
  EXPECT_EQ(a[0], 'x');
  EXPECT_NE(a.data(), b.data());
  Block<char> empty_view;
  empty_view.view(nullptr, 0);
  EXPECT_TRUE(empty_view.empty());
  empty_view.push_back('q');
  EXPECT_EQ(empty_view[0], 'q');
}
