#pragma once
// The trained recogniser's names applied to the names the gazetteers and rules found.
#include <vector>

#include "extract/entities.hpp"
#include "extract/lexicon.hpp"
#include "extract/model.hpp"
#include "extract/ner_data.hpp"

namespace newskg {

/// What the gazetteers and rules made of each word of `sentences` (words with document byte
/// offsets), one value per word: 0 when no mention covers it, else a hash of where in the
/// (longest) covering mention the word is, the mention's type and kind, and whether it was typed
/// by a gazetteer, by its spelling or by default. The recogniser's hint features.
std::vector<std::vector<std::uint64_t>> rule_hints(const std::vector<RawMention>& raw,
                                                   std::span<const std::vector<syntax::Word>* const> sentences);

/// Runs the gazetteers and rules over each document (its sentences' words joined by spaces, a
/// blank line between sentences) and sets every sentence's hints; `corpus` as the rules get it
/// in extraction (Pipeline).
void add_rule_hints(std::vector<ner::NerDocument>& documents, const Lexicon& lx,
                    const ner::CorpusCase& corpus = ner::CorpusCase());

/// Checks the names in `raw` that the rules typed by default or by their spelling only (a
/// single unknown capitalised word, a brand-like spelling) against ex.names (the recogniser's):
/// one the recogniser does not find is dropped ("Anyone", "Budget"), one it finds takes its type.
/// Names a gazetteer, a title or a dateline vouches for are kept as they are. Indices between
/// mentions (affiliation, same_as) keep pointing at the same mentions, or at none when theirs
/// was dropped.
void apply_recognised_names(const Extraction& ex, std::vector<RawMention>& raw);

}  // namespace newskg
