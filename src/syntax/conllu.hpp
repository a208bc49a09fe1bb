#pragma once
// CoNLL-U (Universal Dependencies' file format): reading treebanks and writing analyses.
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.hpp"

namespace newskg::syntax {

/// One syntactic word (a CoNLL-U line with an integer id). `head` is 1-based (0: the root,
/// -1: not known). `begin`/`end` are byte offsets of the word in its sentence's text (or in the
/// document, for analyses of documents), both 0 when not known.
struct Word {
  std::string form;
  std::string lemma;
  std::string upos;
  std::string xpos;
  std::string feats = "_";
  int head = -1;
  std::string deprel;
  std::string misc = "_";
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t cluster = 0;  ///< the word's learnt classes, set by the tagger for the parser (not in files)
};

/// A multiword token ("don't" over the words do and n't): 1-based word ids first..last.
struct MultiwordToken {
  int first = 0;
  int last = 0;
  std::string form;
  std::string misc = "_";
};

/// One sentence of a treebank or analysis. Value type.
struct ConlluSentence {
  std::vector<std::string> comments;  ///< comment lines without "# " ("sent_id = ...", "text = ...")
  std::string text;                   ///< the "# text =" comment, when there is one
  std::vector<Word> words;
  std::vector<MultiwordToken> multiword;
  std::size_t line = 0;  ///< 1-based line of its first line in the file read
};

/// Reads every sentence of a CoNLL-U file. Empty nodes (ids with a dot) are skipped. Errors name
/// the file and line: a line without ten tab-separated columns, an id out of sequence, a head out
/// of range.
Result<std::vector<ConlluSentence>> read_conllu(const std::string& path);

/// Same, from text already in memory; `name` is used in messages.
Result<std::vector<ConlluSentence>> parse_conllu(std::string_view text, const std::string& name);

/// Word offsets in `s.text` from the forms (words of a multiword token share its span). False when
/// the forms cannot be found in order in the text.
bool align_words_to_text(ConlluSentence& s);

/// The sentence's words with their forms only (what a tagger and parser start from).
std::vector<Word> forms_only(const ConlluSentence& s);

/// Writes one sentence in CoNLL-U, followed by the empty line that ends it.
void write_conllu(std::ostream& out, const ConlluSentence& s);

}  // namespace newskg::syntax
