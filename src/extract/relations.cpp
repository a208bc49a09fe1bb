#include "extract/relations.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "common/words.hpp"
#include "text/utf8.hpp"

namespace newskg {
namespace {

class Finder {
 public:
  Finder(Extraction& ex, const Lexicon& lx) : ex_(ex), lx_(lx) {}

  void run() {
    // mentions are sorted by position, so each sentence's mentions are one contiguous run
    by_sentence_.assign(ex_.sentences.size() + 1, 0);
    for (const Mention& m : ex_.mentions) ++by_sentence_[m.sentence + 1];
    for (std::size_t s = 1; s < by_sentence_.size(); ++s) by_sentence_[s] += by_sentence_[s - 1];
    order_.resize(ex_.mentions.size());
    std::vector<std::size_t> fill(by_sentence_.begin(), by_sentence_.end() - 1);
    for (std::size_t i = 0; i < ex_.mentions.size(); ++i) order_[fill[ex_.mentions[i].sentence]++] = i;
    std::size_t most = 0;  // the most mentions in one sentence: ms_ never grows on the way
    for (std::size_t s = 0; s + 1 < by_sentence_.size(); ++s)
      most = std::max(most, by_sentence_[s + 1] - by_sentence_[s]);
    ms_.reserve(most);
    // a sentence the frames read relations from (extract/frames) is theirs: the patterns may
    // only add more targets to the same agent and relation there (a list the tree broke up:
    // "captured X, in eastern Ukraine, as well as Y")
    const std::size_t from_frames = ex_.relations.size();
    std::vector<bool> framed(ex_.sentences.size(), false);
    for (const Relation& r : ex_.relations)
      if (r.sentence < framed.size()) framed[r.sentence] = true;
    for (std::uint32_t s = 0; s < ex_.sentences.size(); ++s) sentence(s);
    std::vector<Relation> kept(
        std::make_move_iterator(ex_.relations.begin()),
        std::make_move_iterator(ex_.relations.begin() + static_cast<std::ptrdiff_t>(from_frames)));
    for (std::size_t i = from_frames; i < ex_.relations.size(); ++i) {
      Relation& r = ex_.relations[i];
      if (framed[r.sentence] &&
          std::none_of(kept.begin(), kept.begin() + static_cast<std::ptrdiff_t>(from_frames), [&](const Relation& f) {
            return f.sentence == r.sentence && f.type == r.type && f.agent == r.agent && f.modality == r.modality;
          }))
        continue;
      kept.push_back(std::move(r));
    }
    ex_.relations = std::move(kept);
    dedupe_relations(ex_);
  }

 private:
  Extraction& ex_;
  const Lexicon& lx_;
  std::uint32_t s_ = 0;
  const Sentence* se_ = nullptr;
  std::vector<const Mention*> ms_;                // usable mentions of the sentence, by position
  const TriggerPattern* pattern_ = nullptr;       // the pattern being tried
  std::vector<std::size_t> by_sentence_, order_;  // mentions grouped by sentence
  std::uint32_t main_start_ = 0;

  std::string_view lower(std::uint32_t i) const { return ex_.lower(i); }
  std::string_view tok(std::uint32_t i) const { return ex_.token(i); }

  std::vector<int> entities_of(const Mention* m) const {
    return m->group.empty() ? std::vector<int>{m->entity} : m->group;
  }

  const Mention* starting_at(std::uint32_t t) const {
    for (const Mention* m : ms_)
      if (m->first == t) return m;
    return nullptr;
  }
  const Mention* covering(std::uint32_t t) const {
    for (const Mention* m : ms_)
      if (m->first <= t && t < m->last) return m;
    return nullptr;
  }

  bool possessive_pronoun(const Mention* m) const {
    if (m->kind != MentionKind::Pronoun) return false;
    std::string_view w = lower(m->first);
    return w == "his" || w == "her" || w == "its" || w == "their";
  }
  bool followed_by_possessive(const Mention* m) const {
    return m->last < se_->last && (tok(m->last) == "'s" || tok(m->last) == "\xE2\x80\x99s" || tok(m->last) == "'");
  }
  // A modifier that stands for its country or organisation: "Russian troops", "Its spokesman".
  bool acts_through_noun(const Mention* m) const {
    std::uint32_t n = m->last;
    if (n < se_->last && (tok(n) == "'s" || tok(n) == "\xE2\x80\x99s")) ++n;
    while (n < se_->last && n < m->last + 3 && !ex_.is(n, kAgentNoun) && !ex_.is(n, kTitleWord) &&
           ex_.tokens[n].has(kWord) && !ex_.tokens[n].has(kCap) && !ex_.is(n, kFunctionWord))
      ++n;  // "Russian armed forces"
    if (n >= se_->last) return false;
    std::string_view w = lower(n);
    if (!(ex_.is(n, kAgentNoun) || w == "spokesman" || w == "spokeswoman" || w == "spokesperson")) return false;
    return n + 1 >= se_->last || !ex_.tokens[n + 1].has(kCap);
  }

