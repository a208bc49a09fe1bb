#pragma once
// The extraction pipeline for one document: text -> tokens -> sentences -> entities -> relations.
#include "extract/lexicon.hpp"
#include "extract/model.hpp"
#include "extract/recogniser.hpp"
#include "syntax/parser.hpp"
#include "syntax/tagger.hpp"
#include "text/tokenizer.hpp"

namespace newskg {

/// Longest entity name (and alias) kept, in bytes: longer ones are cut at a character boundary,
/// so that one run-on "name" cannot make a triple store reject a whole load. The same bound as
/// document ids (kMaxIdBytes).
inline constexpr std::size_t kMaxNameBytes = 1000;

/// Cuts every entity name and alias of `ex` to kMaxNameBytes (run() does this last).
void cap_names(Extraction& ex);

/// The trained models a pipeline uses, any of them absent (null). The parser and the recogniser
/// read the tagger's analysis: without a tagger they are not used. Owned elsewhere.
struct PipelineModels {
  const syntax::Tagger* tagger = nullptr;
  const syntax::Parser* parser = nullptr;
  const ner::Recogniser* names = nullptr;
  /// How a large raw corpus writes words (the recogniser's model file carries it), a hint to the
  /// rules whether the recogniser runs or not; may be null.
  const ner::CorpusCase* corpus_case = nullptr;
  /// Tag (and parse) every sentence into Extraction::syntax. Without it only the sentences that
  /// may hold a relation are parsed, by the relation stage; with a recogniser every sentence is.
  bool analyse_all = false;
};

/// Runs every extraction stage over one document. Holds only const references to its lexicon
/// and models and its own tokenizer, so one Pipeline may serve many threads at once.
class Pipeline {
 public:
  /// With a tagger and a parser, relations are read from the parses of the sentences that may
  /// hold one (extract/frames). With analyse_all or a recogniser every sentence is tagged (and
  /// parsed: Extraction::syntax); a recogniser's names confirm, type and add to the gazetteers'
  /// and rules' (Extraction::names). The models must outlive the pipeline.
  explicit Pipeline(const Lexicon& lexicon, PipelineModels models = {});
  Extraction run(Document doc) const;
  /// The text stages only: tokens, their lower case, sentences (what run() starts with).
  Extraction prepare(Document doc) const;

 private:
  const Lexicon& lexicon_;
  PipelineModels models_;
  Tokenizer tokenizer_;
};

}  // namespace newskg
