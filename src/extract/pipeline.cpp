#include "extract/pipeline.hpp"

#include "extract/coref.hpp"
#include "extract/entities.hpp"
#include "extract/relations.hpp"
#include "text/sentences.hpp"

namespace newskg {

Pipeline::Pipeline(const Lexicon& lexicon) : lexicon_(lexicon), tokenizer_(lexicon.abbreviations()) {}

Extraction Pipeline::run(Document doc) const {
  Extraction ex;
  ex.doc = std::move(doc);
  ex.tokens = tokenizer_.tokenize(ex.doc.text);
  ex.sentences = split_sentences(ex.doc.text, ex.tokens);
  resolve_entities(ex, lexicon_, find_mentions(ex, lexicon_));
  find_relations(ex, lexicon_);
  prune_entities(ex, lexicon_);
  return ex;
}

}  // namespace newskg
