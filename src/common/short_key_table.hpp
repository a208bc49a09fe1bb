#pragma once
// A hash table for short string keys (words) that keeps the keys inside its slots: a look-up is
// one hash of at most two 8-byte loads and one slot compare, with no pointer to follow and no
// memcmp. The per-token word-class look-up runs once for every word of every document.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "common/hash_filter.hpp"
#include "common/string_table.hpp"

namespace newskg {

/// Maps string keys to small values of type V (trivially copyable, at most 4 bytes). Keys of up
/// to kInline bytes live in the slot array with their value (24 bytes a slot; open addressing,
/// linear probing, load <= 3/4; a Block, viewed in a compiled lexicon's file when restored from
/// one): a look-up that finds its key reads one slot and nothing else. A HashFilter in front of
/// the slots answers most look-ups of absent keys. Longer keys go to a StringTable beside it.
/// Entries are never removed. Lookups on a const table are thread-safe; insertions are not.
template <typename V>
class ShortKeyTable {
  static_assert(std::is_trivially_copyable_v<V> && sizeof(V) <= 4, "values are kept inside 24-byte slots");

 public:
  static constexpr std::size_t kInline = 16;

  /// The value stored for `key`, inserting a default one first if absent.
  V& operator[](std::string_view key) {
    if (key.size() > kInline) return long_[key];
    const Key k = encode(key);
    if ((size_ + 1) * 4 > slots_.size() * 3) rehash(slots_.empty() ? 16 : slots_.size() * 2);
    const std::uint64_t h = hash(k);
    Slot* slots = slots_.mutable_data();
    std::size_t i = h & mask_;
    for (; slots[i].n1 != 0; i = (i + 1) & mask_)
      if (slots[i].holds(k)) return slots[i].value;
    slots[i] = Slot{k.a, k.b, k.n1, V{}};
    ++size_;
    filter_.add(h);
    return slots[i].value;
  }
  /// Makes room for `n` keys of up to kInline bytes without growing on the way.
  void reserve(std::size_t n) {
    std::size_t slots = 16;
    while (slots * 3 < n * 4) slots *= 2;
    if (slots > slots_.size()) rehash(slots);
  }
  // (always inlined: the per-token word-class look-up spent a tenth of its instructions on the call)
  [[gnu::always_inline]] const V* find(std::string_view key) const noexcept {
    if (key.size() > kInline) return long_.find(key);
    if (size_ == 0) return nullptr;
    const Key k = encode(key);
    const std::uint64_t h = hash(k);
    if (!filter_.passes(h)) return nullptr;
    const Slot* slots = slots_.data();
    for (std::size_t i = h & mask_; slots[i].n1 != 0; i = (i + 1) & mask_)
      if (slots[i].holds(k)) return &slots[i].value;
    return nullptr;
  }
  bool contains(std::string_view key) const noexcept { return find(key) != nullptr; }
  /// The filter's answer for a key of up to kInline bytes: false when it is certainly absent;
  /// true for every key present and for a few percent of the absent ones.
  bool might_contain(std::string_view key) const noexcept {
    return key.size() > kInline ? long_.might_contain(key) : size_ != 0 && filter_.passes(hash(encode(key)));
  }
  std::size_t size() const noexcept { return size_ + long_.size(); }
  /// As StringTable::consistent: slots, mask, count and filter fit together, a free slot is left.
  bool consistent() const noexcept {
    const std::size_t n = slots_.size();
    if (!long_.consistent()) return false;
    if (n == 0) return size_ == 0 && filter_.consistent(0);
    if ((n & (n - 1)) != 0 || mask_ != n - 1 || size_ >= n || !filter_.consistent(n)) return false;
    std::size_t used = 0;
    for (const Slot& sl : slots_) used += sl.n1 != 0;
    return used == size_;
  }

  /// Hands every data member to `archive`, as StringTable::visit does.
  template <class Self, class Archive>
  static void visit(Self& self, Archive& archive) {
    archive(self.slots_);
    archive(self.mask_);
    archive(self.size_);
    HashFilter::visit(self.filter_, archive);
    decltype(self.long_)::visit(self.long_, archive);
  }

 private:
  // A key of n <= 16 bytes as two words that, with n, determine it: the first and the last
  // eight bytes (overlapping when n < 16), or for shorter keys the same trick with four bytes
  // and with single bytes. Every load stays inside the key. `n1` is n + 1: 0 marks an empty slot.
  struct Key {
    std::uint64_t a = 0, b = 0;
    std::uint32_t n1 = 0;
  };
  static Key encode(std::string_view s) noexcept {
    const char* p = s.data();
    const std::size_t n = s.size();
    const auto n1 = static_cast<std::uint32_t>(n + 1);
    if (n >= 8) return {load64(p), load64(p + n - 8), n1};
    if (n >= 4) return {load32(p) | (load32(p + n - 4) << 32), 0, n1};
    if (n == 0) return {0, 0, n1};
    const auto byte = [&](std::size_t k) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[k])); };
    return {byte(0) | (byte(n >> 1) << 8) | (byte(n - 1) << 16), 0, n1};
  }
  static std::uint64_t hash(const Key& k) noexcept {
    std::uint64_t h = (k.a ^ (std::uint64_t{k.n1} << 59) ^ 0x9E3779B97F4A7C15ull) * 0xBF58476D1CE4E5B9ull;
    h = (h ^ (h >> 31) ^ k.b) * 0x94D049BB133111EBull;
    return h ^ (h >> 29);
  }
  // The key's words, its length and its value in one 24-byte slot.
  struct Slot {
    std::uint64_t a = 0, b = 0;
    std::uint32_t n1 = 0;  ///< 0: empty
    V value{};
    bool holds(const Key& k) const noexcept { return ((a ^ k.a) | (b ^ k.b) | (n1 ^ k.n1)) == 0; }
  };
  static_assert(sizeof(Slot) == 24);
  void rehash(std::size_t n) {
    const Block<Slot> old = std::move(slots_);
    slots_.assign(n, Slot{});
    filter_.reset(n);
    Slot* slots = slots_.mutable_data();
    mask_ = n - 1;
    for (const Slot& s : old) {
      if (s.n1 == 0) continue;
      const std::uint64_t h = hash(Key{s.a, s.b, s.n1});
      std::size_t i = h & mask_;
      while (slots[i].n1 != 0) i = (i + 1) & mask_;
      slots[i] = s;
      filter_.add(h);
    }
  }
  Block<Slot> slots_;  ///< viewed in a compiled lexicon's file when restored from one
  std::size_t mask_ = 0, size_ = 0;
  HashFilter filter_;
  StringTable<V> long_;
};

}  // namespace newskg
