#include "extract/pipeline.hpp"

#include "extract/coref.hpp"
#include "extract/entities.hpp"
#include "extract/relations.hpp"
#include "text/sentences.hpp"
#include "text/utf8.hpp"

namespace newskg {

Pipeline::Pipeline(const Lexicon& lexicon) : lexicon_(lexicon), tokenizer_(lexicon.abbreviations()) {}

Extraction Pipeline::run(Document doc) const {
  Extraction ex;
  ex.doc = std::move(doc);
  ex.tokens = tokenizer_.tokenize(ex.doc.text);
  ex.lowered.reserve(ex.tokens.size());
  for (std::uint32_t i = 0; i < ex.tokens.size(); ++i) ex.lowered.push_back(utf8::lower(ex.token(i)));
  ex.sentences = split_sentences(ex.doc.text, ex.tokens);
  resolve_entities(ex, lexicon_, find_mentions(ex, lexicon_));
  find_relations(ex, lexicon_);
  prune_entities(ex, lexicon_);
  return ex;
}

}  // namespace newskg
