#pragma once
// Relation extraction: trigger patterns, their arguments, modality and claimants.
#include "extract/lexicon.hpp"
#include "extract/model.hpp"

namespace newskg {

/// Finds metWith / accused / sanctioned / captured relation mentions in ex (whose entities and
/// mentions are resolved) and appends them to ex.relations, each with its trigger's provenance.
/// May refine the type of an entity typed by default from its role ("captured X": X is a place).
void find_relations(Extraction& ex, const Lexicon& lx);

}  // namespace newskg
