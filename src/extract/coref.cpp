#include "extract/coref.hpp"

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>

#include "common/words.hpp"
#include "syntax/word_shape.hpp"
#include "text/utf8.hpp"

namespace newskg {
namespace {

// A run of elements kept back to back in an array (or bytes in a text) of the owner's: where it
// starts and how many. The builder keeps names' words, each entity's words and groups of
// entities this way, so that a document's many small lists are a few arrays, not one each.
struct Slice {
  std::uint32_t at = 0, size = 0;
};

// Appends the space-separated words of `s` (which starts at `base` in the owner's text) to `out`.
void split_words(std::string_view s, std::uint32_t base, std::vector<Slice>& out) {
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    if (i == s.size()) break;
    std::size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    out.push_back(Slice{base + static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j - i)});
    i = j;
  }
}

// The words of one name, read in place: views into the owner's text through its word slices,
// valid until the owner appends to either.
class Words {
 public:
  Words(const std::string& text, const Slice* refs, std::size_t n) : text_(text.data()), refs_(refs), n_(n) {}
  std::size_t size() const noexcept { return n_; }
  bool empty() const noexcept { return n_ == 0; }
  std::string_view operator[](std::size_t i) const noexcept { return {text_ + refs_[i].at, refs_[i].size}; }
  std::string_view back() const noexcept { return (*this)[n_ - 1]; }

 private:
  const char* text_;
  const Slice* refs_;
  std::size_t n_;
};

bool is_initial(std::string_view w) {
  return w.size() == 2 && w[1] == '.';
}

// "Marco Rubio" and "M. Rubio", "Rubio", "Mr. Rubio": compatible person names.
// Returns 0 (no), 1 (compatible, keep existing), 2 (compatible, the new name is fuller).
int person_compat(const Words& have, const Words& got) {
  const std::size_t hn = have.size(), gn = got.size();
  if (hn == 0 || gn == 0) return 0;
  const std::size_t shorter = std::min(hn, gn);
  // suffix match (equal names too): "Whitkoff" of "Steve Whitkoff"; "Aboul Gheit" of "Ahmed Aboul Gheit"
  bool suffix = true;
  for (std::size_t k = 1; k <= shorter && suffix; ++k) suffix = have[hn - k] == got[gn - k];
  if (suffix) return hn >= gn ? 1 : 2;
  // initials: "M. Rubio" ~ "Marco Rubio"
  if (hn == gn && have.back() == got.back()) {
    for (std::size_t i = 0; i + 1 < hn; ++i) {
      const std::string_view a = have[i], b = got[i];
      if (a == b) continue;
      if (is_initial(a) && !b.empty() && b[0] == a[0]) continue;
      if (is_initial(b) && !a.empty() && a[0] == b[0]) continue;
      return 0;
    }
    return is_initial(have[0]) ? 2 : 1;
  }
  return 0;
}

// person_compat(have, {w}) for a single word: a name ending in it.
bool ends_with_word(const Words& have, std::string_view w) {
  return !have.empty() && have.back() == w;
}

std::string initials(const Words& words) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view w = words[i];
    if (w == "of" || w == "for" || w == "the" || w == "and" || w == "&") continue;
    if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') out.push_back(w[0]);
  }
  return out;
}

// Resolves one document's mentions to entities: names first (merging aliases), then
// descriptions and pronouns against a history of what was mentioned. Built for one document and
// used once, on one thread; it changes the Extraction it is given and reads the Lexicon. Its
// word, group and name tables are its own and die with it.
class Builder {
 public:
  Builder(Extraction& ex, const Lexicon& lx) : ex_(ex), lx_(lx) {}

  void run(const std::vector<RawMention>& raw) {
    // at most one entity per name mention: no reallocation on the way
    ex_.entities.reserve(raw.size());
    last_seen_.reserve(raw.size());
    alias_of_.reserve(raw.size());
    weak_.reserve(raw.size());
    weak_org_.reserve(raw.size());
    word_span_.reserve(raw.size());
    initials_.reserve(raw.size());
    std::size_t name_bytes = 0;
    for (const RawMention& r : raw) name_bytes += r.name.size() + 1;
    by_name_.reserve(raw.size(), name_bytes);
    word_text_.reserve(name_bytes);
    word_refs_.reserve(raw.size() * 2);
    got_.reserve(8);
    people_by_last_.reserve(raw.size(), name_bytes);
    by_last_links_.reserve(raw.size());
    ex_.mentions.reserve(raw.size() + raw.size() / 2);  // names, then descriptions and pronouns
    names(raw);
    merge_weak();
    people_typed_as_organizations();
    merge_variants();
    refs();
    finish();
  }

 private:
  Extraction& ex_;
  const Lexicon& lx_;
  StringTable<int> by_name_;  // type and name (see keyed) -> entity
  std::string key_;           // keyed's buffer
  // The key of by_name_ for a name of a type (valid until the next call).
  std::string_view keyed(EntityType t, std::string_view name) {
    key_.assign(1, static_cast<char>('0' + static_cast<int>(t)));
    key_ += name;
    return key_;
  }
  std::vector<int> alias_of_;  // merged entities point at their survivor
  std::vector<bool> weak_;
  std::vector<bool> weak_org_;  // an organisation only by default ("Jack Straw": two common words)
  std::vector<std::uint32_t> last_seen_;
  std::string word_text_;         // every name split so far, back to back
  std::vector<Slice> word_refs_;  // their words, in word_text_
  std::vector<Slice> word_span_;  // each entity's words, in word_refs_
  std::vector<Slice> got_;        // person's words of the name asked about (reused)
  // Entity i's current name, split into words.
  Words words(std::size_t i) const {
    const Slice span = word_span_[i];
    return Words(word_text_, word_refs_.data() + span.at, span.size);
  }
  Words words(int i) const { return words(static_cast<std::size_t>(i)); }
  // Splits `name` into words as entity i's (a new entity, or a renamed one).
  void set_words(std::size_t i, std::string_view name) {
    const auto first = static_cast<std::uint32_t>(word_refs_.size());
    split_words(name, static_cast<std::uint32_t>(word_text_.size()), word_refs_);
    word_text_ += name;
    const Slice span{first, static_cast<std::uint32_t>(word_refs_.size() - first)};
    if (i == word_span_.size())
      word_span_.push_back(span);
    else
      word_span_[i] = span;
  }
  std::vector<std::string> initials_;  // each entity's name's initials ("NATO" of "North ...")
  // Persons by their name's last word: a chain of links per word, in the order they were added.
  struct Chain {
    int head = -1, tail = -1;  // first and last link in by_last_links_
  };
  struct Link {
    int person = -1, next = -1;
  };
  StringTable<Chain> people_by_last_;
  std::vector<Link> by_last_links_;
  void add_person_by_last(std::string_view last, int id) {
    const int link = static_cast<int>(by_last_links_.size());
    by_last_links_.push_back(Link{id, -1});
    Chain& chain = people_by_last_[last];
    if (chain.tail < 0)
      chain.head = link;
    else
      by_last_links_[static_cast<std::size_t>(chain.tail)].next = link;
    chain.tail = link;
  }

