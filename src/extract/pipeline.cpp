#include "extract/pipeline.hpp"

#include "extract/coref.hpp"
#include "extract/entities.hpp"
#include "extract/relations.hpp"
#include "text/sentences.hpp"
#include "text/utf8.hpp"

namespace newskg {

Pipeline::Pipeline(const Lexicon& lexicon) : lexicon_(lexicon), tokenizer_(lexicon.abbreviations()) {}

Extraction Pipeline::prepare(Document doc) const {
  Extraction ex;
  ex.doc = std::move(doc);
  ex.tokens = tokenizer_.tokenize(ex.doc.text);
  ex.lowered.reserve(ex.doc.text.size());
  ex.lower_at.reserve(ex.tokens.size() + 1);
  ex.word_class.reserve(ex.tokens.size());
  for (std::uint32_t i = 0; i < ex.tokens.size(); ++i) {
    const auto at = static_cast<std::uint32_t>(ex.lowered.size());
    ex.lower_at.push_back(at);
    utf8::append_lower(ex.token(i), ex.lowered);
    ex.word_class.push_back(ex.tokens[i].has(kWord) ? lexicon_.word_class(std::string_view(ex.lowered).substr(at))
                                                    : std::uint16_t{0});
  }
  ex.lower_at.push_back(static_cast<std::uint32_t>(ex.lowered.size()));
  ex.sentences = split_sentences(ex.doc.text, ex.tokens);
  return ex;
}

Extraction Pipeline::run(Document doc) const {
  Extraction ex = prepare(std::move(doc));
  resolve_entities(ex, lexicon_, find_mentions(ex, lexicon_));
  find_relations(ex, lexicon_);
  prune_entities(ex, lexicon_);
  return ex;
}

}  // namespace newskg
