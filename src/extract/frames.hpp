#pragma once
// Relations read from the parse: the lexicon's frames (frames.tsv) matched on dependency trees.
#include "extract/lexicon.hpp"
#include "extract/model.hpp"
#include "syntax/parser.hpp"
#include "syntax/tagger.hpp"

namespace newskg {

/// Tags and parses each sentence of `ex` that holds a form of some frame's trigger and mentions
/// of at least two entities (pronouns count: their entities are resolved) and, once tagged, a
/// trigger of the frame's part of speech with the words the frame needs (its `needs`, and a
/// preposition or "that" for each role that has no other way in), matches the frames
/// on the tree (trigger lemma and part of speech; arguments by role, expanded over conjuncts,
/// appositions, relative pronouns, shared and controlled subjects and passives), reads the
/// modality from the tree (negation, modals and planning verbs above the trigger, reporting
/// verbs as claimants) and appends the relations to ex.relations, one of a type between the same
/// two entities in a sentence. `ex` must have its entities and mentions resolved. This is the one
/// way relations are found: without models there are none. Returns how many sentences it parsed
/// (a second parse of a sentence retagged after its first counts too). The models are only read:
/// many threads may share them.
std::size_t find_frame_relations(Extraction& ex, const Lexicon& lx, const syntax::Tagger& tagger,
                                 const syntax::Parser& parser);

}  // namespace newskg
