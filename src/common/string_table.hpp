#pragma once
// A hash table keyed by strings and probed with string_views: the lexicon's word lists and
// gazetteers answer millions of lookups per corpus run, and std::unordered_map spent most of
// that time in std::string copies, a modulo per probe and pointer chasing.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newskg {

/// 64-bit hash of a byte string, eight bytes at a time (multiply-xorshift mixing; the last
/// bytes read with fixed-size overlapping loads, so nothing calls memcpy). Not cryptographic:
/// keys come from our own lexicon files.
inline std::uint64_t hash_bytes(std::string_view s) noexcept {
  constexpr std::uint64_t k1 = 0x9E3779B97F4A7C15ull, k2 = 0xBF58476D1CE4E5B9ull, k3 = 0x94D049BB133111EBull;
  const char* p = s.data();
  const std::size_t n = s.size();
  const auto load64 = [](const char* q) {
    std::uint64_t w;
    std::memcpy(&w, q, 8);
    return w;
  };
  const auto load32 = [](const char* q) {
    std::uint32_t w;
    std::memcpy(&w, q, 4);
    return static_cast<std::uint64_t>(w);
  };
  std::uint64_t h = k1 ^ (n * k2);
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    h = (h ^ (load64(p + i) * k2)) * k3;
    h ^= h >> 31;
  }
  const std::size_t left = n - i;
  if (left > 0) {
    std::uint64_t w;
    if (left >= 4) {
      w = (load32(p + i) << 32) | load32(p + n - 4);
    } else {
      const auto byte = [&](std::size_t k) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[i + k])); };
      w = (byte(0) << 16) | (byte(left >> 1) << 8) | byte(left - 1);
    }
    h = (h ^ (w * k2)) * k3;
  }
  h ^= h >> 32;
  h *= k1;
  return h ^ (h >> 29);
}

/// Maps std::string keys to values of type V; looked up with std::string_view without building
/// a string. Open addressing with linear probing over a power-of-two slot array (load <= 1/2);
/// entries are kept in insertion order and are never removed. The first insertion of a key wins.
/// Lookups on a const table are thread-safe; insertions are not.
template <typename V>
class StringTable {
 public:
  /// Inserts (key, value) unless the key is present. Returns the stored value and whether it
  /// was inserted.
  std::pair<V*, bool> emplace(std::string key, V value = V{}) {
    if ((entries_.size() + 1) * 2 > slots_.size()) grow();
    const std::uint64_t h = hash_bytes(key);
    std::size_t i = h & mask_;
    for (; slots_[i].index != 0; i = (i + 1) & mask_) {
      Entry& e = entries_[slots_[i].index - 1];
      if (slots_[i].tag == tag_of(h) && e.first == key) return {&e.second, false};
    }
    entries_.emplace_back(std::move(key), std::move(value));
    slots_[i] = Slot{tag_of(h), static_cast<std::uint32_t>(entries_.size())};
    return {&entries_.back().second, true};
  }
  /// Makes room for `n` entries without growing on the way.
  void reserve(std::size_t n) {
    entries_.reserve(n);
    std::size_t slots = 16;
    while (slots < 2 * n) slots *= 2;
    if (slots > slots_.size()) rehash(slots);
  }
  /// The value stored for `key`, inserting a default one first if absent.
  V& operator[](std::string_view key) {
    if (V* v = find(key)) return *v;
    return *emplace(std::string(key)).first;
  }
  const V* find(std::string_view key) const noexcept {
    if (entries_.empty()) return nullptr;
    const std::uint64_t h = hash_bytes(key);
    for (std::size_t i = h & mask_; slots_[i].index != 0; i = (i + 1) & mask_) {
      const Entry& e = entries_[slots_[i].index - 1];
      if (slots_[i].tag == tag_of(h) && e.first == key) return &e.second;
    }
    return nullptr;
  }
  V* find(std::string_view key) noexcept { return const_cast<V*>(std::as_const(*this).find(key)); }
  bool contains(std::string_view key) const noexcept { return find(key) != nullptr; }
  std::size_t size() const noexcept { return entries_.size(); }
  bool empty() const noexcept { return entries_.empty(); }

  using Entry = std::pair<std::string, V>;
  /// Every entry, in insertion order.
  typename std::vector<Entry>::const_iterator begin() const noexcept { return entries_.begin(); }
  typename std::vector<Entry>::const_iterator end() const noexcept { return entries_.end(); }

 private:
  struct Slot {
    std::uint32_t tag = 0;    ///< high bits of the key's hash: most mismatches end here
    std::uint32_t index = 0;  ///< entry index + 1; 0 = empty
  };
  static std::uint32_t tag_of(std::uint64_t h) noexcept { return static_cast<std::uint32_t>(h >> 32); }
  void grow() { rehash(slots_.empty() ? 16 : slots_.size() * 2); }
  void rehash(std::size_t n) {
    slots_.assign(n, Slot{});
    mask_ = n - 1;
    for (std::size_t k = 0; k < entries_.size(); ++k) {
      const std::uint64_t h = hash_bytes(entries_[k].first);
      std::size_t i = h & mask_;
      while (slots_[i].index != 0) i = (i + 1) & mask_;
      slots_[i] = Slot{tag_of(h), static_cast<std::uint32_t>(k + 1)};
    }
  }
  std::vector<Entry> entries_;
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
};

/// A set of strings with the same properties (values are empty).
class StringSet {
 public:
  void reserve(std::size_t n) { table_.reserve(n); }
  bool insert(std::string key) { return table_.emplace(std::move(key)).second; }
  bool contains(std::string_view key) const noexcept { return table_.contains(key); }
  std::size_t size() const noexcept { return table_.size(); }
  /// Calls f(key) for every key, in insertion order.
  template <typename F>
  void for_each(F f) const {
    for (const auto& e : table_) f(std::string_view(e.first));
  }

 private:
  struct Nothing {};
  StringTable<Nothing> table_;
};

}  // namespace newskg
