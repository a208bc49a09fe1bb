#pragma once
// The trained models an extraction uses, loaded together from one models directory.
#include <optional>
#include <string>

#include "common/error.hpp"
#include "extract/pipeline.hpp"
#include "extract/recogniser.hpp"
#include "syntax/parser.hpp"
#include "syntax/tagger.hpp"

namespace newskg {

/// The tagger and the name recogniser, and the parser when asked for. Owns the mapped model
/// files; immutable after load(), so the models may serve many threads at once.
struct LoadedModels {
  std::optional<syntax::Tagger> tagger;
  std::optional<syntax::Parser> parser;
  std::optional<ner::Recogniser> names;
  bool use_names = false;  ///< the recogniser labels names (else only its corpus case table is used)

  /// Maps the tagger, the recogniser (used when `names`; else only its corpus case table, and
  /// only when its file is there), and the parser when `parse`, from `dir`.
  /// Their checksums are verified in the background (see verify()).
  static Result<LoadedModels> load(const std::string& dir, bool parse, bool names);
  /// Waits for every loaded file's checksum: an error when one is damaged. Ask before
  /// committing output made with the models.
  Status verify() const;
  /// What a Pipeline takes (valid while this object lives).
  PipelineModels view() const;
};

}  // namespace newskg
