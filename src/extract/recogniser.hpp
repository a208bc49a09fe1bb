#pragma once
// The trained named-entity recogniser: people, organisations and places in tagged sentences.
#include <iosfwd>
#include <span>
#include <string>
#include <vector>

#include "common/error.hpp"
#include "extract/corpus_case.hpp"
#include "extract/lexicon.hpp"
#include "extract/ner_data.hpp"
#include "syntax/model_file.hpp"
#include "syntax/perceptron.hpp"
#include "syntax/tagger.hpp"

namespace newskg::ner {

/// A greedy left-to-right averaged perceptron over BILOU labels (Ratinov & Roth 2009) with
/// hashed features: the word and its neighbours (case-sensitive and not), shapes, affixes, the
/// tagger's tags and word classes, the gazetteers' matches, titles and organisation heads, what
/// newskg's own rules made of the word (stacking: the model learns when to trust them), how a
/// large raw corpus writes the word, the labels already chosen, and document memory (how a word
/// is written elsewhere in the document, and the kind of name it was part of earlier). Owns its mapped model file;
/// immutable after loading, so one recogniser may serve many threads at once.
class Recogniser {
 public:
  static Result<Recogniser> load(const std::string& path);
  static Result<Recogniser> from_model(syntax::ModelFile file);
  /// The names of each sentence of one document, in order. The words carry the tagger's
  /// analysis (upos, xpos, cluster); `hints` has, per sentence, what the gazetteers and rules
  /// found at each word (rule_hints; an empty list for none); `lexicon` gives the gazetteer and
  /// title features.
  std::vector<std::vector<NamedSpan>> recognise(std::span<const std::vector<syntax::Word>* const> document,
                                                std::span<const std::vector<std::uint64_t>> hints,
                                                const Lexicon& lexicon) const;
  const syntax::ModelFile& file() const { return file_; }

  /// The corpus case table the model carries (empty when it has none); valid while this lives.
  const CorpusCase& corpus_case() const { return case_table_; }

 private:
  syntax::ModelFile file_;
  syntax::WeightTable weights_;
  CorpusCase case_table_;
};

/// The corpus case table's bytes from raw sentences (words as written): for every word seen at
/// least twice inside a sentence (not first, not in a sentence in capitals), how often it is
/// capitalised, in five bands, and how often it is seen, in four. "Frisk" is always capitalised,
/// "budget" almost never: what a name looks like beyond the few names the treebanks have.
std::string case_table(const std::vector<std::vector<std::string>>& sentences);

struct RecogniserTraining {
  int epochs = 10;
  int runs = 2;  ///< runs over differently shuffled documents, their weights averaged
  std::uint64_t seed = 1;
  std::string case_table;  ///< case_table()'s bytes (may be empty)
};

/// Trains a recogniser on documents whose words the tagger has analysed (and the rules' hints
/// added: add_rule_hints) (`tagger` tags the
/// capitalised copies) and returns the model file's bytes; progress and dev F1 to `log`. The same
/// data, options and seed give the same bytes.
std::string train_recogniser(const std::vector<NerDocument>& train, const std::vector<NerDocument>& dev,
                             const Lexicon& lexicon, const syntax::Tagger& tagger, const RecogniserTraining& options,
                             std::ostream* log);

/// Re-tags the documents' words with `tagger` (forms kept, everything else as the tagger says):
/// what the recogniser learns from must be what it will see.
void prepare_training_documents(std::vector<NerDocument>& documents, const syntax::Tagger& tagger);

/// Headlines and datelines: one sentence in `every` of `train` added again in capitals (tagged by
/// `tagger`), each as a document of its own.
void add_capitalised_copies(std::vector<NerDocument>& train, const syntax::Tagger& tagger, int every = 8);

/// Exact-span scores by type: a name is right when its words and its type both match.
struct NameScores {
  std::size_t right[kNameTypes] = {}, predicted[kNameTypes] = {}, gold[kNameTypes] = {};
  double precision() const;
  double recall() const;
  double f1() const;
  double precision(NameType t) const;
  double recall(NameType t) const;
  double f1(NameType t) const;
};

/// Tags every document's words with `tagger`, recognises names (with the documents' hints) and
/// scores them against the documents' own. With `errors`, every sentence where they differ is
/// written there: gold names in [TYPE ...], recognised ones in {TYPE ...}.
NameScores evaluate_recogniser(const Recogniser& recogniser, const syntax::Tagger& tagger,
                               std::vector<NerDocument> documents, const Lexicon& lexicon,
                               std::ostream* errors = nullptr);

}  // namespace newskg::ner