  int find(int e) const {
    while (alias_of_[static_cast<std::size_t>(e)] != e) e = alias_of_[static_cast<std::size_t>(e)];
    return e;
  }

  int create(EntityType type, const std::string& name) {
    Entity e;
    e.type = type;
    e.name = name;
    ex_.entities.push_back(std::move(e));
    const int id = static_cast<int>(ex_.entities.size() - 1);
    alias_of_.push_back(id);
    weak_.push_back(false);
    weak_org_.push_back(false);
    last_seen_.push_back(0);
    by_name_[keyed(type, name)] = id;
    set_words(static_cast<std::size_t>(id), name);
    const Words w = words(id);
    initials_.push_back(initials(w));
    if (type == EntityType::Person && !w.empty()) add_person_by_last(w.back(), id);
    return id;
  }

  // Persons whose name ends in `last` (compatible names share their last word), most recent first.
  template <class Pred>
  int recent_person(std::string_view last, Pred pred) const {
    const Chain* chain = people_by_last_.find(last);
    if (!chain) return -1;
    int best = -1;
    std::uint32_t when = 0;
    for (int link = chain->head; link >= 0; link = by_last_links_[static_cast<std::size_t>(link)].next) {
      const int i = by_last_links_[static_cast<std::size_t>(link)].person;
      const auto u = static_cast<std::size_t>(i);
      if (alias_of_[u] != i || ex_.entities[u].type != EntityType::Person || !pred(i)) continue;
      if (best < 0 || last_seen_[u] >= when) best = i, when = last_seen_[u];
    }
    return best;
  }

  int entity(EntityType type, const std::string& name) {
    if (const int* id = by_name_.find(keyed(type, name))) return find(*id);
    return create(type, name);
  }

  // Most recent entity of `type` satisfying pred.
  template <class Pred>
  int recent(Pred pred) const {
    int best = -1;
    std::uint32_t when = 0;
    for (std::size_t i = 0; i < ex_.entities.size(); ++i) {
      if (alias_of_[i] != static_cast<int>(i)) continue;
      if (!pred(ex_.entities[i], static_cast<int>(i))) continue;
      if (best < 0 || last_seen_[i] >= when) {
        best = static_cast<int>(i);
        when = last_seen_[i];
      }
    }
    return best;
  }

  int person(const std::string& name) {
    got_.clear();
    split_words(name, 0, got_);
    const Words got(name, got_.data(), got_.size());
    if (got.empty()) return create(EntityType::Person, name);
    const int best = recent_person(got.back(), [&](int i) { return person_compat(words(i), got) != 0; });
    if (best < 0) return create(EntityType::Person, name);
    if (person_compat(words(best), got) == 2) rename(best, name);
    return best;
  }

  // "in the Kyiv government": a capital before an agent noun stands for its country.
  bool stands_for_government(const RawMention& r) const {
    return r.last < ex_.tokens.size() && ex_.is(r.last, kAgentNoun);
  }
  // "London's Evening Standard", "a London hospital": the city itself, not its government (a
  // name after its possessive, or an article before it)
  bool plainly_the_city(const RawMention& r) const {
    const std::size_t n = ex_.tokens.size();
    if (r.last + 1 < n && is_possessive_s(ex_.token(r.last)) && ex_.tokens[r.last + 1].has(kCap) &&
        !ex_.is(r.last + 1, kTitleWord))
      return true;
    if (r.first == 0 || r.first <= ex_.sentences[r.sentence].first) return false;
    const std::string_view before = ex_.lower(r.first - 1);
    return is_article(before);
  }

  int known_person(std::string_view w) const {
    return recent_person(w, [&](int i) { return ends_with_word(words(i), w); });
  }

  void rename(int id, const std::string& name) {
    Entity& e = ex_.entities[static_cast<std::size_t>(id)];
    e.aliases.insert(e.name);
    e.aliases.erase(name);
    by_name_[keyed(e.type, name)] = id;
    e.name = name;
    set_words(static_cast<std::size_t>(id), name);
    const Words w = words(id);
    initials_[static_cast<std::size_t>(id)] = initials(w);
    if (e.type == EntityType::Person && !w.empty()) add_person_by_last(w.back(), id);
  }

  int organization(const RawMention& r) {
    const std::string& name = r.name;
    if (const int* id = by_name_.find(keyed(r.type, name))) return find(*id);
    const bool acronym = ex_.tokens[r.first].has(kAllCaps) && r.last == r.first + 1;
    int e = recent([&](const Entity& x, int i) {
      if (x.type != EntityType::Organization) return false;
      if (x.aliases.count(name)) return true;
      if (acronym && initials_[static_cast<std::size_t>(i)] == name) return true;
      return false;
    });
    if (e >= 0) return e;
    return create(r.type, name);
  }

  // "Jack Straw ... Mr Straw": a name typed an organisation only by default (its words are all
  // common words) is a person's when the article names a person by it or by its last word.
  void people_typed_as_organizations() {
    for (std::size_t i = 0; i < ex_.entities.size(); ++i) {
      if (!weak_org_[i] || alias_of_[i] != static_cast<int>(i)) continue;
      const Entity& o = ex_.entities[i];
      const Words ws = words(i);
      if (o.type != EntityType::Organization || ws.size() < 2) continue;
      int p = -1;
      if (const int* id = by_name_.find(keyed(EntityType::Person, o.name))) p = find(*id);
      if (p < 0) {
        // a person by evidence ("Mr Straw", "Foreign Secretary Straw"), not a lone capitalised
        // word that is a person only by default ("the Cup", "the Bill")
        p = recent_person(ws.back(), [&](int id) {
          const Words w = words(id);
          return w.size() == 1 && w[0] == ws.back() && !ex_.entities[static_cast<std::size_t>(id)].typed_by_default;
        });
      }
      if (p < 0 || p == static_cast<int>(i)) continue;
      alias_of_[i] = p;
      Entity& person = ex_.entities[static_cast<std::size_t>(p)];
      person.mentions += o.mentions;
      for (const std::string& a : o.aliases) person.aliases.insert(a);
      if (words(p).size() < ws.size()) {
        rename(p, o.name);  // the fuller name
      } else if (person.name != o.name) {
        person.aliases.insert(o.name);
      }
    }
  }

  int weak(const RawMention& r) {
    const std::string& w = r.name;
    std::string singular = w;
    if (singular.size() > 3 && singular.back() == 's') singular.pop_back();
    int e = recent_person(w, [&](int i) { return ends_with_word(words(i), w); });
    if (e < 0) {
      e = recent([&](const Entity& x, int i) {
        if (x.type != EntityType::Organization) return false;
        const Words ws = words(i);
        return x.aliases.count(w) || (!ws.empty() && (ws[0] == w || ws[0] == singular)) ||
               initials_[static_cast<std::size_t>(i)] == w;
      });
    }
    if (e >= 0) return e;
    if (const int* id = by_name_.find(keyed(r.type, w))) return find(*id);
    e = create(r.type, w);
    weak_[static_cast<std::size_t>(e)] = true;
    ex_.entities[static_cast<std::size_t>(e)].typed_by_default = true;
    return e;
  }

