#pragma once
// Scoring analyses against a treebank (the CoNLL 2018 shared task's conventions: punctuation
// left out of UAS and LAS; with newskg's own tokenisation, words aligned by characters).
#include <cstddef>
#include <string>
#include <vector>

#include "syntax/conllu.hpp"

namespace newskg::syntax {

/// Counts for accuracy (gold tokens) or F1 (own tokens: `predicted` and `gold` words, `matched`
/// those whose character span is the same).
struct SyntaxScores {
  std::size_t sentences = 0;
  std::size_t gold = 0, predicted = 0, matched = 0;
  std::size_t upos = 0, xpos = 0, lemma = 0;
  std::size_t gold_scored = 0, predicted_scored = 0;  ///< words counted for UAS/LAS (not punctuation)
  std::size_t uas = 0, las = 0;
  /// Percentages: accuracy when tokens are the gold ones, else F1 over aligned words.
  double upos_score() const { return f1(upos, predicted, gold); }
  double xpos_score() const { return f1(xpos, predicted, gold); }
  double lemma_score() const { return f1(lemma, predicted, gold); }
  double uas_score() const { return f1(uas, predicted_scored, gold_scored); }
  double las_score() const { return f1(las, predicted_scored, gold_scored); }
  double words_score() const { return f1(matched, predicted, gold); }
  static double f1(std::size_t right, std::size_t predicted, std::size_t gold);
};

/// Scores `predicted` against `gold`, sentence by sentence, words paired by position (gold
/// tokens). Both lists must be the same shape.
void score_same_tokens(const ConlluSentence& gold, const ConlluSentence& predicted, SyntaxScores& scores);

/// Scores words with their own tokenisation: `gold.words` and `predicted.words` carry character
/// offsets into the same text; words with the same span are paired; a head is right when the
/// predicted head's span is the gold head's.
void score_aligned(const ConlluSentence& gold, const ConlluSentence& predicted, SyntaxScores& scores);

/// The document id of each sentence ("# newdoc id = ..." comments carry over to the sentences
/// after them).
std::vector<std::string> document_ids(const std::vector<ConlluSentence>& sentences);

}  // namespace newskg::syntax