  void sentence(std::uint32_t s) {
    s_ = s;
    se_ = &ex_.sentences[s];
    ms_.clear();
    for (std::size_t k = by_sentence_[s]; k < by_sentence_[s + 1]; ++k) {
      const Mention& m = ex_.mentions[order_[k]];
      if (!m.nested && m.entity >= 0) ms_.push_back(&m);
    }
    std::sort(ms_.begin(), ms_.end(), [](auto* a, auto* b) { return a->first < b->first; });
    main_start_ = se_->first;
    if (starts_with_adverbial()) {
      for (std::uint32_t i = se_->first; i < se_->last; ++i)
        if (tok(i) == ",") {
          main_start_ = i + 1;
          break;
        }
    }
    for (std::uint32_t t = se_->first; t < se_->last; ++t) {
      if (!ex_.is(t, kTriggerStart)) continue;
      // the first pattern (in file order: longer before shorter) that yields a relation wins
      const auto* candidates = lx_.triggers_for(lower(t));
      if (!candidates) continue;
      for (std::size_t i : *candidates)
        if (try_pattern(lx_.triggers()[i], t)) break;
    }
  }

  bool starts_with_adverbial() const {
    for (std::uint32_t i = se_->first; i < se_->last && i < se_->first + 2; ++i) {
      if (is_any(lower(i), "after", "before", "despite", "following", "during", "while", "when", "although",
                 "regarding", "in", "on", "since", "as", "amid", "with", "without", "unlike", "to", "at", "according",
                 "for", "from", "under", "throughout"))
        return true;
    }
    return false;
  }

  // Matches pattern elements from token t; returns the end of each way to match (gaps vary).
  void match(const TriggerPattern& p, std::size_t e, std::uint32_t t, std::vector<std::uint32_t>& ends) const {
    if (e == p.elements.size()) {
      ends.push_back(t);
      return;
    }
    const PatternElement& el = p.elements[e];
    if (el.gap) {
      for (std::uint32_t g = 0; g <= 4 && t + g <= se_->last; ++g) {
        if (g > 0) {
          std::string_view w = tok(t + g - 1);
          if (w == "." || w == ";" || w == ":" || w == "\"" || w == "\xE2\x80\x9C") break;
        }
        match(p, e + 1, t + g, ends);
      }
      return;
    }
    if (t >= se_->last) return;
    std::string_view w = lower(t);
    for (const std::string& alt : el.words) {
      if (el.lemma ? lx_.inflects(w, alt) : w == alt) {
        match(p, e + 1, t + 1, ends);
        return;
      }
    }
  }

  bool try_pattern(const TriggerPattern& p, std::uint32_t t) {
    pattern_ = &p;
    std::vector<std::uint32_t> ends;
    match(p, 0, t, ends);
    if (ends.empty()) return false;
    if (const Mention* m = covering(t); m && m->kind == MentionKind::Name) return false;  // "Summit Holdings"
    if (t < ex_.tagged.size() &&
        (ex_.tagged[t] == Extraction::kReadTag ||
         ex_.tagged[t] == (p.frame == Frame::Noun ? Extraction::kVerbTag : Extraction::kNounTag)))
      return false;  // the tagger says otherwise ("mobile phones", "the chat show host"), or the tree
                     // gave the trigger an argument that is no entity ("meeting the Lisbon targets")
    std::string_view head = lower(t);
    const bool ing = head.size() > 4 && head.compare(head.size() - 3, 3, "ing") == 0;
    if (p.frame != Frame::Noun && t > se_->first) {
      // after a determiner a trigger is a noun or an adjective ("the hosts", "a visit", "Sharp's
      // phone", "the occupied West Bank"); "this", "that", "her", "no" only before -ing or
      // participle forms ("that meeting"), as "that" also opens relative clauses ("that hosts")
      std::string_view before = lower(t - 1);
      if (is_any(before, "a", "an", "the", "these", "those", "their", "his", "its", "our", "my", "your", "'s",
                 "\xE2\x80\x99s", "every", "each") ||
          ((ing || lx_.is_participle(head)) && is_any(before, "this", "that", "her", "no")))
        return false;
    }
    if (p.frame != Frame::Noun && t + 1 < se_->last && is_any(lower(t + 1), "were", "was", "are", "is") &&
        lx_.is_participle(head))
      return false;  // "the firms accused were ...": an adjective, not the verb
    if (p.frame != Frame::Noun && !bare_verb_licensed(p, t)) return false;
    for (std::uint32_t end : ends) {
      if (p.frame == Frame::Noun) {
        if (noun_frame(p, t, end)) return true;
      } else if (verb_frame(p, t, end, ing)) {
        return true;
      }
    }
    return false;
  }

