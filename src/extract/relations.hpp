#pragma once
// Relation extraction: trigger patterns, their arguments, modality and claimants.
#include "extract/lexicon.hpp"
#include "extract/model.hpp"

namespace newskg {

/// Finds metWith / accused / sanctioned / captured relation mentions in ex (whose entities and
/// mentions are resolved) by the token-window patterns of triggers.tsv and appends them to
/// ex.relations, each with its trigger's provenance. Sentences that already hold a relation (the
/// parse-based frames run first: extract/frames) are left alone: the patterns only stand in
/// where the frames found nothing, as on a sentence the parser got wrong. May refine the type of
/// an entity typed by default from its role ("captured X": X is a place).
void find_relations(Extraction& ex, const Lexicon& lx);

/// Keeps the first of the relation mentions of one type between the same two entities (either
/// way round for meetings) in one sentence.
void dedupe_relations(Extraction& ex);

}  // namespace newskg
