#pragma once
// How a large raw corpus writes words: capitalised inside sentences, or not.
#include <cstdint>
#include <span>
#include <string_view>

namespace newskg::ner {

/// One word of a corpus case table (a section of the recogniser's model file, sorted by word):
/// the hash of its normalised form and its bands (CorpusCase::info).
struct CaseEntry {
  std::uint64_t word;
  std::uint32_t info;
  std::uint32_t pad;
};

/// A read-only view of a corpus case table: for every word the corpus has at least twice inside
/// a sentence, how often it is capitalised there ("Frisk" always, "budget" almost never) and how
/// often it is seen. Does not own the entries (the model file does); immutable, so any number of
/// threads may ask it at once. A default-constructed table knows no word.
class CorpusCase {
 public:
  CorpusCase() = default;
  explicit CorpusCase(std::span<const CaseEntry> entries) : entries_(entries) {}
  /// The entries in `bytes` (a model section or case_table()'s result, sorted, suitably aligned;
  /// a trailing part of an entry is ignored), which must outlive the view.
  static CorpusCase view(std::string_view bytes) {
    return CorpusCase({reinterpret_cast<const CaseEntry*>(bytes.data()), bytes.size() / sizeof(CaseEntry)});
  }

  /// 0 when the corpus does not have the word, else 1 + 4 * capitalised + often, with capitalised
  /// in five bands (under 5 %, 30 %, 70 %, 95 %, and more) and often in four (under 5, 20, 100, and more).
  std::uint32_t info(std::uint64_t normalised_hash) const;
  /// info() of a word as written (normalised first).
  std::uint32_t info_of(std::string_view word) const;
  static constexpr int kMostly = 3;  ///< capitalised() of a word capitalised 70 to 95 % of the time
  static constexpr int kAlways = 4;  ///< capitalised() of a word capitalised 95 % of the time or more
  static int capitalised(std::uint32_t info) { return info ? static_cast<int>((info - 1) / 4) : -1; }
  static int often(std::uint32_t info) { return info ? static_cast<int>((info - 1) % 4) : -1; }

  std::span<const CaseEntry> entries() const { return entries_; }
  bool empty() const { return entries_.empty(); }

 private:
  std::span<const CaseEntry> entries_;
};

}  // namespace newskg::ner