  // A verb trigger in its bare form ("meet", "host", "phone") is as often a noun ("a mobile
  // phone", "the chat show host"). Take it as a verb only where a bare verb can stand: after a
  // modal, "to", a negation or an adverb, or after its subject (a name, a pronoun, a plural).
  bool bare_verb_licensed(const TriggerPattern& p, std::uint32_t t) const {
    std::string_view w = lower(t);
    const auto& first = p.elements.front();
    if (!first.lemma || std::find(first.words.begin(), first.words.end(), w) == first.words.end()) return true;
    if (t == se_->first) return true;  // a headline or an imperative
    std::string_view before = lower(t - 1);
    if (is_any(before, "to", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "cannot",
               "did", "does", "do", "not", "n't", "never", "also", "then", "later", "again", "now", "soon", "first",
               "still", "already", "jointly", "we", "they", "i", "you", "who", "and"))
      return true;
    if (before.size() > 3 && before.compare(before.size() - 2, 2, "ly") == 0) return true;  // "regularly meet"
    if (const Mention* m = covering(t - 1); m && m->last == t) {
      // "Oscar host Chris Rock", "TV host Clark": a one-word name, the bare noun, then a name
      // (meetings only: "The Tories accuse Labour" is a verb)
      if (p.relation == RelationType::MetWith && m->last == m->first + 1 && t + 1 < se_->last &&
          ex_.tokens[t + 1].has(kCap))
        return false;
      return m->kind == MentionKind::Name || m->kind == MentionKind::Demonym || m->plural;
    }
    // a plural subject noun: "officials meet", "leaders visit"
    return !ex_.tokens[t - 1].has(kCap) && before.size() > 3 && before.back() == 's' && !ex_.is(t - 1, kFunctionWord);
  }

  // "the city of", "the island of": a lower-case place word (place-heads.tsv) before "of".
  bool place_descriptor(std::uint32_t i) const {
    std::string w(lower(i));
    if (w.empty() || ex_.tokens[i].has(kCap)) return false;
    w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
    return lx_.place_head(w) != nullptr;
  }

  // "X and Y", "X, Y and Z", "X and Mayor Y": mention b continues the list that a ends.
  bool coordinated(const Mention* a, const Mention* b) const {
    std::uint32_t i = a->last;
    if (i >= b->first) return false;
    if (tok(i) == ",") ++i;
    if (i < b->first && lower(i) == "and") ++i;
    if (i == a->last) return false;
    for (; i < b->first; ++i) {
      const Token& t = ex_.tokens[i];
      const Mention* m = starting_at(i);
      if (m && m->modifier) {
        i = m->last - 1;
        continue;
      }
      if (ex_.is(i, kTitleWord) ||
          (t.has(kCap) && lx_.title(std::string(lower(i)) + " " + std::string(i + 1 < se_->last ? lower(i + 1) : ""))))
        continue;
      if (t.has(kCap) && i + 1 < b->first) continue;  // "Prime" of "Prime Minister"
      return false;
    }
    return true;
  }

  // ---- subjects ----

  // The first token of the clause token t is in. A relative clause set off by commas and closed
  // before t ("X, who was expelled from Y, accused Z") is skipped: the clause goes on after it, and
  // `inserted` (when given) is set to the relative clause's tokens.
  std::uint32_t clause_start(std::uint32_t t, std::pair<std::uint32_t, std::uint32_t>* inserted = nullptr) const {
    std::uint32_t start = se_->first, before = se_->first, open = 0;
    for (std::uint32_t i = se_->first; i < t; ++i) {
      std::string_view w = lower(i);
      if ((w == "who" || w == "which") && i > se_->first && tok(i - 1) == ",") {
        before = start;
        open = i;
        start = i + 1;
        continue;
      }
      if (open && w == ",") {
        if (inserted) *inserted = {open, i};
        start = before;
        open = 0;
        continue;
      }
      if (w == ";" || w == ":" || w == "that" || w == "which" || w == "who" || w == "where" || w == "when" ||
          w == "because" || w == "while" || w == "whereas" || w == "although" || w == "but" || w == "\xE2\x80\x94" ||
          w == "\xE2\x80\x93")
        start = i + 1;
      if (w == "\"" || w == "\xE2\x80\x9C") start = i + 1;
    }
    if (main_start_ > start && main_start_ <= t) start = main_start_;
    return start;
  }

