#pragma once
// Named-entity training and test data: UNER's IOB2 files and GUM's coreference entities, read
// into one form (documents of sentences of words, with their named spans).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.hpp"
#include "extract/lexicon.hpp"
#include "syntax/conllu.hpp"

namespace newskg::ner {

/// The three kinds of name the recogniser labels (UNER's PER, ORG, LOC).
enum class NameType : std::uint8_t { Person, Organization, Place };
inline constexpr std::size_t kNameTypes = 3;
const char* to_string(NameType t) noexcept;

/// A name in a sentence: words [first, last) and its kind.
struct NamedSpan {
  std::uint32_t first = 0, last = 0;
  NameType type = NameType::Person;
  friend bool operator==(const NamedSpan&, const NamedSpan&) = default;
};

/// One sentence: its words (forms at least; tags where the source has them) and its names.
struct NerSentence {
  std::vector<syntax::Word> words;
  std::vector<NamedSpan> names;
  /// The gazetteers' and rules' names as one value per word (0: none; see rule_hints), or empty.
  std::vector<std::uint64_t> hints;
};

/// A document's sentences in order (names are remembered across a document's sentences).
struct NerDocument {
  std::string id;
  std::vector<NerSentence> sentences;
};

/// Reads a UNER file (CoNLL-style columns: id, form, IOB2 tag, ...; "# newdoc id" comments
/// start documents). PER, ORG and LOC are kept; OTH and anything else is not a name here. Errors
/// name the file and line.
Result<std::vector<NerDocument>> parse_iob2(std::string_view text, const std::string& name);

/// Reads GUM's CoNLL-U with `Entity=` annotations: every mention of a person, organisation or
/// place whose head word is a proper noun becomes a name, cut to the proper-noun run around its
/// head (determiners and possessives left out, "of"/"for"/"&"/"de" inside a name kept; for a
/// person, titles and place modifiers before the name left out: "US President Barack Obama" is
/// "Barack Obama"). Where names overlap the longer one is kept.
Result<std::vector<NerDocument>> gum_entities(const std::vector<syntax::ConlluSentence>& sentences,
                                              const Lexicon& lexicon, const std::string& name);

/// The named-entity files of a treebank directory (searched recursively, sorted by path). For
/// training: GUM-style CoNLL-U training files that carry Entity= annotations (*-train.conllu)
/// and UNER's *-dev.iob2 (UNER has no training split; its test file stays for testing). For
/// progress reports: the annotated *-dev.conllu files.
struct NameFiles {
  std::vector<std::string> train, dev;
};
Status find_name_files(const std::string& dir, NameFiles& files);

/// Reads either kind of file: IOB2 when its name ends in .iob2, else GUM CoNLL-U.
Result<std::vector<NerDocument>> read_ner_file(const std::string& path, const Lexicon& lexicon);

}  // namespace newskg::ner
