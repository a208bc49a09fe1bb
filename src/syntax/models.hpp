#pragma once
// The trained syntax models newskg ships, found and loaded together.
#include <string>

#include "common/error.hpp"
#include "syntax/parser.hpp"
#include "syntax/tagger.hpp"

namespace newskg::syntax {

inline constexpr const char* kTaggerFile = "en-tagger.nkm";
inline constexpr const char* kParserFile = "en-parser.nkm";
inline constexpr const char* kRecogniserFile = "en-names.nkm";

/// The models directory: `explicit_dir` if given, else $NEWSKG_MODELS, else the one this build
/// was configured with (the source tree's src/syntax/models).
std::string models_dir(const std::string& explicit_dir);

/// The tagger and parser, mapped from their files. Immutable once loaded; share freely between
/// threads.
struct SyntaxModels {
  Tagger tagger;
  Parser parser;
  /// Maps both files; their checksums are verified in the background (see verify()).
  static Result<SyntaxModels> load(const std::string& dir);
  /// Waits for both files' checksums: an error when either file is damaged. Ask before
  /// committing output made with the models.
  Status verify() const {
    if (auto st = tagger.file().verify(); !st) return st;
    return parser.file().verify();
  }
  /// Tags and parses one sentence's words in place (forms set; everything else filled).
  void analyse(std::span<Word> words) const {
    tagger.tag(words);
    parser.parse(words);
  }
};

}  // namespace newskg::syntax
