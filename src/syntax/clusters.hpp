#pragma once
// Word classes learnt from raw text (the predictive exchange algorithm of Uszkoreit & Brants
// 2008, a fast relative of Brown clustering): words that are followed by the same words fall
// into one class. The tagger and parser use them as features, so that a word seen rarely or
// never in a treebank behaves like the words it resembles in running text.
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::syntax {

/// Classes for a vocabulary, learnt from a sequence of word ids (0..vocabulary-1; sentence
/// breaks as the id `vocabulary`, which is never clustered). Deterministic. `classes` <= 65535.
std::vector<std::uint16_t> exchange_clusters(const std::vector<std::uint32_t>& text, std::uint32_t vocabulary,
                                             std::uint32_t classes, int iterations, std::ostream* log);

/// Learnt word classes at two granularities, keyed by the hash of the normalised word form;
/// viewed in a model section (sorted entries). Immutable: safe to share between threads.
class WordClusters {
 public:
  struct Entry {
    std::uint64_t word;
    std::uint16_t coarse, fine;  // class + 1 (0: unknown word)
    std::uint32_t pad;
  };
  WordClusters() = default;
  explicit WordClusters(std::string_view section);
  /// (coarse << 16 | fine), each + 1; 0 for a word not seen often enough.
  std::uint32_t of(std::uint64_t word_hash) const;
  bool valid() const { return valid_; }
  std::size_t size() const { return n_; }

  /// Learns both granularities from `texts` (raw text; split with the UD tokenizer by the
  /// caller and given here as normalised word sequences, one vector per sentence) and returns
  /// the section's bytes. Words seen fewer than `min_count` times are left out.
  static std::string learn(const std::vector<std::vector<std::string>>& sentences, std::uint32_t min_count,
                           std::ostream* log);

 private:
  const Entry* entries_ = nullptr;
  std::size_t n_ = 0;
  bool valid_ = true;
};

}  // namespace newskg::syntax
