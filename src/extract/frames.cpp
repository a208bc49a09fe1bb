#include "extract/frames.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "common/words.hpp"
#include "syntax/tokens.hpp"
#include "text/utf8.hpp"

namespace newskg {

namespace {

constexpr int kNone = -1;

// One parsed sentence with what the frames ask of it: children by word, the mention covering
// each word, lower-case lemmas. Words are 0-based; heads too (-1: the root).
class Tree {
 public:
  std::vector<syntax::Word> words;
  std::vector<int> head;
  std::vector<std::vector<int>> kids;
  std::vector<const Mention*> mention;
  std::vector<std::string> lemma;
  std::vector<std::string> lower;  ///< each word's form in lower case (set once the words are known)

  void build() {
    const std::size_t n = words.size();
    head.assign(n, kNone);
    kids.assign(n, {});
    lemma.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      head[i] = words[i].head - 1;
      if (head[i] >= 0 && static_cast<std::size_t>(head[i]) < n)
        kids[static_cast<std::size_t>(head[i])].push_back(static_cast<int>(i));
      // a participle serving as a preposition ("following talks with X", "including") keeps its
      // form: as a preposition it is that word, not the verb's
      lemma[i] = utf8::lower(words[i].deprel == "case" && words[i].upos == "VERB" ? words[i].form : words[i].lemma);
    }
  }
  const std::string& rel(int i) const { return words[static_cast<std::size_t>(i)].deprel; }
  bool rel_is(int i, std::string_view r) const {
    const std::string& d = rel(i);
    return d == r || (d.size() > r.size() && d.compare(0, r.size(), r) == 0 && d[r.size()] == ':');
  }
  const std::string& lem(int i) const { return lemma[static_cast<std::size_t>(i)]; }
  const std::string& upos(int i) const { return words[static_cast<std::size_t>(i)].upos; }
  int up(int i) const { return head[static_cast<std::size_t>(i)]; }
  const std::vector<int>& children(int i) const { return kids[static_cast<std::size_t>(i)]; }
  // The preposition introducing word i ("with" of "with Putin"), or empty.
  std::string_view case_of(int i) const {
    // the nearest before it: "with Chancellor X about the crisis" hung on "crisis" is "about"
    int best = -1;
    for (int c : children(i))
      if ((rel(c) == "case" || (rel(c) == "mark" && upos(c) == "ADP")) && (best < 0 || (c < i && c > best))) best = c;
    if (best >= 0) return lem(best);
    // "by Mr Galloway" with "by" hung on "Mr": the case of the phrase's first word
    for (int c : children(i))
      if (c < i && (rel(c) == "compound" || rel(c) == "flat"))
        for (int d : children(c))
          if (rel(d) == "case") return lem(d);
    return {};
  }
  bool has_child(int i, std::string_view r) const {
    return std::any_of(children(i).begin(), children(i).end(), [&](int c) { return rel_is(c, r); });
  }
  bool passive(int v) const {
    if (has_child(v, "aux:pass")) return true;
    // a verb with an active subject as well is not ("European stock market Euronext has met")
    if (has_child(v, "nsubj:pass"))
      return std::none_of(children(v).begin(), children(v).end(), [&](int c) { return rel(c) == "nsubj"; });
    return rel_is(v, "acl") && !rel_is(v, "acl:relcl") && words[static_cast<std::size_t>(v)].xpos == "VBN" &&
           !has_child(v, "obj");
  }
};

struct Mode {
  Modality modality = Modality::Asserted;
  int claimant = -1;
};

class FrameFinder {
 public:
  FrameFinder(Extraction& ex, const Lexicon& lx, const syntax::Tagger& tagger, const syntax::Parser& parser)
      : ex_(ex), lx_(lx), tagger_(tagger), parser_(parser) {}

