#include "extract/loaded_models.hpp"

#include "syntax/models.hpp"

namespace newskg {

Result<LoadedModels> LoadedModels::load(const std::string& dir, bool parse, bool names) {
  LoadedModels m;
  auto tagger = syntax::Tagger::load(dir + "/" + syntax::kTaggerFile);
  if (!tagger) return tagger.error();
  m.tagger.emplace(std::move(*tagger));
  if (parse) {
    auto parser = syntax::Parser::load(dir + "/" + syntax::kParserFile);
    if (!parser) return parser.error();
    m.parser.emplace(std::move(*parser));
  }
  if (names) {
    auto recogniser = ner::Recogniser::load(dir + "/" + syntax::kRecogniserFile);
    if (!recogniser) return recogniser.error();
    m.names.emplace(std::move(*recogniser));
  }
  return m;
}

Status LoadedModels::verify() const {
  if (tagger)
    if (auto st = tagger->file().verify(); !st) return st;
  if (parser)
    if (auto st = parser->file().verify(); !st) return st;
  if (names)
    if (auto st = names->file().verify(); !st) return st;
  return {};
}

PipelineModels LoadedModels::view() const {
  return PipelineModels{tagger ? &*tagger : nullptr, parser ? &*parser : nullptr, names ? &*names : nullptr};
}

}  // namespace newskg