  // The subject of the clause before token t: a group of entities, plus companions
  // ("X, accompanied by Y, met Z"). Returns the token where the subject ends.
  std::vector<int> subject(std::uint32_t t, bool ing, std::vector<int>* companions, std::uint32_t* subj_end,
                           std::uint32_t* start_out, std::uint32_t min_start = 0, bool places = false) const {
    std::pair<std::uint32_t, std::uint32_t> inserted{0, 0};
    std::uint32_t start = std::max(clause_start(t, &inserted), min_start);
    // participle clauses: "..., accusing them of"; "before meeting with"
    if (ing && t > se_->first &&
        (tok(t - 1) == "," || is_any(lower(t - 1), "before", "after", "while", "when", "by", "without", "since")))
      start = main_start_ <= t ? main_start_ : se_->first;
    if (start_out) *start_out = start;
    for (std::size_t k = 0; k < ms_.size(); ++k) {
      const Mention* m = ms_[k];
      if (m->first < start || m->first >= t) continue;
      if (m->first >= inserted.first && m->first < inserted.second) continue;  // in the relative clause
      if (m->modifier && !acts_through_noun(m)) continue;
      const EntityType ty = ex_.entities[static_cast<std::size_t>(m->entity)].type;
      if ((ty == EntityType::City || ty == EntityType::Location) && !m->plural && !places)
        continue;  // "RIYADH -", "In Kyiv,"
      if (possessive_pronoun(m) && !acts_through_noun(m)) continue;
      if (followed_by_possessive(m) && !acts_through_noun(m)) continue;  // "Washington's plan"
      // the first mention of the clause and what is coordinated with it
      std::vector<int> g = entities_of(m);
      std::size_t j = k;
      while (j + 1 < ms_.size() && ms_[j + 1]->first < t) {
        const Mention* a = ms_[j];
        const Mention* b = ms_[j + 1];
        if (!coordinated(a, b) || b->modifier) break;
        for (int e : entities_of(b)) g.push_back(e);
        ++j;
      }
      if (subj_end) *subj_end = ms_[j]->last;
      if (companions) {
        // "X, accompanied by Y, met Z": Y (and what is coordinated with it) met Z too
        for (std::uint32_t i = ms_[j]->last; i + 1 < t; ++i) {
          std::string_view w = lower(i), w2 = lower(i + 1);
          const bool by = (w == "accompanied" || w == "joined" || w == "flanked") && w2 == "by";
          const bool with = (w == "along" || w == "together") && w2 == "with";
          if (!by && !with) continue;
          for (const int e : objects(i + 2)) companions->push_back(e);
          break;
        }
      }
      return g;
    }
    return {};
  }

  // ---- objects ----

  bool stop_word(std::string_view w) const {
    return is_any(w, ".", ";", ":", "for", "in", "on", "at", "from", "over", "during", "after", "before", "since",
                  "that", "which", "who", "because", "while", "when", "to", "by", "with", "as", "(", ")", "but", "and",
                  "of", "about", "into", "if", "than", "until", "amid", "despite", "\"", "\xE2\x80\x9C", "\xE2\x80\x9D",
                  "-", "\xE2\x80\x94", "\xE2\x80\x93", "?", "!");
  }

  std::vector<int> objects(std::uint32_t j, std::vector<const Mention*>* used = nullptr) const {
    std::vector<int> out;
    bool found = false;
    int words = 0;
    while (j < se_->last && words < 10) {
      const Mention* m = starting_at(j);
      if (m) {
        if (possessive_pronoun(m) || thing_name(m) ||
            ((m->modifier || followed_by_possessive(m)) && !acts_through_noun(m))) {
          j = m->last;
          ++words;
          continue;
        }
        for (int e : entities_of(m)) out.push_back(e);
        if (used) used->push_back(m);
        found = true;
        j = m->last;
        if (!continue_list(j)) break;
        found = false;  // "and U.S. envoy Steve Whitkoff": descriptors may precede the next one
        words = 6;
        continue;
      }
      if (is_reporting(j)) break;  // "welcomed the statement and said G7 ministers ...": another clause
      std::string_view w = lower(j);
      if (w == "of" && j > se_->first &&
          (place_descriptor(j - 1) || ex_.is(j - 1, kAgentNoun) ||
           is_any(lower(j - 1), "assets", "areas", "area", "leaders", "members", "representatives"))) {
        // "the town of X", "leaders of X's government": X is the object
        ++j;
        continue;
      }
      if ((w == "," || w == "and") && !found) {  // "son-in-law and adviser, Jared Kushner"
        ++j;
        continue;
      }
      if (stop_word(w) || found) break;
      ++j;
      ++words;
    }
    return out;
  }

