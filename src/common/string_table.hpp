#pragma once
// A hash table keyed by strings and probed with string_views: the lexicon's word lists and
// gazetteers answer millions of lookups per corpus run, and std::unordered_map spent most of
// that time in std::string copies, a modulo per probe and pointer chasing.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "common/block.hpp"
#include "common/hash_filter.hpp"

namespace newskg {

/// Unaligned loads of 8 and 4 bytes (memcpy of a fixed size compiles to one instruction): the
/// hash, the comparison and ShortKeyTable read keys through these.
inline std::uint64_t load64(const char* p) noexcept {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}
inline std::uint64_t load32(const char* p) noexcept {
  std::uint32_t w;
  std::memcpy(&w, p, 4);
  return w;
}

/// 64-bit hash of a byte string, eight bytes at a time (multiply-xorshift mixing; the last
/// bytes read with fixed-size overlapping loads, so nothing calls memcpy). Not cryptographic:
/// keys come from our own lexicon files.
inline std::uint64_t hash_bytes(std::string_view s) noexcept {
  constexpr std::uint64_t k1 = 0x9E3779B97F4A7C15ull, k2 = 0xBF58476D1CE4E5B9ull, k3 = 0x94D049BB133111EBull;
  const char* p = s.data();
  const std::size_t n = s.size();
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

/// a == b for byte strings; keys of up to 16 bytes (nearly every word and name) compared with at
/// most four overlapping loads instead of a call to memcmp.
inline bool equal_bytes(std::string_view a, std::string_view b) noexcept {
  const std::size_t n = a.size();
  if (n != b.size()) return false;
  const char *p = a.data(), *q = b.data();
  if (n >= 8 && n <= 16) return ((load64(p) ^ load64(q)) | (load64(p + n - 8) ^ load64(q + n - 8))) == 0;
  if (n >= 4 && n < 8) return ((load32(p) ^ load32(q)) | (load32(p + n - 4) ^ load32(q + n - 4))) == 0;
  if (n < 4) return n == 0 || (p[0] == q[0] && p[n >> 1] == q[n >> 1] && p[n - 1] == q[n - 1]);
  return std::memcmp(p, q, n) == 0;
}

/// Maps string keys to values of type V; looked up with std::string_view without building a
/// string. Open addressing with linear probing over a power-of-two slot array (load <= 0.6); the
/// keys are kept back to back in one buffer (no allocation per key: a 68 000-word list loads in a
/// few milliseconds) and entries in insertion order; nothing is ever removed. The first insertion
/// of a key wins. A HashFilter in front of the slots answers most look-ups of absent keys (nine in
/// ten gazetteer look-ups are for words that are no place). Keys, slots and (when V is trivially
/// copyable) values are Blocks: a table restored from a compiled lexicon views them in the mapped
/// file (see visit). Lookups on a const table are thread-safe; insertions are not.
template <typename V>
class StringTable {
  struct KeyRef {
    std::uint32_t at = 0, size = 0;  ///< the key is keys_[at, at + size)
  };
  using Values = std::conditional_t<std::is_trivially_copyable_v<V>, Block<V>, std::vector<V>>;

 public:
  /// Inserts (key, value) unless the key is present. Returns the stored value and whether it
  /// was inserted.
  std::pair<V*, bool> emplace(std::string_view key, V value = V{}) {
    if ((refs_.size() + 1) * 5 > slots_.size() * 3) grow();
    const std::uint64_t h = hash_bytes(key);
    std::size_t i = h & mask_;
    for (; slots_[i].index != 0; i = (i + 1) & mask_) {
      const std::size_t k = slots_[i].index - 1;
      if (slots_[i].tag == tag_of(h) && equal_bytes(key_of(k), key)) return {&value_at(k), false};
    }
    const auto at = static_cast<std::uint32_t>(keys_.size());
    keys_.append(key.data(), key.size());
    refs_.push_back(KeyRef{at, static_cast<std::uint32_t>(key.size())});
    values_.push_back(std::move(value));
    slots_.mutable_data()[i] = Slot{tag_of(h), static_cast<std::uint32_t>(refs_.size())};
    filter_.add(h);
    return {&value_at(refs_.size() - 1), true};
  }
  /// Makes room for `n` entries (of `key_bytes` bytes in all) without growing on the way.
  void reserve(std::size_t n, std::size_t key_bytes = 0) {
    refs_.reserve(n);
    values_.reserve(n);
    keys_.reserve(key_bytes);
    std::size_t slots = 16;
    while (slots * 3 < n * 5) slots *= 2;
    if (slots > slots_.size()) rehash(slots);
  }
  /// The value stored for `key`, inserting a default one first if absent.
  V& operator[](std::string_view key) { return *emplace(key).first; }
  const V* find(std::string_view key) const noexcept {
    if (refs_.empty()) return nullptr;
    const std::uint64_t h = hash_bytes(key);
    if (!filter_.passes(h)) return nullptr;
    const Slot* slots = slots_.data();
    for (std::size_t i = h & mask_; slots[i].index != 0; i = (i + 1) & mask_) {
      const std::size_t k = slots[i].index - 1;
      if (slots[i].tag == tag_of(h) && equal_bytes(key_of(k), key)) return &values_[k];
    }
    return nullptr;
  }
  /// As find, for changing the value (a table viewing its values takes its own copy first).
  V* find(std::string_view key) {
    const V* v = std::as_const(*this).find(key);
    return v ? &value_at(static_cast<std::size_t>(v - &values_[0])) : nullptr;
  }
  bool contains(std::string_view key) const noexcept { return find(key) != nullptr; }
  /// The filter's answer: false when `key` is certainly absent; true for every key present and
  /// for a few percent of the absent ones.
  bool might_contain(std::string_view key) const noexcept { return !refs_.empty() && filter_.passes(hash_bytes(key)); }
  std::size_t size() const noexcept { return refs_.size(); }
  bool empty() const noexcept { return refs_.empty(); }

  /// Walks the entries in insertion order as (key, value) pairs.
  class const_iterator {
   public:
    std::pair<std::string_view, const V&> operator*() const { return {table_->key_of(k_), table_->values_[k_]}; }
    const_iterator& operator++() {
      ++k_;
      return *this;
    }
    bool operator==(const const_iterator& o) const { return k_ == o.k_; }

   private:
    friend class StringTable;
    const_iterator(const StringTable* t, std::size_t k) : table_(t), k_(k) {}
    const StringTable* table_;
    std::size_t k_;
  };
  const_iterator begin() const noexcept { return {this, 0}; }
  const_iterator end() const noexcept { return {this, refs_.size()}; }

  /// True when the members fit together: every key within the key bytes, every slot naming an
  /// entry, a free slot left, mask and filter sized to the slots. A table restored from a file
  /// is checked before use, so that a damaged file means "rebuild", never a read out of bounds.
  bool consistent() const noexcept {
    const std::size_t n = slots_.size();
    if (values_.size() != refs_.size()) return false;
    if (n == 0) return refs_.empty() && filter_.consistent(0);
    if ((n & (n - 1)) != 0 || mask_ != n - 1 || refs_.size() >= n || !filter_.consistent(n)) return false;
    for (const KeyRef& r : refs_)
      if (std::uint64_t{r.at} + r.size > keys_.size()) return false;
    std::size_t used = 0;
    for (const Slot& sl : slots_) {
      if (sl.index > refs_.size()) return false;
      used += sl.index != 0;
    }
    return used == refs_.size();
  }

  /// Hands every data member to `archive` (the key bytes, key references, slots and, when they
  /// are plain, values as Blocks; other values one by one), in a fixed order, on a const table to
  /// save it and on a table to restore it (the lexicon cache); a restored table must come from
  /// the same program, as saved.
  template <class Self, class Archive>
  static void visit(Self& self, Archive& archive) {
    archive(self.keys_);
    archive(self.refs_);
    archive(self.values_);
    archive(self.slots_);
    archive(self.mask_);
    HashFilter::visit(self.filter_, archive);
  }

 private:
  struct Slot {
    std::uint32_t tag = 0;    ///< high bits of the key's hash: most mismatches end here
    std::uint32_t index = 0;  ///< entry index + 1; 0 = empty
  };
  static std::uint32_t tag_of(std::uint64_t h) noexcept { return static_cast<std::uint32_t>(h >> 32); }
  std::string_view key_of(std::size_t k) const noexcept {
    const KeyRef r = refs_[k];
    return {keys_.data() + r.at, r.size};
  }
  V& value_at(std::size_t k) {
    if constexpr (std::is_trivially_copyable_v<V>)
      return values_.mutable_data()[k];
    else
      return values_[k];
  }
  void grow() { rehash(slots_.empty() ? 16 : slots_.size() * 2); }
  void rehash(std::size_t n) {
    slots_.assign(n, Slot{});
    filter_.reset(n);
    Slot* slots = slots_.mutable_data();
    mask_ = n - 1;
    for (std::size_t k = 0; k < refs_.size(); ++k) {
      const std::uint64_t h = hash_bytes(key_of(k));
      std::size_t i = h & mask_;
      while (slots[i].index != 0) i = (i + 1) & mask_;
      slots[i] = Slot{tag_of(h), static_cast<std::uint32_t>(k + 1)};
      filter_.add(h);
    }
  }
  Block<char> keys_;
  Block<KeyRef> refs_;
  Values values_;
  Block<Slot> slots_;
  std::size_t mask_ = 0;
  HashFilter filter_;
};

/// A set of strings with the same properties (values are empty).
class StringSet {
 public:
  void reserve(std::size_t n, std::size_t key_bytes = 0) { table_.reserve(n, key_bytes); }
  bool insert(std::string_view key) { return table_.emplace(key).second; }
  bool contains(std::string_view key) const noexcept { return table_.contains(key); }
  std::size_t size() const noexcept { return table_.size(); }
  bool consistent() const noexcept { return table_.consistent(); }
  /// Calls f(key) for every key, in insertion order.
  template <typename F>
  void for_each(F f) const {
    for (const auto& e : table_) f(e.first);
  }
  /// As StringTable::visit.
  template <class Self, class Archive>
  static void visit(Self& self, Archive& archive) {
    decltype(self.table_)::visit(self.table_, archive);
  }

 private:
  struct Nothing {};
  StringTable<Nothing> table_;
};

}  // namespace newskg
