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
