#pragma once
// The part-of-speech tagger: UPOS and Penn XPOS together, and lemmas.
#include <cstdint>
#include <iosfwd>
#include <span>
#include <string>
#include <vector>

#include "syntax/clusters.hpp"
#include "syntax/conllu.hpp"
#include "syntax/lemmatizer.hpp"
#include "syntax/model_file.hpp"
#include "syntax/perceptron.hpp"

namespace newskg::syntax {

/// A greedy left-to-right averaged-perceptron tagger over hashed features (the word, its
/// affixes and shape, two words either side, the two previous tags), predicting a UPOS+XPOS pair,
/// then the lemma. Owns its mapped model file; immutable after loading, so one tagger may serve
/// many threads at once.
class Tagger {
 public:
  /// One word of the tag dictionary (a model section, sorted by word): the hash of its
  /// normalised form and its usual tag + 1, with the top bit set when another tag is common too.
  struct DictionaryEntry {
    std::uint64_t word;
    std::uint32_t tag;
    std::uint32_t pad;
  };
  static Result<Tagger> load(const std::string& path);
  static Result<Tagger> from_model(ModelFile file);
  /// Fills upos, xpos, lemma and cluster of every word from the forms.
  void tag(std::span<Word> words) const;
  std::size_t tags() const { return upos_.size(); }
  const ModelFile& file() const { return file_; }

 private:
  ModelFile file_;
  WeightTable weights_;
  std::vector<std::string> upos_, xpos_;
  std::vector<std::uint64_t> tag_hash_;
  Lemmatizer lemmas_;
  std::span<const DictionaryEntry> dictionary_;
  WordClusters clusters_;
};

struct TaggerTraining {
  int epochs = 12;
  std::uint64_t seed = 1;
  int runs = 1;          ///< runs over differently shuffled data, their weights averaged
  std::string wordnet;   ///< the text of ontology/lexicon/word-forms.tsv (may be empty)
  std::string clusters;  ///< WordClusters::learn's bytes (may be empty)
};

/// Trains a tagger on `train` (progress and dev accuracy per epoch to `log`, when given) and
/// returns the model file's bytes. The same data, options and seed give the same bytes.
std::string train_tagger(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
                         const TaggerTraining& options, std::ostream* log);

}  // namespace newskg::syntax
