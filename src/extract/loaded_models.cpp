#include "extract/loaded_models.hpp"

#include <filesystem>

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
  const std::string names_path = dir + "/" + syntax::kRecogniserFile;
  std::error_code ec;
  if (names || std::filesystem::exists(names_path, ec)) {
    auto recogniser = ner::Recogniser::load(names_path);
    if (!recogniser) return recogniser.error();
    m.names.emplace(std::move(*recogniser));
    m.use_names = names;
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
  PipelineModels v{tagger ? &*tagger : nullptr, parser ? &*parser : nullptr, names && use_names ? &*names : nullptr};
  if (names) v.corpus_case = &names->corpus_case();
  return v;
}

}  // namespace newskg