  // A name that stands for a thing, not an actor: after an indefinite article or a number ("an
  // Oscar", "1.90 News Corp shares"), or, for meetings, before a plural noun ("Kennedy Center
  // honours", "Oscar nominations") unless that noun is an agent ("Russian diplomats").
  bool thing_name(const Mention* m) const {
    if (m->kind != MentionKind::Name || acts_through_noun(m)) return false;
    if (m->first > se_->first) {
      const std::uint32_t b = m->first - 1;
      if (is_any(lower(b), "a", "an", "another") || ex_.tokens[b].has(kNumber)) return true;
    }
    if (!pattern_ || pattern_->relation != RelationType::MetWith || m->last >= se_->last) return false;
    const Token& n = ex_.tokens[m->last];
    std::string_view w = lower(m->last);
    return n.has(kWord) && !n.has(kCap) && w.size() > 3 && w.back() == 's' && !ex_.is(m->last, kFunctionWord) &&
           !ex_.is(m->last, kAgentNoun) && !is_reporting(m->last);
  }

  // After an object: is there another one? Advances j to it.
  bool continue_list(std::uint32_t& j) const {
    // "X officials and Y": the people the name acts through, before the list goes on
    if (j < se_->last && ex_.is(j, kAgentNoun) && !ex_.tokens[j].has(kCap)) ++j;
    while (j < se_->last) {
      std::string_view w = lower(j);
      if (w == ",") {
        const std::uint32_t k = j + 1;
        if (k >= se_->last) return false;
        std::string_view n = lower(k);
        if (starting_at(k)) {
          j = k;
          return true;
        }
        if (n == "and" || n == "as" || n == "or") {
          j = k;
          continue;
        }
        if (is_any(n, "in", "on", "at", "near", "a", "an", "the", "its", "his", "their", "which", "who", "whose",
                   "including", "both", "each", "one", "some") ||
            ex_.tokens[k].has(kNumber)) {
          // an apposition or a place phrase: skip to the next comma
          std::uint32_t c = k;
          while (c < se_->last && tok(c) != "," && tok(c) != "." && tok(c) != ";") ++c;
          if (c >= se_->last || tok(c) != ",") return false;
          j = c;
          continue;
        }
        return false;
      }
      if (w == "and" || w == "or" || w == "plus") {
        ++j;
      } else if (w == "as" && j + 2 < se_->last && lower(j + 1) == "well" && lower(j + 2) == "as") {
        j += 3;
      } else {
        return false;
      }
      // skip a repeated preposition and a short descriptor: "and on its chief executive, Igor Belov"
      std::uint32_t k = j;
      int skipped = 0;
      while (k < se_->last && skipped < 5 && !starting_at(k)) {
        std::string_view x = lower(k);
        const bool place_of = x == "of" && k > 0 && place_descriptor(k - 1);
        if (x == "," || place_of ||
            is_any(x, "on", "against", "with", "the", "a", "an", "its", "his", "her", "their") ||
            (ex_.tokens[k].has(kWord) && !ex_.tokens[k].has(kCap) && !stop_word(x))) {
          ++k;
          ++skipped;
          continue;
        }
        break;
      }
      if (k < se_->last && starting_at(k)) {
        if (opens_clause(starting_at(k))) return false;  // "captured X and Kyiv condemned it"
        j = k;
        return true;
      }
      return false;
    }
    return false;
  }

  // A mention followed by a finite verb is the subject of a new clause, not one more object.
  bool opens_clause(const Mention* m) const {
    if (m->last >= se_->last) return false;
    std::string_view w = lower(m->last);
    return is_any(w, "has", "have", "had", "will", "would", "is", "was", "were", "are", "did", "does", "could",
                  "should", "may", "might", "must", "can") ||
           is_reporting(m->last) || ex_.is(m->last, kTriggerStart) || finite_past(m->last);
  }
  // "condemned it", not "based in" / "owned by": a past form that does not open a modifier phrase.
  bool finite_past(std::uint32_t i) const {
    if (!lx_.is_participle(lower(i)) || i + 1 >= se_->last) return false;
    std::string_view next = lower(i + 1);
    return !ex_.tokens[i + 1].has(kPunct) && !is_any(next, "by", "in", "at", "on", "of", "as", "with", "to", "for",
                                                     "from", "under", "over", "into", "and", "or");
  }

