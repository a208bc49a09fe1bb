#pragma once
// Whole documents through the syntax stage: sentences of UD words, tagged, lemmatised, parsed.
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/conllu.hpp"
#include "syntax/models.hpp"
#include "syntax/tokens.hpp"

namespace newskg::syntax {

/// One analysed sentence; its words carry byte offsets into the document text.
struct ParsedSentence {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::vector<Word> words;
  std::vector<bool> space_after;
};

/// Tokenises, splits, tags and parses `text`. Thread-safe (models and tokenizer are only read).
std::vector<ParsedSentence> analyse_text(std::string_view text, const Tokenizer& tokenizer, const SyntaxModels& models);

/// The same with a tagger and, when `parser` is not null, a parser (heads -1 otherwise).
std::vector<ParsedSentence> analyse_text(std::string_view text, const Tokenizer& tokenizer, const Tagger& tagger,
                                         const Parser* parser);

/// One sentence in CoNLL-U: "# sent_id = ID-N", "# text = ..." (the words joined as they are
/// spaced in the document, line breaks as spaces), MISC SpaceAfter=No and TokenRange=BEGIN:END
/// (byte offsets in the document). `doc_id` non-empty on a document's first sentence writes
/// "# newdoc id = ...".
ConlluSentence to_conllu(const ParsedSentence& s, std::string_view text, const std::string& doc_id, std::size_t number,
                         bool new_document);

}  // namespace newskg::syntax
