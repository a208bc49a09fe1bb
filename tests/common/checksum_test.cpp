// The checksum: the same value with the CPU's CRC32 instruction and without, and a different
// one for any change of a bit or of the length.
#include "common/checksum.hpp"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <string>

using newskg::checksum;
using newskg::checksum_portable;

TEST(Checksum, TheInstructionAndTheSoftwareAgree) {
  std::mt19937_64 rng(7);
  for (std::size_t n = 0; n < 300; ++n) {  // every tail length around the 24-byte rounds
    std::string s(n, '\0');
    for (char& c : s) c = static_cast<char>(rng());
    EXPECT_EQ(checksum(s), checksum_portable(s)) << n;
  }
  std::string big(1 << 20, '\0');
  for (char& c : big) c = static_cast<char>(rng());
  EXPECT_EQ(checksum(big), checksum_portable(big));
}

TEST(Checksum, EveryBitAndTheLengthCount) {
  std::string s(100, '\0');
  for (std::size_t i = 0; i < s.size(); ++i) s[i] = static_cast<char>(i * 37 + 11);
  std::set<std::uint64_t> seen{checksum(s)};
  for (std::size_t i = 0; i < s.size(); ++i)
    for (int bit = 0; bit < 8; ++bit) {
      std::string t = s;
      t[i] = static_cast<char>(t[i] ^ (1 << bit));
      EXPECT_TRUE(seen.insert(checksum(t)).second) << i << " " << bit;
    }
  // strings of zero bytes differ by their length alone
  for (std::size_t n = 0; n <= 64; ++n) EXPECT_TRUE(seen.insert(checksum(std::string(n, '\0'))).second) << n;
  // the same bytes in another order: words swapped between lanes and within one
  std::string swapped = s;
  std::swap_ranges(swapped.begin(), swapped.begin() + 8, swapped.begin() + 8);
  EXPECT_NE(checksum(swapped), checksum(s));
  std::string rotated = s;
  std::swap_ranges(rotated.begin(), rotated.begin() + 8, rotated.begin() + 24);
  EXPECT_NE(checksum(rotated), checksum(s));
}
