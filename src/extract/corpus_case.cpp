#include "extract/corpus_case.hpp"

#include <algorithm>

#include "syntax/perceptron.hpp"
#include "syntax/word_shape.hpp"

namespace newskg::ner {

std::uint32_t CorpusCase::info(std::uint64_t normalised_hash) const {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), normalised_hash,
                             [](const CaseEntry& e, std::uint64_t w) { return e.word < w; });
  return it != entries_.end() && it->word == normalised_hash ? it->info : 0;
}

std::uint32_t CorpusCase::info_of(std::string_view word) const {
  return entries_.empty() ? 0 : info(syntax::hash_bytes(syntax::normalise(word)));
}

}  // namespace newskg::ner
