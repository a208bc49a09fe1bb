#pragma once
// Training newskg's syntax models from CoNLL-U treebanks (what `newskg train` runs).
#include <cstdint>
#include <iosfwd>
#include <string>
#include <unordered_set>
#include <vector>

#include "common/error.hpp"
#include "syntax/conllu.hpp"
#include "syntax/news_copies.hpp"

namespace newskg::syntax {

struct TrainingSetup {
  std::vector<std::string> train_files;  ///< *-train.conllu
  std::vector<std::string> dev_files;    ///< *-dev.conllu (for progress reports only)
  std::string wordnet_file;              ///< ontology/lexicon/word-forms.tsv ("" for none)
  int tagger_epochs = 12;
  int parser_epochs = 12;
  int tagger_runs = 2;  ///< taggers trained on differently shuffled data, averaged into one
  int parser_runs = 3;  ///< parsers trained on differently shuffled data, averaged into one
  int jackknife = 4;    ///< the parser learns from tags predicted by taggers trained on the other
                        ///< parts of the data, as it will see them (0: gold tags)
  std::uint64_t seed = 1;
  /// Raw text for the learnt word classes (text or JSONL files, as `newskg extract` reads them),
  /// with the training sentences' own words; none: no word classes.
  std::vector<std::string> cluster_corpus;
  std::unordered_set<std::string> abbreviations;  ///< for the tokenizer that splits that text
  /// Titles and demonyms for the news-shaped copies of training sentences (syntax/news_copies);
  /// empty: no copies.
  NewsVocabulary news;
  int news_every = 0;  ///< a copy of every n-th sentence holding a name (0: none, the default)
};

/// The training and dev files of a treebank directory (searched recursively: files ending in
/// -train.conllu and -dev.conllu, sorted by path). An error when there is no training file.
Status find_treebank_files(const std::string& dir, TrainingSetup& setup);

/// Reads and concatenates CoNLL-U files.
Result<std::vector<ConlluSentence>> read_treebanks(const std::vector<std::string>& files);

/// The words (as written) of every sentence of raw text files (text or JSONL, as `newskg extract`
/// reads them), split as the syntax stage splits them; `documents` counts the documents read.
Result<std::vector<std::vector<std::string>>> read_corpus_words(const std::vector<std::string>& files,
                                                                const std::unordered_set<std::string>& abbreviations,
                                                                std::size_t* documents = nullptr);

/// Trains the tagger and writes it to `tagger_path` (when not empty), then the parser to
/// `parser_path` (when not empty). Progress to `log`.
Status train_models(const TrainingSetup& setup, const std::string& tagger_path, const std::string& parser_path,
                    std::ostream& log);

}  // namespace newskg::syntax
