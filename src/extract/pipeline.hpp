#pragma once
// The extraction pipeline for one document: text -> tokens -> sentences -> entities -> relations.
#include "extract/lexicon.hpp"
#include "extract/model.hpp"
#include "text/tokenizer.hpp"

namespace newskg {

/// Longest entity name (and alias) kept, in bytes: longer ones are cut at a character boundary,
/// so that one run-on "name" cannot make a triple store reject a whole load. The same bound as
/// document ids (kMaxIdBytes).
inline constexpr std::size_t kMaxNameBytes = 1000;

/// Cuts every entity name and alias of `ex` to kMaxNameBytes (run() does this last).
void cap_names(Extraction& ex);

/// Runs every extraction stage over one document. Holds only const references to its lexicon
/// and syntax models and its own tokenizer, so one Pipeline may serve many threads at once.
class Pipeline {
 public:
  /// With `models`, every sentence is also tagged and parsed (Extraction::syntax); the models
  /// must outlive the pipeline.
  explicit Pipeline(const Lexicon& lexicon, const syntax::SyntaxModels* models = nullptr);
  Extraction run(Document doc) const;
  /// The text stages only: tokens, their lower case, sentences (what run() starts with).
  Extraction prepare(Document doc) const;

 private:
  const Lexicon& lexicon_;
  const syntax::SyntaxModels* models_;
  Tokenizer tokenizer_;
};

}  // namespace newskg
