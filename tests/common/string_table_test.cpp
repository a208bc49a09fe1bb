// StringTable / StringSet: the lexicon's hash tables.
#include "common/string_table.hpp"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>

using namespace newskg;

TEST(StringTable, FirstInsertionWinsAndLookupsTakeViews) {
  StringTable<int> t;
  EXPECT_TRUE(t.empty());
  EXPECT_EQ(t.find("x"), nullptr);
  EXPECT_TRUE(t.emplace("alpha", 1).second);
  EXPECT_FALSE(t.emplace("alpha", 2).second);
  const std::string text = "xx alpha yy";
  const int* v = t.find(std::string_view(text).substr(3, 5));
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(*v, 1);
  EXPECT_FALSE(t.contains("alph"));
  EXPECT_FALSE(t.contains("alphab"));
  EXPECT_TRUE(t.emplace("", 7).second);  // the empty key is a key like any other
  EXPECT_EQ(*t.find(""), 7);
  t["beta"] += 5;
  t["beta"] += 5;
  EXPECT_EQ(*t.find("beta"), 10);
  EXPECT_EQ(t.size(), 3u);
}

TEST(StringTable, AgreesWithStdMapThroughGrowth) {
  // keys of every length around the 8-byte blocks the hash reads, many sharing prefixes
  std::mt19937 rng(42);
  std::map<std::string, int> reference;
  StringTable<int> t;
  for (int i = 0; i < 20000; ++i) {
    std::string k(rng() % 20, 'a');
    for (char& c : k) c = static_cast<char>('a' + rng() % 3);
    const bool fresh = reference.emplace(k, i).second;
    EXPECT_EQ(t.emplace(k, i).second, fresh) << k;
  }
  ASSERT_EQ(t.size(), reference.size());
  for (const auto& [k, v] : reference) {
    const int* got = t.find(k);
    ASSERT_NE(got, nullptr) << k;
    EXPECT_EQ(*got, v) << k;
    EXPECT_FALSE(t.contains(k + "z")) << k;
  }
  // iteration visits every entry once, in insertion order
  std::size_t n = 0;
  int last = -1;
  for (const auto& [k, v] : t) {
    EXPECT_GT(v, last);
    last = v;
    ++n;
  }
  EXPECT_EQ(n, reference.size());
}

TEST(StringTable, FilterPassesEveryKeyAndStopsMostAbsentOnes) {
  // at every size on the way (the filter is rebuilt when the slots grow, and reserved tables
  // start with a large one)
  StringTable<int> t, reserved;
  reserved.reserve(30000);
  EXPECT_FALSE(t.might_contain("x"));
  std::size_t passed = 0, absent = 0;
  for (int i = 0; i < 30000; ++i) {
    const std::string k = "key " + std::to_string(i);
    t.emplace(k, i);
    reserved.emplace(k, i);
    if (i % 1000 != 999) continue;
    for (int j = 0; j <= i; j += 97) {
      const std::string present = "key " + std::to_string(j);
      ASSERT_TRUE(t.might_contain(present)) << present;
      ASSERT_TRUE(reserved.might_contain(present)) << present;
      const std::string missing = "absent " + std::to_string(j);
      ++absent;
      passed += t.might_contain(missing);
      EXPECT_FALSE(t.contains(missing));
    }
  }
  // two bits of 64 per key at four filter bits per slot and a load of 0.3-0.6: ~2-7% pass
  EXPECT_LT(static_cast<double>(passed) / static_cast<double>(absent), 0.10) << passed << " of " << absent;
  EXPECT_GT(absent, 4000u);
}

TEST(StringTable, ReserveKeepsWhatIsThereAndMakesRoom) {
  StringTable<int> t;
  t.emplace("before", 1);
  t.reserve(5000);
  for (int i = 0; i < 5000; ++i) t.emplace("k" + std::to_string(i), i);
  t.reserve(10);  // never shrinks
  ASSERT_NE(t.find("before"), nullptr);
  EXPECT_EQ(*t.find("before"), 1);
  for (int i = 0; i < 5000; i += 7) {
    ASSERT_NE(t.find("k" + std::to_string(i)), nullptr) << i;
    EXPECT_EQ(*t.find("k" + std::to_string(i)), i);
  }
  EXPECT_EQ(t.size(), 5001u);
}

