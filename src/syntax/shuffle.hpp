#pragma once
// Seeded shuffling that gives the same order on every machine (std::shuffle's algorithm is the
// library's choice).
#include <cstdint>
#include <utility>
#include <vector>

namespace newskg::syntax {

/// splitmix64: a small, fast, well-mixed generator. Value type; not thread-safe.
class SplitMix {
 public:
  explicit SplitMix(std::uint64_t seed) : s_(seed) {}
  std::uint64_t next() noexcept {
    std::uint64_t z = (s_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  /// Uniform in [0, n) (n > 0; the tiny modulo bias does not matter here).
  std::uint64_t below(std::uint64_t n) noexcept { return next() % n; }

 private:
  std::uint64_t s_;
};

/// Fisher-Yates with `rng`.
template <class T>
void shuffle(std::vector<T>& v, SplitMix& rng) {
  for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[rng.below(i)]);
}

}  // namespace newskg::syntax
