#pragma once
// Relations read from the parse: the lexicon's frames (frames.tsv) matched on dependency trees.
#include "extract/lexicon.hpp"
#include "extract/model.hpp"
#include "syntax/parser.hpp"
#include "syntax/tagger.hpp"

namespace newskg {

/// How much of the syntax stage a call used: sentences tagged, and parsed (a second parse of a
/// sentence retagged after its first counts too).
struct FrameWork {
  std::size_t tagged = 0;
  std::size_t parsed = 0;
};

/// Tags and parses each sentence of `ex` that may hold a relation, matches the frames on its tree
/// and appends the relations to ex.relations, one of a type between the same two entities in a
/// sentence. A sentence is tagged when it holds a form of some frame's trigger, mentions of at
/// least two entities (pronouns count: their entities are resolved), the words the frame needs
/// (its `needs`) and, for each role, a way in: a preposition of its path after the trigger, a
/// possible object after a verb, a coordination for partners named together. It is parsed when,
/// once tagged, a trigger of the frame's part of speech has, for each role, a phrase that may
/// name someone after the preposition or the verb, a verb of the frame or a copula for a noun's
/// subject, a possessive in a noun's phrase for its possessor. On the tree, frames match by
/// trigger lemma and part of speech, arguments by role, expanded over conjuncts, appositions,
/// relative pronouns, shared and controlled subjects and passives; the modality is read from the
/// tree (negation, modals and planning verbs above the trigger, reporting verbs as claimants).
/// `ex` must have its entities and mentions resolved. This is the one way relations are found:
/// without models there are none. The models are only read: many threads may share them.
FrameWork find_frame_relations(Extraction& ex, const Lexicon& lx, const syntax::Tagger& tagger,
                               const syntax::Parser& parser);

}  // namespace newskg