  // Returns how many sentences it tagged and parsed.
  FrameWork run() {
    std::vector<const Mention*> ms;
    std::size_t k = 0;
    std::vector<const Mention*> sorted;
    for (const Mention& m : ex_.mentions)
      if (!m.nested && m.entity >= 0) sorted.push_back(&m);
    std::stable_sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) {
      return a->sentence != b->sentence ? a->sentence < b->sentence : a->first < b->first;
    });
    for (std::uint32_t s = 0; s < ex_.sentences.size(); ++s) {
      ms.clear();
      while (k < sorted.size() && sorted[k]->sentence < s) ++k;
      while (k < sorted.size() && sorted[k]->sentence == s) ms.push_back(sorted[k++]);
      if (ms.size() < 2) continue;
      if (!candidate(ex_.sentences[s], ms)) continue;
      sentence(s, ms);
    }
    dedupe();
    return work_;
  }

 private:
  Extraction& ex_;
  const Lexicon& lx_;
  const syntax::Tagger& tagger_;
  const syntax::Parser& parser_;
  Tree tree_;
  FrameWork work_;
  std::uint32_t s_ = 0;
  bool question_ = false;
  int trigger_ = 0;  ///< the word try_frame is reading

  // Worth parsing: a trigger form outside names, with what some frame of it needs ("take" +
  // "control") in the sentence, and entities it could relate: two that act, or one that acts and
  // a place for a frame whose target is a place. Most sentences are not, and parsing is what
  // takes the time.
  bool candidate(const Sentence& se, const std::vector<const Mention*>& ms) const {
    std::vector<int> agents, places;
    for (const Mention* m : ms) {
      const EntityType t = ex_.entities[static_cast<std::size_t>(m->entity)].type;
      auto& into = is_agentive(t) ? agents : places;
      if (std::find(into.begin(), into.end(), m->entity) == into.end()) into.push_back(m->entity);
      // a group stands for several; a pronoun may be read again (other_antecedent)
      if ((!m->group.empty() && m->group.size() > 1) || m->kind == MentionKind::Pronoun)
        agents.push_back(-2 - static_cast<int>(agents.size()));
    }
    if (agents.empty() || agents.size() + places.size() < 2) return false;
    // a place frame's target: a place, or a name typed by default that an actor not typed by
    // default captures ("overran Kidal", try_frame); a known place for the frames that need one
    bool known_place = false, by_default = false, known_actor = false;
    for (const Mention* m : ms) {
      const Entity& e = ex_.entities[static_cast<std::size_t>(m->entity)];
      known_place |= is_place(e.type) && !e.typed_by_default;
      by_default |= e.typed_by_default;
      known_actor |= is_agentive(e.type) && !e.typed_by_default;
    }
    const bool place_like = known_place || (by_default && known_actor);
    std::size_t mi = 0;
    int reported = -1;  // whether some word of the sentence reports: not yet looked for
    int several = -1;   // whether its subjects may name two parties (several_parties): not yet either
    for (std::uint32_t t = se.first; t < se.last; ++t) {
      if (!ex_.is(t, kFrameWord)) continue;
      while (mi < ms.size() && ms[mi]->last <= t) ++mi;
      if (mi < ms.size() && ms[mi]->first <= t && ms[mi]->kind == MentionKind::Name) continue;  // "Summit Holdings"
      const auto* frames = lx_.frames_of_form(ex_.lower(t));
      if (!frames) continue;
      for (std::size_t f : *frames) {
        const RelationFrame& fr = lx_.frames()[f];
        if (fr.object == TargetKind::Agent && agents.size() < 2) continue;
        if (fr.object == TargetKind::Place && !place_like) continue;
        if (fr.object == TargetKind::KnownPlace && !known_place) continue;
        if (claimed(fr)) {  // "X said Y lied" needs a word that reports (looked for once)
          if (reported < 0) reported = reports(se) ? 1 : 0;
          if (reported == 0) continue;
        }
        bool needed = fr.needs.empty();
        for (std::uint32_t k = se.first; k < se.last && !needed; ++k)
          needed = std::find(fr.needs.begin(), fr.needs.end(), ex_.lower(k)) != fr.needs.end();
        if (!needed) continue;
        if (several < 0) several = several_parties(se, ms) ? 1 : 0;
        if (roles_by_form(fr, se, t, ms, several == 1)) return true;
      }
    }
    return false;
  }

  // What can_hold() asks, asked of the words alone before tagging, so that a sentence no frame
  // can read is not tagged either: the last preposition of a role's path after the trigger (or
  // before it with a relative pronoun), a verb's object possible (a mention or a noun through
  // which names act after it, "by", a relative pronoun), and for a meeting's partners named as
  // its subjects, a coordination or a mention of several (`several`). Says yes whenever can_hold()
  // may: what can_hold() reads in the tags (the words of a phrase, a noun's verb) is left to it.
  bool roles_by_form(const RelationFrame& fr, const Sentence& se, std::uint32_t t,
                     const std::vector<const Mention*>& ms, bool several) const {
    auto has = [&](std::string_view w) {
      for (std::uint32_t k = se.first; k < se.last; ++k)
        if (ex_.lower(k) == w) return true;
      return false;
    };
    auto relative = [&](std::uint32_t k) { return is_any(ex_.lower(k), "which", "who", "whom", "that"); };
    auto names_after = [&](std::string_view w) {
      for (std::uint32_t k = se.first; k < se.last; ++k)
        if (ex_.lower(k) == w && (k > t || (k + 1 < se.last && relative(k + 1)))) return true;
      return false;
    };
    auto object = [&] {
      if (has("by")) return true;
      for (const Mention* m : ms)
        if (m->first > t) return true;
      for (std::uint32_t k = t + 1; k < se.last; ++k) {
        const std::string_view w = ex_.lower(k);
        if (is_any(w, "which", "who", "whom", "that", "other", "another") || names_act_through(w)) return true;
      }
      for (std::uint32_t k = se.first; k < t; ++k)
        if (relative(k)) return true;
      return false;
    };
    // (what tags would tell of a noun's subject and possessor is left to can_hold())
    auto any = [] { return true; };
    return roles_possible(fr, several && (may_pair(fr) || fr.noun), false, has, names_after, object, any, any);
  }

  // Whether a frame's partners may be its subjects instead of a role of their own: "X and Y met",
  // "X and Y held talks" (a mutual frame, or one whose target comes with "with" or "between").
  static bool may_pair(const RelationFrame& fr) {
    return fr.mutual || std::any_of(fr.target.begin(), fr.target.end(),
                                    [](const auto& path) { return is_any(path.front(), "with", "between"); });
  }

  // Whether each role of a frame may be filled: one of its paths holds, step by step (a verb's
  // object, a noun's subject and possessor each by their own check; a last preposition with a
  // phrase after it that may name someone, `names_after`; any other word of the path present,
  // `has`); the target need not, when its partners may be the subjects (`pairs`), nor the agent,
  // when a meeting "between" two needs none (`between`). The checks are the caller's: on the
  // words alone before tagging (roles_by_form) or on the tags (can_hold).
  template <class Has, class NamesAfter, class Object, class NounSubject, class Possessor>
  static bool roles_possible(const RelationFrame& fr, bool pairs, bool between, Has& has, NamesAfter& names_after,
                             Object& object, NounSubject& noun_subject, Possessor& possessor) {
    auto role = [&](const std::vector<std::vector<std::string>>& paths) {
      return std::any_of(paths.begin(), paths.end(), [&](const std::vector<std::string>& path) {
        if (!fr.noun && !fr.adjective && path.size() == 1 && is_any(path[0], "obj", "iobj")) return object();
        if (fr.noun && path.size() == 1 && path[0] == "subj") return noun_subject();
        if (fr.noun && path.size() == 1 && path[0] == "poss") return possessor();
        for (std::size_t k = 0; k < path.size(); ++k) {
          const std::string& step = path[k];
          if (is_any(step, "subj", "obj", "iobj", "poss", "claimant")) continue;
          if (k + 1 == path.size() && step != "that" ? !names_after(step) : !has(step)) return false;
        }
        return true;
      });
    };
    return (between || role(fr.agent)) && (pairs || role(fr.target));
  }

  // Whether token `lower` is, or has between hyphens or before an apostrophe (the parser's
  // words), a noun through which names act (what phrase_can_name() looks for: a title, an agent
  // or group noun, a place word, a spokesman), in the singular or the plural.
  bool names_act_through(std::string_view lower) const {
    auto acts = [&](std::string_view w) {
      const std::string_view one = w.size() > 1 && w.back() == 's' ? w.substr(0, w.size() - 1) : w;
      return lx_.title(w) || lx_.is_agent_noun(w) || lx_.is_group_noun(w) || lx_.is_group_noun(one) || place_word(w) ||
             is_any(one, "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen");
    };
    if (acts(lower)) return true;
    for (std::size_t from = 0, to; from < lower.size(); from = to + 1) {
      to = std::min(lower.find_first_of("-'", from), lower.size());
      if (to - from < lower.size() && acts(lower.substr(from, to - from))) return true;
    }
    return false;
  }

  // Whether some subject of the sentence may name two parties (who may meet each other, or trade
  // accusations): a mention of several ("the two leaders", "they"), or a coordinator ("and", "or",
  // "nor", "&", "but", "plus") with, within five words on either side, a mention or a noun
  // through which names act ("X and Y", "X's envoy and the Chinese minister").
  bool several_parties(const Sentence& se, const std::vector<const Mention*>& ms) const {
    if (std::any_of(ms.begin(), ms.end(), [](const Mention* m) { return m->plural || m->group.size() > 1; }))
      return true;
    auto party = [&](std::uint32_t k) {
      return std::any_of(ms.begin(), ms.end(), [&](const Mention* m) { return m->first <= k && k < m->last; }) ||
             names_act_through(ex_.lower(k));
    };
    for (std::uint32_t k = se.first; k < se.last; ++k) {
      if (!is_any(ex_.lower(k), "and", "or", "nor", "&", "but", "plus")) continue;
      bool before = false, after = false;
      for (std::uint32_t j = k > se.first + 5 ? k - 5 : se.first; j < k && !before; ++j) before = party(j);
      for (std::uint32_t j = k + 1; j < se.last && j <= k + 5 && !after; ++j) after = party(j);
      if (before && after) return true;
    }
    return false;
  }

  // Some word of the sentence may report speech: "said", a reported cue (modality.tsv), a claim.
  bool reports(const Sentence& se) const {
    for (std::uint32_t k = se.first; k < se.last; ++k) {
      const std::string_view w = ex_.lower(k);
      if (is_any(w, "said", "says", "say", "saying") || cue(w, CueKind::Reported, false) || claim_noun(w) ||
          (w.size() > 1 && w.back() == 's' && claim_noun(w.substr(0, w.size() - 1))))
        return true;
    }
    return false;
  }
  // A noun whose clause is what someone claims ("the claim that", "allegations that").
  static bool claim_noun(std::string_view w) {
    return is_any(w, "claim", "allegation", "accusation", "assertion", "suggestion", "charge", "report", "rumour",
                  "rumor", "speculation");
  }

  void sentence(std::uint32_t s, const std::vector<const Mention*>& ms) {
    s_ = s;
    const Sentence& se = ex_.sentences[s];
    std::vector<syntax::WordSpan> spans;
    for (std::uint32_t t = se.first; t < se.last; ++t)
      syntax::ud_words(ex_.doc.text, ex_.tokens[t].begin, ex_.tokens[t].end, spans);
    // a dateline ("KYIV -") is no part of the sentence's tree: it would become its subject
    if (const std::size_t d = syntax::dateline_words(ex_.doc.text, spans))
      spans.erase(spans.begin(), spans.begin() + static_cast<std::ptrdiff_t>(d));
    if (spans.empty() || spans.size() > 250) return;  // a table or a run-on "sentence": no trees
    Tree& tr = tree_;
    tr.words.assign(spans.size(), {});
    for (std::size_t i = 0; i < spans.size(); ++i) {
      tr.words[i].form = std::string(ex_.doc.text.substr(spans[i].begin, spans[i].end - spans[i].begin));
      tr.words[i].begin = spans[i].begin;
      tr.words[i].end = spans[i].end;
    }
    tagger_.tag(tr.words);
    ++work_.tagged;
    tr.lower.resize(tr.words.size());
    for (std::size_t i = 0; i < tr.words.size(); ++i) tr.lower[i] = utf8::lower(tr.words[i].form);
    retag_verbs(tr);
    tr.mention.assign(spans.size(), nullptr);
    for (std::size_t i = 0, k = 0; i < spans.size(); ++i) {
      while (k < ms.size() && ms[k]->end <= spans[i].begin) ++k;
      if (k < ms.size() && ms[k]->begin <= spans[i].begin && spans[i].end <= ms[k]->end) tr.mention[i] = ms[k];
    }
    // the tags decide whether a parse can pay: a trigger word of a frame's part of speech, and
    // the words the frame needs
    bool any = false;
    // whether some subject may stand for two parties: a coordination, or a mention of several
    const bool several = several_parties(se, ms);
    for (std::size_t i = 0; i < spans.size() && !any; ++i) {
      const std::string& pos = tr.words[i].upos;
      if (pos != "NOUN" && pos != "VERB" && pos != "PROPN" && pos != "ADJ") continue;
      const auto* frames = frames_of(static_cast<int>(i));
      if (!frames) continue;
      for (std::size_t f : *frames) {
        any |=
            fits(lx_.frames()[f], tr, static_cast<int>(i)) && can_hold(lx_.frames()[f], static_cast<int>(i), several);
      }
    }
    if (!any) return;
    parser_.parse(tr.words);
    ++work_.parsed;
    if (reread_verbs(tr)) {
      parser_.parse(tr.words);
      ++work_.parsed;
    }
    mend_two_subjects(tr);
    tr.build();
    question_ = tr.words.back().form == "?";
    for (int i = 0; i < static_cast<int>(tr.words.size()); ++i) {
      const std::string& pos = tr.upos(i);
      if (pos != "NOUN" && pos != "PROPN" && pos != "VERB" && pos != "ADJ") continue;
      if (tr.mention[static_cast<std::size_t>(i)] && tr.mention[static_cast<std::size_t>(i)]->kind == MentionKind::Name)
        continue;  // "Summit Holdings"
      const auto* frames = frames_of(i);
      if (!frames) continue;
      for (std::size_t f : *frames) {
        const RelationFrame& fr = lx_.frames()[f];
        if (!fits(fr, tr, i)) continue;
        if (try_frame(fr, i)) break;
      }
    }
  }

  // Keeps the first of the relations of one type between the same two entities (either way round
  // for meetings) in one sentence: two frames, or two words of one, may read the same.
  void dedupe() {
    std::set<std::tuple<int, int, int, std::uint32_t>> seen;
    std::vector<Relation> kept;
    for (Relation& r : ex_.relations) {
      int a = r.agent, b = r.target;
      if (r.type == RelationType::MetWith && a > b) std::swap(a, b);
      if (seen.insert({static_cast<int>(r.type), a, b, r.sentence}).second) kept.push_back(std::move(r));
    }
    ex_.relations = std::move(kept);
  }

  // Whether `lower_form` is a form of some verb frame's trigger.
  bool verb_frame_form(std::string_view lower_form) const {
    const auto* frames = lx_.frames_of_form(lower_form);
    return frames && std::any_of(frames->begin(), frames->end(),
                                 [&](std::size_t f) { return !lx_.frames()[f].noun && !lx_.frames()[f].adjective; });
  }

  // A lower-case word the tagger made a proper noun among capitalised ones ("Fighters of the
  // Tuareg Front overran Kidal") is a verb when it is a form of a verb frame's trigger: tagged
  // again before the parse, so that the tree has its verb.
  // So is a past form in "-ed" read as an adjective right after a proper noun ("Secretary X
  // telephoned Minister Y"; not "the accused man").
  void retag_verbs(Tree& tr) const {
    for (std::size_t i = 0; i < tr.words.size(); ++i) {
      syntax::Word& w = tr.words[i];
      // "Jordan's visiting King X", "the firm's growing debt": a participle in "-ing" between a
      // possessive and a noun modifies the noun (the tree would make it a clause of its own)
      if (w.upos == "VERB" && w.xpos == "VBG" && i > 0 && tr.words[i - 1].xpos == "POS" && i + 1 < tr.words.size() &&
          is_any(tr.words[i + 1].upos, "NOUN", "PROPN")) {
        w.upos = "ADJ";
        w.xpos = "JJ";
        continue;
      }
      // "is expected to sanction Belarus": a frame's verb the tagger made a noun after "to" and
      // before a noun phrase's first word is the infinitive
      if (w.upos == "NOUN" && i > 0 && i + 1 < tr.words.size() && tr.lower[i - 1] == "to" && !w.form.ends_with("s") &&
          !w.form.ends_with("ed") && !w.form.ends_with("ing") &&
          (is_any(tr.words[i + 1].upos, "DET", "PROPN", "PRON") ||
           (tr.words[i + 1].upos == "ADJ" && i + 2 < tr.words.size() &&
            is_any(tr.words[i + 2].upos, "NOUN", "PROPN"))) &&
          tr.words[i + 1].xpos != "WDT" && verb_frame_form(w.form)) {
        w.upos = "VERB";
        w.xpos = "VB";
        tr.words[i - 1].upos = "PART";
        tr.words[i - 1].xpos = "TO";
        continue;
      }
      if (w.form.empty() || !(w.form[0] >= 'a' && w.form[0] <= 'z')) continue;
      if (w.upos != "PROPN" && !(w.upos == "ADJ" && w.form.ends_with("ed") && i > 0 && tr.words[i - 1].upos == "PROPN"))
        continue;
      if (!verb_frame_form(w.form)) continue;
      w.upos = "VERB";
      w.xpos = w.form.ends_with("ing") ? "VBG" : w.form.ends_with("s") ? "VBZ" : "VBD";
    }
  }

  // "After meeting Chancellor X in Berlin, Y said ...": a verb with two subjects, the first right
  // after a frame's "-ing" verb that is a clause of it and has no object, is that verb's object
  // (the tree took the name for a subject and left "meeting" without one).
  static constexpr int kNoWord = -1;
  void mend_two_subjects(Tree& tr) const {
    const int n = static_cast<int>(tr.words.size());
    auto at = [&](int i) -> syntax::Word& { return tr.words[static_cast<std::size_t>(i)]; };  // 0-based
    for (int d1 = 0; d1 < n; ++d1) {
      const int h = at(d1).head;  // 1-based; 0 the root
      if (at(d1).deprel != "nsubj" || h == 0) continue;
      // the second subject: another of the verb, or an apposition of the first that runs up to
      // the verb with no comma to close it ("meeting X in Berlin, Mr Y said")
      int d2 = kNoWord;
      bool appos = false;
      for (int k = d1 + 1; k < n && d2 == kNoWord; ++k) {
        if (at(k).head == h && at(k).deprel == "nsubj") d2 = k;
        if (at(k).head == d1 + 1 && at(k).deprel == "appos" && k + 1 == h - 1) d2 = k, appos = true;
      }
      if (d2 == kNoWord) continue;
      // the first subject's first word, and the verb right before it
      int first = d1;
      for (int k = 0; k < d1 && first == d1; ++k) {
        int a = at(k).head - 1;
        for (int steps = 0; a >= 0 && a != d1 && steps < n; ++steps) a = at(a).head - 1;
        if (a == d1) first = k;
      }
      const int v = first - 1;
      if (v < 0) continue;
      const syntax::Word& verb = at(v);
      // (a clause of the verb, or of a clause of it: "Speaking after meeting X, Y said")
      const bool clause =
          verb.deprel == "advcl" &&
          (verb.head == h || (verb.head > 0 && at(verb.head - 1).head == h && at(verb.head - 1).deprel == "advcl"));
      if (verb.xpos != "VBG" || !clause || !verb_frame_form(tr.lower[static_cast<std::size_t>(v)])) continue;
      bool object = false;
      for (int k = 0; k < n; ++k) object |= at(k).head == v + 1 && at(k).deprel == "obj";
      if (object) continue;
      at(d1).head = v + 1;
      at(d1).deprel = "obj";
      if (appos) {
        at(d2).head = h;
        at(d2).deprel = "nsubj";
      }
    }
  }

  // A trigger verb in "-ed" that the tree made a modifier of the noun after it with no article or
  // adjective before it ("- and on Friday blamed X officials and ...") is a past tense: tagged
  // so for a second parse. Returns whether any was.
  bool reread_verbs(Tree& tr) const {
    bool any = false;
    for (std::size_t i = 1; i < tr.words.size(); ++i) {
      syntax::Word& w = tr.words[i];
      if (w.upos != "VERB" || w.xpos != "VBN" || w.deprel != "amod" || w.head <= static_cast<int>(i) + 1 ||
          !w.form.ends_with("ed"))
        continue;
      const syntax::Word& before = tr.words[i - 1];
      if (is_any(before.upos, "DET", "ADJ", "ADV", "NUM", "PRON") || before.deprel == "case") continue;
      if (!verb_frame_form(utf8::lower(w.form))) continue;
      w.xpos = "VBD";
      any = true;
    }
    return any;
  }

  // Whether the phrase from word k on may stand for an entity before the tree is built (what
  // entities() can read there): it holds a mention (not only a possessor: "his rules", "the
  // firm's plans"), or a noun through which names act (a title, "officials", "a group of", "the
  // city of"), or so does a phrase joined to it by punctuation, a conjunction or "as well as" (an
  // apposition, a conjunct). A phrase of no words may name no one (`empty`: what to say then).
  bool phrase_can_name(std::size_t k, bool empty) const {
    const Tree& tr = tree_;
    const std::size_t n = tr.words.size();
    auto quote = [&](std::size_t i) {
      return i < n && is_any(tr.words[i].form, "\"", "'", "`", "``", "\xE2\x80\x9C", "\xE2\x80\x98");
    };
    for (int joined = 0; joined < 4; ++joined) {
      while (quote(k)) ++k;  // an opening quotation mark: 'Tiger' file sharers
      const std::size_t first = k;
      for (; k < n; ++k) {
        const syntax::Word& w = tr.words[k];
        if (const Mention* m = tr.mention[k]) {
          std::size_t end = k + 1;
          while (end < n && tr.mention[end] == m) ++end;
          const bool possessor = w.xpos == "PRP$" || (end < n && tr.words[end].xpos == "POS");
          // (after a comma, a name before a verb is its subject: "..., X said")
          const bool subject = joined > 0 && end < n && is_any(tr.words[end].upos, "VERB", "AUX");
          if (!possessor && !subject) return true;
          k = end - 1;
          continue;
        }
        if (!is_any(w.upos, "DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON", "ADV") && w.xpos != "POS" &&
            !(w.upos == "VERB" && is_any(w.xpos, "VBG", "VBN")))
          break;
        const std::string& lower = tr.lower[k];
        if (lx_.title(lower) || lx_.is_agent_noun(lower) || lx_.is_group_noun(utf8::lower(w.lemma)) ||
            place_word(w.form) ||
            is_any(lower, "which", "who", "whom", "that", "spokesman", "spokeswoman", "spokesperson", "spokesmen",
                   "spokeswomen"))
          return true;
      }
      if (k == first && joined == 0) return empty;
      if (k >= n) return false;
      const syntax::Word& next = tr.words[k];
      if (next.upos == "CCONJ" || (next.upos == "PUNCT" && !is_any(next.form, ".", "?", "!")))
        ++k;
      else if (next.form == "as" && k + 2 < n && tr.words[k + 1].form == "well" && tr.words[k + 2].form == "as")
        k += 3;
      else
        return false;
    }
    return false;
  }

  // Whether a frame's roles may be filled, before the tree is built: each role needs one way in
  // (a path) whose words the sentence holds ("with", "against", "obj/of", "that"), with, after a
  // path's last preposition, a phrase that may name someone (phrase_can_name); a verb's object
  // needs such a phrase after the verb (or its particle: "took over X"), "each other", a relative
  // pronoun with a subject of its own before the verb ("whom X met") or a participle and "by" (a
  // passive's object is its subject); a subject, possessor or claimant needs no word. `several`: some subject may name
  // two parties (a coordination, a group, a plural), who may meet each other.
  bool can_hold(const RelationFrame& fr, int t, bool several) const {
    const Tree& tr = tree_;
    auto is_word = [&](std::size_t k, std::string_view w) { return tr.words[k].lemma == w || tr.lower[k] == w; };
    auto has = [&](std::string_view w) {
      for (std::size_t k = 0; k < tr.words.size(); ++k)
        if (is_word(k, w)) return true;
      return false;
    };
    // (after the trigger, or before it with a relative pronoun: "the firm with which it held talks")
    auto names_after = [&](std::string_view w) {
      for (std::size_t k = 0; k < tr.words.size(); ++k) {
        if (!is_word(k, w)) continue;
        if (static_cast<int>(k) > t ? phrase_can_name(k + 1, true)
                                    : k + 1 < tr.words.size() && is_any(tr.lower[k + 1], "which", "whom", "who"))
          return true;
      }
      return false;
    };
    auto object = [&] {
      // a passive's object is its subject, and its agent comes with "by"
      if (tr.words[static_cast<std::size_t>(t)].xpos == "VBN" && has("by")) return true;
      // the phrase after the verb, or after its particle or preposition ("took over X", "met on
      // Monday the president")
      auto k = static_cast<std::size_t>(t) + 1;
      while (k < tr.words.size() && tr.words[k].upos == "ADV" && !tr.mention[k]) ++k;
      if (phrase_can_name(k, false)) return true;
      if (k < tr.words.size() && is_any(tr.words[k].upos, "ADP", "PART") && phrase_can_name(k + 1, false)) return true;
      for (std::size_t j = static_cast<std::size_t>(t) + 1; j < tr.words.size(); ++j)
        if (is_any(tr.words[j].form, "other", "another")) return true;
      // a relative pronoun whose clause has a subject of its own before the verb ("whom X met")
      for (int j = 0; j < t; ++j) {
        if (!is_any(tr.lower[static_cast<std::size_t>(j)], "which", "who", "whom", "that")) continue;
        for (int i = j + 1; i < t; ++i)
          if (!is_any(tr.upos(i), "ADV", "AUX", "PART")) return true;
      }
      return false;
    };
    // a noun's subject is a verb's of `via` (or of any verb when it has none: "X holds talks",
    // "following talks with Y, X said"), or, with a copula or "in" before the noun, the clause's
    // ("X is in talks with Y"); its possessor is a possessive before it
    auto before = [&](auto&& pred) {
      return std::any_of(tr.words.begin(), tr.words.begin() + t, [&](const syntax::Word& x) { return pred(x); });
    };
    auto noun_subject = [&] {
      return fr.via.empty() ||
             std::any_of(fr.via.begin(), fr.via.end(), [&](const std::string& v) { return has(v); }) ||
             before([](const syntax::Word& x) { return x.lemma == "be" || x.form == "in"; });
    };
    // (a possessor, or a name compounded with the noun: "the EU embargo", "its talks", "X's visit",
    // in the noun's phrase)
    auto possessor = [&] {
      for (int k = t - 1; k >= 0; --k) {
        const syntax::Word& x = tr.words[static_cast<std::size_t>(k)];
        if (tr.mention[static_cast<std::size_t>(k)] || is_any(x.xpos, "PRP$", "POS")) return true;
        if (!is_any(x.upos, "DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV") && x.form != "-") return false;
      }
      return false;
    };
    // (a meeting's partners may be its subjects instead: "X and Y held talks"; so may those who
    // trade accusations)
    const bool pairs =
        several &&
        (may_pair(fr) || (fr.noun && std::any_of(tr.words.begin(), tr.words.end(),
                                                 [](const syntax::Word& x) { return trading_verb(x.lemma); })));
    // ("talks between X and Y" need no one else)
    const bool between = fr.relation == RelationType::MetWith &&
                         std::any_of(fr.target.begin(), fr.target.end(),
                                     [](const auto& path) { return path.size() == 1 && path[0] == "between"; }) &&
                         names_after("between");
    const bool needed = fr.needs.empty() || std::any_of(fr.needs.begin(), fr.needs.end(), has);
    return needed && roles_possible(fr, pairs, between, has, names_after, object, noun_subject, possessor);
  }

  // Whether a frame's part of speech is word i's (a proper noun's is a noun's; so is an adjective's
  // that heads its phrase after an article: "gave a warm welcome to X", a tagger's error).
  static bool fits(const RelationFrame& fr, const Tree& tr, int i) {
    const auto& w = tr.words;
    const std::string& upos = w[static_cast<std::size_t>(i)].upos;
    if (!fr.noun) return upos == (fr.adjective ? "ADJ" : "VERB");
    if (upos == "NOUN" || upos == "PROPN") return true;
    if (upos != "ADJ" || static_cast<std::size_t>(i) + 1 >= w.size() ||
        is_any(w[static_cast<std::size_t>(i) + 1].upos, "NOUN", "PROPN", "ADJ", "NUM"))
      return false;
    for (int k = i - 1; k >= 0 && k >= i - 3; --k) {
      const std::string& u = w[static_cast<std::size_t>(k)].upos;
      if (u == "DET") return true;
      if (u != "ADJ" && u != "ADV") return false;
    }
    return false;
  }

  // The frames of word i: by its lemma, else by its form (a lemma the lemmatiser got wrong:
  // "denounced" -> "denounc").
  const std::vector<std::size_t>* frames_of(int i) const {
    const syntax::Word& w = tree_.words[static_cast<std::size_t>(i)];
    if (const auto* f = lx_.frames_for(utf8::lower(w.lemma))) return f;
    return lx_.frames_of_form(tree_.lower[static_cast<std::size_t>(i)]);
  }

  // ---- arguments ----

  // The subject words of verb v: its own, else what it shares: the verb it is coordinated with
  // or controlled by ("agreed to meet"), the noun a participle or relative clause modifies.
  std::vector<int> subjects(int v, int depth = 0) const {
    const Tree& tr = tree_;
    std::vector<int> out;
    for (int c : tr.children(v))
      if (tr.rel(c) == "nsubj" || tr.rel(c) == "nsubj:outer") {
        // "Robert Mugabe today accused": a day read as the subject; the name before it is
        if (c > 0 && tr.mention[static_cast<std::size_t>(c) - 1] && !tr.mention[static_cast<std::size_t>(c)] &&
            (is_any(tr.lem(c), "today", "yesterday", "tonight", "tomorrow") || is_day_name(tr.lem(c))))
          c = c - 1;
        out.push_back(c);
      }
    // "X warned the Europeans, accusing them": a participle's "subject" between the verb it
    // follows and its comma is that verb's object; the participle shares the verb's subject
    if (const int h = tr.up(v); out.size() == 1 && h >= 0 && h < out[0] && tr.rel_is(v, "advcl") &&
                                tr.words[static_cast<std::size_t>(v)].xpos == "VBG" && v > 0 &&
                                tr.words[static_cast<std::size_t>(v) - 1].form == "," && tr.upos(h) == "VERB" &&
                                depth <= 4)
      return subjects(h, depth + 1);
    if (!out.empty() || depth > 4) return out;
    const int h = tr.up(v);
    if (h < 0) return out;
    if (tr.rel_is(v, "conj") || tr.rel_is(v, "xcomp")) {
      if (tr.rel_is(v, "xcomp") && tr.passive(h)) return passive_subjects(h);
      // an object before the complement controls it: "asked X to meet Y" (X meets), "to make
      // ends meet" (no one meets)
      if (tr.rel_is(v, "xcomp"))
        for (int c : tr.children(h))
          if ((tr.rel(c) == "obj" || tr.rel(c) == "iobj") && c < v) return {c};
      return subjects(h, depth + 1);
    }
    // "prevented X from meeting Y": the object before the clause would do it; "X was banned from
    // suing Y": the passive's subject
    if (tr.rel_is(v, "advcl") && mark_of(v) == "from") {
      for (int c : tr.children(h))
        if (tr.rel(c) == "obj" && c < v) return {c};
      if (tr.passive(h)) return passive_subjects(h);
      return subjects(h, depth + 1);
    }
    if (tr.rel_is(v, "acl:relcl")) return {h};
    if (tr.rel_is(v, "acl") && mark_of(v) == "to" && tr.upos(h) == "NOUN") {
      // "Peru's decision to sanction Chile", "a bid by X to meet Y": the possessor or the "by"
      // of the noun the infinitive completes, not the noun
      for (int c : tr.children(h))
        if (tr.rel(c) == "nmod:poss") return {c};
      if (auto by = with_case(h, "by"); !by.empty()) return by;
      // "X has no plans to meet Y", "X made an attempt to seize Z": the subject of the verb
      // whose object the noun is
      if (const int g = tr.up(h); g >= 0 && tr.rel_is(h, "obj") && tr.upos(g) == "VERB") return subjects(g, depth + 1);
      return {};
    }
    if (tr.rel_is(v, "acl")) return {h};
    // "X flew to Oslo to meet Y": a clause of purpose shares its verb's subject
    if (purpose(v)) return subjects(h, depth + 1);
    // "X, who was expelled last year, accused Y": the main verb after the relative clause's
    // closing comma, hung inside the clause, has the clause's antecedent as its subject
    // (a past tense the tagger read as a participle has an object and no auxiliary)
    if (tr.rel_is(v, "advcl") &&
        (is_any(tr.words[static_cast<std::size_t>(v)].xpos, "VBD", "VBZ", "VBP") ||
         (tr.words[static_cast<std::size_t>(v)].xpos == "VBN" && tr.has_child(v, "obj") && !tr.has_child(v, "aux"))) &&
        mark_of(v).empty() && tr.rel_is(h, "acl:relcl") && tr.up(h) >= 0 && v > 0 &&
        tr.words[static_cast<std::size_t>(v) - 1].form == ",")
      return {tr.up(h)};
    if (tr.rel_is(v, "advcl") && (tr.words[static_cast<std::size_t>(v)].xpos == "VBG"))
      // "X, who was fined for accusing Y": of a passive, its passive subject (not of a bare
      // participle: "saw X thrown out of the band, accusing him")
      return tr.passive(h) && !mark_of(v).empty() ? passive_subjects(h) : subjects(h, depth + 1);
    return out;
  }
  // Whether v is a clause of purpose ("flew to Oslo to meet X"): an infinitive hung on an active
  // verb before it with no punctuation between them (not a perfect: "reported to have met").
  bool purpose(int v) const {
    const Tree& tr = tree_;
    const int h = tr.up(v);
    if (h < 0 || h > v || !tr.rel_is(v, "advcl") || mark_of(v) != "to" || tr.upos(h) != "VERB" || tr.passive(h))
      return false;
    for (int c : tr.children(v))
      if (tr.rel(c) == "aux" && tr.lem(c) == "have") return false;
    for (int k = h + 1; k < v; ++k)
      if (tr.upos(k) == "PUNCT") return false;
    return true;
  }
  std::vector<int> passive_subjects(int v) const {
    const Tree& tr = tree_;
    std::vector<int> out;
    for (int c : tr.children(v))
      if (tr.rel(c) == "nsubj:pass") out.push_back(c);
    if (out.empty() && (tr.rel_is(v, "acl") && !tr.rel_is(v, "acl:relcl"))) out.push_back(tr.up(v));
    if (out.empty() && tr.rel_is(v, "conj") && tr.up(v) >= 0) return passive_subjects(tr.up(v));
    return out;
  }
  // The dependents of w that `prep` introduces ("with" + X). A nominal conjunct of w itself with
  // the same preposition is one more ("sanctions on the firm X and on its owner, Y", where the
  // tree hung "and on its owner" on the verb).
  std::vector<int> with_case(int w, std::string_view prep) const {
    const Tree& tr = tree_;
    std::vector<int> out;
    for (int c : tr.children(w)) {
      const bool nominal_conj = tr.rel(c) == "conj" && is_any(tr.upos(c), "NOUN", "PROPN", "ADJ");
      if (!(tr.rel_is(c, "obl") || (tr.rel_is(c, "nmod") && tr.rel(c) != "nmod:poss") || tr.rel_is(c, "advcl") ||
            nominal_conj))
        continue;
      if (tr.case_of(c) == prep) out.push_back(c);
    }
    return out;
  }
  // The verb a noun is the object (or an oblique, or a passive subject) of, when `fr.via`
  // allows it; kNone otherwise.
  int light_verb(const RelationFrame& fr, int n) const {
    const Tree& tr = tree_;
    int g = tr.up(n);
    // "held several rounds of talks with Y", "after two days of talks", "agreed a package of
    // sanctions": the noun of a measure of the frame's noun stands in its place
    if (g >= 0 && tr.rel_is(n, "nmod") && tr.case_of(n) == "of" && tr.upos(g) == "NOUN" &&
        is_any(tr.lem(g), "round", "series", "day", "hour", "week", "month", "year", "session", "package", "raft",
               "wave", "batch", "set")) {
      n = g;
      g = tr.up(n);
    }
    // "At a news conference following talks with Y, X said": a phrase of time hung on the verb's
    // oblique is the verb's (the parser's choice between the two is a guess)
    if (g >= 0 && tr.rel_is(n, "nmod") && tr.upos(g) == "NOUN" && tr.rel_is(g, "obl") && !fr.via.empty() &&
        is_any(tr.case_of(n), "after", "following", "during", "before") &&
        std::find(fr.via.begin(), fr.via.end(), tr.case_of(n)) != fr.via.end()) {
      const int v = tr.up(g);
      return v >= 0 && tr.upos(v) == "VERB" ? v : kNone;
    }
    if (g < 0 || tr.upos(g) != "VERB") return kNone;
    if (!(tr.rel_is(n, "obj") || tr.rel_is(n, "obl") || tr.rel(n) == "nsubj:pass")) return kNone;
    if (fr.via.empty()) return g;
    auto in = [&](std::string_view w) { return std::find(fr.via.begin(), fr.via.end(), w) != fr.via.end(); };
    if (in(tr.lem(g)) || (tr.rel_is(n, "obl") && in(tr.case_of(n)))) return g;
    return kNone;
  }

  // A participle of one of the frame's verbs that modifies noun n ("sanctions imposed by the EU
  // on Iran"), or kNone.
  int participle(const RelationFrame& fr, int n) const {
    const Tree& tr = tree_;
    for (int c : tr.children(n))
      if (tr.rel(c) == "acl" && tr.words[static_cast<std::size_t>(c)].xpos == "VBN" &&
          (fr.via.empty() || std::find(fr.via.begin(), fr.via.end(), tr.lem(c)) != fr.via.end()))
        return c;
    return kNone;
  }

  // A relative clause on noun n whose verb is one of the frame's ("the sanctions that X imposed
  // on Y", "the talks X held with Y"), or kNone.
  int relative_verb(const RelationFrame& fr, int n) const {
    const Tree& tr = tree_;
    if (fr.via.empty()) return kNone;
    for (int c : tr.children(n))
      if (tr.rel(c) == "acl:relcl" && tr.upos(c) == "VERB" && !tr.passive(c) &&
          std::find(fr.via.begin(), fr.via.end(), tr.lem(c)) != fr.via.end())
        return c;
    return kNone;
  }

  // Words in role `step` of word w (the trigger or a word reached by an earlier step).
  std::vector<int> step_words(const RelationFrame& fr, int w, std::string_view step, bool trigger) const {
    const Tree& tr = tree_;
    const bool verb = trigger && !fr.noun;
    std::vector<int> out;
    if (step == "subj") {
      if (verb) {
        if (!tr.passive(w)) return subjects(w);
        out = with_case(w, "by");
        return out.empty() ? late_agent(w) : out;
      }
      // the subject of a clause a "that" step reached ("alleged that Y lied"; not a passive's)
      if (!trigger) return !mark_of(w).empty() && !tr.passive(w) ? subjects(w) : out;
      const int g = light_verb(fr, w);
      if (g != kNone) return tr.passive(g) ? with_case(g, "by") : subjects(g);
      if (const int p = participle(fr, w); p != kNone) return with_case(p, "by");
      if (const int r = relative_verb(fr, w); r != kNone) return subjects(r);
      for (int c : tr.children(w))  // "X is in talks with Y": the subject of the copula
        if (tr.rel(c) == "nsubj" && (tr.has_child(w, "cop") || tr.case_of(w) == "in")) out.push_back(c);
      return out;
    }
    if (step == "obj" || step == "iobj") {
      if (verb && tr.passive(w)) return passive_subjects(w);
      for (int c : tr.children(w))
        if (tr.rel(c) == step) out.push_back(c);
      if (!out.empty() && verb && step == "obj")
        for (int c : as_well_as(w, out.front())) out.push_back(c);
      if (!out.empty() && verb && step == "obj")
        // "accused the prime minister and Mr Brown" with Brown hung on the verb: a proper noun
        // conjunct of the verb right after its object is one more object
        for (int c : tr.children(w))
          if (c > out.front() && tr.rel(c) == "conj" && tr.upos(c) == "PROPN" && !tr.has_child(c, "nsubj") &&
              !opens_clause(c))
            out.push_back(c);
      // (a clause of its own is no object: "said X met Y"; an infinitive is no such clause, its
      // subject a tree's error: "told Mr Brae of her plan to resign")
      const bool clause = std::any_of(tr.children(w).begin(), tr.children(w).end(), [&](int c) {
        return tr.rel_is(c, "xcomp") || (tr.rel(c) == "ccomp" && mark_of(c) != "to");
      });
      if (out.empty() && verb && step == "obj" && !clause) {
        // a name right after the verb that a wrong tree hung elsewhere ("met Prime Minister X"
        // read as a parataxis, "phoned Dein three times" with Dein the subject of "times"): the
        // name itself, else the head of the phrase that follows, when nothing introduces it
        const int n = static_cast<int>(tr.words.size());
        int k = w + 1;
        // "met then Home Office Minister X"; "told Mr Brown" with "Mr" outside the name
        while (k < n && ((tr.upos(k) == "ADV" && tr.up(k) != w) ||
                         (!tr.mention[static_cast<std::size_t>(k)] &&
                          lx_.title(utf8::lower(tr.words[static_cast<std::size_t>(k)].form)))))
          ++k;
        const Mention* next = k < n ? tr.mention[static_cast<std::size_t>(k)] : nullptr;
        if (next && next->kind == MentionKind::Name && next->begin == tr.words[static_cast<std::size_t>(k)].begin &&
            tr.upos(k) == "PROPN" && !opens_clause(k) && tr.case_of(k).empty()) {
          out.push_back(k);
          // "met then Minister X and Downing Street adviser Y": a person named after "and" and
          // words that describe them (titles, a body's name) is one more
          int j = k;  // past the name (and the person it describes: "Home Office Minister X")
          while (j < n && j < k + 8 &&
                 ((tr.mention[static_cast<std::size_t>(j)] &&
                   tr.mention[static_cast<std::size_t>(j)]->kind == MentionKind::Name) ||
                  lx_.title(utf8::lower(tr.words[static_cast<std::size_t>(j)].form))))
            ++j;
          if (j + 1 < n && tr.lem(j) == "and") {
            for (int q = j + 1; q < n && q < j + 6; ++q) {
              const Mention* y = tr.mention[static_cast<std::size_t>(q)];
              const std::string lower = utf8::lower(tr.words[static_cast<std::size_t>(q)].form);
              if (y && y->kind == MentionKind::Name && y->begin == tr.words[static_cast<std::size_t>(q)].begin &&
                  ex_.entities[static_cast<std::size_t>(y->entity)].type == EntityType::Person && !opens_clause(q)) {
                out.push_back(q);
                break;
              }
              if (!(y && y->kind == MentionKind::Name) && !lx_.title(lower)) break;
            }
          }
          return out;
        }
        // ("his Lithuanian counterpart X": a possessive pronoun is no object but a determiner)
        while (k < n && tr.up(k) > k && tr.up(k) < k + 6 &&
               (is_any(tr.upos(k), "ADJ", "DET", "PROPN", "NOUN", "NUM") || tr.rel(k) == "nmod:poss"))
          ++k;
        if (k < n && k > w && is_any(tr.upos(k), "PROPN", "NOUN", "PRON") && !(tr.up(k) == w && tr.rel_is(k, "obl")) &&
            tr.case_of(k).empty() && (tr.mention[static_cast<std::size_t>(k)] || tr.has_child(k, "appos")))
          out.push_back(k);
      }
      return out;
    }
    if (step == "claimant") return trigger ? claimant_words(w) : out;
    if (step == "that") {  // the clause "that" opens, unless it is negated ("alleged that Y had not lied")
      for (int c : tr.children(w))
        if ((tr.rel_is(c, "ccomp") || tr.rel_is(c, "acl")) && mark_of(c) == "that" &&
            std::none_of(tr.children(c).begin(), tr.children(c).end(), [&](int x) { return negation(x); }))
          out.push_back(c);
      return out;
    }
    if (step == "poss") {  // a possessor, else a name compounded with the noun
      for (int c : tr.children(w))
        if (tr.rel(c) == "nmod:poss") out.push_back(c);
      // "X held its third meeting with Y": a possessive pronoun on the object of the noun's verb
      // is that verb's subject when it has one
      if (trigger && fr.noun && out.size() == 1 && tr.upos(out[0]) == "PRON") {
        const int g = light_verb(fr, w);
        if (g != kNone && tr.rel_is(w, "obj") && !tr.passive(g))
          if (auto subj = subjects(g); !subj.empty() && tr.mention[static_cast<std::size_t>(subj[0])]) return subj;
      }
      if (out.empty())
        for (int c : tr.children(w))
          if ((tr.rel(c) == "compound" || tr.rel(c) == "amod") && tr.mention[static_cast<std::size_t>(c)])
            out.push_back(c);
      return out;
    }
    out = with_case(w, step);
    if (out.empty() && verb) out = after_day(w, step);
    if (out.empty() && trigger && fr.noun) {  // "held talks with X": X hangs on the verb
      const int g = tr.up(w);
      if (g >= 0 && tr.rel_is(w, "obj") && tr.upos(g) == "VERB") {
        out = with_case(g, step);
        if (out.empty()) out = after_day(g, step);
      }
      if (const int p = participle(fr, w); out.empty() && p != kNone) out = with_case(p, step);
      if (const int r = relative_verb(fr, w); out.empty() && r != kNone) out = with_case(r, step);
    }
    if (out.empty() && verb)  // "discussed the plan with X": X hangs on the object
      for (int c : tr.children(w))
        if (tr.rel(c) == "obj")
          for (int x : with_case(c, step)) out.push_back(x);
    if (out.empty() && trigger) {
      // the preposition right after the trigger, attached elsewhere by a wrong tree ("after a
      // meeting with his counterpart X"): its object is the first noun after it
      const std::size_t n = tr.words.size();
      const std::size_t p = static_cast<std::size_t>(w) + 1;
      if (p + 1 < n && tr.lem(static_cast<int>(p)) == step &&
          !(tr.rel(static_cast<int>(p)) == "case" && tr.up(static_cast<int>(p)) > w)) {
        for (std::size_t k = p + 1; k < n && k < p + 6; ++k) {
          const std::string& u = tr.words[k].upos;
          if (u == "DET" || u == "ADJ" || tr.rel(static_cast<int>(k)) == "nmod:poss") continue;
          if (u == "NOUN" || u == "PROPN" || u == "PRON") out.push_back(static_cast<int>(k));
          break;
        }
      }
      // the preposition a few words on, before a name, hung on a word past the name ("spoke by
      // phone with Chancellor X about the crisis" with "with" on "crisis"): the name
      // (titles between: "with Chancellor X")
      if (const int pq = preposition_after(w, step); out.empty() && pq != kNone) {
        std::size_t k = static_cast<std::size_t>(pq) + 1;
        while (k + 1 < n && !tr.mention[k] && lx_.title(utf8::lower(tr.words[k].form))) ++k;
        const Mention* m = tr.mention[k];
        const int h = tr.up(pq);
        if (m && m->kind == MentionKind::Name && m->begin == tr.words[k].begin && h >= 0 &&
            tr.words[static_cast<std::size_t>(h)].begin >= m->end)
          out.push_back(static_cast<int>(k));
      }
    }
    return out;
  }

  // "captured X, in eastern Y, ..., as well as Z": a conjunct after "as well as" that the tree
  // hung on a phrase of place or purpose after verb v's object `obj` (a preposition's noun or its
  // apposition) is one more object.
  std::vector<int> as_well_as(int v, int obj) const {
    const Tree& tr = tree_;
    std::vector<int> out;
    for (int c = obj + 1; c < static_cast<int>(tr.words.size()); ++c) {
      if (tr.rel(c) != "conj" || !tr.case_of(c).empty() || tr.up(c) == obj) continue;
      const bool as_well = std::any_of(tr.children(c).begin(), tr.children(c).end(), [&](int cc) {
        return tr.rel(cc) == "cc" && tr.lem(cc) == "as" &&
               std::any_of(tr.children(cc).begin(), tr.children(cc).end(),
                           [&](int f) { return tr.rel(f) == "fixed" && tr.lem(f) == "well"; });
      });
      if (!as_well) continue;
      // the conjunct's head: an oblique of v, or an apposition or modifier below one
      int h = tr.up(c);
      while (h >= 0 && h != v && (tr.rel_is(h, "appos") || tr.rel_is(h, "nmod"))) h = tr.up(h);
      if (h >= 0 && h != v && tr.rel_is(h, "obl") && tr.up(h) == v && !tr.case_of(h).empty()) out.push_back(c);
    }
    return out;
  }

  // The dependents `prep` introduces that the tree hung on a day on verb v ("launched an effort
  // on Saturday between X and Y", "met on Monday with X"): the phrase after a day is the verb's.
  std::vector<int> after_day(int v, std::string_view prep) const {
    const Tree& tr = tree_;
    for (int c : tr.children(v)) {
      if (!tr.rel_is(c, "obl")) continue;
      const std::string& l = tr.lem(c);
      if (is_day_name(l) || is_any(l, "today", "yesterday", "tomorrow", "tonight"))
        if (auto out = with_case(c, prep); !out.empty()) return out;
    }
    return {};
  }

  // A passive verb's "by" agent that the tree hung on an active verb of a clause below it ("was
  // accused of misusing funds by X", "..., most of it thought stolen, by X"): a noun that "by"
  // introduces there (a gerund is a means: "by selling shares"), or none.
  std::vector<int> late_agent(int w, int depth = 0) const {
    const Tree& tr = tree_;
    // (a "by" set off by a comma at the end of the sentence is the passive's even on a passive
    // below it: "..., part of it thought lost, by X.")
    auto set_off = [&](int c) {
      for (int k : tr.children(c))
        if (tr.rel(k) == "case" && tr.lem(k) == "by")
          return k > 0 && tr.words[static_cast<std::size_t>(k) - 1].form == ",";
      return false;
    };
    for (int v : tr.children(w)) {
      if (tr.upos(v) != "VERB" ||
          !(tr.rel_is(v, "advcl") || tr.rel_is(v, "xcomp") || tr.rel_is(v, "parataxis") || tr.rel_is(v, "ccomp")))
        continue;
      for (int c : with_case(v, "by"))
        if (is_any(tr.upos(c), "NOUN", "PROPN") && (!tr.passive(v) || set_off(c))) return {c};
      // (or on that verb's object: "accused of blocking access to X by the watchdog, Y")
      for (int o : tr.children(v))
        if (tr.rel(o) == "obj")
          for (int c : with_case(o, "by"))
            if (is_any(tr.upos(c), "NOUN", "PROPN")) return {c};
      if (depth < 2)
        if (auto deeper = late_agent(v, depth + 1); !deeper.empty()) return deeper;
    }
    return {};
  }

  // The preposition `step` (a "case" word) among the three words after trigger w, before any
  // verb or punctuation ("spoke by phone with X"), or kNone.
  int preposition_after(int w, std::string_view step) const {
    const Tree& tr = tree_;
    const int n = static_cast<int>(tr.words.size());
    for (int q = w + 1; q < n - 1 && q < w + 4; ++q) {
      if (tr.upos(q) == "VERB" || tr.upos(q) == "PUNCT") break;
      if (tr.lem(q) == step && tr.rel(q) == "case") return q;
    }
    return kNone;
  }

  // A verb that reports speech or a claim ("said", "claimed", "told"; modality.tsv's reported
  // cues).
  bool reporting(int v) const { return tree_.upos(v) == "VERB" && says(v); }
  // Word v is "say" or a reported cue, by its lemma or its form.
  bool says(int v) const {
    const Tree& tr = tree_;
    return tr.lem(v) == "say" || cue_lemma(tr.lem(v), CueKind::Reported) ||
           cue(utf8::lower(tr.words[static_cast<std::size_t>(v)].form), CueKind::Reported);
  }
  // The subject words of the verb that reports the clause of trigger t: "X said Y lied", "X told
  // reporters: Y lied", and a report after what it reports, whatever the tree hung it on
  // ("Y lied, X said", "Y broke its pledge, the Tories have claimed": its subject comes right
  // after a comma or a quote). None when the report is negated ("X did not say Y lied").
  std::vector<int> claimant_words(int t) const {
    const Tree& tr = tree_;
    int v = t;
    for (int k = 0; k < 4 && tr.up(v) >= 0 && (tr.rel_is(v, "conj") || tr.rel_is(v, "xcomp")); ++k) v = tr.up(v);
    auto negated = [&](int r) {
      return std::any_of(tr.children(r).begin(), tr.children(r).end(), [&](int c) { return negation(c); });
    };
    auto subjects_of = [&](int r) {
      std::vector<int> out;
      if (negated(r)) return out;
      for (int c : tr.children(r))
        if (tr.rel(c) == "nsubj") out.push_back(c);
      return out;
    };
    if ((tr.rel(v) == "ccomp" || tr.rel_is(v, "parataxis")) && reporting(tr.up(v))) return subjects_of(tr.up(v));
    // "Bellamy's claim that Souness had lied", "the allegation by X that Y cheated"
    if (const int h = tr.up(v);
        h >= 0 && (tr.rel_is(v, "acl") || tr.rel(v) == "ccomp") && tr.upos(h) == "NOUN" && claim_noun(tr.lem(h))) {
      std::vector<int> out;
      for (int c : tr.children(h))
        if (tr.rel(c) == "nmod:poss" || (tr.rel_is(c, "nmod") && tr.case_of(c) == "by")) out.push_back(c);
      return out;
    }
    for (int top : {t, v})
      for (int c : tr.children(top)) {
        if (c < t || !(tr.rel_is(c, "conj") || tr.rel_is(c, "parataxis") || tr.rel(c) == "ccomp") || !reporting(c))
          continue;
        if (std::any_of(tr.children(c).begin(), tr.children(c).end(),
                        [&](int x) { return tr.rel(x) == "ccomp" && tr.upos(x) == "VERB"; }))
          continue;  // it reports a clause of its own
        std::vector<int> out = subjects_of(c);
        std::erase_if(out, [&](int n) {
          // the subject's first word (its name's, when the tree split the name) follows a comma or
          // a quote
          int first = n;
          if (const Mention* m = tr.mention[static_cast<std::size_t>(n)])
            while (first > 0 && tr.mention[static_cast<std::size_t>(first) - 1] == m) --first;
          for (int d : tr.children(n))
            if (d < first && tr.rel(d) == "det") first = d;
          if (first == 0) return true;
          const std::string& before = tr.words[static_cast<std::size_t>(first) - 1].form;
          return !is_any(before, ",", "\"", "''", "\xE2\x80\x9D");
        });
        if (!out.empty()) return out;
      }
    return {};
  }

  std::vector<int> role_words(const RelationFrame& fr, int t, const std::vector<std::string>& path) const {
    std::vector<int> cur{t};
    for (std::size_t k = 0; k < path.size(); ++k) {
      std::vector<int> next;
      for (int w : cur)
        for (int x : step_words(fr, w, path[k], k == 0)) next.push_back(x);
      // a step through a conjunction reaches each conjunct: "the assets of X and Y" is handled
      // by entities(); "on A and on B" by the conjuncts' own case
      cur = std::move(next);
      if (cur.empty()) break;
    }
    return cur;
  }

  // The entities word w stands for: its mention, the antecedent of a relative pronoun, an
  // apposition ("four officials, A, B and C"), a name that acts through a noun ("Russian
  // troops", "leaders of X", "the city of X"), and every conjunct of each. A pronoun is never
  // one of `exclude` (the other side's entities: "Clarke accused him" is not Clarke).
  void entities(int w, std::vector<int>& out, const std::vector<int>* exclude = nullptr, int depth = 0,
                bool through_noun = false, bool conjuncts = true) const {
    const Tree& tr = tree_;
    if (depth > 6) return;
    auto add = [&](int e) {
      if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
    };
    const Mention* m = tr.mention[static_cast<std::size_t>(w)];
    if (!m)  // "Mr" of "Mr Brown": the name goes on in its flat words
      for (int c : tr.children(w))
        if (tr.rel(c) == "flat" && tr.mention[static_cast<std::size_t>(c)]) m = tr.mention[static_cast<std::size_t>(c)];
    if (m && m->modifier && !through_noun) {
      // "U.S." of "U.S. envoy Steve Whitkoff" stands for the person it describes, when a wrong
      // tree made it the argument: the name that follows within a few words
      const Mention* modifier = m;
      m = nullptr;
      const int n = static_cast<int>(tr.words.size());
      for (int k = w + 1; k < n && k < w + 5; ++k) {
        const Mention* x = tr.mention[static_cast<std::size_t>(k)];
        if (x == modifier) continue;
        if (x && !x->modifier && x->kind == MentionKind::Name) {
          m = x;
          break;
        }
        if (tr.upos(k) == "PUNCT" || tr.upos(k) == "VERB" || tr.upos(k) == "ADP") break;
      }
    }
    if (!m && (tr.upos(w) == "NOUN" || tr.upos(w) == "PROPN") &&
        lx_.title(utf8::lower(tr.words[static_cast<std::size_t>(w)].form))) {
      // "envoy Tom Reyes", "counterpart Minister Li Zhaoxing": a title right before a name
      // (after titles) that the tree hung elsewhere
      // (or the rest of a title of several words: "Secretary of State X")
      std::size_t k = static_cast<std::size_t>(w) + 1;
      std::string phrase = utf8::lower(tr.words[static_cast<std::size_t>(w)].form);
      while (k < tr.words.size() && k < static_cast<std::size_t>(w) + 4 && !tr.mention[k]) {
        const std::string lower = utf8::lower(tr.words[k].form);
        phrase += " " + lower;
        if (!lx_.title(lower) && !lx_.title(phrase) && lower != "of") break;
        ++k;
      }
      const Mention* next = k < tr.words.size() ? tr.mention[k] : nullptr;
      if (next && next->kind == MentionKind::Name && next->begin == tr.words[k].begin &&
          ex_.entities[static_cast<std::size_t>(next->entity)].type == EntityType::Person && !tr.has_child(w, "appos"))
        m = next;
    }
    if (m && m->kind == MentionKind::Name && thing(w)) m = nullptr;
    // "Russia's Vladimir Putin" that the tree read as two subjects: the possessor of a person's
    // name (titles between) names no party of its own
    if (m && m->kind == MentionKind::Name && !through_noun && !tr.rel_is(w, "nmod") && possessor_of_person(m)) return;
    if (const int h = tr.up(w); !m && tr.rel(w) == "appos" && h >= 0 && tr.upos(w) == "NOUN" &&
                                tr.mention[static_cast<std::size_t>(h)] &&
                                tr.mention[static_cast<std::size_t>(h)]->kind == MentionKind::Name)
      m = tr.mention[static_cast<std::size_t>(h)];  // "X - another board member accused by Y": X
    // "The Chilean will meet X": a demonym standing alone for one person is not its country
    // (it is, through a noun: "Chilean troops", and in the plural: "the Chileans")
    if (m && m->kind == MentionKind::Demonym && !through_noun && !m->plural && tr.upos(w) != "ADJ") m = nullptr;
    if (m) {
      if (m->kind == MentionKind::Pronoun && !m->plural && exclude &&
          std::find(exclude->begin(), exclude->end(), m->entity) != exclude->end()) {
        if (const int e = other_antecedent(*m, *exclude); e >= 0) add(e);
      } else if (!m->group.empty()) {
        for (int e : m->group) add(e);
      } else {
        add(m->entity);
      }
    } else if (lx_.is_group_noun(tr.lem(w))) {
      for (int c : tr.children(w))  // "a group of Moroccan diplomats": the diplomats act
        if (tr.rel_is(c, "nmod") && tr.case_of(c) == "of") entities(c, out, exclude, depth + 1, through_noun);
    } else if (is_any(tr.lem(w), "which", "who", "that", "whom")) {
      const int v = tr.up(w);
      // "told X that rebels had seized Y": a clause whose verb has an object of its own is no
      // relative clause on X, whatever the tree says; its "that" stands for no one
      if (v >= 0 && tr.rel_is(w, "obj") && tr.lem(w) == "that" &&
          std::any_of(tr.children(v).begin(), tr.children(v).end(),
                      [&](int c) { return c != w && tr.rel_is(c, "obj"); }))
        return;
      const int h = v >= 0 && tr.rel_is(v, "acl:relcl") ? tr.up(v) : kNone;
      if (h >= 0 && (tr.upos(h) == "NOUN" || tr.upos(h) == "PROPN" || tr.upos(h) == "PRON")) {
        entities(h, out, exclude, depth + 1);
      } else {  // the tree lost the antecedent: the name right before the pronoun
        int b = w - 1;
        if (b >= 0 && tr.words[static_cast<std::size_t>(b)].form == ",") --b;
        if (b >= 0 && tr.mention[static_cast<std::size_t>(b)] &&
            tr.mention[static_cast<std::size_t>(b)]->end == tr.words[static_cast<std::size_t>(b)].end)
          entities(b, out, exclude, depth + 1);
      }
    } else {
      bool found = false;
      for (int c : tr.children(w))
        if (tr.rel(c) == "appos") {
          const std::size_t before = out.size();
          entities(c, out, exclude, depth + 1);
          found |= out.size() > before;
        }
      // the names a noun is said to be ("Among the firms accused were A and B": "firms" the
      // subject of the names, with "were" their copula)
      if (const int h = tr.up(w); !found && tr.upos(w) == "NOUN" && tr.rel_is(w, "nsubj") && h >= 0 &&
                                  tr.mention[static_cast<std::size_t>(h)] &&
                                  tr.mention[static_cast<std::size_t>(h)]->kind == MentionKind::Name &&
                                  std::any_of(tr.children(h).begin(), tr.children(h).end(),
                                              [&](int c) { return tr.rel(c) == "cop" && tr.lem(c) == "be"; })) {
        const std::size_t before = out.size();
        entities(h, out, exclude, depth + 1);
        found = out.size() > before;
      }
      // an apposition the tree hung elsewhere ("The two leaders, X and Y, met"): a name right
      // after the noun and a comma that is no subject of its own
      if (const auto n = static_cast<std::size_t>(w) + 2;
          !found && tr.upos(w) == "NOUN" && n < tr.words.size() && tr.words[n - 1].form == "," && tr.mention[n] &&
          tr.mention[n]->kind == MentionKind::Name && tr.mention[n]->begin == tr.words[n].begin &&
          !tr.rel_is(static_cast<int>(n), "nsubj") && !tr.rel_is(static_cast<int>(n), "appos")) {
        const std::size_t before = out.size();
        entities(static_cast<int>(n), out, exclude, depth + 1);
        found = out.size() > before;
      }
      const std::string lower = utf8::lower(tr.words[static_cast<std::size_t>(w)].form);
      // "the assets of Russian oligarch X" with X hung elsewhere: a noun for a person that is a
      // noun's modifier, right before a person's name (no subject of its own), is that person
      if (const auto n = static_cast<std::size_t>(w) + 1;
          !found && tr.upos(w) == "NOUN" && n < tr.words.size() && tr.mention[n] &&
          tr.mention[n]->kind == MentionKind::Name && tr.mention[n]->begin == tr.words[n].begin &&
          tr.mention[n]->entity >= 0 &&
          ex_.entities[static_cast<std::size_t>(tr.mention[n]->entity)].type == EntityType::Person &&
          lx_.is_person_noun(lower) && tr.rel_is(w, "nmod") && !tr.rel_is(static_cast<int>(n), "nsubj")) {
        const std::size_t before = out.size();
        entities(static_cast<int>(n), out, exclude, depth + 1);
        found = out.size() > before;
      }
      if (!found && (lx_.is_agent_noun(lower) || is_any(tr.lem(w), "spokesman", "spokeswoman", "spokesperson"))) {
        for (int c : tr.children(w)) {
          const std::string& r = tr.rel(c);
          // ("its troops" act for it; "his EU counterparts" do not act for him; "Syrian rebels" do
          // not act for Syria: nonstate-nouns.txt)
          const Mention* x = tr.mention[static_cast<std::size_t>(c)];
          if (lx_.is_nonstate_noun(lower) && x && x->entity >= 0 &&
              ex_.entities[static_cast<std::size_t>(x->entity)].type == EntityType::Country)
            continue;
          const bool other_side = tr.upos(c) == "PRON" && is_any(lower, "counterparts", "counterpart");
          // "the junta in Mali", "the authorities in Iran": a country's governing body in it (not
          // "troops in Syria" or "the embassy in Russia": who is in a country need not be its own)
          const bool governs_in =
              tr.rel_is(c, "nmod") && tr.case_of(c) == "in" && x && x->entity >= 0 &&
              ex_.entities[static_cast<std::size_t>(x->entity)].type == EntityType::Country &&
              is_any(lower, "government", "authorities", "regime", "junta", "administration", "leadership", "ministry");
          if ((r == "nmod:poss" && !other_side) || r == "compound" || r == "amod" ||
              (tr.rel_is(c, "nmod") && is_any(tr.case_of(c), "of", "from")) ||  // "a delegation from the CBI"
              governs_in)
            entities(c, out, exclude, depth + 1, true);
        }
      } else if (!found && lx_.title(lower)) {
        // "his French counterpart", "the Iranian foreign minister", "Kenya's president" named nowhere
        // else: the country acts through its office holder (a demonym or a country's name
        // modifying the title; not a party's or a person's: "the Tory leader" is a person
        // coreference did not find)
        for (int c : tr.children(w)) {
          const Mention* x = tr.mention[static_cast<std::size_t>(c)];
          if (is_any(tr.rel(c), "amod", "compound", "nmod:poss") && x && x->entity >= 0 &&
              ex_.entities[static_cast<std::size_t>(x->entity)].type == EntityType::Country)
            entities(c, out, exclude, depth + 1, true);
        }
      } else if (!found && place_word(tr.words[static_cast<std::size_t>(w)].form)) {
        for (int c : tr.children(w))  // "the city of Pokrovsk"
          if (tr.rel_is(c, "nmod") && tr.case_of(c) == "of") entities(c, out, exclude, depth + 1);
      }
    }
    for (int c : tr.children(w)) {
      if (tr.rel(c) == "conj" && (conjuncts || depth > 0) && !(c > trigger_ && opens_clause(c)))
        entities(c, out, exclude, depth + 1, through_noun);
      // "X, accompanied by Y, met Z": the companion takes part too
      if (tr.rel(c) == "acl" && tr.lem(c) == "accompany" && tr.words[static_cast<std::size_t>(c)].xpos == "VBN")
        for (int x : with_case(c, "by")) entities(x, out, exclude, depth + 1);
    }
  }

  // Whether mention m is followed by "'s" and, after any titles, a person's name.
  bool possessor_of_person(const Mention* m) const {
    const Tree& tr = tree_;
    const auto n = tr.words.size();
    std::size_t k = 0;
    while (k < n && tr.mention[k] != m) ++k;
    while (k < n && tr.mention[k] == m) ++k;
    if (k >= n || tr.words[k].xpos != "POS") return false;
    for (++k; k < n && !tr.mention[k] && lx_.title(tr.lower[k]); ++k) {
    }
    const Mention* x = k < n ? tr.mention[k] : nullptr;
    return x && x != m && x->kind == MentionKind::Name &&
           ex_.entities[static_cast<std::size_t>(x->entity)].type == EntityType::Person;
  }

  // "Russia captured Pokrovsk and Kyiv condemned it": a conjunct followed by a finite verb is
  // that verb's subject (a tree that reads it as one more object is wrong).
  bool opens_clause(int c) const {
    const Tree& tr = tree_;
    int k = c + 1;
    const int n = static_cast<int>(tr.words.size());
    while (k < n && tr.up(k) == c && tr.rel(k) == "flat") ++k;
    // (not a conjunct joined by "and" before a verb with a subject of its own: "talks between X and
    // Mr Y came close"; "with MCI, Reuters quoted" is a clause whatever the tree says)
    return k < n && is_any(tr.words[static_cast<std::size_t>(k)].xpos, "VBD", "VBZ", "VBP", "MD") &&
           !tr.rel_is(k, "aux") && !tr.rel_is(k, "cop") && tr.up(k) != tr.up(c) &&
           !(tr.has_child(k, "nsubj") && tr.has_child(c, "cc"));
  }

  // A name counted or with an indefinite article names a thing, not an actor: "an Oscar", "1.90
  // Orbis Media shares".
  bool thing(int w) const {
    const Mention* m = tree_.mention[static_cast<std::size_t>(w)];
    for (int c : tree_.children(w)) {
      if (tree_.rel(c) == "det" && is_any(tree_.lem(c), "a", "an", "another")) return true;
      // a number right before the name ("two Oscars"; not the date of "on 13 March Lord Goldsmith")
      if (tree_.rel(c) == "nummod" && static_cast<std::size_t>(c) + 1 < tree_.words.size() &&
          tree_.mention[static_cast<std::size_t>(c) + 1] == m)
        return true;
    }
    return false;
  }

  // "the city of", "the island of": a lower-case place word (place-heads.tsv).
  bool place_word(std::string_view form) const {
    if (form.empty() || !(form[0] >= 'a' && form[0] <= 'z')) return false;
    std::string w(form);
    w[0] = static_cast<char>(w[0] - 'a' + 'A');
    return lx_.place_head(w) != nullptr;
  }

  // The entity a pronoun stands for when its resolved antecedent cannot be (is in `exclude`:
  // "Clarke accused him"): the first fitting name or description in its sentence before it, else
  // in the sentences before, each read from its start (Hobbs: subjects and early mentions first),
  // up to three back.
  int other_antecedent(const Mention& p, const std::vector<int>& exclude) const {
    const std::size_t at = static_cast<std::size_t>(&p - ex_.mentions.data());
    if (at >= ex_.mentions.size()) return -1;
    const bool person = ex_.is(p.first, kPersonPronoun);
    const EntityType resolved = ex_.entities[static_cast<std::size_t>(p.entity)].type;
    auto fits = [&](const Mention& m) {
      if (m.entity < 0 || m.nested || m.modifier || m.plural) return false;
      if (m.kind != MentionKind::Name && m.kind != MentionKind::Description) return false;
      if (std::find(exclude.begin(), exclude.end(), m.entity) != exclude.end()) return false;
      const Entity& x = ex_.entities[static_cast<std::size_t>(m.entity)];
      // (not a common word that is a name only by its capital: "Mr Brown's Budget")
      if (lx_.capital_only(x)) return false;
      const EntityType t = x.type;
      return person ? t == EntityType::Person : t == resolved;
    };
    std::size_t start = at;  // the first mention of the sentence being read
    for (std::uint32_t back = 0; back <= 3 && back <= p.sentence; ++back) {
      const std::uint32_t s = p.sentence - back;
      std::size_t end = start;
      while (start > 0 && ex_.mentions[start - 1].sentence == s) --start;
      for (std::size_t k = start; k < end; ++k)
        if (fits(ex_.mentions[k])) return ex_.mentions[k].entity;
    }
    return -1;
  }

  // The entities in the first of `roles` that names any.
  std::vector<int> role_entities(const RelationFrame& fr, int t, const std::vector<std::vector<std::string>>& roles,
                                 bool* between, const std::vector<int>* exclude = nullptr) const {
    bool read = false;  // an earlier role held words, none of them an entity
    for (const auto& path : roles) {
      // "blamed her defeat on injuries": with the thing blamed on something, the object is no
      // one accused
      if (read && path.size() == 1 && path[0] == "obj") continue;
      std::vector<int> out, one;
      // a modifier is the possessor of the trigger itself ("the EU embargo")
      const bool possessor = path.back() == "poss";
      const std::vector<int> words = role_words(fr, t, path);
      for (int w : words) {
        one.clear();
        entities(w, one, exclude, 0, possessor);
        for (int e : one)
          if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
      }
      if (!out.empty()) {
        if (between) *between = path.size() == 1 && path[0] == "between";
        return out;
      }
      // (a day is no thing blamed on someone: "blamed X on Friday")
      read |= std::any_of(words.begin(), words.end(), [&](int w) {
        const std::string& l = tree_.lem(w);
        return !is_day_name(l) && !is_any(l, "today", "yesterday", "tomorrow", "tonight");
      });
    }
    return {};
  }

  // ---- modality ----

  // Negation, plans and claims: the trigger's own modals and negation, then the words above it
  // through control, complements and (for nouns) the verb that governs them: "did not meet",
  // "refused to meet", "will hold talks", "denied that it had captured", "X said Y met Z".
  // `own_verb`: a noun trigger that a participle of its frame's verbs (`via`) modifies ("the
  // sanctions imposed by X on Y"):
  // that participle states the event, and the clause the noun is in only says what became of
  // it ("... will remain in place"), so only the noun's own words count.
  Mode modality(int t, bool own_verb = false) const {
    const Tree& tr = tree_;
    Mode mode;
    bool neg = false, planned = question_;
    bool hearsay = false;  // "reportedly", "is said to have": on unnamed others' word
    int v = t;
    for (int depth = 0; v >= 0 && depth < 6 && !(own_verb && depth > 0); ++depth) {
      for (int c : tr.children(v)) {
        const std::string& r = tr.rel(c);
        const std::string& w = tr.lem(c);
        const std::string form = utf8::lower(tr.words[static_cast<std::size_t>(c)].form);
        if (r == "advmod" || r == "neg" || r == "det") {
          if (is_any(form, "not", "n't", "never", "no")) neg = true;
          if (cue(form, CueKind::Unconfirmed)) hearsay = true;  // "reportedly"
        } else if (r == "aux") {
          // a one-word cue only: "is" of "is suing" is not "is to"
          if (cue(form, CueKind::Planned, false) ||
              is_any(w, "will", "would", "shall", "may", "might", "could", "should"))
            planned = true;
          if (form == "wo" || form == "won't") planned = true;
          if (w == "be" && mark_of(v) == "to") planned = true;  // "is to meet" with "is" read as its aux
        } else if (r == "cop" && w == "be" && mark_of(v) == "to") {
          planned = true;  // "is to begin talks" read with a copula
        } else if (r == "amod" && v == t && cue(form, CueKind::Planned)) {
          planned = true;  // "planned talks", "a possible meeting"
        } else if (r == "mark" && v != t && is_any(w, "if", "unless")) {
          planned = true;
        }
      }
      const int h = tr.up(v);
      if (h < 0) {
        // a headline's "Mutu to hold talks with Juventus": an infinitive as the root
        if (mark_of(v) == "to" && !tr.has_child(v, "aux") && !tr.has_child(v, "cop")) planned = true;
        break;
      }
      const std::string& r = tr.rel(v);
      const std::string& hw = tr.lem(h);
      const std::string hform = utf8::lower(tr.words[static_cast<std::size_t>(h)].form);
      // "X said the meeting could take place": a noun the tree made the object of a verb of saying
      // whose clause after it has no subject is that clause's subject
      int pred = h;
      if (v == t && tr.upos(t) != "VERB" && r == "obj" && says(h))
        for (int c : tr.children(h))
          if (tr.rel(c) == "ccomp" && c > t && tr.upos(c) == "VERB" && !tr.has_child(c, "nsubj")) pred = c;
      if (v == t && tr.upos(t) != "VERB" && (r == "nsubj" || pred != h) &&
          (tr.upos(pred) == "VERB" || tr.has_child(pred, "cop"))) {
        // "talks will resume", "the meeting is due to take place": the modals of the predicate;
        // not of one that would end it ("the embargo is likely to be lifted": it holds today)
        int d = pred;
        for (int k = 0; k < 4; ++k) {
          int next = kNone;
          for (int c : tr.children(d))
            if (tr.rel(c) == "xcomp") next = c;
          if (next == kNone) break;
          d = next;
        }
        if (d != pred && cue_lemma(tr.lem(d), CueKind::Negated)) break;
        if (tr.has_child(pred, "xcomp") && cue(tr.lower[static_cast<std::size_t>(pred)], CueKind::Planned))
          planned = true;
        v = pred;
        continue;
      }
      // "is reported to have met", "is said to have held talks", "is believed to have met": a
      // passive verb of saying or thinking with no one named as saying it
      if (r == "xcomp" && tr.passive(h) && with_case(h, "by").empty() &&
          is_any(hw, "report", "say", "believe", "think", "understand", "allege", "rumour", "rumor", "claim"))
        hearsay = true;
      if (r == "xcomp" || (v == t && light_verb_any(t))) {
        // "lifted the embargo" ends it; "moves to lift the embargo" does not yet
        const bool to_come =
            r != "xcomp" && is_any(tr.words[static_cast<std::size_t>(h)].xpos, "VB", "VBG") && !tr.has_child(h, "aux");
        if (!to_come && (cue(hform, CueKind::Negated) || cue_lemma(hw, CueKind::Negated))) neg = true;
        if (cue(hform, CueKind::Planned) || cue_lemma(hw, CueKind::Planned)) planned = true;
        if (hw == "be" && r == "xcomp") planned = true;  // "is to meet"
        v = h;
        continue;
      }
      if (v == t && tr.upos(t) != "VERB" && tr.rel_is(t, "obl") && tr.case_of(t) == "for" && tr.upos(h) == "VERB") {
        // "travelled to Moscow for talks with X": the verb's modals; "called for talks": a plan
        if (cue_phrase(hform, "for", CueKind::Planned)) planned = true;
        v = h;
        continue;
      }
      if (r == "ccomp" || r == "parataxis") {
        if (cue(hform, CueKind::Negated) || cue_lemma(hw, CueKind::Negated)) neg = true;
        // "did not mean that X had cut its ties", "never said that X met Y"
        for (int c : tr.children(h))
          if ((tr.rel(c) == "advmod" || tr.rel(c) == "neg") && negation(c)) neg = true;
        if (says(h)) {
          std::vector<int> who;
          for (int s : subjects(h)) entities(s, who);
          if (!who.empty()) mode.claimant = who[0];
        }
        break;
      }
      if ((r == "acl" || r == "ccomp") && mark_of(v) == "that" && tr.upos(h) == "NOUN" && claim_noun(hw)) {
        // "denied reports that X met Y", "claims that X met Y were dismissed": the claim's fate
        const int g = tr.up(h);
        if (g >= 0 && (tr.rel_is(h, "obj") || tr.rel(h) == "nsubj:pass") &&
            (cue_lemma(tr.lem(g), CueKind::Negated) ||
             cue(utf8::lower(tr.words[static_cast<std::size_t>(g)].form), CueKind::Negated)))
          neg = true;
        break;
      }
      if (r == "acl" && mark_of(v) == "to" && tr.upos(h) == "NOUN") {
        planned = true;  // "a bid to sue X", "the decision to sanction X": not done yet
        // "has no plans to meet X", "dropped plans to sanction X", "did not make an attempt to"
        for (int c : tr.children(h))
          if (tr.rel(c) == "det" && tr.lower[static_cast<std::size_t>(c)] == "no") neg = true;
        if (const int g = tr.up(h); g >= 0 && tr.rel_is(h, "obj")) {
          if (cue(tr.lower[static_cast<std::size_t>(g)], CueKind::Negated) || cue_lemma(tr.lem(g), CueKind::Negated))
            neg = true;
          for (int c : tr.children(g))
            if ((tr.rel(c) == "advmod" || tr.rel(c) == "neg") && negation(c)) neg = true;
        }
        break;
      }
      if (r == "advcl") {
        if (tr.case_of(v) == "without" || is_any(mark_of(v), "without")) neg = true;
        // "denied reports that X met Y" with the clause hung on the verb
        if (mark_of(v) == "that" && (cue(hform, CueKind::Negated) || cue_lemma(hw, CueKind::Negated))) neg = true;
        // "stopped short of accusing X", "fell short of": it was not done
        if ((tr.case_of(v) == "of" || mark_of(v) == "of") &&
            (hw == "short" ||
             std::any_of(tr.children(h).begin(), tr.children(h).end(), [&](int c) { return tr.lem(c) == "short"; })))
          neg = true;
        if (is_any(mark_of(v), "if", "unless")) planned = true;
        if (purpose(v)) planned = true;  // "flew to Oslo to meet X"
        // "was banned from suing X", "barred from meeting": kept from doing it
        if ((mark_of(v) == "from" || tr.case_of(v) == "from") &&
            (cue_phrase(hform, "from", CueKind::Negated) || cue_phrase(hw, "from", CueKind::Negated)))
          neg = true;
      }
      break;
    }
    mode.modality = neg       ? Modality::Negated
                    : planned ? Modality::Planned
                    : hearsay ? Modality::Unconfirmed
                              : Modality::Asserted;
    return mode;
  }
  // "not", "n't", "never".
  bool negation(int w) const {
    return is_any(utf8::lower(tree_.words[static_cast<std::size_t>(w)].form), "not", "n't", "never");
  }
  std::string_view mark_of(int v) const {
    for (int c : tree_.children(v))
      if (tree_.rel(c) == "mark") return tree_.lem(c);
    return {};
  }
  bool light_verb_any(int t) const {
    const Tree& tr = tree_;
    const int g = tr.up(t);
    return tr.upos(t) != "VERB" && g >= 0 && tr.upos(g) == "VERB" && (tr.rel_is(t, "obj") || tr.rel(t) == "nsubj:pass");
  }
  // A one-word cue of `kind` ("will", "denied"), or the first word of a cue "X to" ("refused to").
  bool cue(std::string_view form, CueKind kind, bool with_to = true) const {
    const auto* starting = lx_.cues_starting(form);
    if (!starting) return false;
    for (std::size_t ci : *starting) {
      const Cue& c = lx_.cues()[ci];
      if (c.kind != kind) continue;
      if (c.words.size() == 1 || (with_to && c.words.size() == 2 && c.words[1] == "to")) return true;
    }
    return false;
  }
  // A two-word cue of `kind` ("called for").
  bool cue_phrase(std::string_view first, std::string_view second, CueKind kind) const {
    const auto* starting = lx_.cues_starting(first);
    if (!starting) return false;
    return std::any_of(starting->begin(), starting->end(), [&](std::size_t ci) {
      const Cue& c = lx_.cues()[ci];
      return c.kind == kind && c.words.size() == 2 && c.words[1] == second;
    });
  }
  bool cue_lemma(std::string_view lemma, CueKind kind) const {
    if (cue(lemma, kind)) return true;
    // the cues are written as forms ("refuses to", "denied"): try the usual ones of the lemma
    for (const char* suffix : {"s", "d", "ed"})
      if (cue(std::string(lemma) + suffix, kind)) return true;
    return false;
  }

  // ---- frames ----

  // A needed word among the trigger's dependents, or its object's ("discussed the plan with X",
  // where the tree hung "with X" on the plan).
  bool needs_met(const RelationFrame& fr, int t, int depth = 0) const {
    if (fr.needs.empty()) return true;
    for (int c : tree_.children(t)) {
      const std::string& l = tree_.lem(c);
      const std::string f = utf8::lower(tree_.words[static_cast<std::size_t>(c)].form);
      for (const std::string& n : fr.needs)
        if (l == n || f == n) return true;
      // a needed word may also introduce the argument ("fall to X", "charged with")
      if (std::find(fr.needs.begin(), fr.needs.end(), tree_.case_of(c)) != fr.needs.end()) return true;
      if (depth == 0 && !fr.noun && tree_.rel(c) == "obj" && needs_met(fr, c, 1)) return true;
    }
    // or be a preposition right after the trigger that the tree hung further on ("spoke by phone
    // with X about the crisis", step_words)
    if (depth == 0)
      for (const std::string& n : fr.needs)
        if (preposition_after(t, n) != kNone) return true;
    return false;
  }

  bool try_frame(const RelationFrame& fr, int word) {
    // a noun trigger that modifies the noun of its phrase reads its roles there ("undertook a
    // mediation mission between X and Y", "the sanctions regime against X")
    int t = word;
    if (fr.noun && tree_.rel(t) == "compound" && tree_.up(t) > t && tree_.upos(tree_.up(t)) == "NOUN") t = tree_.up(t);
    if (!needs_met(fr, t)) return false;
    trigger_ = t;
    bool between = false;
    std::vector<int> agents = role_entities(fr, t, fr.agent, nullptr);
    std::vector<int> targets = role_entities(fr, t, fr.target, &between, &agents);
    // "He went on to accuse Mr Brown" with "he" resolved to Brown: a pronoun subject is someone else
    // (a person: "it" resolved wrongly once is no safer the second time)
    if (std::any_of(agents.begin(), agents.end(),
                    [&](int a) { return std::find(targets.begin(), targets.end(), a) != targets.end(); })) {
      std::vector<int> other = role_entities(fr, t, fr.agent, nullptr, &targets);
      if (!other.empty() && std::all_of(other.begin(), other.end(), [&](int a) {
            return ex_.entities[static_cast<std::size_t>(a)].type == EntityType::Person;
          }))
        agents = std::move(other);
    }
    Mode mode = modality(t, fr.noun && !fr.via.empty() && participle(fr, t) != kNone);
    // "Y denied (rejected, dismissed) accusations by X": the target answers them; they were made
    if (fr.noun && mode.modality == Modality::Negated && !fr.target.empty() && fr.target[0].size() == 1 &&
        fr.target[0][0] == "subj") {
      const int g = tree_.up(t);
      if (g >= 0 && tree_.rel_is(t, "obj") && cue_lemma(tree_.lem(g), CueKind::Negated) &&
          std::none_of(tree_.children(g).begin(), tree_.children(g).end(), [&](int c) { return negation(c); }))
        mode.modality = Modality::Asserted;
    }
    if (claimed(fr)) {
      // "X said Y lied": X accused Y, when the claim itself is not negated or hypothetical ("X
      // said Y had not lied", "X denied that Y lied", "if Y lied")
      if (mode.modality != Modality::Asserted) return false;
      mode.claimant = -1;
    }
    const bool passive = !fr.noun && !fr.adjective && tree_.passive(t);
    const float confidence = fr.noun ? 0.75f : passive ? 0.85f : 0.9f;
    const syntax::Word& w = tree_.words[static_cast<std::size_t>(word)];
    bool any = false;
    auto pairs = [&](const std::vector<int>& g) {
      for (std::size_t a = 0; a < g.size(); ++a)
        for (std::size_t b = a + 1; b < g.size(); ++b) any |= emit(fr, g[a], g[b], mode, confidence, w);
    };
    if (fr.relation == RelationType::MetWith) {
      // "talks between X and Y": X and Y meet, not whoever hosted, arranged or held them during
      // something else; a mediator (CAMEO 045) meets each side
      if (between && (agents.empty() || fr.cameo != "045")) {
        // "talks between X and Y": each pair of sides; not the members of one side with each other
        // ("between producers and consumers - A, B and C", even when the other side names no one),
        // unless there is one side only ("between the two leaders")
        std::vector<std::vector<int>> sides;
        for (int x : role_words(fr, t, {"between"})) {
          std::vector<int> conj{x};
          for (int c : tree_.children(x))
            if (tree_.rel(c) == "conj") conj.push_back(c);
          for (int c : conj) {
            sides.emplace_back();
            entities(c, sides.back(), nullptr, 0, false, false);
          }
        }
        auto side = [&](int e) {
          for (std::size_t k = 0; k < sides.size(); ++k)
            if (std::find(sides[k].begin(), sides[k].end(), e) != sides[k].end()) return static_cast<int>(k);
          return -1;
        };
        const bool single = sides.size() <= 1;
        for (std::size_t a = 0; a < targets.size(); ++a)
          for (std::size_t b = a + 1; b < targets.size(); ++b)
            if (single || side(targets[a]) != side(targets[b]) || side(targets[a]) < 0)
              any |= emit(fr, targets[a], targets[b], mode, confidence, w);
        return any;
      }
      // "X and Y met", "X and Y held talks", but not "X and Y visited"
      const bool mutual = std::any_of(fr.target.begin(), fr.target.end(), [](const auto& path) {
        return path.size() == 1 && (path[0] == "with" || path[0] == "between");
      });
      const auto& kids = tree_.children(t);
      const bool object =
          std::any_of(kids.begin(), kids.end(), [&](int c) { return tree_.rel(c) == "obj" && !relative(c); });
      if ((mutual || fr.mutual) && targets.empty() && agents.size() >= 2 && !passive && (!object || fr.mutual)) {
        pairs(agents);  // "X and Y met", "X and Y held talks"
        return any;
      }
    }
    // "X and Y accused each other", "X and Y traded accusations": each did it to the other
    if (targets.empty() && agents.size() >= 2 && !passive && reciprocal(fr, t)) {
      for (int a : agents)
        for (int b : agents)
          if (a != b) any |= emit(fr, a, b, mode, confidence, w);
      return any;
    }
    for (int a : agents)  // one group on both sides is a misreading
      if (std::find(targets.begin(), targets.end(), a) != targets.end()) return false;
    if (fr.object == TargetKind::KnownPlace)
      std::erase_if(targets, [&](int e) { return ex_.entities[static_cast<std::size_t>(e)].typed_by_default; });
    // "overran Kidal": a single unknown word a known actor captures is a place; not when the
    // actor is as unknown ("Hewitt falls to Dent": a match, not a siege)
    if (fr.object == TargetKind::Place)
      for (int a : agents)
        if (!ex_.entities[static_cast<std::size_t>(a)].typed_by_default)
          for (int b : targets) {
            Entity& x = ex_.entities[static_cast<std::size_t>(b)];
            if (!x.typed_by_default || is_place(x.type)) continue;
            x.type = EntityType::Location;
            x.typed_by_default = false;
          }
    for (int a : agents)
      for (int b : targets) any |= emit(fr, a, b, mode, confidence, w);
    return any;
  }

  // The verbs whose subjects each do their object's deed to the others ("traded accusations").
  static bool trading_verb(std::string_view lemma) { return is_any(lemma, "trade", "exchange"); }

  // Whether trigger t is done by each of its subjects to the others: its object is "each other"
  // or "one another", or (a noun) the verb that takes it is a trading verb.
  bool reciprocal(const RelationFrame& fr, int t) const {
    const Tree& tr = tree_;
    if (fr.noun) {
      const int g = tr.up(t);
      return g >= 0 && tr.upos(g) == "VERB" && tr.rel_is(t, "obj") && trading_verb(tr.lem(g));
    }
    // "each other" / "one another", whichever word the tree made the head
    const auto pair = [](std::string_view head, std::string_view dep) {
      return (head == "other" && dep == "each") || (head == "each" && dep == "other") ||
             (head == "another" && dep == "one") || (head == "one" && dep == "another");
    };
    for (int c : tr.children(t)) {
      if (tr.rel(c) != "obj" && !tr.rel_is(c, "obl")) continue;
      for (int d : tr.children(c))
        if (pair(tr.lem(c), tr.lem(d))) return true;
    }
    return false;
  }

  // A frame whose agent is the one who reports its trigger's clause ("X said Y lied").
  static bool claimed(const RelationFrame& fr) {
    return std::any_of(fr.agent.begin(), fr.agent.end(),
                       [](const auto& path) { return path.size() == 1 && path[0] == "claimant"; });
  }
  // "that", "which", "who": a relative pronoun (or "that" opening a clause, read as one)
  bool relative(int w) const { return is_any(tree_.lem(w), "that", "which", "who", "whom"); }
  bool emit(const RelationFrame& fr, int a, int b, const Mode& mode, float confidence, const syntax::Word& w) {
    if (a < 0 || b < 0 || a == b) return false;
    if (!relation_accepts(fr.relation, ex_.entities[static_cast<std::size_t>(a)].type,
                          ex_.entities[static_cast<std::size_t>(b)].type))
      return false;
    Relation r;
    r.type = fr.relation;
    r.agent = a;
    r.target = b;
    r.modality = mode.modality;
    r.claimant = mode.claimant;
    r.place = place_of(a, b);
    r.confidence = confidence;
    r.sentence = s_;
    r.begin = w.begin;
    r.end = w.end;
    r.trigger = w.form;
    r.cameo = fr.cameo;
    ex_.relations.push_back(std::move(r));
    return true;
  }

  // Where: the first place named with "in"/"at" in the sentence that is not an argument.
  int place_of(int a, int b) const {
    for (const Mention* m : tree_.mention) {
      if (!m || !m->locative || m->entity == a || m->entity == b) continue;
      if (!is_place(ex_.entities[static_cast<std::size_t>(m->entity)].type)) continue;
      return m->entity;
    }
    return -1;
  }
};

}  // namespace

FrameWork find_frame_relations(Extraction& ex, const Lexicon& lx, const syntax::Tagger& tagger,
                               const syntax::Parser& parser) {
  return FrameFinder(ex, lx, tagger, parser).run();
}

}  // namespace newskg
