#pragma once
// Averaged perceptron over hashed features: the trainer (mutable, sparse) and the frozen weight
// table it produces (a flat byte layout, used in place from a mapped model file).
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.hpp"

namespace newskg::syntax {

/// A 64-bit finaliser (splitmix64): spreads the bits of `x`. Same value on every machine.
constexpr std::uint64_t mix64(std::uint64_t x) noexcept {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

/// A hash of bytes (FNV-1a, then mixed). Same value on every machine.
constexpr std::uint64_t hash_bytes(std::string_view s) noexcept {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  return mix64(h);
}

/// The key of a feature made of a template number and values (word hashes, tag numbers...).
/// Never 0 (0 marks an empty slot of a table).
constexpr std::uint64_t feature(std::uint64_t templ, std::uint64_t a, std::uint64_t b = 0,
                                std::uint64_t c = 0) noexcept {
  std::uint64_t h = mix64(templ * 0x9e3779b97f4a7c15ULL + a);
  h = mix64(h ^ (b + 0x632be59bd9b4e019ULL));
  h = mix64(h ^ (c + 0x8cb92ba72f3d8dd7ULL));
  return h ? h : 1;
}

/// The frozen weights of a trained perceptron: for each feature key, the classes it votes for
/// and their averaged weights. A view over bytes owned elsewhere (a mapped model file or a
/// string); immutable, so concurrent score() calls are safe.
class WeightTable {
 public:
  WeightTable() = default;
  /// Checks the layout of `bytes` (sizes, offsets, classes in range) and views it. The bytes
  /// must be 8-byte aligned and outlive the table.
  static Result<WeightTable> view(std::string_view bytes);
  /// Adds the weights of every feature in `keys` to `scores` (one per class).
  void score(std::span<const std::uint64_t> keys, float* scores) const noexcept;
  std::uint32_t classes() const noexcept { return classes_; }
  std::uint64_t features() const noexcept { return features_; }
  std::uint64_t entries() const noexcept { return entries_; }
  /// A record's count meaning "a weight for every class".
  static constexpr std::uint16_t kDense = 0xffff;
  /// A free slot's offset.
  static constexpr std::uint32_t kEmpty = 0xffffffffu;
  static constexpr std::uint32_t kMaxClasses = 1024;

 private:
  // Layout: header; slots (open addressing on the key's low bits, holding its high 32 bits and
  // where its record starts); then a stream of 16-bit values: a record is a count, that many
  // classes and that many weights, or kDense and a weight for every class. Weights are 16-bit
  // integers, times scale_: the sums are exact, and half the bytes of floats to fetch.
  struct Slot {
    std::uint32_t check;
    std::uint32_t offset;
  };
  const Slot* slots_ = nullptr;
  const std::uint16_t* stream_ = nullptr;
  std::uint64_t mask_ = 0;
  std::uint64_t features_ = 0;
  std::uint64_t entries_ = 0;
  std::uint32_t classes_ = 0;
  float scale_ = 1.0f;
  std::uint32_t prefetch_lines_ = 1;
  friend class PerceptronTrainer;
};

/// Trains an averaged perceptron (Collins 2002; averaging by time stamps as in Daumé's lazy
/// update). Sparse: each feature keeps only the classes it was ever updated for. Not thread-safe.
class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(std::uint32_t classes);
  std::uint32_t classes() const noexcept { return classes_; }
  /// Current (not averaged) weights of `keys`, added to `scores`.
  void score(std::span<const std::uint64_t> keys, float* scores) const;
  /// One training example seen: moves the clock (call once per example, updated or not).
  void tick() noexcept { ++clock_; }
  /// The example's features voted `guess` where `truth` was right: +1 truth, -1 guess.
  void update(std::span<const std::uint64_t> keys, std::uint32_t truth, std::uint32_t guess);
  /// The averaged weights as a WeightTable's bytes. Features updated fewer than `min_updates`
  /// times (seen in one wrong guess only: mostly noise, and most of a model's size) and weights
  /// below `min_weight` in magnitude are left out.
  std::string freeze(std::uint32_t min_updates = 1, float min_weight = 1e-3f) const;
  /// The same for several runs trained on the same data in different orders: their averaged
  /// weights averaged again (for a linear model, the same as adding up their scores: an
  /// ensemble at the cost of one model). All runs have the same classes.
  static std::string freeze_average(std::span<const PerceptronTrainer* const> runs, std::uint32_t min_updates = 1,
                                    float min_weight = 1e-3f);
  std::size_t features() const noexcept { return rows_.size(); }

 private:
  struct Entry {
    std::uint16_t cls;
    float weight;
    double total;  ///< sum of the weight over time, up to `stamp`
    std::uint64_t stamp;
  };
  std::uint32_t find(std::uint64_t key) const noexcept;  // row index or kNone
  std::uint32_t find_or_add(std::uint64_t key);
  void grow();
  static constexpr std::uint32_t kNone = 0xffffffffu;
  std::uint32_t classes_;
  std::uint64_t clock_ = 0;
  std::vector<std::uint64_t> keys_;   // open addressing; 0 = empty
  std::vector<std::uint32_t> index_;  // row of each slot
  std::vector<std::vector<Entry>> rows_;
  std::vector<std::uint32_t> updates_;  // per row
};

}  // namespace newskg::syntax