  // ---- modality ----

  struct Mode {
    Modality modality = Modality::Asserted;
    int claimant = -1;
  };

  bool cue_at(const Cue& c, std::uint32_t i, std::uint32_t limit) const {
    if (i + c.words.size() > limit) return false;
    for (std::size_t k = 0; k < c.words.size(); ++k)
      if (lower(i + static_cast<std::uint32_t>(k)) != c.words[k]) return false;
    return true;
  }

  Mode modality(std::uint32_t from, std::uint32_t trigger, std::uint32_t clause) const {
    Mode mode;
    bool neg = false, planned = false, hearsay = false;
    for (std::uint32_t i = from; i < trigger; ++i) {
      // "X denies it - and on Friday blamed Y": a clause coordinated after a comma, a dash or a
      // semicolon has its own modality
      if (i > from && (tok(i) == ";" || (is_any(lower(i), "and", "but") && is_any(tok(i - 1), ",", "-", ";")))) {
        neg = planned = hearsay = false;
        continue;
      }
      const auto* starting = lx_.cues_starting(lower(i));
      if (!starting) continue;
      for (std::size_t ci : *starting) {
        const Cue& c = lx_.cues()[ci];
        if (c.kind == CueKind::Reported || !cue_at(c, i, trigger)) continue;
        if (c.words.size() == 1 && c.words[0] == "to" && i + 1 != trigger) continue;  // infinitive only
        if (c.kind == CueKind::Negated) neg = true;
        if (c.kind == CueKind::Planned) planned = true;
        if (c.kind == CueKind::Unconfirmed) hearsay = true;
      }
    }
    // "X said that ...", "X denied that ...": the clause before "that"
    if (clause > se_->first && lower(clause - 1) == "that") {
      const std::uint32_t that = clause - 1;
      const std::uint32_t outer = clause_start(that);
      for (std::uint32_t i = outer; i < that; ++i) {
        const auto* starting = lx_.cues_starting(lower(i));
        if (!starting) continue;
        for (std::size_t ci : *starting) {
          const Cue& c = lx_.cues()[ci];
          if (!cue_at(c, i, that)) continue;
          if (c.kind == CueKind::Negated && c.words.size() == 1 && (c.words[0] == "denied" || c.words[0] == "denies"))
            neg = true;
          if (c.kind == CueKind::Reported && mode.claimant < 0) {
            auto g = subject(i, false, nullptr, nullptr, nullptr);
            if (!g.empty()) mode.claimant = g[0];
          }
        }
      }
    }
    if (mode.claimant < 0) {
      for (std::uint32_t i = se_->first; i + 2 < se_->last; ++i) {
        if (lower(i) == "according" && lower(i + 1) == "to") {
          auto o = objects(i + 2);
          if (!o.empty()) mode.claimant = o[0];
        }
      }
    }
    mode.modality = neg       ? Modality::Negated
                    : planned ? Modality::Planned
                    : hearsay ? Modality::Unconfirmed
                              : Modality::Asserted;
    return mode;
  }

  // ---- frames ----

  bool is_passive(std::uint32_t t) const {
    if (!lx_.is_participle(lower(t))) return false;
    for (std::uint32_t i = t; i > se_->first && i + 4 > t; --i) {
      std::string_view w = lower(i - 1);
      if (is_any(w, "was", "were", "is", "are", "been", "be", "being", "got", "get", "gets")) return true;
      if (!(w == "also" || w == "not" || w == "reportedly" || w == "allegedly" || w == "later" || w == "recently" ||
            (w.size() > 3 && w.compare(w.size() - 2, 2, "ly") == 0)))
        return false;
    }
    return false;
  }

  bool is_reporting(std::uint32_t i) const {
    const auto* starting = lx_.cues_starting(lower(i));
    if (!starting) return false;
    for (std::size_t ci : *starting) {
      const Cue& c = lx_.cues()[ci];
      if (c.kind == CueKind::Reported && c.words.size() == 1) return true;
    }
    return false;
  }

