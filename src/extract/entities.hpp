#pragma once
// Entity recognition: gazetteer matches and capitalised names typed from their context.
#include <string>
#include <string_view>
#include <vector>

#include "extract/corpus_case.hpp"
#include "extract/lexicon.hpp"
#include "extract/model.hpp"

namespace newskg {

/// A name found in the text before coreference: what it says and how it was typed.
struct RawMention {
  std::uint32_t sentence = 0, first = 0, last = 0;  ///< tokens [first, last)
  std::uint32_t begin = 0, end = 0;                 ///< bytes
  std::string name;                                 ///< canonical or cleaned name
  EntityType type = EntityType::Organization;
  MentionKind kind = MentionKind::Name;
  bool gazetteer = false;
  GazRole gaz_role = GazRole::Name;
  std::string link;             ///< country a capital, demonym or seat stands for
  std::string role, role_kind;  ///< title before a person's name
  int affiliation = -1;         ///< index (in the RawMention list) of the country/organisation in the title
  bool modifier = false, nested = false, locative = false, dateline = false, plural = false;
  bool weak = false;                        ///< typed by default only (a single unknown word)
  bool shaped = false;                      ///< typed by its spelling only ("Omnicom", "EduVision")
  int same_as = -1;                         ///< index of a mention this one is an alias of ("(ISW)")
  std::uint64_t aff_key = 0, same_key = 0;  ///< recognition-time links (byte span keys)

  /// The mention as written: always the text's bytes [begin, end).
  std::string_view surface(std::string_view text) const { return text.substr(begin, end - begin); }
};

/// Finds all names in an Extraction's tokens and sentences. `corpus` (may be empty) tells how a
/// large raw corpus writes words, a hint for names of common words ("Jack Straw"). Stateless;
/// thread-safe.
std::vector<RawMention> find_mentions(const Extraction& ex, const Lexicon& lx,
                                      const ner::CorpusCase& corpus = ner::CorpusCase());

}  // namespace newskg
