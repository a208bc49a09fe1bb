#pragma once
// The lexicons: gazetteers, titles, heads, relation frames and cues, read from ontology/lexicon.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "common/block.hpp"
#include "common/error.hpp"
#include "common/short_key_table.hpp"
#include "common/string_table.hpp"
#include "extract/model.hpp"

namespace newskg {

/// What a gazetteer surface form is for its entity.
enum class GazRole : std::uint8_t { Name, Alias, Acronym, Demonym, DemonymPlural, Capital, Seat };

/// A gazetteer entry as Lexicon::gazetteer finds it: its names view the lexicon's memory, valid
/// while the lexicon lives and until add_gazetteer changes it. add_gazetteer copies them.
struct GazetteerEntry {
  EntityType type = EntityType::Location;
  std::string_view canonical;
  GazRole role = GazRole::Name;
  std::string_view link;  ///< the country a capital, demonym or seat stands for (may be empty)
};

/// A definite description that refers back ("the alliance", "the Russian leader").
struct Description {
  EntityType type = EntityType::Organization;
  std::vector<std::string> name_words;  ///< antecedent's name must contain one (empty: any)
  std::vector<std::string> role_kinds;  ///< or hold a role of one of these kinds
  std::vector<std::string> role_words;  ///< or a role ending in one of these (lower case; not a deputy's)
  bool plural = false;
  bool bare = false;  ///< refers back without an article too ("Prosecutors said": descriptions.tsv's "bare")
};

/// What a frame's target must be: an agent (person, organisation, country), a place, or a place
/// the gazetteers know (for verbs that also take companies and shows: "take over").
enum class TargetKind : std::uint8_t { Agent, Place, KnownPlace };

/// One line of frames.tsv: a trigger word and where its arguments are in a UD parse (see the
/// file's header for the role language). Plain data; read by extract/frames.
struct RelationFrame {
  RelationType relation = RelationType::MetWith;
  std::vector<std::string> lemmas;  ///< lower case
  bool noun = false;                ///< a NOUN frame (else VERB, or ADJ when `adjective`)
  bool adjective = false;           ///< an ADJ frame: a predicate like a verb's ("was responsible")
  /// Role alternatives in order of preference; each a path of steps ("obj/of" -> {"obj", "of"}).
  std::vector<std::vector<std::string>> agent, target;
  TargetKind object = TargetKind::Agent;
  std::vector<std::string> needs;  ///< a dependent of the trigger must have one of these lemmas
  std::vector<std::string> via;    ///< nouns: the verbs (or prepositions) through which "subj" reads
  std::string cameo;               ///< its CAMEO event code ("043": host a visit); empty: the relation's
  bool mutual = false;             ///< subjects joined by "and" are partners even with an object ("discussed trade")
  std::string source;              ///< the line as written, for messages
};

enum class CueKind : std::uint8_t { Negated, Planned, Reported, Unconfirmed };
struct Cue {
  CueKind kind;
  std::vector<std::string> words;  ///< lower case
};

/// All lexical data newskg uses. Immutable after load(); safe to share between threads.
class Lexicon {
 public:
  /// Loads every lexicon file from `dir` (normally ontology/lexicon). Errors name file and line.
  static Result<Lexicon> load(const std::filesystem::path& dir);