  bool verb_frame(const TriggerPattern& p, std::uint32_t t, std::uint32_t end, bool ing) {
    int reporter = -1;
    std::vector<int> companions;
    std::uint32_t subj_end = t, start = se_->first;
    std::vector<int> agents, targets;
    std::vector<const Mention*> used;
    const bool passive = p.frame == Frame::Verb && !ing && is_passive(t);
    if (passive && p.relation == RelationType::MetWith && t + 1 < se_->last && lower(t + 1) == "with")
      return false;  // "it was met with protests": a reception, not a meeting
    if (passive) {
      targets = subject(t, false, nullptr, &subj_end, &start, 0, true);
      // "was accused ... by X": the first "by" in the clause that names an actor
      for (std::uint32_t k = end; k < se_->last && k < end + 25; ++k) {
        std::string_view w = lower(k);
        if (w == "." || w == ";" || w == "that" || w == "which" || w == "who") break;
        if (w == "by") {
          agents = objects(k + 1);
          if (!agents.empty()) break;
        }
      }
    } else {
      agents = subject(t, ing, &companions, &subj_end, &start, 0, p.frame == Frame::Reverse);
      targets = objects(end, &used);
      // "Moscow said its troops had captured X": the reporter is the claimant, the subject
      // of the reported clause the agent
      for (std::uint32_t i = subj_end; i < t && !agents.empty(); ++i) {
        if (!is_reporting(i)) continue;
        std::uint32_t from = i + 1;
        if (from < t && lower(from) == "that") ++from;
        std::uint32_t inner_end = t, inner_start = from;
        auto inner = subject(t, ing, nullptr, &inner_end, &inner_start, from);
        if (inner.empty()) break;
        reporter = agents[0];
        agents = inner;
        subj_end = inner_end;
        start = from;
        break;
      }
    }
    if (p.frame == Frame::Reverse) std::swap(agents, targets);
    confidence_ = passive ? 0.85f : p.frame == Frame::Reverse ? 0.8f : 0.9f;
    if (reporter >= 0) confidence_ -= 0.05f;
    Mode mode = modality(subj_end <= t ? subj_end : start, t, start);
    if (reporter >= 0) mode.claimant = reporter;
    const std::string trigger =
        std::string(ex_.doc.text.substr(ex_.tokens[t].begin, ex_.tokens[end - 1].end - ex_.tokens[t].begin));
    bool any = false;
    if (p.relation == RelationType::MetWith) {
      direct_agents_ = agents.size();
      for (int c : companions) agents.push_back(c);
      if (targets.empty() && agents.size() >= 2 && !passive && p.elements.back().words.size() &&
          p.elements.back().words[0] != "with" && intransitive_end(end)) {
        // "X and Y met", "X and Y held talks"
        for (std::size_t a = 0; a < agents.size(); ++a)
          for (std::size_t b = a + 1; b < agents.size(); ++b)
            any |= emit(p, agents[a], agents[b], mode, t, end, trigger);
        return any;
      }
    }
    for (int a : agents)  // the same group on both sides is a misreading ("Among the firms accused were ...")
      if (std::find(targets.begin(), targets.end(), a) != targets.end()) return false;
    if (p.known_place) {  // "took over Kabul" yes, "took over the chart show" no
      std::erase_if(targets, [&](int e) {
        if (!ex_.entities[static_cast<std::size_t>(e)].typed_by_default) return false;
        for (const Mention* m : used)
          if (m->entity == e && m->first >= se_->first + 2 && lower(m->first - 1) == "of" &&
              place_descriptor(m->first - 2))
            return false;  // "the town of Menaka"
        return true;
      });
      if (targets.empty()) return false;
    }
    if (p.place_object) refine_places(targets, used);
    const float base = confidence_;
    for (std::size_t i = 0; i < agents.size(); ++i) {
      confidence_ = i >= direct_agents_ ? base - 0.15f : base;  // a companion ("accompanied by")
      for (int b : targets) any |= emit(p, agents[i], b, mode, t, end, trigger);
    }
    confidence_ = base;
    direct_agents_ = ~std::size_t{0};
    return any;
  }

  std::size_t direct_agents_ = ~std::size_t{0};

  // "X and Y met on Monday" but not "they met many of the demands": nothing but time, place,
  // manner or the end of the clause may follow an intransitive use.
  bool intransitive_end(std::uint32_t end) const {
    if (end >= se_->last) return true;
    std::string_view w = lower(end);
    if (!ex_.tokens[end].has(kWord)) return w != "\"" && w != "\xE2\x80\x9C";
    return is_any(w, "on", "in", "at", "for", "last", "yesterday", "today", "again", "privately", "briefly", "twice",
                  "during", "after", "before", "late", "early", "earlier", "later", "this", "and", "but", "behind",
                  "near", "outside", "inside", "over", "face-to-face", "separately", "secretly") ||
           (w.size() > 3 && w.compare(w.size() - 2, 2, "ly") == 0);
  }

