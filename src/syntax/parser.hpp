#pragma once
// The dependency parser: labelled Universal Dependencies trees from tagged words.
#include <cstdint>
#include <iosfwd>
#include <span>
#include <string>
#include <vector>

#include "syntax/conllu.hpp"
#include "syntax/model_file.hpp"
#include "syntax/perceptron.hpp"

namespace newskg::syntax {

/// A greedy arc-eager transition parser (Nivre 2003) scored by an averaged perceptron over
/// hashed features of the stack and buffer (Zhang & Nivre 2011's templates), trained with a
/// dynamic oracle (Goldberg & Nivre 2012). One tree per sentence, with exactly one root. Owns its
/// mapped model file; immutable after loading, so one parser may serve many threads at once.
class Parser {
 public:
  static Result<Parser> load(const std::string& path);
  static Result<Parser> from_model(ModelFile file);
  /// Sets head and deprel of every word from forms, upos and xpos.
  void parse(std::span<Word> words) const;
  const std::vector<std::string>& labels() const { return labels_; }
  const ModelFile& file() const { return file_; }

 private:
  ModelFile file_;
  WeightTable weights_;
  std::vector<std::string> labels_;
  std::uint32_t root_label_ = 0;
  int punct_label_ = 0, parataxis_label_ = 0;  ///< what finish() gives extra root children
};

struct ParserTraining {
  int epochs = 15;
  std::uint64_t seed = 1;
  int explore_from = 2;           ///< from this epoch on, training follows the model's own (wrong) actions
  std::uint32_t min_updates = 2;  ///< features updated fewer times are left out of the model
  int runs = 1;  ///< runs over differently shuffled data, their weights averaged (an ensemble in one model)
};

/// Trains a parser on `train` (words with upos and xpos as the parser will see them, and gold
/// heads and labels) and returns the model file's bytes. Progress and dev scores to `log` when
/// given. The same data, options and seed give the same bytes.
std::string train_parser(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
                         const ParserTraining& options, std::ostream* log);

/// Heads of `heads` (1-based, 0 = root) made projective by lifting each crossing arc to its
/// head's head, shortest arcs first (what an arc-eager parser can build).
std::vector<int> projectivise(std::vector<int> heads);

/// The transition system, exposed for tests: follows the dynamic oracle's least-cost action
/// from the start and returns the tree it builds (heads, labels as indices into `labels`).
/// For a projective tree with one root this is the tree itself.
std::vector<int> oracle_parse(const std::vector<int>& gold_heads, const std::vector<std::uint32_t>& gold_labels,
                              std::uint32_t root_label, std::vector<std::uint32_t>& labels_out);

}  // namespace newskg::syntax