  std::optional<GazetteerEntry> gazetteer(std::string_view surface) const;
  std::size_t max_gazetteer_tokens() const { return max_gaz_tokens_; }
  /// True when some longer gazetteer entry starts with these whole tokens ("New" of "New Delhi").
  bool gazetteer_prefix(std::string_view tokens) const { return gazetteer_step(tokens).prefix; }
  /// Both answers for a phrase in one look-up: its entry, and whether a longer one starts with it.
  struct GazetteerStep {
    std::optional<GazetteerEntry> entry;
    bool prefix = false;
  };
  GazetteerStep gazetteer_step(std::string_view tokens) const;
  /// Title kind ("leader", "official", ...) for a lower-case title phrase, or nullptr.
  const std::string* title(std::string_view lower_phrase) const;
  std::size_t max_title_tokens() const { return max_title_tokens_; }
  /// True when some longer title starts (ends) with these whole lower-case tokens.
  bool title_prefix(std::string_view lower_tokens) const { return title_prefixes_.contains(lower_tokens); }
  bool title_suffix(std::string_view lower_tokens) const { return title_suffixes_.contains(lower_tokens); }
  /// For an org head word, by its first row in org-heads.tsv: 0 not a head, 1 head inside a name,
  /// 2 also after a name in lower case, 3 a lower-case descriptor before a name ("the company
  /// Sovfracht"); a company's legal form ("legal" rows) is a head (1).
  int org_head(std::string_view word) const;
  /// True for a company's legal form ("AG", "plc", "SpA": org-heads.tsv's "legal" rows): a head
  /// only after a name's other words, never the first word of one ("AG Vantor & Sons").
  bool legal_form(std::string_view word) const;
  /// True for a word some row of org-heads.tsv lists as "after": in lower case right after a name
  /// it forms an organisation's ("the Houthi movement"), whatever its first row says ("party" is
  /// also a descriptor: "the party Vortan").
  bool org_head_after(std::string_view word) const { return org_after_.contains(word); }
  /// True for a word that ends the name of a thing newskg does not model as an entity: a law, a
  /// treaty, an event, a war, a prize ("Act", "Protocol", "Games": org-heads.tsv's "thing" rows).
  bool names_a_thing(std::string_view word) const;
  const EntityType* place_head(std::string_view word) const;
  bool is_function_word(std::string_view lower) const { return function_words_.contains(lower); }
  bool is_common_word(std::string_view lower) const;
  /// True when `lower` is the plural of a noun that names people ("teachers", "women";
  /// person-nouns.txt), so that "Teachers for ..." can name the people a group gathers.
  bool is_person_plural(std::string_view lower) const;
  /// True when `lower` is the plural of a people's or a creed's follower's name ("muslims", "kurds",
  /// "dutchmen"; peoples.txt): a group, not one person.
  bool is_people_plural(std::string_view lower) const;
  /// True for one of a people or creed ("frenchman", "dane"; peoples.txt, lower case).
  bool is_people(std::string_view lower) const { return peoples_.contains(lower); }
  /// True when `lower` is a noun that names people, singular or plural ("worker", "women").
  bool is_person_noun(std::string_view lower) const {
    return form_of(lower, "", "", kPerson, 3) || is_person_plural(lower);
  }
  /// An entity named by one common word and typed only by default: a name by its capital alone
  /// ("the Budget"), no antecedent a pronoun should prefer.
  bool capital_only(const Entity& e) const;
  bool is_name_particle(std::string_view lower) const { return particles_.contains(lower); }
  bool is_agent_noun(std::string_view lower) const { return agent_nouns_.contains(lower); }
  /// True when `lower` is a noun for fighters or activists who do not act for the country named
  /// with them ("Syrian rebels" are not Syria; nonstate-nouns.txt).
  bool is_nonstate_noun(std::string_view lower) const { return nonstate_nouns_.contains(lower); }
  /// group-nouns.txt: "a group of X", "a number of X": X acts.
  bool is_group_noun(std::string_view lower) const { return group_nouns_.contains(lower); }
  const Description* description(std::string_view lower_head) const;
  /// What the ending of a single unknown word suggests (name-shapes.tsv): "Person", "Location",
  /// "Organization", "skip", or empty.
  std::string_view name_shape(std::string_view lower_word) const;
  const std::vector<RelationFrame>& frames() const { return frames_; }
  /// Indices (in file order) of the frames of lemma `lower_lemma`, or nullptr.
  const std::vector<std::size_t>* frames_for(std::string_view lower_lemma) const {
    return frame_index_.find(lower_lemma);
  }
  /// Indices of the frames whose trigger `lower_word` can be a form of (a verb's inflection, a
  /// noun's plural), or nullptr.
  const std::vector<std::size_t>* frames_of_form(std::string_view lower_word) const {
    return frame_forms_.find(lower_word);
  }
  const std::vector<Cue>& cues() const { return cues_; }
  /// Indices (in file order) of the cues whose first word is `lower_word`, or nullptr.
  const std::vector<std::size_t>* cues_starting(std::string_view lower_word) const {
    return cue_index_.find(lower_word);
  }
  /// The WordClass bits of a lower-case word (one look-up for all the classes).
  std::uint16_t word_class(std::string_view lower_word) const {
    const std::uint16_t* c = word_classes_.find(lower_word);
    return c ? *c : 0;
  }
  const std::unordered_set<std::string>& abbreviations() const { return abbreviations_; }
  /// True when `word` (lower case) is an inflected form of verb `lemma` ("met" of "meet").
  bool inflects(std::string_view word, std::string_view lemma) const;
  /// True when `word` is a past participle form (regular -ed or an irregular form).
  bool is_participle(std::string_view word) const;

  /// Keeps `backing` alive as long as this lexicon (and every copy of it) exists: the memory its
  /// restored tables view (extract/lexicon_cache).
  void keep_alive(std::shared_ptr<const void> backing) { backing_ = std::move(backing); }

  /// Adds a gazetteer entry (first one wins), for tests and programmatic extension.
  void add_gazetteer(std::string_view surface, GazetteerEntry e);

  /// True when every table is consistent and every index and span points inside what it names
  /// (the lexicon cache checks a restored lexicon with this before using it).
  bool consistent() const noexcept;

