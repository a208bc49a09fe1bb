// ShortKeyTable: words kept inside the slots, longer keys beside them.
#include "common/short_key_table.hpp"

#include <gtest/gtest.h>

#include <map>
#include <random>

using namespace newskg;

TEST(ShortKeyTable, KeysThatShareTheirFirstAndLastBytesStayApart) {
  // the inline key is the first and last 8 (or 4, or single) bytes plus the length: these pairs
  // agree in those bytes and differ only in length or in the middle
  ShortKeyTable<int> t;
  const std::string keys[] = {"aaaaaaaa",
                              "aaaaaaaaa",
                              "aaaaaaaaaaaaaaaa",
                              "aaaa",
                              "aaaaa",
                              "aaaaaaa",
                              "a",
                              "aa",
                              "aaa",
                              "",
                              "aba",
                              "abcXefgh",
                              "abcYefgh",
                              std::string("a\0b", 3),
                              std::string("a\0\0b", 4),
                              "abcdefghijklmnop",
                              "abcdefghijklmnopq"};
  int v = 0;
  for (const auto& k : keys) t[k] = ++v;
  v = 0;
  for (const auto& k : keys) {
    ASSERT_NE(t.find(k), nullptr) << k;
    EXPECT_EQ(*t.find(k), ++v) << k;
  }
  EXPECT_EQ(t.size(), std::size(keys));
  EXPECT_EQ(t.find("aaaaaaaaaa"), nullptr);
  EXPECT_EQ(t.find("ab"), nullptr);
  EXPECT_EQ(t.find("abcZefgh"), nullptr);
  EXPECT_FALSE(t.contains("abcdefghijklmnopqr"));  // a long key, not stored
}

TEST(ShortKeyTable, LookupsTakeViewsIntoLongerText) {
  ShortKeyTable<std::uint16_t> t;
  t["the"] |= 1;
  t["the"] |= 4;
  const std::string text = "in the end";
  const std::uint16_t* c = t.find(std::string_view(text).substr(3, 3));
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(*c, 5);
  EXPECT_EQ(t.find(std::string_view(text).substr(3, 4)), nullptr);
  const ShortKeyTable<std::uint16_t> empty;
  EXPECT_EQ(empty.find("the"), nullptr);
}

TEST(ShortKeyTable, AgreesWithStdMapThroughGrowth) {
  // keys of every length around the 4-, 8- and 16-byte boundaries, from a small alphabet so that
  // many share prefixes and suffixes
  std::mt19937 rng(7);
  std::map<std::string, int> reference;
  ShortKeyTable<int> t;
  for (int i = 0; i < 20000; ++i) {
    std::string k(rng() % 22, 'a');
    for (char& c : k) c = static_cast<char>('a' + rng() % 3);
    reference[k] += i;
    t[k] += i;
  }
  EXPECT_EQ(t.size(), reference.size());
  for (const auto& [k, v] : reference) {
    ASSERT_NE(t.find(k), nullptr) << k;
    EXPECT_EQ(*t.find(k), v) << k;
  }
  for (int i = 0; i < 2000; ++i) {
    std::string k(rng() % 22, 'a');
    for (char& c : k) c = static_cast<char>('a' + rng() % 4);
    EXPECT_EQ(t.contains(k), reference.count(k) > 0) << k;
  }
}

TEST(ShortKeyTable, FilterPassesEveryKeyAndStopsMostAbsentOnes) {
  // grown one key at a time and reserved up front: the filter is rebuilt whenever the slots are
  ShortKeyTable<std::uint8_t> t, reserved;
  reserved.reserve(40000);
  EXPECT_FALSE(t.might_contain("x"));
  std::size_t passed = 0, absent = 0;
  for (int i = 0; i < 40000; ++i) {
    const std::string k = "w" + std::to_string(i * 7919);
    t[k] = 1;
    reserved[k] = 2;
    if (i % 1000 != 999) continue;
    for (int j = 0; j <= i; j += 89) {
      const std::string present = "w" + std::to_string(j * 7919);
      ASSERT_TRUE(t.might_contain(present)) << present;
      ASSERT_TRUE(reserved.might_contain(present)) << present;
      ASSERT_NE(reserved.find(present), nullptr);
      EXPECT_EQ(*reserved.find(present), 2);
      const std::string missing = "x" + std::to_string(j);
      ++absent;
      passed += t.might_contain(missing);
      EXPECT_FALSE(t.contains(missing));
    }
  }
  EXPECT_LT(static_cast<double>(passed) / static_cast<double>(absent), 0.10) << passed << " of " << absent;
  EXPECT_GT(absent, 8000u);
  EXPECT_EQ(t.size(), 40000u);
  // keys longer than the slots hold live beside them, and are filtered there
  t["a key longer than sixteen bytes"] = 3;
  EXPECT_TRUE(t.might_contain("a key longer than sixteen bytes"));
  EXPECT_EQ(*t.find("a key longer than sixteen bytes"), 3);
  EXPECT_EQ(t.size(), 40001u);
}
