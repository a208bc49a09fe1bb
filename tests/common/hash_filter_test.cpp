// HashFilter: the filter in front of the lexicon tables' slots.
#include "common/hash_filter.hpp"

#include <gtest/gtest.h>

#include <random>
#include <vector>

using namespace newskg;

TEST(HashFilter, EveryAddedHashPassesAndFewOthersDo) {
  std::mt19937_64 rng(11);
  for (const std::size_t slots : {std::size_t{16}, std::size_t{1024}, std::size_t{1} << 17}) {
    HashFilter f;
    f.reset(slots);
    std::vector<std::uint64_t> added;
    for (std::size_t i = 0; i < slots / 2; ++i) {  // a load of one half
      added.push_back(rng());
      f.add(added.back());
    }
    for (const std::uint64_t h : added) ASSERT_TRUE(f.passes(h)) << slots;
    std::size_t passed = 0;
    const std::size_t tries = 20000;
    for (std::size_t i = 0; i < tries; ++i) passed += f.passes(rng());
    // eight filter bits per key, two of them set: ~5% of other hashes pass
    EXPECT_LT(static_cast<double>(passed) / tries, 0.10) << slots << ": " << passed;
    // reset empties it
    f.reset(slots);
    std::size_t still = 0;
    for (const std::uint64_t h : added) still += f.passes(h);
    EXPECT_EQ(still, 0u) << slots;
  }
}

TEST(HashFilter, UsesTheHashBitsAboveTheSlotIndex) {
  // hashes that differ only in their low 20 bits (a slot index in a table of up to a million
  // slots) give the same filter answer: the filter adds what the slot index does not know
  HashFilter f;
  f.reset(1024);
  f.add(0xABCDEF0123456789ull);
  EXPECT_TRUE(f.passes(0xABCDEF0123456789ull ^ 0xFFFFFull));
  EXPECT_FALSE(f.passes(0xABCDEF0123456789ull ^ (0x3Full << 20)));  // other bits 20-25
}