  bool noun_frame(const TriggerPattern& p, std::uint32_t t, std::uint32_t end) {
    confidence_ = 0.75f;
    const std::string last = p.elements.back().words.empty() ? std::string() : p.elements.back().words[0];
    std::uint32_t from = t > se_->first + 3 ? t - 3 : se_->first;
    Mode mode = modality(from, t, clause_start(t));
    const std::string trigger =
        std::string(ex_.doc.text.substr(ex_.tokens[t].begin, ex_.tokens[end - 1].end - ex_.tokens[t].begin));
    std::vector<const Mention*> used;
    std::vector<int> targets = objects(end, &used);
    bool any = false;
    if (last == "between") {
      for (std::size_t a = 0; a < targets.size(); ++a)
        for (std::size_t b = a + 1; b < targets.size(); ++b)
          any |= emit(p, targets[a], targets[b], mode, t, end, trigger);
      return any;
    }
    // the agent: a possessor right before the noun ("Putin's meeting with", "their talks with")
    std::vector<int> agents;
    std::uint32_t k = t;
    while (k > se_->first && is_any(lower(k - 1), "new", "fresh", "further", "planned", "first", "latest", "recent"))
      --k;
    if (k > se_->first) {
      const Mention* m = nullptr;
      if (tok(k - 1) == "'s" || tok(k - 1) == "\xE2\x80\x99s") {
        for (const Mention* x : ms_)
          if (x->last == k - 1) m = x;
      } else {
        for (const Mention* x : ms_)
          if (x->last == k && possessive_pronoun(x)) m = x;
      }
      if (m) agents = entities_of(m);
    }
    if (agents.empty() && p.relation == RelationType::Sanctioned) agents = subject(t, false, nullptr, nullptr, nullptr);
    for (int a : agents)
      for (int b : targets) any |= emit(p, a, b, mode, t, end, trigger);
    return any;
  }

  // "captured X": an unknown word's default type gives way to the place the relation needs.
  void refine_places(std::vector<int>& targets, const std::vector<const Mention*>& used) {
    EntityType like = EntityType::Location;
    for (int e : targets)
      if (ex_.entities[static_cast<std::size_t>(e)].type == EntityType::City) like = EntityType::City;
    for (const Mention* m : used) {
      if (m->last > ex_.tokens.size()) continue;
      if (m->first >= 3 && lower(m->first - 1) == "of" && is_any(lower(m->first - 2), "city", "town", "village"))
        like = EntityType::City;
    }
    for (int e : targets) {
      Entity& x = ex_.entities[static_cast<std::size_t>(e)];
      if (x.typed_by_default) {
        x.type = like;
        x.typed_by_default = false;
      }
    }
  }

  // Where: the first place named with "in"/"at" in the sentence that is not an argument.
  int place_of(int a, int b) const {
    for (const Mention* m : ms_) {
      if (!m->locative || m->entity == a || m->entity == b) continue;
      if (!is_place(ex_.entities[static_cast<std::size_t>(m->entity)].type)) continue;
      return m->entity;
    }
    return -1;
  }

  // How sure the current pattern is: direct verbs most, passives and nouns less, companions least.
  float confidence_ = 0.9f;

  bool emit(const TriggerPattern& p, int a, int b, const Mode& mode, std::uint32_t t, std::uint32_t end,
            const std::string& trigger) {
    if (a < 0 || b < 0 || a == b) return false;
    if (!relation_accepts(p.relation, ex_.entities[static_cast<std::size_t>(a)].type,
                          ex_.entities[static_cast<std::size_t>(b)].type))
      return false;
    Relation r;
    r.type = p.relation;
    r.agent = a;
    r.target = b;
    r.modality = mode.modality;
    r.claimant = mode.claimant;
    r.place = place_of(a, b);
    r.confidence = confidence_;
    r.sentence = s_;
    r.begin = ex_.tokens[t].begin;
    r.end = ex_.tokens[end - 1].end;
    r.trigger = trigger;
    ex_.relations.push_back(std::move(r));
    return true;
  }
};

}  // namespace

void dedupe_relations(Extraction& ex) {
  std::set<std::tuple<int, int, int, std::uint32_t>> seen;
  std::vector<Relation> kept;
  for (auto& r : ex.relations) {
    int a = r.agent, b = r.target;
    if (r.type == RelationType::MetWith && a > b) std::swap(a, b);
    if (seen.insert({static_cast<int>(r.type), a, b, r.sentence}).second) kept.push_back(std::move(r));
  }
  ex.relations = std::move(kept);
}

void find_relations(Extraction& ex, const Lexicon& lx) {
  Finder(ex, lx).run();
}

}  // namespace newskg