  void add_mention(const RawMention& r, int e, std::vector<int>& raw_entity, std::size_t i) {
    raw_entity[i] = e;
    Entity& ent = ex_.entities[static_cast<std::size_t>(e)];
    ++ent.mentions;
    last_seen_[static_cast<std::size_t>(e)] = r.begin + 1;
    if (const std::string_view surface = r.surface(ex_.doc.text); surface != ent.name) ent.aliases.emplace(surface);
    if (!r.role.empty() && ent.role.empty()) {
      ent.role = r.role;
      ent.role_kind = r.role_kind;
    }
    if (r.affiliation >= 0 && raw_entity[static_cast<std::size_t>(r.affiliation)] >= 0 && ent.affiliation < 0) {
      const int a = raw_entity[static_cast<std::size_t>(r.affiliation)];
      if (a != e) ent.affiliation = a;
    }
    Mention m;
    m.sentence = r.sentence;
    m.first = r.first;
    m.last = r.last;
    m.begin = r.begin;
    m.end = r.end;
    m.entity = e;
    m.kind = r.kind;
    m.modifier = r.modifier;
    m.nested = r.nested;
    m.plural = r.plural;
    m.locative = r.locative || r.dateline;
    ex_.mentions.push_back(std::move(m));
  }

  void names(const std::vector<RawMention>& raw) {
    std::vector<int> raw_entity(raw.size(), -1);
    for (std::size_t i = 0; i < raw.size(); ++i) {
      const RawMention& r = raw[i];
      int e = -1;
      if (r.same_as >= 0 && raw_entity[static_cast<std::size_t>(r.same_as)] >= 0) {
        e = raw_entity[static_cast<std::size_t>(r.same_as)];
      } else if (r.gazetteer && (r.type == EntityType::City || r.type == EntityType::Location) &&
                 r.last == r.first + 1 && !r.dateline && (e = known_person(r.surface(ex_.doc.text))) >= 0) {
        // "Serra refused": a person's surname that is also a town's name
      } else if (r.gazetteer) {
        if (r.gaz_role == GazRole::Capital &&
            ((!(r.locative || r.dateline) && !plainly_the_city(r)) || stands_for_government(r)) && !r.link.empty()) {
          e = entity(EntityType::Country, r.link);
        } else if (r.gaz_role == GazRole::Capital) {
          e = entity(EntityType::City, r.name);
        } else {
          e = entity(r.type, r.name);
        }
      } else if (r.weak && r.last == r.first + 1) {
        e = weak(r);  // a single unknown word: a known surname, acronym or organisation, else new
      } else if (r.type == EntityType::Person) {
        e = person(r.name);
      } else if (r.last == r.first + 1 && r.role.empty() && (e = known_person(r.name)) >= 0) {
        // a surname typed from weak context joins the person
      } else {
        e = organization(r);
        // an organisation by default while every mention of it is: created by such a mention,
        // cleared by the first with evidence (an organisation word, a descriptor)
        const bool by_default = r.weak && r.type == EntityType::Organization && r.role.empty();
        const bool fresh = ex_.entities[static_cast<std::size_t>(e)].mentions == 0;
        if (!by_default)
          weak_org_[static_cast<std::size_t>(e)] = false;
        else if (fresh)
          weak_org_[static_cast<std::size_t>(e)] = true;
      }
      e = find(e);
      add_mention(r, e, raw_entity, i);
    }
  }

  // A single unknown word typed by default joins a person named later ("Rubio ... Marco Rubio").
  void merge_weak() {
    for (std::size_t i = 0; i < ex_.entities.size(); ++i) {
      if (!weak_[i] || alias_of_[i] != static_cast<int>(i)) continue;
      const std::string w = ex_.entities[i].name;
      // a person whose name ends in the word (the people indexed by their last word)
      const int p = recent_person(w, [&](int id) { return id != static_cast<int>(i) && ends_with_word(words(id), w); });
      if (p < 0) continue;
      alias_of_[i] = p;
      Entity& target = ex_.entities[static_cast<std::size_t>(p)];
      target.aliases.insert(w);
      target.mentions += ex_.entities[i].mentions;
    }
  }

  // ---- one node per referent: variants of one name the steps above left apart ----

