#pragma once
// A filter over keys' 64-bit hashes in front of a hash table's slots: it answers most look-ups
// of absent keys without touching the slots, which in a table of thousands of words are rarely
// in the cache.
#include <cstddef>
#include <cstdint>

#include "common/block.hpp"

namespace newskg {

/// Two bits of one 64-bit word per key, four bits per slot of the table it serves: every key
/// added passes; an absent key passes with a probability of a few per cent at the loads the
/// tables keep (0.3-0.75). The bits come from the hash's bits 20-31 and 40 up, which a slot
/// index (the low bits) does not use in tables of under a million slots. The words are a
/// Block, viewed in a compiled lexicon's file when restored from one (see visit). passes() on
/// a const filter is thread-safe; reset and add are not.
class HashFilter {
 public:
  /// Empties the filter and sizes it for a table of `slots` slots (a power of two, at least 16).
  void reset(std::size_t slots) { words_.assign(slots / 16, 0); }
  /// True when the filter is what reset(slots) makes of its size (a restored one is checked).
  bool consistent(std::size_t slots) const noexcept { return words_.size() == slots / 16; }
  void add(std::uint64_t h) { words_.mutable_data()[word(h)] |= bits(h); }
  /// False when no key with hash `h` was added. Only after reset.
  bool passes(std::uint64_t h) const noexcept {
    const std::uint64_t b = bits(h);
    return (words_[word(h)] & b) == b;
  }
  /// Hands the words to `archive`, as the tables' visit does.
  template <class Self, class Archive>
  static void visit(Self& self, Archive& archive) {
    archive(self.words_);
  }

 private:
  std::size_t word(std::uint64_t h) const noexcept { return (h >> 40) & (words_.size() - 1); }
  static std::uint64_t bits(std::uint64_t h) noexcept {
    return (std::uint64_t{1} << ((h >> 20) & 63)) | (std::uint64_t{1} << ((h >> 26) & 63));
  }
  Block<std::uint64_t> words_;  ///< a power of two of them
};

}  // namespace newskg
