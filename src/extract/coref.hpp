#pragma once
// Within-document coreference: names, aliases, demonyms, capitals, descriptions and pronouns
// become one Entity per referent.
#include <vector>

#include "extract/entities.hpp"
#include "extract/lexicon.hpp"
#include "extract/model.hpp"

namespace newskg {

/// Builds ex.entities and ex.mentions from the raw names, then resolves definite descriptions
/// ("the Russian leader") and pronouns (he, she, it, they) to the most recent compatible entity.
void resolve_entities(Extraction& ex, const Lexicon& lx, const std::vector<RawMention>& raw);

}  // namespace newskg

namespace newskg {

/// After relations are found: drops entities the text gives too little evidence for — a single
/// unknown common word typed only by default ("Development"), or a country named only by a demonym
/// modifying a thing ("Canadian federal election") — unless a relation or an affiliation uses it.
void prune_entities(Extraction& ex, const Lexicon& lx);

}  // namespace newskg
