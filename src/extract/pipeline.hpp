#pragma once
// The extraction pipeline for one document: text -> tokens -> sentences -> entities -> relations.
#include "extract/lexicon.hpp"
#include "extract/model.hpp"
#include "text/tokenizer.hpp"

namespace newskg {

/// Runs every extraction stage over one document. Holds only const references to its lexicon
/// and tokenizer, so one Pipeline may serve many threads at once.
class Pipeline {
 public:
  explicit Pipeline(const Lexicon& lexicon);
  Extraction run(Document doc) const;
  /// The text stages only: tokens, their lower case, sentences (what run() starts with).
  Extraction prepare(Document doc) const;

 private:
  const Lexicon& lexicon_;
  Tokenizer tokenizer_;
};

}  // namespace newskg
