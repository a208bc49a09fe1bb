#include "syntax/models.hpp"

#include <cstdlib>

namespace newskg::syntax {

std::string models_dir(const std::string& explicit_dir) {
  if (!explicit_dir.empty()) return explicit_dir;
  if (const char* e = std::getenv("NEWSKG_MODELS"); e && *e) return e;
  return NEWSKG_MODELS_DIR;
}

Result<SyntaxModels> SyntaxModels::load(const std::string& dir) {
  auto t = Tagger::load(dir + "/" + kTaggerFile);
  if (!t) return t.error();
  auto p = Parser::load(dir + "/" + kParserFile);
  if (!p) return p.error();
  return SyntaxModels{std::move(*t), std::move(*p)};
}

}  // namespace newskg::syntax