  bool alive(std::size_t i) const { return alias_of_[i] == static_cast<int>(i); }
  // A type that evidence may still change: typed by default, or an organisation (what an unknown
  // name with a capital is taken for).
  bool open_type(std::size_t i) const {
    const Entity& e = ex_.entities[i];
    return e.typed_by_default || weak_[i] || e.type == EntityType::Organization;
  }
  static bool is_place(EntityType t) {
    return t == EntityType::Country || t == EntityType::City || t == EntityType::Location;
  }
  static bool capitalised(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

  void merge_into(std::size_t from, std::size_t to) {
    alias_of_[from] = static_cast<int>(to);
    Entity& f = ex_.entities[from];
    Entity& t = ex_.entities[to];
    t.mentions += f.mentions;
    t.aliases.insert(f.name);
    for (const std::string& a : f.aliases) t.aliases.insert(a);
    if (t.role.empty() && !f.role.empty()) t.role = f.role, t.role_kind = f.role_kind;
    if (t.affiliation < 0 && f.affiliation >= 0 && find(f.affiliation) != static_cast<int>(to))
      t.affiliation = f.affiliation;
    last_seen_[to] = std::max(last_seen_[to], last_seen_[from]);
    weak_[to] = weak_[to] && weak_[from];
  }

  // Names that may be variants of one another share a word, their singular, or an acronym and
  // initials: each entity is listed under those keys, so that a document with many names is not
  // compared pair by pair. A key shared by very many names ("The") says nothing: left out.
  std::unordered_map<std::string, std::vector<std::size_t>> variant_keys_;
  static constexpr std::size_t kMaxCandidates = 64;
  void index_variants() {
    variant_keys_.clear();
    for (std::size_t i = 0; i < ex_.entities.size(); ++i) {
      if (!alive(i)) continue;
      const Words w = words(i);
      for (std::size_t k = 0; k < w.size(); ++k) variant_keys_["w" + std::string(w[k])].push_back(i);
      variant_keys_["s" + singular(ex_.entities[i].name)].push_back(i);
      if (initials_[i].size() >= 2) variant_keys_["i" + initials_[i]].push_back(i);
    }
  }
  std::vector<std::size_t> candidates_of(std::size_t i) const {
    std::vector<std::size_t> out;
    auto add = [&](const std::string& key) {
      const auto it = variant_keys_.find(key);
      if (it != variant_keys_.end() && it->second.size() <= kMaxCandidates)
        out.insert(out.end(), it->second.begin(), it->second.end());
    };
    const Words w = words(i);
    for (std::size_t k = 0; k < w.size(); ++k) add("w" + std::string(w[k]));
    add("s" + singular(ex_.entities[i].name));
    if (w.size() == 1) add("i" + syntax::upper_ascii(w[0]));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  // The one living candidate variant of entity `self` that `pred` accepts, or -1 when none or
  // several do.
  template <class Pred>
  int only(std::size_t self, Pred pred) const {
    int found = -1;
    for (const std::size_t j : candidates_of(self)) {
      if (j == self || !alive(j) || !pred(j)) continue;
      if (found >= 0) return -1;
      found = static_cast<int>(j);
    }
    return found;
  }

  // The words of entity i's name without the titles it starts with ("Professor John Curtice":
  // John Curtice).
  std::vector<std::string_view> untitled(std::size_t i) const {
    const Words w = words(i);
    std::size_t k = 0;
    while (k + 1 < w.size() && lx_.title(utf8::lower(w[k]))) ++k;
    std::vector<std::string_view> out;
    for (; k < w.size(); ++k) {
      // "Lord Ashworth of Hollinbury" is "Lord Ashworth": a peer's territorial part is no surname
      if (w[k] == "of" && !out.empty() && ex_.entities[i].type == EntityType::Person) break;
      out.push_back(w[k]);
    }
    return out;
  }

  static bool acronym(std::string_view w) {
    return w.size() >= 2 && std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  }
  bool org_word(std::string_view w) const { return lx_.org_head(w) > 0 || lx_.org_head(utf8::lower(w)) > 0; }

  static std::string singular(std::string_view name) {
    std::string s(name);
    if (s.size() > 4 && s.ends_with("ies")) return s.substr(0, s.size() - 3) + "y";
    if (s.size() > 3 && s.back() == 's' && s[s.size() - 2] != 's') s.pop_back();
    return s;
  }

  // True when one sentence has mentions of both entities (a writer names one referent once a
  // sentence, but for an apposition, which the mentions' own merge has already joined).
  bool named_together(std::size_t a, std::size_t b) const {
    std::vector<std::uint32_t> sa;
    for (const Mention& m : ex_.mentions)
      if (m.entity >= 0 && static_cast<std::size_t>(find(m.entity)) == a) sa.push_back(m.sentence);
    for (const Mention& m : ex_.mentions)
      if (m.entity >= 0 && static_cast<std::size_t>(find(m.entity)) == b &&
          std::find(sa.begin(), sa.end(), m.sentence) != sa.end())
        return true;
    return false;
  }

  // Within one document, names that are variants of one another are one entity: the same name
  // typed two ways ("Eli Lilly" the company and, by default, a person), singular and plural
  // ("Liberal Democrat(s)", "Tory"/"Tories"), a name and the one organisation name it begins
  // ("Labour" / "Labour Party", "Deutsche" / "Deutsche Boerse") or ends with an organisation word
  // ("Commission" / "European Commission"), an acronym and the one name whose initials it spells
  // ("Apec"), a first name and the one person it begins ("Marion" / "Marion Jones"), titled
  // forms of one person ("Professor Curtice" / "Professor John Curtice"). Each merge needs
  // exactly one candidate: an ambiguous short form ("Reliance" beside "Reliance Energy" and
  // "Reliance Industries") stays apart.
  void merge_variants() {
    const std::size_t n = ex_.entities.size();
    index_variants();
    // the same name, or singular and plural
    for (std::size_t i = 0; i < n; ++i) {
      if (!alive(i)) continue;
      const Entity& a = ex_.entities[i];
      const std::string sa = singular(a.name);
      const int j = only(i, [&](std::size_t k) {
        const Entity& b = ex_.entities[k];
        if (k > i && b.name != a.name) return false;  // pairs are seen once, from the later one
        if (b.name != a.name && (!open_type(i) || !open_type(k) || singular(b.name) != sa)) return false;
        return b.type == a.type || a.typed_by_default || b.typed_by_default || (is_place(a.type) && is_place(b.type));
      });
      if (j < 0 || static_cast<std::size_t>(j) > i) continue;
      const auto J = static_cast<std::size_t>(j);
      // the survivor: typed by evidence, else the earlier
      if (ex_.entities[J].typed_by_default && !a.typed_by_default)
        merge_into(J, i);
      else
        merge_into(i, J);
    }
    for (std::size_t i = 0; i < n; ++i) {
      if (!alive(i)) continue;
      const Entity& a = ex_.entities[i];
      const Words wa = words(i);
      if (wa.empty() || !capitalised(wa[0])) continue;
      int j = -1;
      if (a.type == EntityType::Person || a.typed_by_default) {
        const auto ua = untitled(i);
        j = only(i, [&](std::size_t k) {  // the person it names more fully
          const Entity& b = ex_.entities[k];
          if (b.type != EntityType::Person || (a.type != EntityType::Person && !a.typed_by_default)) return false;
          const auto ub = untitled(k);
          if (ub.size() <= ua.size() && !(ub.size() == ua.size() && words(k).size() > wa.size())) return false;
          // a first name (a single word typed by default: "Mrs Jordan" is a surname)
          // "Lord Ashworth" of "Lord Ashworth of Hollinbury": the same titled surname
          if (ua.size() == 1 && ub.front() == ua.front())
            return a.typed_by_default || weak_[i] || (ub.size() == 1 && wa.size() > 1);
          for (std::size_t x = 1; x <= ua.size(); ++x)  // a surname or titled form
            if (ub[ub.size() - x] != ua[ua.size() - x]) return false;
          return ua.size() > 1 || words(i).size() > 1;
        });
      }
      if (j < 0 && open_type(i) && !is_place(a.type)) {
        j = only(i, [&](std::size_t k) {
          const Entity& b = ex_.entities[k];
          const Words wb = words(k);
          if (wa.size() == 1 && wa[0].size() >= 2 && wb.size() >= 2 && syntax::upper_ascii(wa[0]) == initials_[k])
            return !b.typed_by_default && b.type != EntityType::Person;  // an acronym of it
          if (b.type != EntityType::Organization || wb.size() <= wa.size()) return false;
          bool prefix = true, suffix = true;
          for (std::size_t x = 0; x < wa.size(); ++x) {
            prefix = prefix && wb[x] == wa[x];
            suffix = suffix && wb[wb.size() - wa.size() + x] == wa[x];
          }
          // "Labour" of "Labour Party", "Deutsche" (a person by default) of "Deutsche Boerse"; not "BBC"
          // of "BBC Radio 4" or "BBC News", parts of it: an acronym is a name of its own
          if (prefix) return !acronym(a.name) && (a.typed_by_default || org_word(wb.back()));
          // "Labour Party" is not "National Labour Party" when one sentence names both
          return suffix && org_word(wa.back()) && !named_together(i, k);
        });
      }
      if (j >= 0) {
        merge_into(i, static_cast<std::size_t>(j));
      } else if (a.typed_by_default && a.type == EntityType::Person && wa.size() == 1 && !acronym(a.name)) {
        // "Reliance" beside "Reliance Energy" and "Reliance Industries": which one the text
        // does not say, but an organisation's short name, not a person's
        std::size_t begun = 0;
        for (std::size_t k = 0; k < n; ++k)
          if (k != i && alive(k) && ex_.entities[k].type == EntityType::Organization &&
              !ex_.entities[k].typed_by_default && words(k).size() > 1 && words(k)[0] == wa[0])
            ++begun;
        if (begun >= 2) ex_.entities[i].type = EntityType::Organization;
      }
    }
  }

  // ---- descriptions and pronouns ----

  // Groups of entities are slices of groups_, never changed once kept.
  using Group = Slice;
  std::vector<int> groups_;  // every kept group's entities, back to back
  Group keep(const std::vector<int>& g) {
    const Group kept{static_cast<std::uint32_t>(groups_.size()), static_cast<std::uint32_t>(g.size())};
    groups_.insert(groups_.end(), g.begin(), g.end());
    return kept;
  }
  // A kept group's entities (valid until the next keep).
  std::span<const int> entities_of(Group g) const { return {groups_.data() + g.at, g.size}; }

  struct Seen {
    int entity;
    Group group;  // a coordination's members, or a description's or pronoun's; empty for a name
    std::uint32_t token;
    std::uint32_t sentence;
    bool subject;
    bool plural = false;
  };
  std::vector<Seen> history_;
  std::vector<const Seen*> order_;  // history_order's buffer
  // The group a history entry stands for: its own, or its one entity.
  void group_of(const Seen& x, std::vector<int>& g) const {
    if (x.group.size == 0) {
      g.assign(1, x.entity);
    } else {
      const auto members = entities_of(x.group);
      g.assign(members.begin(), members.end());
    }
  }
  std::vector<Group> sentence_subject_;                 // per sentence: entity group of its subject
  const std::vector<const Mention*>* names_ = nullptr;  // the current sentence's names

  EntityType type_of(int e) const { return ex_.entities[static_cast<std::size_t>(e)].type; }

  // Coordinated mentions: "Steve Whitkoff and Jared Kushner", "Ocean Pearl Logistics and Star Harbour Lines".
  std::vector<int> group_at(const std::vector<const Mention*>& ms, std::size_t k, std::size_t* end) const {
    std::vector<int> g;
    group_at(ms, k, end, g);
    return g;
  }
  // The same into `g` (cleared first), so that a caller can reuse its capacity.
  void group_at(const std::vector<const Mention*>& ms, std::size_t k, std::size_t* end, std::vector<int>& g) const {
    g.assign(1, find(ms[k]->entity));
    std::size_t j = k;
    while (j + 1 < ms.size()) {
      const Mention* a = ms[j];
      const Mention* b = ms[j + 1];
      std::uint32_t t = a->last;
      bool ok = false;
      if (t < b->first) {
        std::string_view w = ex_.token(t);
        std::uint32_t n = t + 1;
        if (w == "," && n < b->first && ex_.token(n) == "and") ++n;
        if (w == "and" || w == ",") {
          ok = true;
          for (std::uint32_t q = n; q < b->first; ++q)  // "X and Mayor Y"
            ok = ok && (ex_.tokens[q].has(kCap) || ex_.is(q, kTitleWord));
        }
      }
      if (!ok || b->modifier || b->nested) break;
      g.push_back(find(b->entity));
      ++j;
    }
    *end = j;
  }

  bool starts_with_adverbial(const Sentence& se) const {
    for (std::uint32_t i = se.first; i < se.last && i < se.first + 2; ++i) {
      if (is_any(ex_.lower(i), "after", "before", "despite", "following", "during", "while", "when", "although",
                 "regarding", "in", "on", "since", "as", "amid", "with", "without", "unlike", "like"))
        return true;
    }
    return false;
  }

  std::uint32_t first_comma(const Sentence& se) const {
    for (std::uint32_t i = se.first; i < se.last; ++i)
      if (ex_.token(i) == ",") return i;
    return se.last;
  }

  void refs() {
    std::sort(ex_.mentions.begin(), ex_.mentions.end(), [](const Mention& a, const Mention& b) {
      return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    for (auto& m : ex_.mentions) m.entity = find(m.entity);
    std::vector<Mention> added;  // descriptions and pronouns
    added.reserve(ex_.mentions.size() / 2);
    history_.reserve(ex_.mentions.size() * 2);
    groups_.reserve(ex_.mentions.size() * 2);
    std::size_t mi = 0;
    sentence_subject_.assign(ex_.sentences.size(), Group{});
    std::vector<const Mention*> names;  // the current sentence's names (reused)
    names.reserve(ex_.mentions.size());
    std::vector<int> g;  // the group a name opens (reused)
    for (std::uint32_t s = 0; s < ex_.sentences.size(); ++s) {
      const Sentence& se = ex_.sentences[s];
      names.clear();
      while (mi < ex_.mentions.size() && ex_.mentions[mi].sentence == s) names.push_back(&ex_.mentions[mi++]);
      names_ = &names;
      const bool adverbial = starts_with_adverbial(se);
      const std::uint32_t comma = first_comma(se);
      const std::uint32_t main_start = adverbial && comma < se.last ? comma + 1 : se.first;
      std::size_t ni = 0;
      // inside a name: the names that start at or before t reach past it (names are in order of
      // their first token, t only grows)
      std::size_t started = 0;
      std::uint32_t reach = 0;
      for (std::uint32_t t = se.first; t < se.last; ++t) {
        // names that start here enter the history
        while (ni < names.size() && names[ni]->first <= t) {
          const Mention* m = names[ni];
          if (!m->modifier && !m->nested) {
            std::size_t end = ni;
            group_at(names, ni, &end, g);
            // (not a common word that is a name only by its capital: "the Budget")
            const Entity& me = ex_.entities[static_cast<std::size_t>(find(m->entity))];
            const bool subj = sentence_subject_[s].size == 0 && m->first >= main_start && !lx_.capital_only(me);
            const Group kept = subj || g.size() > 1 ? keep(g) : Group{};
            if (subj && (is_agentive(type_of(m->entity)) || m->plural)) sentence_subject_[s] = kept;
            for (std::size_t k = ni; k <= end; ++k)
              history_.push_back(Seen{find(names[k]->entity), {}, names[k]->first, s, subj, names[k]->plural});
            if (g.size() > 1) history_.push_back(Seen{g[0], kept, m->first, s, subj, true});
            // a description ("the alliance") may overlap a name: skip past it
            ni = end + 1;
          } else {
            ++ni;
          }
        }
        const bool bare = bare_description_at(se, t);
        if (!bare && !ex_.is(t, kDefiniteArticle | kPronoun) && ex_.lower(t) != "both") continue;
        for (; started < names.size() && names[started]->first <= t; ++started)
          reach = std::max(reach, names[started]->last);
        if (reach > t) continue;  // inside a name
        std::string_view w = ex_.lower(t);
        Mention m;
        bool found = false;
        if ((bare || ex_.is(t, kDefiniteArticle) || w == "both") && description(se, t, names, m, bare)) {
          found = true;
        } else if (ex_.is(t, kPronoun)) {
          found = pronoun(se, s, t, w, comma, adverbial, m);
        }
        if (!found) continue;
        const bool subj = sentence_subject_[s].size == 0 && m.first >= main_start && w != "his" && w != "her" &&
                          w != "its" && w != "their" && w != "him" && w != "them";
        const Group kept = keep(m.group);
        if (subj && kept.size > 0) sentence_subject_[s] = kept;
        history_.push_back(Seen{m.entity, kept, m.first, s, subj, m.plural || kept.size > 1});
        t = m.last - 1;
        added.push_back(std::move(m));
      }
    }
    for (auto& m : added) ex_.mentions.push_back(std::move(m));
  }

  std::uint32_t out_sentence(const Sentence& se) const {
    return static_cast<std::uint32_t>(&se - ex_.sentences.data());
  }

  // Antecedents for a description: subjects of this and the previous sentence first, then the
  // rest of the recent past (a window, so that long documents stay linear).
  // (In a buffer of the builder's, valid until the next call.)
  const std::vector<const Seen*>& history_order(std::uint32_t s) {
    constexpr std::size_t kWindow = 400;
    const auto begin = history_.size() > kWindow ? history_.end() - kWindow : history_.begin();
    std::vector<const Seen*>& out = order_;
    out.clear();
    for (auto it = history_.end(); it != begin;) {
      --it;
      if (it->subject && it->sentence + 1 >= s) out.push_back(&*it);
    }
    for (auto it = history_.end(); it != begin;) {
      --it;
      if (!(it->subject && it->sentence + 1 >= s)) out.push_back(&*it);
    }
    return out;
  }

  // Token t is a description head that refers back without an article ("Prosecutors said",
  // "accused by prosecutors"): descriptions.tsv's "bare" rows, not after a word that modifies it
  // ("state prosecutors", "the prosecutors", "its prosecutors").
  bool bare_description_at(const Sentence& se, std::uint32_t t) const {
    if (!ex_.is(t, kDescriptionHead)) return false;
    const Description* d = lx_.description(ex_.lower(t));
    if (!d || !d->bare) return false;
    if (t == se.first) return true;
    const Token& p = ex_.tokens[t - 1];
    return !ex_.tokens[t].has(kCap) && (!p.has(kWord) || (ex_.is(t - 1, kFunctionWord) && !ex_.is(t - 1, kPronoun) &&
                                                          !ex_.is(t - 1, kDefiniteArticle)));
  }

  bool description(const Sentence& se, std::uint32_t t, const std::vector<const Mention*>& names, Mention& out,
                   bool bare = false) {
    // "the [Demonym|Country|Organisation] head" ("the Russian leader", "the Tory leader"); "the two
    // leaders", "both men": that many, the last seen; a bare head ("Prosecutors") is its own start
    std::uint32_t k = bare || ex_.lower(t) == "both" ? t : t + 1;
    std::size_t count = ex_.lower(t) == "both" ? 2 : 0;
    if (!bare && k + 1 < se.last && count == 0) {
      const std::string_view n = ex_.lower(k);
      count = n == "two" ? 2 : n == "three" ? 3 : 0;
    }
    if (count > 0) ++k;
    int modifier = -1;
    for (const Mention* m : names) {
      if (m->first == k && (m->kind == MentionKind::Demonym || type_of(m->entity) == EntityType::Country ||
                            m->kind == MentionKind::Capital ||
                            (m->kind == MentionKind::Name && type_of(m->entity) == EntityType::Organization))) {
        modifier = m->entity;
        k = m->last;
        break;
      }
    }
    if (k >= se.last || !ex_.is(k, kDescriptionHead)) return false;
    const Description* d = lx_.description(ex_.lower(k));
    if (!d || (ex_.tokens[k].has(kCap) && !(bare && k == se.first))) return false;
    if (k + 1 < se.last && ex_.tokens[k + 1].has(kCap) && ex_.tokens[k + 1].has(kWord))
      return false;  // "the company Sovfracht"
    if (k + 2 < se.last && ex_.token(k + 1) == ",")
      for (const Mention* m : names)
        if (m->first == k + 2) return false;  // "the Eastland president, Tom Brae": he is named
    // (not of organisations: "the two banks" after a newspaper and a bank are not those two)
    if (count > 0 && (!d->plural || d->type == EntityType::Organization)) return false;
    int e = -1;
    std::vector<int> group;
    // whether entity x may be what the description names
    const auto fits = [&](const Entity& x) {
      if (x.type != d->type && !(x.typed_by_default && d->type == EntityType::Organization)) return false;
      if (!d->role_words.empty() || !d->role_kinds.empty()) {
        if (!d->role_words.empty()
                ? !holds_role(x.role, d->role_words)
                : std::find(d->role_kinds.begin(), d->role_kinds.end(), x.role_kind) == d->role_kinds.end())
          return false;
        // "the Eastland president": not Westland's
        if (modifier >= 0 && x.affiliation >= 0 && find(x.affiliation) != modifier) return false;
      } else if (!d->name_words.empty()) {
        const std::string n = utf8::lower(x.name);
        bool any = false;
        for (auto& nw : d->name_words) any = any || n.find(nw) != std::string::npos;
        if (!any) return false;
      }
      return true;
    };
    if (count > 0) {
      // "the two leaders": the last `count` different ones that fit, in the last few sentences
      std::vector<int> members;
      for (auto it = history_.rbegin(); it != history_.rend() && group.size() < count; ++it) {
        if (it->sentence + 5 < out_sentence(se)) break;
        group_of(*it, members);  // a group's members, or the one entity
        for (int x : members) {
          x = find(x);
          if (group.size() < count && fits(ex_.entities[static_cast<std::size_t>(x)]) &&
              std::find(group.begin(), group.end(), x) == group.end())
            group.push_back(x);
        }
      }
      if (group.size() != count) return false;
      e = group[0];
    } else if (d->plural) {
      for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
        if (it->sentence + 10 < out_sentence(se)) break;  // "the firms" refers to a recent group
        if (it->group.size >= 2 && type_of(groups_[it->group.at]) == d->type) {
          group_of(*it, group);
          break;
        }
      }
      if (group.empty()) return false;
      e = group[0];
    } else {
      // subjects of this and the previous sentence first ("The company" after "Nvidia captured ..."),
      // then anything seen; not this sentence's subject when the description comes after it
      // ("Prosecutors accused the firm": the firm is someone else)
      int subject = -1;  // the subject of the description's own clause, before it
      for (auto it = history_.rbegin(); it != history_.rend() && it->sentence == out_sentence(se); ++it)
        if (it->subject && it->token < t && one_clause(it->token, t)) subject = find(it->entity);
      for (const Seen* it : history_order(out_sentence(se))) {
        if (!fits(ex_.entities[static_cast<std::size_t>(it->entity)])) continue;
        if (subject >= 0 && find(it->entity) == subject) continue;
        e = it->entity;
        break;
      }
      if (e < 0) return false;
      group = {e};
      Entity& x = ex_.entities[static_cast<std::size_t>(e)];
      if (x.typed_by_default) {  // "Nvidia ... The company": now we know
        x.type = d->type;
        x.typed_by_default = false;
      }
      if (modifier >= 0 && x.type == EntityType::Person && x.affiliation < 0) x.affiliation = modifier;
    }
    out.sentence = static_cast<std::uint32_t>(&se - ex_.sentences.data());
    out.first = t;
    out.last = k + 1;
    out.begin = ex_.tokens[t].begin;
    out.end = ex_.tokens[k].end;
    out.entity = e;
    out.group = std::move(group);
    out.plural = d->plural;
    out.kind = MentionKind::Description;
    if (!d->plural) {
      std::string text = ex_.doc.text.substr(out.begin, out.end - out.begin);
      if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
      ex_.entities[static_cast<std::size_t>(e)].aliases.insert(text);
    }
    // the demonym inside is now part of the description
    for (const Mention* m : names)
      if (m->first > t && m->last <= out.last) const_cast<Mention*>(m)->nested = true;
    return true;
  }

  // Tokens a and b stand in one clause: nothing between them opens another (a comma, "that",
  // "and", a verb of saying: "X said the firm ...").
  bool one_clause(std::uint32_t a, std::uint32_t b) const {
    for (std::uint32_t k = a + 1; k < b; ++k)
      if (is_any(ex_.lower(k), ",", ";", ":", "(", "that", "and", "but", "or", "who", "which", "said", "says", "say",
                 "told", "added", "claimed"))
        return false;
    return true;
  }

  // Whether a person's role ("London Mayor", "Deputy Mayor") is one of `words` ("mayor"): its
  // last word, and not a deputy's or a former holder's.
  static bool holds_role(const std::string& role, const std::vector<std::string>& words) {
    const std::string r = utf8::lower(role);
    const std::size_t sp = r.rfind(' ');
    const std::string last = sp == std::string::npos ? r : r.substr(sp + 1);
    if (std::find(words.begin(), words.end(), last) == words.end()) return false;
    for (const char* not_it : {"deputy", "vice", "assistant", "former", "ex", "shadow"})
      if (r.rfind(std::string(not_it) + ' ', 0) == 0 || r.find(std::string(" ") + not_it + ' ') != std::string::npos ||
          r.rfind(std::string(not_it) + '-', 0) == 0)
        return false;
    return true;
  }

  bool pronoun(const Sentence& se, std::uint32_t s, std::uint32_t t, std::string_view w, std::uint32_t comma,
               bool adverbial, Mention& out) {
    const bool personal = ex_.is(t, kPersonPronoun);
    const bool plural = ex_.is(t, kPluralPronoun);
    // "it" after a verb or preposition ("retook it", "in it") may be a place; as a subject it is
    // a body or a country ("it said")
    const bool object = !personal && !plural && w == "it" && t > se.first && ex_.tokens[t - 1].has(kWord) &&
                        !is_any(ex_.lower(t - 1), "and", "but", "or", "that", "because", "if", "when", "while", "as",
                                "so", "since", "although", "though", "after", "before", "until", "unless", "whether");
    // whether the pronoun may refer to `entity` (the first of a group of `size`, plural or not)
    auto fits = [&](int entity, std::size_t size, bool is_plural) {
      const EntityType ty = type_of(entity);
      if (personal) return ty == EntityType::Person && size <= 1;
      // a capitalised common word typed by default only ("the Freedom" split off a law's name) is
      // too weak a guess for "it" or "they" to refer to
      if (const Entity& x = ex_.entities[static_cast<std::size_t>(find(entity))];
          lx_.capital_only(x) && !acronym(x.name))  // not "SEC"
        return false;
      if (plural) return is_plural || ty == EntityType::Organization;
      return (ty == EntityType::Organization || ty == EntityType::Country ||
              (object && (ty == EntityType::City || ty == EntityType::Location))) &&
             !is_plural;
    };
    auto fits_seen = [&](const Seen& x) { return fits(x.entity, x.group.size, x.plural); };
    auto fits_group = [&](std::span<const int> g) { return fits(g[0], g.size(), g.size() > 1); };
    std::vector<int> group;
    // cataphora: "After their meeting with ..., Steve Whitkoff and Jared Kushner ..."
    if (adverbial && t < comma && (w == "their" || w == "his" || w == "her" || w == "its")) {
      group = main_subject(se, comma);
      if (!group.empty() && !fits_group(group)) group.clear();
    }
    const bool at_start = t == se.first || (t > se.first && (ex_.token(t - 1) == "\"" || ex_.token(t - 1) == ","));
    // "The army said it had retaken X", "The Russian defence ministry said its troops...": the
    // pronoun right after a verb of saying refers to that verb's subject; when the subject is a
    // phrase that names no entity, to the country or organisation that modifies its agent noun
    // ("ministry", "army"; not "the German exchange"), else to none (not to a name of the
    // sentences before)
    if (group.empty() && !personal) {
      if (const auto np = reporting_subject(se, t)) {
        const bool agent_head = ex_.is(np->second - 1, kAgentNoun);
        bool named = false;  // a name: the usual search finds it
        for (const Mention* m : *names_)
          if (m->first >= np->first && m->last <= np->second && m->entity >= 0) {
            named |= !m->modifier;
            if (group.empty() && agent_head && m->modifier && fits(m->entity, 1, false)) group.push_back(m->entity);
          }
        if (named)
          group.clear();
        else if (group.empty())
          return false;
      }
    }
    if (group.empty()) {
      // prefer the current sentence (before the pronoun), then earlier subjects, then anything recent
      for (auto it = history_.rbegin(); it != history_.rend() && group.empty(); ++it) {
        if (it->sentence != s) break;
        if (personal && at_start && t == se.first) break;
        // (the names before one in a phrase that opens the pronoun's clause are in it too)
        if (fronted_object(se, it->token, t, w)) break;
        if (fits_seen(*it)) group_of(*it, group);
      }
      for (std::uint32_t back = 1; group.empty() && back <= 3 && back <= s; ++back) {
        const auto subj = entities_of(sentence_subject_[s - back]);
        if (!subj.empty() && fits_group(subj)) group.assign(subj.begin(), subj.end());
      }
      for (auto it = history_.rbegin(); it != history_.rend() && group.empty(); ++it) {
        if (it->sentence + 3 < s) break;
        if (fits_seen(*it)) group_of(*it, group);
      }
    }

    if (group.empty()) return false;
    out.sentence = s;
    out.first = t;
    out.last = t + 1;
    out.begin = ex_.tokens[t].begin;
    out.end = ex_.tokens[t].end;
    out.entity = group[0];
    out.group = std::move(group);
    out.plural = plural;
    out.kind = MentionKind::Pronoun;
    return true;
  }

  // The tokens [first, second) of a common noun phrase that opens the sentence and is the subject
  // of a verb of saying right before token t ("The army said it", "The Russian defence ministry
  // says its"), or nothing. The phrase starts with "the" and holds no verb-like word.
  std::optional<std::pair<std::uint32_t, std::uint32_t>> reporting_subject(const Sentence& se, std::uint32_t t) const {
    std::uint32_t v = t;
    if (v > se.first && ex_.lower(v - 1) == "that") --v;
    if (v <= se.first + 2 || !is_any(ex_.lower(v - 1), "said", "says", "say", "added", "announced", "stated", "claimed",
                                     "reported", "confirmed"))
      return std::nullopt;
    const std::uint32_t end = v - 1;
    if (ex_.lower(se.first) != "the" || end - se.first > 6) return std::nullopt;
    for (std::uint32_t k = se.first + 1; k < end; ++k) {
      const Token& tok = ex_.tokens[k];
      if (!tok.has(kWord) || (ex_.is(k, kFunctionWord) && !tok.has(kCap))) return std::nullopt;
    }
    return std::pair{se.first, end};
  }

  // Whether the name at token `name` is the object of a preposition in a phrase that opens the
  // clause whose subject is the pronoun at t: "At a dinner hosted by X he told Y", "In an
  // interview with X, she said": the subject is someone else (were it X, the name would be the
  // subject). Not a name that is a clause's subject ("After X was sacked, he") or a possessor.
  bool fronted_object(const Sentence& se, std::uint32_t name, std::uint32_t t, std::string_view w) const {
    if (!is_any(w, "he", "she", "they")) return false;
    const Mention* m = nullptr;
    for (const Mention* x : *names_)
      if (x->first == name && x->kind == MentionKind::Name) m = x;
    if (!m || m->last > t) return false;
    if (m->last < se.last && is_possessive_s(ex_.lower(m->last))) return false;
    // between the name and the pronoun: punctuation, names, numbers and prepositions only
    for (std::uint32_t k = m->last; k < t; ++k) {
      const Token& tok = ex_.tokens[k];
      if (!tok.has(kWord) || tok.has(kCap) || tok.has(kNumber)) continue;
      if (!ex_.is(k, kFunctionWord) || is_auxiliary(ex_.lower(k))) return false;
    }
    // before the name (past its titles and articles): a preposition
    std::uint32_t k = m->first;
    while (k > se.first && (ex_.tokens[k - 1].has(kCap) || is_any(ex_.lower(k - 1), "the", "a", "an"))) --k;
    return k > se.first &&
           is_any(ex_.lower(k - 1), "by", "with", "to", "from", "at", "of", "for", "against", "about", "like", "unlike",
                  "than", "toward", "towards", "including", "without", "despite", "behind");
  }
  static bool is_auxiliary(std::string_view w) {
    return is_any(w, "is", "am", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do",
                  "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must");
  }

  std::vector<int> main_subject(const Sentence& se, std::uint32_t comma) const {
    std::vector<const Mention*> ms;
    for (const Mention* m : *names_)
      if (m->first > comma && m->last <= se.last && !m->modifier && !m->nested && m->kind != MentionKind::Pronoun)
        ms.push_back(m);
    std::sort(ms.begin(), ms.end(), [](auto* a, auto* b) { return a->first < b->first; });
    if (ms.empty()) return {};
    std::size_t end = 0;
    return group_at(ms, 0, &end);
  }

  void finish() {
    // drop merged entities and renumber
    std::vector<int> remap(ex_.entities.size(), -1);
    std::vector<Entity> kept;
    kept.reserve(ex_.entities.size());
    for (std::size_t i = 0; i < ex_.entities.size(); ++i) {
      if (alias_of_[i] != static_cast<int>(i)) continue;
      remap[i] = static_cast<int>(kept.size());
      kept.push_back(std::move(ex_.entities[i]));
    }
    auto map = [&](int e) { return e < 0 ? -1 : remap[static_cast<std::size_t>(find(e))]; };
    for (auto& e : kept) {
      e.affiliation = map(e.affiliation);
      e.aliases.erase(e.name);
    }
    for (auto& m : ex_.mentions) {
      m.entity = map(m.entity);
      for (auto& g : m.group) g = map(g);
    }
    ex_.entities = std::move(kept);
    std::sort(ex_.mentions.begin(), ex_.mentions.end(), [](const Mention& a, const Mention& b) {
      return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
  }
};

}  // namespace

void resolve_entities(Extraction& ex, const Lexicon& lx, const std::vector<RawMention>& raw) {
  Builder(ex, lx).run(raw);
}

}  // namespace newskg

namespace newskg {

void prune_entities(Extraction& ex, const Lexicon& lx) {
  const std::size_t n = ex.entities.size();
  std::vector<bool> used(n, false), demonym_only(n, true);
  for (const Relation& r : ex.relations) {
    for (int e : {r.agent, r.target, r.claimant, r.place})
      if (e >= 0) used[static_cast<std::size_t>(e)] = true;
  }
  for (const Entity& e : ex.entities)
    if (e.affiliation >= 0) used[static_cast<std::size_t>(e.affiliation)] = true;
  for (const Mention& m : ex.mentions) {
    if (m.entity < 0) continue;
    if (!(m.kind == MentionKind::Demonym && m.modifier)) demonym_only[static_cast<std::size_t>(m.entity)] = false;
  }
  std::vector<int> remap(n, -1);
  std::size_t kept = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const Entity& e = ex.entities[i];
    if (!used[i] && (demonym_only[i] ||
                     (e.typed_by_default && e.mentions <= 1 && lx.is_common_word(utf8::lower(e.name)))))  // a weak word
      continue;
    remap[i] = static_cast<int>(kept++);
  }
  if (kept == n) return;
  // compact in place: entity i moves down to remap[i] <= i
  for (std::size_t i = 0; i < n; ++i)
    if (remap[i] >= 0 && static_cast<std::size_t>(remap[i]) != i)
      ex.entities[static_cast<std::size_t>(remap[i])] = std::move(ex.entities[i]);
  ex.entities.resize(kept);
  auto map = [&](int e) { return e < 0 ? -1 : remap[static_cast<std::size_t>(e)]; };
  for (Entity& e : ex.entities) e.affiliation = map(e.affiliation);
  std::vector<Mention> mentions;
  mentions.reserve(ex.mentions.size());
  for (Mention& m : ex.mentions) {
    m.entity = map(m.entity);
    std::size_t kept_members = 0;  // the group's members that are kept, renumbered, in place
    for (const int g : m.group)
      if (map(g) >= 0) m.group[kept_members++] = map(g);
    m.group.resize(kept_members);
    if (m.entity >= 0) mentions.push_back(std::move(m));
  }
  for (Relation& r : ex.relations) {
    r.agent = map(r.agent);
    r.target = map(r.target);
    r.claimant = map(r.claimant);
    r.place = map(r.place);
  }
  ex.mentions = std::move(mentions);
}

}  // namespace newskg
