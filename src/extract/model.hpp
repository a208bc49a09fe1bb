#pragma once
// The extraction model: entities, their mentions and relation mentions found in one document.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/analysis.hpp"
#include "text/document.hpp"
#include "text/sentences.hpp"
#include "text/tokenizer.hpp"

namespace newskg {

enum class EntityType : std::uint8_t { Person, Organization, Country, City, Location };
constexpr std::size_t kEntityTypeCount = 5;
enum class RelationType : std::uint8_t { MetWith, Accused, Sanctioned, Captured };
/// What a relation mention asserts: it happened, it is only planned or expected, or it is denied.
/// Unconfirmed: stated only on unnamed others' word ("reportedly", "is said to have met").
enum class Modality : std::uint8_t { Asserted, Planned, Negated, Unconfirmed };

const char* to_string(EntityType t) noexcept;
const char* to_string(RelationType t) noexcept;
const char* to_string(Modality m) noexcept;
std::optional<EntityType> entity_type_from(std::string_view s) noexcept;
std::optional<RelationType> relation_type_from(std::string_view s) noexcept;
/// Person, Organization and Country act; cities and other places are acted on.
bool is_agentive(EntityType t) noexcept;
bool is_place(EntityType t) noexcept;
/// True when a relation of `type` may hold from an entity of type `agent` to one of type
/// `target` (an agent acts; a meeting and a sanction need agents on both sides; a capture, a
/// place; accusations are never of a city).
bool relation_accepts(RelationType type, EntityType agent, EntityType target) noexcept;

/// One real-world referent within a document. `name` is canonical; `aliases` holds every other
/// surface form seen for it (names, demonyms, descriptions; never pronouns).
struct Entity {
  std::string name;
  EntityType type = EntityType::Organization;
  std::set<std::string> aliases;
  std::string role;       ///< e.g. "envoy", "President" (first title seen)
  std::string role_kind;  ///< titles.tsv kind of that role: leader, official, ...
  int affiliation = -1;   ///< index of the entity (country, organisation) it belongs to
  std::uint32_t mentions = 0;
  bool typed_by_default = false;  ///< a single unknown word: its type may be refined by its relations
};

/// How a mention names its entity.
enum class MentionKind : std::uint8_t { Name, Demonym, Capital, Description, Pronoun };

/// One mention of an entity: a token range within a sentence.
struct Mention {
  std::uint32_t sentence = 0;
  std::uint32_t first = 0;  ///< first token
  std::uint32_t last = 0;   ///< one past the last token
  std::uint32_t begin = 0;  ///< byte offsets into the text
  std::uint32_t end = 0;
  int entity = -1;
  MentionKind kind = MentionKind::Name;
  bool modifier = false;   ///< modifies what follows ("Russian" in "Russian troops", "US" in "US President")
  bool nested = false;     ///< inside a longer mention ("Myanmar" in "Myanmar army")
  bool plural = false;     ///< refers to a group ("the Europeans", "they", "the firms")
  bool locative = false;   ///< names where something happens ("in Riyadh")
  std::vector<int> group;  ///< for plural pronouns and descriptions: all entities referred to
};

/// One relation mention with its provenance.
struct Relation {
  RelationType type = RelationType::MetWith;
  int agent = -1;
  int target = -1;
  Modality modality = Modality::Asserted;
  int claimant = -1;        ///< who reported it ("Moscow said it had captured ..."), or -1
  int place = -1;           ///< where it happened, when the sentence says ("met ... in Riyadh"), or -1
  float confidence = 0.9f;  ///< how sure the pattern is, 0..1 (see relations.cpp)
  std::uint32_t sentence = 0;
  std::uint32_t begin = 0;  ///< byte range of the trigger
  std::uint32_t end = 0;
  std::string trigger;  ///< the trigger's text
  std::string cameo;    ///< the CAMEO code of the frame that found it; empty: the relation type's
};

/// Lexical classes of a token's lower-case form (bits of Extraction::word_class), looked up once
/// per token by the Pipeline so that the stages test bits instead of searching word lists.
enum WordClass : std::uint16_t {
  kFunctionWord = 1 << 0,     ///< function-words.txt
  kNameParticle = 1 << 1,     ///< name-particles.txt
  kAgentNoun = 1 << 2,        ///< agent-nouns.txt
  kTitleWord = 1 << 4,        ///< a one-word title (Lexicon::title)
  kDescriptionHead = 1 << 5,  ///< a description head (Lexicon::description)
  kPersonPronoun = 1 << 6,    ///< he him his she her hers (closed classes: English grammar, not data)
  kThingPronoun = 1 << 7,     ///< it its
  kPluralPronoun = 1 << 8,    ///< they them their
  kDefiniteArticle = 1 << 9,  ///< the
  kTitleStart = 1 << 10,      ///< the first word of some title (Lexicon::title): titles start nowhere else
  kTitleEnd = 1 << 11,        ///< the last word of some title
  kOrgHeadForm = 1 << 12,     ///< the lower case of an org head (Lexicon::org_head, which is case-sensitive)
  kPlaceHeadForm = 1 << 13,   ///< the lower case of a place head (Lexicon::place_head, case-sensitive)
  kFrameWord = 1 << 14,       ///< a form of some frame's trigger (Lexicon::frames_of_form)
  kPronoun = kPersonPronoun | kThingPronoun | kPluralPronoun
};

/// Everything extracted from one document. Owns the document.
/// A name the trained recogniser found: bytes [begin, end) of the document and its kind (Person,
/// Organization or Location; the gazetteers refine places).
struct RecognisedName {
  std::uint32_t begin = 0, end = 0;
  EntityType type = EntityType::Person;
};

struct Extraction {
  Document doc;
  std::vector<Token> tokens;
  /// The text with ASCII letters in lower case (byte for byte), then the lower case of every token
  /// that has non-ASCII letters (computed once, by the Pipeline).
  std::string lowered;
  struct Span {
    std::uint32_t at = 0, size = 0;
  };
  std::vector<Span> lower_at;             ///< token i's lower case is lowered[at, at + size)
  std::vector<std::uint16_t> word_class;  ///< token i's WordClass bits (0 for punctuation)
  std::vector<Sentence> sentences;
  /// The syntax stage's analysis (UD words, tags, lemmas, dependency trees), when the pipeline
  /// was given models; empty otherwise.
  std::vector<syntax::ParsedSentence> syntax;
  /// The recogniser's names in text order, when the pipeline was given one; empty otherwise.
  std::vector<RecognisedName> names;
  std::vector<Entity> entities;
  std::vector<Mention> mentions;
  std::vector<Relation> relations;

  std::string_view token(std::uint32_t i) const { return token_text(doc.text, tokens[i]); }
  std::string_view lower(std::uint32_t i) const {
    return std::string_view(lowered).substr(lower_at[i].at, lower_at[i].size);
  }
  /// True when token i is in any of the WordClass bits `classes`.
  bool is(std::uint32_t i, std::uint16_t classes) const { return (word_class[i] & classes) != 0; }
  /// Frees the token-level working data (tokens, lower case, word classes, mentions), keeping
  /// the document, its sentences, entities and relations: what a graph takes from it.
  void release_working_data() {
    tokens = {};
    lowered = {};
    lower_at = {};
    word_class = {};
    mentions = {};
    syntax = {};
    names = {};
  }
  std::string_view sentence_text(std::uint32_t s) const {
    return std::string_view(doc.text).substr(sentences[s].begin, sentences[s].end - sentences[s].begin);
  }
};

}  // namespace newskg