  /// Hands every data member to `archive`, in a fixed order, on a const lexicon to save it and
  /// on a lexicon to restore it (extract/lexicon_cache). A member added to the class must be
  /// added here.
  template <class Self, class Archive>
  static void visit(Self& self, Archive& a) {
    a(self.gaz_), a(self.gaz_names_), a(self.max_gaz_tokens_), a(self.titles_), a(self.title_prefixes_),
        a(self.title_suffixes_), a(self.max_title_tokens_), a(self.org_heads_), a(self.org_after_), a(self.peoples_),
        a(self.place_heads_), a(self.function_words_), a(self.particles_), a(self.agent_nouns_), a(self.group_nouns_),
        a(self.nonstate_nouns_), a(self.common_words_), a(self.abbreviations_), a(self.descriptions_), a(self.shapes_),
        a(self.frames_), a(self.frame_index_), a(self.frame_forms_), a(self.cues_), a(self.cue_index_), a(self.forms_),
        a(self.lemmas_), a(self.word_classes_);
  }

 private:
  /// `w` with its ending `suffix` replaced by `add` ("parties": "ies" by "y") is in the common-word
  /// table with one of `flags`; never when what is left of `w` is shorter than `min_stem`.
  bool form_of(std::string_view w, std::string_view suffix, std::string_view add, std::uint8_t flags,
               std::size_t min_stem) const;
  /// A gazetteer phrase as stored: an entry (plain values, its names spans of gaz_names_, so
  /// that a compiled lexicon's gazetteer is read in place, not rebuilt string by string), the
  /// beginning of longer entries, or both: the recogniser asks both of every phrase it extends.
  struct GazRecord {
    EntityType type = EntityType::Location;
    GazRole role = GazRole::Name;
    std::uint8_t flags = 0;  ///< kGazEntry, kGazPrefix
    std::uint32_t canonical_at = 0, canonical_size = 0, link_at = 0, link_size = 0;
  };
  static constexpr std::uint8_t kGazEntry = 1, kGazPrefix = 2;
  StringTable<GazRecord> gaz_;
  Block<char> gaz_names_;
  std::size_t max_gaz_tokens_ = 1;
  StringTable<std::string> titles_;
  StringSet title_prefixes_, title_suffixes_;
  std::size_t max_title_tokens_ = 1;
  StringTable<int> org_heads_;  ///< 1 head, 2 after, 3 descriptor, kThingHead, kLegalForm
  static constexpr int kThingHead = 4;
  static constexpr int kLegalForm = 5;
  StringSet org_after_;  ///< org-heads.tsv's words on an "after" row
  StringSet peoples_;    ///< peoples.txt, lower case
  StringTable<EntityType> place_heads_;
  StringSet function_words_, particles_, agent_nouns_, group_nouns_, nonstate_nouns_;
  /// common-words.txt (kListed), function words and word-forms.tsv forms (kOther): one look-up
  /// answers is_common_word for a listed word; only listed words are stems for inflections
  ShortKeyTable<std::uint8_t> common_words_;
  static constexpr std::uint8_t kListed = 1, kOther = 2, kPerson = 4;  // kPerson: person-nouns.txt
  std::unordered_set<std::string> abbreviations_;                      ///< copied into the Tokenizer
  StringTable<Description> descriptions_;
  std::vector<std::pair<std::string, std::string>> shapes_;  ///< longest ending first
  std::vector<RelationFrame> frames_;
  StringTable<std::vector<std::size_t>> frame_index_;  ///< lemma -> frames
  StringTable<std::vector<std::size_t>> frame_forms_;  ///< every form of a frame's lemmas -> frames
  std::vector<Cue> cues_;
  StringTable<std::vector<std::size_t>> cue_index_;  ///< first word -> cues
  /// word-forms.tsv: form -> its lemmas, a span of lemmas_ (lemmas ended by '\0' each)
  struct Span {
    std::uint32_t at = 0, size = 0;
  };
  StringTable<Span> forms_;
  Block<char> lemmas_;
  template <class F>
  void each_lemma(Span s, F f) const {
    const std::string_view all(lemmas_.data() + s.at, s.size);
    for (std::size_t i = 0; i < all.size();) {
      const std::size_t end = all.find('\0', i);
      f(all.substr(i, end - i));
      i = end + 1;
    }
  }
  ShortKeyTable<std::uint16_t> word_classes_;  ///< word -> WordClass bits (derived from the lists above)
  std::shared_ptr<const void> backing_;        ///< what restored tables view (not in visit)
  void index_word_classes();
  Status load_gazetteers(const std::filesystem::path& dir);  ///< the five gazetteer files
};

/// Finds the ontology directory: `explicit_dir` if given, else $NEWSKG_ONTOLOGY, else the
/// directory compiled in at build time. Returns the lexicon subdirectory.
std::filesystem::path lexicon_dir(const std::string& explicit_dir);

}  // namespace newskg