TEST(StringTable, KeysWithNulAndHighBytes) {
  StringSet s;
  const std::string a("a\0b", 3), b("a\0c", 3);
  EXPECT_TRUE(s.insert(a));
  EXPECT_TRUE(s.contains(a));
  EXPECT_FALSE(s.contains(b));
  EXPECT_FALSE(s.contains("a"));
  EXPECT_TRUE(s.insert("caf\xC3\xA9"));
  EXPECT_FALSE(s.insert("caf\xC3\xA9"));
  EXPECT_TRUE(s.contains("caf\xC3\xA9"));
  EXPECT_EQ(s.size(), 2u);
  EXPECT_NE(hash_bytes("abcdefgh"), hash_bytes("abcdefgi"));
  EXPECT_NE(hash_bytes("abcdefgh1"), hash_bytes("abcdefgh2"));
  EXPECT_NE(hash_bytes(""), hash_bytes(std::string(1, '\0')));
}

TEST(StringTable, KeysAreCopiedIntoTheTableAndIteratedAsViews) {
  StringTable<std::string> t;
  t.reserve(2, 10);
  std::string buffer = "alpha beta";
  t.emplace(std::string_view(buffer).substr(0, 5), "A");
  t.emplace(std::string_view(buffer).substr(6), "B");
  t.emplace("gamma-long-enough-to-leave-the-reserved-key-bytes", "C");  // the key buffer grows
  buffer.assign("xxxxx xxxx");                                          // the table holds its own copies
  ASSERT_NE(t.find("alpha"), nullptr);
  EXPECT_EQ(*t.find("alpha"), "A");
  EXPECT_EQ(*t.find("beta"), "B");
  EXPECT_FALSE(t.contains("xxxxx"));
  std::vector<std::pair<std::string, std::string>> seen;
  for (const auto& [k, v] : t) seen.emplace_back(std::string(k), v);
  EXPECT_EQ(seen, (std::vector<std::pair<std::string, std::string>>{
                      {"alpha", "A"}, {"beta", "B"}, {"gamma-long-enough-to-leave-the-reserved-key-bytes", "C"}}));
}

TEST(StringTable, EqualBytesAgreesWithStringComparisonAtEveryLength) {
  // every length up to 40, the strings differing in one byte at every position or not at all
  for (std::size_t n = 0; n <= 40; ++n) {
    const std::string a(n, 'x');
    EXPECT_TRUE(equal_bytes(a, std::string(n, 'x'))) << n;
    EXPECT_FALSE(equal_bytes(a, std::string(n + 1, 'x'))) << n;
    for (std::size_t k = 0; k < n; ++k) {
      std::string b = a;
      b[k] = 'y';
      EXPECT_FALSE(equal_bytes(a, b)) << n << " " << k;
      b[k] = '\0';
      EXPECT_FALSE(equal_bytes(a, b)) << n << " " << k;
    }
  }
  const std::string text = "abcdefghij-abcdefghij";
  EXPECT_TRUE(equal_bytes(std::string_view(text).substr(0, 10), std::string_view(text).substr(11, 10)));
}

TEST(StringTable, CopiesAreIndependentAndMutableLookupsChangeOnlyTheirTable) {
  newskg::StringTable<int> a;
  for (int i = 0; i < 300; ++i) a.emplace("k" + std::to_string(i), i);
  newskg::StringTable<int> b = a;
  *b.find("k7") = -7;
  b.emplace("new", 1);
  EXPECT_EQ(*a.find("k7"), 7);
  EXPECT_EQ(*b.find("k7"), -7);
  EXPECT_FALSE(a.contains("new"));
  EXPECT_TRUE(b.contains("new"));
  EXPECT_EQ(a.size(), 300u);
  EXPECT_EQ(b.size(), 301u);
  std::size_t n = 0;
  for (const auto& [key, value] : b) {
    EXPECT_EQ(*b.find(key), value);
    ++n;
  }
  EXPECT_EQ(n, 301u);
}
