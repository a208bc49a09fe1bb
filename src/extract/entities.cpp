#include "extract/entities.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <optional>
#include <set>
#include <span>

#include "common/words.hpp"
#include "text/utf8.hpp"

namespace newskg {
namespace {

bool is_dash(std::string_view w) {
  return w == "-" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93" || w == "--";
}

std::string title_case(std::string_view w) {
  std::string out;
  bool start = true;
  for (std::size_t i = 0; i < w.size();) {
    const std::size_t b = i;
    char32_t cp = utf8::decode(w, i);
    if (utf8::is_letter(cp)) {
      if (!start) {
        utf8::encode(utf8::to_lower(cp), out);
      } else {
        out.append(w.substr(b, i - b));
      }
      start = false;
    } else {
      out.append(w.substr(b, i - b));
      start = cp == ' ' || cp == '-' || cp == '/';
    }
  }
  return out;
}

const StringSet& locative_preps() {
  static const StringSet s = [] {
    StringSet set;
    for (const char* w : {"in", "at", "near", "outside", "across", "into", "towards", "toward", "around", "inside",
                          "via", "visit", "visited"})
      set.insert(w);
    return set;
  }();
  return s;
}

class Recognizer {
 public:
  Recognizer(const Extraction& ex, const Lexicon& lx, const ner::CorpusCase& corpus)
      : ex_(ex), lx_(lx), corpus_(corpus) {
    out_.reserve(ex.tokens.size() / 5);  // news text has about one name in ten tokens: no regrowth
    mid_caps_.reserve(ex.tokens.size() / 8, ex.tokens.size());
    caps_.resize(ex.tokens.size());  // asked of most tokens several times: answered once
    name_word_.assign(ex.tokens.size(), -1);
    common_word_.assign(ex.tokens.size(), -1);
    gaz_found_.resize(ex.tokens.size());
    gaz_all_.reserve(ex.tokens.size() / 16);
    for (std::uint32_t i = 0; i < caps_.size(); ++i) caps_[i] = capitalised(i);
    collect_evidence();
  }

  std::vector<RawMention> run() {
    for (std::uint32_t s = 0; s < ex_.sentences.size(); ++s) sentence(s);
    teams_named_elsewhere();
    // "Hunting Act", "Kyoto Protocol", "Cold War": names of things newskg does not model (links
    // are still span keys here: one to a mention left out finds none)
    std::erase_if(out_, [&](const RawMention& m) {
      return m.kind == MentionKind::Name && !m.gazetteer && m.last > m.first + 1 && lx_.names_a_thing(tok(m.last - 1));
    });
    sort_by_span();
    join_firm_after_list();
    propagate_through_lists();
    // indices changed by sorting: affiliation/same_as were stored as begin offsets (see link_by_offset)
    for (auto& m : out_) {
      m.affiliation = index_of_key(m.aff_key);
      m.same_as = index_of_key(m.same_key);
    }
    return std::move(out_);
  }

 private:
  const Extraction& ex_;
  const Lexicon& lx_;
  const ner::CorpusCase corpus_;  // a view: copied
  std::vector<RawMention> out_;
  StringSet mid_caps_;  // capitalised words seen inside normal sentences
  // (bytes, not std::vector<bool>: set and read for every token, a bit's masking costs more)
  std::vector<std::uint8_t> initial_;  // token is in a sentence-initial position
  std::vector<std::uint8_t> covered_;  // token is inside a mention found so far
  std::vector<std::uint8_t> titlecase_sentence_;

  std::string_view tok(std::uint32_t i) const { return ex_.token(i); }
  std::string_view lower(std::uint32_t i) const { return ex_.lower(i); }
  // The mentions in text order, longer first where two start together, and in the order they
  // were found where two have the same span. Indices are sorted, and each mention moved once
  // (a mention holds four strings; sorting them in place moved each a dozen times).
  // Span [begin, end) comes before [b, e) in that order.
  static bool span_before(std::uint32_t begin, std::uint32_t end, std::uint32_t b, std::uint32_t e) {
    return begin != b ? begin < b : end > e;
  }
  void sort_by_span() {
    std::vector<std::uint32_t> order(out_.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
      return span_before(out_[x].begin, out_[x].end, out_[y].begin, out_[y].end);
    });
    bool moved = false;
    for (std::uint32_t i = 0; i < order.size() && !moved; ++i) moved = order[i] != i;
    if (!moved) return;
    std::vector<RawMention> sorted;
    sorted.reserve(out_.capacity());
    for (const std::uint32_t i : order) sorted.push_back(std::move(out_[i]));
    out_ = std::move(sorted);
  }

  std::vector<std::uint8_t> caps_;  // capitalised(i) for every token
  bool cap(std::uint32_t i) const { return caps_[i] != 0; }
  // A capitalised word (not a number), or a name particle joined to a capitalised name.
  bool capitalised(std::uint32_t i) const {
    const Token& t = ex_.tokens[i];
    if (!t.has(kWord) || t.has(kNumber)) return false;
    if (t.has(kCap)) return true;
    std::string_view w = tok(i);
    // "Giscard d'Estaing", "Massimo d'Alema": an elided particle joined to a capitalised name,
    // after a name's word (not "l'Enfance" on its own)
    if (w.size() > 3 && (w[0] == 'd' || w[0] == 'l') && w[1] == '\'' && w[2] >= 'A' && w[2] <= 'Z')
      return i > 0 && ex_.tokens[i - 1].has(kCap);
    // "al-Zawahiri", "bin-Talal": a name particle joined to a capitalised name
    if (!t.has(kHyphenated)) return false;
    const std::size_t dash = w.find('-');
    if (dash == std::string_view::npos || dash + 1 >= w.size() || !lx_.is_name_particle(w.substr(0, dash)))
      return false;
    std::size_t k = dash + 1;
    return utf8::is_upper(utf8::decode(w, k));
  }

  // The mentions that may be members of a list, in text order: not inside or modifying another, not
  // a possessive ("DR Congo's Alain Masudi" belongs to what follows).
  std::vector<std::size_t> list_members() const {
    std::vector<std::size_t> top;
    top.reserve(out_.size());
    for (std::size_t i = 0; i < out_.size(); ++i)
      if (!out_[i].nested && !out_[i].modifier && !possessive(out_[i])) top.push_back(i);
    return top;
  }

  // "A, B, C and Brown and Jones": a list's "and" is spent before its last member, so two single
  // unknown words joined by a second "and" are one name, a firm's of two surnames.
  void join_firm_after_list() {
    const std::vector<std::size_t> top = list_members();
    std::vector<std::uint8_t> dropped;
    for (std::size_t k = 2; k + 1 < top.size(); ++k) {
      const RawMention &o = out_[top[k - 2]], &p = out_[top[k - 1]], &y = out_[top[k + 1]];
      RawMention& x = out_[top[k]];
      const auto and_between = [&](const RawMention& a, const RawMention& b) {
        return a.sentence == b.sentence && a.last + 1 == b.first && lower(a.last) == "and";
      };
      if (o.sentence != p.sentence || o.last + 1 != p.first || tok(o.last) != "," || !and_between(p, x) ||
          !and_between(x, y) || x.gazetteer || y.gazetteer || x.last != x.first + 1 || y.last != y.first + 1 ||
          !surname_shape(tok(x.first)) || !surname_shape(tok(y.first)))
        continue;
      x.last = y.last;
      x.end = y.end;
      x.name = x.surface(ex_.doc.text);
      x.type = EntityType::Organization;
      x.weak = true;
      dropped.resize(out_.size());
      dropped[top[k + 1]] = 1;
      ++k;
    }
    if (dropped.empty()) return;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < out_.size(); ++i)
      if (!dropped[i]) {
        if (kept != i) out_[kept] = std::move(out_[i]);
        ++kept;
      }
    out_.resize(kept);
  }

  // "Cairo, Marsa Alam, Abu Simbel and Luxor": names typed only by default take the type of the
  // names they are listed with.
  void propagate_through_lists() {
    const std::vector<std::size_t> top = list_members();
    std::size_t i = 0;
    while (i < top.size()) {
      std::size_t j = i;
      while (j + 1 < top.size() && listed(out_[top[j]], out_[top[j + 1]])) ++j;
      // a list ends in "and" or "or"; names only separated by commas may be an apposition
      // ("a senator from Kansas, Sam Brownbeck,"), where only single words ("Yongzhou, Hunan",
      // "at Multan, Thatta, and ...") take the others' type
      const bool closed = j > i && joined_by_and(out_[top[j - 1]], out_[top[j]]);
      // "Tommy Brae and the Harbour Singers": a person and a body may be named together; a list of
      // two joined by an article says nothing of either's type
      if (j == i + 1 && listed_with_article(out_[top[i]], out_[top[j]])) {
        i = j + 1;
        continue;
      }
      if (j > i) {
        std::array<int, kEntityTypeCount> votes{};  // by type; the first of the most voted wins
        for (std::size_t k = i; k <= j; ++k) {
          const RawMention& m = out_[top[k]];
          if (!m.weak && m.kind == MentionKind::Name) ++votes[static_cast<std::size_t>(m.type)];
        }
        const auto best = std::max_element(votes.begin(), votes.end());
        if (*best > 0) {
          EntityType t = static_cast<EntityType>(best - votes.begin());
          if (t == EntityType::Country) t = EntityType::Location;
          for (std::size_t k = i; k <= j; ++k) {
            RawMention& m = out_[top[k]];
            // "the Harbour Gulls" (a plural after "the") is a team, a band or a party, not a place,
            // whatever it is listed with
            const bool article = m.first > 0 && lower(m.first - 1) == "the" && plural_s(tok(m.last - 1));
            // nor is an acronym or a plural of a common word ("Scissor Sisters") a person's name
            const bool no_person =
                t == EntityType::Person &&
                ((m.last - m.first == 1 && ex_.tokens[m.first].has(kAllCaps)) || plural_of_common_word(m.last - 1));
            if (m.weak && (closed || m.last - m.first == 1) && !(article && is_place(t)) && !no_person) {
              m.type = t;
              m.weak = false;
            }
          }
        }
      }
      i = j + 1;
    }
  }

  // A single common word after "the" typed a body by default only ("the Godfather, James Caan and
  // Robert Duvall": it types no name listed after it).
  bool the_body(const RawMention& m) const {
    return m.weak && m.type == EntityType::Organization && m.last == m.first + 1 && m.first > 0 &&
           lower(m.first - 1) == "the";
  }

  // The single word at token a, after "the", reads as a plural ("the Velandines"; not "the
  // Prius", "the Majlis", nor a possessive).
  bool the_plural(std::uint32_t a, const RawMention& m) const {
    const std::string_view w = lower(a);
    return plural_s(w) && !w.ends_with("us") && !w.ends_with("is") && !ex_.is(a, kFunctionWord) && !possessive(m);
  }

  // Token t is a common word's plural ("Sisters", "Girls"; not "Collins", "Williams").
  bool plural_of_common_word(std::uint32_t t) const { return plural_s(tok(t)) && common_word(t); }

  // Token t is the possessive "'s" (straight or curly apostrophe).
  bool possessive_at(std::uint32_t t) const { return t < ex_.tokens.size() && is_possessive_s(tok(t)); }
  // "DR Congo's Alain Masudi": a possessive name belongs to what follows, not to a list
  bool possessive(const RawMention& m) const { return possessive_at(m.last); }

  bool joined_by_and(const RawMention& a, const RawMention& b) const {
    for (std::uint32_t k = a.last; k < b.first; ++k)
      if (lower(k) == "and" || lower(k) == "or") return true;
    return false;
  }

  bool listed(const RawMention& a, const RawMention& b) const {
    if (a.sentence != b.sentence || a.last >= b.first) return false;
    std::uint32_t k = a.last;
    if (tok(k) == ",") ++k;
    if (k < b.first && (lower(k) == "and" || lower(k) == "or")) ++k;
    if (k < b.first && k > a.last && lower(k) == "the") ++k;  // "Fine Gael, the Labour Party and the ..."
    return k == b.first && k > a.last;
  }
  // "and the" or ", the" between two listed names.
  bool listed_with_article(const RawMention& a, const RawMention& b) const {
    return b.first > a.last && lower(b.first - 1) == "the";
  }

  static std::uint64_t key_of(const RawMention& m) { return (std::uint64_t{m.begin} << 32) | m.end; }
  // The first mention (after sort_by_span) whose span key is k, or -1: the first at or after
  // (begin, end) in span order is the one.
  int index_of_key(std::uint64_t k) const {
    if (k == 0) return -1;
    const auto begin = static_cast<std::uint32_t>(k >> 32), end = static_cast<std::uint32_t>(k);
    const auto it = std::lower_bound(out_.begin(), out_.end(), k, [&](const RawMention& m, std::uint64_t) {
      return span_before(m.begin, m.end, begin, end);
    });
    return it != out_.end() && key_of(*it) == k ? static_cast<int>(it - out_.begin()) : -1;
  }

  void collect_evidence() {
    initial_.assign(ex_.tokens.size(), false);
    covered_.assign(ex_.tokens.size(), false);
    titlecase_sentence_.assign(ex_.sentences.size(), false);
    for (std::uint32_t s = 0; s < ex_.sentences.size(); ++s) {
      const Sentence& se = ex_.sentences[s];
      std::size_t words = 0, caps = 0, lowers = 0, function_words = 0, capital_function_words = 0;
      for (std::uint32_t i = se.first; i < se.last; ++i) {  // counted without branches
        const unsigned f = ex_.tokens[i].flags;
        const unsigned word = (f & (kWord | kNumber)) == kWord;
        const unsigned cap = word & ((f & kCap) != 0);
        const unsigned function = word & (i > se.first) & ((ex_.word_class[i] & kFunctionWord) != 0);
        words += word;
        caps += cap;
        lowers += word & ((f & (kCap | kAllCaps)) == 0);
        function_words += function;
        capital_function_words += function & cap;
      }
      // "Leaders To Meet In Berlin": even the small words are capitalised
      titlecase_sentence_[s] =
          words >= 3 && function_words > 0 && capital_function_words == function_words && caps * 10 >= words * 7;
      bool at_start = true;
      for (std::uint32_t i = se.first; i < se.last; ++i) {
        std::string_view w = tok(i);
        const Token& t = ex_.tokens[i];
        if (t.has(kWord)) {
          initial_[i] = at_start;
          at_start = false;
          if (!initial_[i] && !titlecase_sentence_[s] && t.has(kCap) && lowers > 0) mid_caps_.insert(w);
          continue;  // the marks below are punctuation
        }
        if (w == ":" || is_dash(w) || w == "\"" || w == "\xE2\x80\x9C" || w == "(") at_start = at_start || w != "(";
        if (w == ":" || w == "\xE2\x80\x9C" || (w == "\"" && i + 1 < se.last && !ex_.tokens[i + 1].has(kSpaceBefore)))
          at_start = true;
      }
    }
  }

  // A capitalised word that may be (part of) a name. Asked of a token up to a dozen times (chunk
  // ends, connectors, particles): worked out once, in its sentence (the answer depends on it).
  bool name_word(std::uint32_t i) const {
    if (!cap(i)) return false;
    const Sentence& se = ex_.sentences[cur_sentence_];
    if (i < se.first || i >= se.last) return find_name_word(i);
    std::int8_t& known = name_word_[i];
    if (known < 0) known = find_name_word(i);
    return known != 0;
  }
  mutable std::vector<std::int8_t> name_word_;  // per token: -1 not yet asked, else name_word's answer
  // A function word and a clitic of up to two letters in one token: "I'd", "I've", "We'll",
  // "It's" (not "O'Neill", "D'Alema": what follows the apostrophe is a name there).
  bool pronoun_with_clitic(std::uint32_t i) const {
    const std::string_view l = lower(i);
    std::size_t at = l.find('\'');
    std::size_t len = 1;
    if (const std::size_t curly = l.find("\u2019"); curly != std::string_view::npos && curly < at) at = curly, len = 3;
    if (at == std::string_view::npos || at == 0) return false;
    const std::size_t rest = l.size() - at - len;
    return rest >= 1 && rest <= 2 && lx_.is_function_word(l.substr(0, at));
  }
  // "the Sunday Times", "the Sunday Telegraph": a day's name between "the" and a capitalised
  // word opens a name (a newspaper's), where "on Sunday Mr Blair" does not.
  bool day_in_name(std::uint32_t i) const {
    const Sentence& se = ex_.sentences[cur_sentence_];
    if (i + 1 >= se.last || !cap(i + 1) || ex_.is(i + 1, kFunctionWord) || ex_.is(i + 1, kTitleWord)) return false;
    // "the Sunday Times"; "Sunday Ledger columnist X": the name and an occupation after it
    // (not "On Tuesday Labour chairman X": a known name after the day is that name)
    const bool the = i > se.first && lower(i - 1) == "the";
    const std::string* kind = i + 2 < se.last && !cap(i + 2) ? lx_.title(lower(i + 2)) : nullptr;
    const bool role_after = kind && *kind == "descriptor" && !gaz_single(i + 1);
    return (the || role_after) && is_day_name(lower(i));
  }
  // "MPs", "PCs", "MEPs": the plural of an acronym is a kind of people or things, not a name
  bool plural_acronym(std::uint32_t i) const {
    const std::string_view w = tok(i);
    return w.size() >= 3 && w.back() == 's' &&
           std::all_of(w.begin(), w.end() - 1, [](char c) { return c >= 'A' && c <= 'Z'; }) && !gaz_single(i);
  }
  bool find_name_word(std::uint32_t i) const {
    const std::string_view w = tok(i);
    if (pronoun_with_clitic(i)) return false;    // "I'm", "I've", "It's": never a name
    if (function_words_joined(w)) return false;  // "October-to-December", "Monday-Friday"
    if (plural_acronym(i)) return false;
    if (ex_.is(i, kFunctionWord)) {  // "The", "Monday", "After": only as (the start of) a known name
      if (gaz_single(i)) return true;
      if (day_in_name(i)) return true;
      // "in The Hague", "DR Congo": opening a longer gazetteer name, where the capital is not
      // merely the sentence's first letter
      std::optional<GazetteerEntry> g;
      return (!initial_[i] || ex_.tokens[i].has(kAllCaps)) && gaz_len(i, ex_.sentences[cur_sentence_].last, &g) > 1;
    }
    const bool needs_evidence = initial_[i] || titlecase_sentence_[cur_sentence_];
    if (!needs_evidence) return true;
    const std::string* kind = nullptr;
    if (gaz_single(i) || title_len(i, ex_.sentences[cur_sentence_].last, &kind) > 0) return true;
    std::optional<GazetteerEntry> g;
    if (gaz_len(i, ex_.sentences[cur_sentence_].last, &g) > 0) return true;
    if (mid_caps_.contains(w)) return true;
    if (ex_.tokens[i].has(kAllCaps)) return true;
    if (!common_word(i) || apposed_name_opens(i)) return true;
    // "Robin Cook said": a word the corpus writes capitalised nearly always, before another
    // capitalised one, opens a name at the start of a sentence too
    if (initial_[i] && i + 1 < ex_.sentences[cur_sentence_].last && cap(i + 1) && given_name(i)) return true;
    if (initial_[i] && i + 1 < ex_.sentences[cur_sentence_].last && cap(i + 1) &&
        (acronym_of_run(i) || named_before(i)))
      return true;
    // "Harbour Alliance chairman X said": before an organisation's word, a name's first word
    // (not a plural, a participle or an -ing word)
    return initial_[i] && i + 1 < ex_.sentences[cur_sentence_].last && cap(i + 1) && org_head_at(i + 1) == 1 &&
           base_form(i);
  }
  // "Kestrel Vantor Holdings Plc (KVH) said": the capitalised words from token i are followed by
  // an acronym in brackets made of their initials (from i's).
  bool acronym_of_run(std::uint32_t i) const {
    const std::uint32_t last = ex_.sentences[cur_sentence_].last;
    std::string initials;
    std::uint32_t k = i;
    for (; k < last && k < i + 8; ++k) {
      if (cap(k) && ex_.tokens[k].has(kWord))
        initials += tok(k)[0];
      else if (!is_any(lower(k), "of", "and", "&", "for"))
        break;
    }
    if (k + 2 >= last || tok(k) != "(" || tok(k + 2) != ")" || !ex_.tokens[k + 1].has(kAllCaps)) return false;
    const std::string_view acronym = tok(k + 1);
    return acronym.size() >= 2 && initials.size() >= acronym.size() &&
           initials.compare(0, acronym.size(), acronym) == 0;
  }
  // A name found earlier in the document opens with token i's word and the next one ("Kestrel
  // Vantor Holdings ... Kestrel Vantor chairman X said").
  bool named_before(std::uint32_t i) const {
    return std::any_of(out_.begin(), out_.end(), [&](const RawMention& m) {
      return m.kind == MentionKind::Name && m.last >= m.first + 2 && m.sentence < cur_sentence_ &&
             tok(m.first) == tok(i) && tok(m.first + 1) == tok(i + 1);
    });
  }
  // A hyphenated word all of whose parts are function words (months, days, "to"): a span of time.
  bool function_words_joined(std::string_view w) const {
    if (w.find('-') == std::string_view::npos) return false;
    std::size_t start = 0;
    while (start <= w.size()) {
      const std::size_t dash = std::min(w.find('-', start), w.size());
      const std::string part = utf8::lower(w.substr(start, dash - start));
      if (part.empty() || !(lx_.word_class(part) & kFunctionWord)) return false;
      start = dash + 1;
    }
    return true;
  }
  // Neither a plural, nor a participle, nor an -ing word: what may be a name's first word.
  bool base_form(std::uint32_t i) const {
    const std::string_view w = lower(i);
    return !w.empty() && w.back() != 's' && !w.ends_with("ing") && !lx_.is_participle(w);
  }
  // "Rob Quillan, from the trust, said": a sentence that opens on two capitalised words (and
  // letters after them) set off by a comma names a person, even by a first name that is also a
  // word (not a plural, a participle or a known name's word: "Leading China-watcher, ...")
  bool apposed_name_opens(std::uint32_t i) const {
    const std::uint32_t last = ex_.sentences[cur_sentence_].last;
    if (!initial_[i] || i + 2 >= last) return false;
    std::uint32_t k = i + 2;
    if (ex_.tokens[k].has(kAllCaps) && ex_.is(k, kTitleWord)) ++k;  // "QC"
    return k + 1 < last && tok(k) == "," && !ex_.tokens[k + 1].has(kCap) && base_form(i) && name_word(i + 1) &&
           !ex_.is(i + 1, kTitleWord) && !gaz_single(i + 1) && !org_head_at(i + 1) && !place_head_at(i + 1) &&
           tok(i + 1).find('-') == std::string_view::npos;
  }
  // Lexicon::is_common_word of token i's lower case, asked of the lexicon once per token (its
  // list is large, and each look-up a wait for memory).
  bool common_word(std::uint32_t i) const {
    std::int8_t& known = common_word_[i];
    if (known < 0) known = lx_.is_common_word(lower(i));
    return known != 0;
  }
  mutable std::vector<std::int8_t> common_word_;  // per token: -1 not yet asked

  std::uint32_t cur_sentence_ = 0;
  bool results_line_ = false;                 // the sentence is a match result: "Hansa Rostock 2 VfL Bochum 0"
  std::set<std::string, std::less<>> teams_;  // the names of the document's match results

  // "Vorlan Kessing sacked its coach ... Vorlan Kessing 1 Twente Enschede 2": a name typed a
  // person only by default is the team a match result of the document names so.
  void teams_named_elsewhere() {
    if (teams_.empty()) return;
    for (RawMention& m : out_)
      if (m.kind == MentionKind::Name && m.type == EntityType::Person && m.weak && !m.shaped && m.role.empty() &&
          !m.gazetteer && teams_.contains(m.name))
        m.type = EntityType::Organization;
  }

  // "Bayer Leverkusen 3 Werder Bremen 1": a line of a name, a score, a name, a score (and a full
  // stop at most) reports a match; its names are the teams.
  bool match_result(const Sentence& se) const {
    std::uint32_t k = se.first;
    for (int side = 0; side < 2; ++side) {
      const std::uint32_t start = k;
      while (k < se.last && ex_.tokens[k].has(kCap) && !ex_.tokens[k].has(kNumber)) ++k;
      if (k == start || k >= se.last || !ex_.tokens[k].has(kNumber) || tok(k).size() > 2) return false;
      ++k;
    }
    return k == se.last || (k + 1 == se.last && tok(k) == ".");
  }

  std::string join(std::uint32_t a, std::uint32_t b) const {
    return std::string(ex_.doc.text.substr(ex_.tokens[a].begin, ex_.tokens[b - 1].end - ex_.tokens[a].begin));
  }

  // Tokens [i, i+n) joined by single spaces, for gazetteer and title look-ups.
  std::string key(std::uint32_t i, std::size_t n, bool to_lower = false) const {
    std::string k;
    for (std::size_t j = 0; j < n; ++j) {
      if (j) k.push_back(' ');
      k += to_lower ? lower(i + static_cast<std::uint32_t>(j)) : tok(i + static_cast<std::uint32_t>(j));
    }
    return k;
  }

  std::optional<GazetteerEntry> gaz_at(std::uint32_t i, std::size_t n) const {
    const Sentence& se = ex_.sentences[cur_sentence_];
    if (i + n > se.last) return std::nullopt;
    return lx_.gazetteer(key(i, n));
  }

  // False when no title can have token i at the end that `word_class` names (kTitleStart,
  // kTitleEnd): most tokens, answered by the token's word classes without building and looking
  // up the phrase. Only words have word classes. (Not for gazetteer names: their first words
  // are too many for the word-class table to stay small enough to be fast.)
  bool could_start(std::uint32_t i, std::uint16_t word_class) const {
    return ex_.is(i, word_class) || !ex_.tokens[i].has(kWord);
  }

  // Longest gazetteer match at i within [i, limit): its length in tokens, and its entry in *e
  // (untouched when there is none).
  std::size_t gaz_len(std::uint32_t i, std::uint32_t limit, std::optional<GazetteerEntry>* e) const {
    std::size_t best = 0;
    for (const GazMatch& m : gaz_matches(i, limit)) {
      if (m.tokens > limit - i) break;
      *e = m.entry;
      best = m.tokens;
    }
    return best;
  }
  // The one-token gazetteer entry at i.
  std::optional<GazetteerEntry> gaz_single(std::uint32_t i) const {
    const std::span<const GazMatch> m = gaz_matches(i, i + 1);
    if (m.empty() || m.front().tokens != 1) return std::nullopt;
    return m.front().entry;
  }
  // The gazetteer names starting at token i, shortest first: those within i's sentence, found
  // once per token (name_word, the chunk's pieces and the modifiers ask again for the same
  // tokens), or, asked beyond the current sentence, those within [i, limit), found anew. The
  // key grows token by token while it is still the beginning of some gazetteer entry.
  struct GazMatch {
    std::uint32_t tokens = 0;
    GazetteerEntry entry;
  };
  std::span<const GazMatch> gaz_matches(std::uint32_t i, std::uint32_t limit) const {
    const Sentence& se = ex_.sentences[cur_sentence_];
    const auto find = [&](std::uint32_t end, std::vector<GazMatch>& out) {
      std::string& k = gaz_key_;
      k.clear();
      const std::size_t max = std::min<std::size_t>(lx_.max_gazetteer_tokens(), end - i);
      for (std::size_t n = 1; n <= max; ++n) {
        if (n > 1) k.push_back(' ');
        k.append(tok(i + static_cast<std::uint32_t>(n - 1)));
        const Lexicon::GazetteerStep step = lx_.gazetteer_step(k);
        if (step.entry) out.push_back(GazMatch{static_cast<std::uint32_t>(n), *step.entry});
        if (!step.prefix) break;
      }
    };
    if (i < se.first || limit > se.last) {
      gaz_scratch_.clear();
      if (i < limit) find(limit, gaz_scratch_);
      return gaz_scratch_;
    }
    GazFound& found = gaz_found_[i];
    if (!found.known) {
      const std::size_t at = gaz_all_.size();
      find(se.last, gaz_all_);
      found = GazFound{true, static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(gaz_all_.size() - at)};
    }
    return {gaz_all_.data() + found.at, found.count};
  }
  struct GazFound {
    bool known = false;
    std::uint32_t at = 0, count = 0;  ///< gaz_all_[at, at + count)
  };
  mutable std::vector<GazFound> gaz_found_;  // per token
  mutable std::vector<GazMatch> gaz_all_;    // the matches of every token asked so far
  mutable std::vector<GazMatch> gaz_scratch_;
  mutable std::string gaz_key_;

  // Longest title at i (case-insensitive) within [i, limit): extends the phrase token by token
  // while it is still the beginning of some title.
  std::size_t title_len(std::uint32_t i, std::uint32_t limit, const std::string** kind) const {
    if (i < limit && !could_start(i, kTitleStart)) return 0;
    std::size_t best = 0;
    std::string k;
    const std::size_t max = std::min<std::size_t>(lx_.max_title_tokens(), limit - i);
    for (std::size_t n = 1; n <= max; ++n) {
      if (n > 1) k.push_back(' ');
      k += lower(i + static_cast<std::uint32_t>(n - 1));
      if (const std::string* t = lx_.title(k)) {
        *kind = t;
        best = n;
      } else if (n > 1 && k.size() > 3 && k.back() == 's' && ex_.tokens[i + n - 1].has(kCap)) {
        // "Prime Ministers X and Y": a title in the plural before the names of its holders
        if (const std::string* p = lx_.title(std::string_view(k).substr(0, k.size() - 1))) {
          *kind = p;
          best = n;
          break;
        }
      }
      if (!lx_.title_prefix(k)) break;
    }
    return best;
  }

  // A lower-case word that is not a function word ("east", "central"; not "the", "and").
  bool plain_word(std::uint32_t t) const {
    const Token& k = ex_.tokens[t];
    return k.has(kWord) && !k.has(kCap) && !k.has(kNumber) && !ex_.is(t, kFunctionWord);
  }

  RawMention make(std::uint32_t a, std::uint32_t b, EntityType type) const {
    RawMention m;
    m.sentence = cur_sentence_;
    m.first = a;
    m.last = b;
    m.begin = ex_.tokens[a].begin;
    m.end = ex_.tokens[b - 1].end;
    m.name = m.surface(ex_.doc.text);
    m.type = type;
    if (a > ex_.sentences[cur_sentence_].first && locative_preps().contains(lower(a - 1))) m.locative = true;
    if (a > ex_.sentences[cur_sentence_].first + 1 && lower(a - 1) == "the" && locative_preps().contains(lower(a - 2)))
      m.locative = true;
    // "in east London", "in central Moscow": a place word before it, and a preposition of place
    if (a > ex_.sentences[cur_sentence_].first + 1 && locative_preps().contains(lower(a - 2)) && plain_word(a - 1))
      m.locative = true;
    // "Belmarsh prison, south London.": set off by commas after what it locates
    const std::uint32_t before = a > 0 && plain_word(a - 1) ? a - 1 : a;
    const Sentence& se = ex_.sentences[cur_sentence_];
    if (before > se.first + 1 && tok(before - 1) == "," && (b >= se.last || tok(b) == "," || tok(b) == "."))
      m.locative = true;
    if (after_capture_verb(a)) m.locative = true;  // "captured Kabul": the city, not its government
    return m;
  }

  int push(RawMention m) {
    for (std::uint32_t t = m.first; t < m.last; ++t) covered_[t] = true;
    out_.push_back(std::move(m));
    return static_cast<int>(out_.size() - 1);
  }

  int push_gaz(std::uint32_t a, std::uint32_t b, const GazetteerEntry& g) {
    RawMention m = make(a, b, g.type);
    m.gazetteer = true;
    m.gaz_role = g.role;
    m.name = g.canonical;
    m.link = g.link;
    if (g.role == GazRole::Demonym || g.role == GazRole::DemonymPlural) m.kind = MentionKind::Demonym;
    if (g.role == GazRole::Capital) m.kind = MentionKind::Capital;
    m.plural = g.role == GazRole::DemonymPlural;
    // a demonym, country or organisation right before a lower-case word or a title modifies it
    const std::uint32_t end = ex_.sentences[cur_sentence_].last;
    if (b < end) {
      const Token& nt = ex_.tokens[b];
      std::string_view nl = lower(b);
      const std::string* kind = nullptr;
      if (title_len(b, end, &kind) > 0 || ex_.is(b, kAgentNoun)) {
        m.modifier = true;
      } else if (nt.has(kWord) && !nt.has(kCap) && !nt.has(kNumber) && !ex_.is(b, kFunctionWord)) {
        // "Russian banks", "Hong Kong shipping firms", "the Kyiv government"; not "Ukraine accused"
        const bool verb_like =
            lx_.is_participle(nl) || nl.back() == 's' || (nl.size() > 2 && nl.compare(nl.size() - 2, 2, "ly") == 0);
        // (a plural organisation's verb has no -s: "the Tories accuse")
        const std::string_view last = lower(b - 1);
        const bool plural_org = g.type == EntityType::Organization && g.role != GazRole::Acronym && last.size() > 3 &&
                                last.back() == 's' && !is_any(last.substr(last.size() - 2), "ss", "us");
        if ((m.kind == MentionKind::Demonym && !m.plural) || (!verb_like && !plural_org)) m.modifier = true;
      }
      // "Chelsea have been fined", "Porto were beaten": a city's name with a plural verb is a
      // team's (British usage); not in a list ("Paris and London are rivals")
      const Sentence& se = ex_.sentences[cur_sentence_];
      if (g.type == EntityType::City && g.role == GazRole::Name && is_any(nl, "have", "are", "were") &&
          (a == se.first || !is_any(lower(a - 1), "and", "or", ",", "of", "in", "at", "to", "from", "&")) &&
          !(b + 1 < end && is_any(lower(b + 1), "to", "among", "home", "one", "the", "a", "an", "some", "many", "in")))
        m.type = EntityType::Organization;
    }
    return push(std::move(m));
  }

  // "Paris-based", "US-led", "Kremlin-backed": a name and a participle in one token. The name
  // (when the gazetteer knows it) is a modifier mention of its own, and the token begins no name:
  // "the Paris-based Euronext" is Euronext.
  bool place_participle(std::uint32_t i) {
    if (!ex_.tokens[i].has(kCap)) return false;
    std::string_view w = tok(i);
    const std::size_t dash = w.rfind('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 >= w.size()) return false;
    std::string_view tail = w.substr(dash + 1);
    if (!(tail[0] >= 'a' && tail[0] <= 'z') || !lx_.is_participle(tail)) return false;
    covered_[i] = true;
    const auto g = lx_.gazetteer(w.substr(0, dash));
    if (!g) return true;
    // "Paris-based": the city (where a capital elsewhere may stand for its country's government)
    const bool capital = g->role == GazRole::Capital;
    RawMention m = make(i, i + 1, capital && g->type == EntityType::Country ? EntityType::City : g->type);
    m.end = m.begin + static_cast<std::uint32_t>(dash);
    m.name = capital ? std::string(w.substr(0, dash)) : g->canonical;
    m.gazetteer = true;
    m.gaz_role = capital ? GazRole::Name : g->role;
    m.link = capital ? std::string() : g->link;
    m.modifier = true;
    if (g->role == GazRole::Demonym) m.kind = MentionKind::Demonym;
    push(std::move(m));
    return true;
  }

  // Parts of a hyphenated token that are all gazetteer names ("Russia-Ukraine").
  bool hyphen_parts(std::uint32_t i) {
    std::string_view w = tok(i);
    if (w.find('-') == std::string_view::npos) return false;
    std::vector<std::pair<std::size_t, std::size_t>> parts;
    std::size_t p = 0;
    while (p <= w.size()) {
      std::size_t q = w.find('-', p);
      if (q == std::string_view::npos) q = w.size();
      parts.emplace_back(p, q);
      p = q + 1;
    }
    std::vector<GazetteerEntry> entries;
    for (auto [b, e] : parts) {
      auto g = lx_.gazetteer(w.substr(b, e - b));
      if (!g || (g->type != EntityType::Country && g->type != EntityType::Location)) return false;
      entries.push_back(*g);
    }
    for (std::size_t k = 0; k < parts.size(); ++k) {
      RawMention m = make(i, i + 1, entries[k].type);
      m.begin = ex_.tokens[i].begin + static_cast<std::uint32_t>(parts[k].first);
      m.end = ex_.tokens[i].begin + static_cast<std::uint32_t>(parts[k].second);
      m.name = entries[k].canonical;
      m.gazetteer = true;
      m.gaz_role = entries[k].role;
      m.link = entries[k].link;
      m.modifier = true;
      if (m.gaz_role == GazRole::Demonym) m.kind = MentionKind::Demonym;
      push(std::move(m));
    }
    return true;
  }

  void sentence(std::uint32_t s) {
    cur_sentence_ = s;
    const Sentence& se = ex_.sentences[s];
    std::uint32_t i = se.first;
    // An all-capitals line (section names, captions) has no names we can type, but a dateline.
    bool has_lower = false;
    for (std::uint32_t k = se.first; k < se.last; ++k) {
      const Token& t = ex_.tokens[k];
      if (t.has(kWord) && !t.has(kAllCaps) && !t.has(kNumber) && !(t.has(kCap) && t.end - t.begin == 1)) {
        has_lower = true;
        break;
      }
    }
    results_line_ = match_result(se);
    i = dateline(se, has_lower);
    if (!has_lower) {
      photo_credit(se);
      countries_in_capitals(se, i);
      return;
    }
    while (i < se.last) {
      if (!ex_.tokens[i].has(kWord)) {
        ++i;
        continue;
      }
      if (covered(i)) {
        ++i;
        continue;
      }
      // "de Gaulle", "van der Leyen": a lower-case particle opening a name (cheap tests first)
      const auto particle_start = [&] {
        return i + 1 < se.last && cap(i + 1) && !ex_.tokens[i + 1].has(kAllCaps) && (i == se.first || !cap(i - 1)) &&
               ex_.is(i, kNameParticle) && name_word(i + 1) && !demonym(i + 1);  // not "ten Iranian officials"
      };
      if (place_participle(i)) {
        ++i;
        continue;
      }
      if (name_word(i) || particle_start()) {
        std::uint32_t b = chunk_end(i, se.last);
        // "Conservative Shadow chancellor X": a qualifier ending the chunk belongs to the title after it
        const bool qualifier =
            b > i + 1 && b < se.last && title_qualifier(b - 1) && !ex_.tokens[b].has(kCap) && ex_.is(b, kTitleStart);
        process_chunk(i, qualifier ? b - 1 : b);
        i = b;
        continue;
      }
      ++i;
    }
  }

  bool covered(std::uint32_t t) const { return covered_[t]; }

  // "RIYADH - ..." or "SAN FRANCISCO (Reuters) -": a place in capitals opening the story.
  // In a line all in capitals an unknown word before the dash is a headline's topic ("SOCCER -
  // JAPAN GET LUCKY WIN"), not a place: only a known place opens such a line as a dateline.
  std::uint32_t dateline(const Sentence& se, bool has_lower) {
    std::uint32_t k = se.first;
    while (k < se.last && k < se.first + 4 && ex_.tokens[k].has(kAllCaps) && ex_.tokens[k].has(kWord)) ++k;
    if (k == se.first || k >= se.last) return se.first;
    // a dateline on a line of its own: "WARSAW 1996-12-06", "LAHORE, Pakistan 1996-12-06"
    std::optional<std::pair<std::uint32_t, GazetteerEntry>> where;
    const bool dash = is_dash(tok(k));
    const std::uint32_t end = dash ? k + 1 : dated_line_rest(se, k, where);
    if (end == 0) return se.first;
    const std::string surface = join(se.first, k);
    const std::string tc = title_case(surface);
    const std::optional<GazetteerEntry> g = lx_.gazetteer(tc);
    if (!g && (dash ? !has_lower : !where)) return se.first;
    if (where) push_gaz(where->first, where->first + 1, where->second);
    RawMention m = make(se.first, k, EntityType::City);
    m.dateline = true;
    m.locative = true;
    m.name = tc;
    if (g) {
      m.gazetteer = true;
      m.gaz_role = g->role;
      m.link = g->link;
      m.name = g->canonical;
      m.type = g->type == EntityType::Country && g->role == GazRole::Capital ? EntityType::City : g->type;
      if (g->role == GazRole::Capital) m.kind = MentionKind::Capital;
    }
    push(std::move(m));
    return end;
  }

  // After a dateline's place in capitals, the rest of a line that is only a dateline: ", Place"
  // (a country or region the gazetteer knows, returned in `where`), then a date ("1996-12-06",
  // "Dec 6", "December 6, 1996", "6 December"), then an agency in brackets: where it ends
  // (se.last), else 0. Its place's words need not be known then: "LAHORE, Pakistan 1996-12-06".
  std::uint32_t dated_line_rest(const Sentence& se, std::uint32_t k,
                                std::optional<std::pair<std::uint32_t, GazetteerEntry>>& where) {
    const auto month = [&](std::uint32_t i) {
      std::string_view w = lower(i);
      if (!w.empty() && w.back() == '.') w.remove_suffix(1);  // "Dec."
      return ex_.tokens[i].has(kCap) && month_number(w, true) > 0;
    };
    const auto day = [&](std::uint32_t i) {
      const std::string_view w = tok(i);
      return !w.empty() && w.size() <= 2 &&
             std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    const auto iso = [&](std::uint32_t i) {
      const std::string_view w = tok(i);
      return w.size() == 10 && w[4] == '-' && w[7] == '-' &&
             std::all_of(w.begin(), w.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
    };
    const auto year = [&](std::uint32_t i) { return tok(i).size() == 4 && ex_.tokens[i].has(kNumber); };
    std::uint32_t i = k;
    if (i < se.last && tok(i) == ",") {
      ++i;
      if (i < se.last && ex_.tokens[i].has(kCap) && !month(i)) {
        const auto g = lx_.gazetteer(title_case(tok(i)));
        if (!g || (g->type != EntityType::Country && g->type != EntityType::Location)) return 0;
        where.emplace(i, *g);
        ++i;
        if (i < se.last && tok(i) == ",") ++i;
      }
    }
    if (i < se.last && iso(i)) {
      ++i;
    } else if (i + 1 < se.last && month(i)) {  // "Dec 6", "Dec. 6, 1996"
      ++i;
      if (tok(i) == ".") ++i;
      if (i >= se.last || !day(i)) return 0;
      ++i;
      if (i + 1 < se.last && tok(i) == "," && year(i + 1)) i += 2;
    } else if (i + 1 < se.last && day(i) && month(i + 1)) {  // "6 December 1996"
      i += 2;
      if (i < se.last && year(i)) ++i;
    } else {
      return 0;
    }
    if (i + 2 < se.last && tok(i) == "(" && tok(i + 2) == ")") i += 3;  // "(Reuters)"
    return i == se.last ? i : 0;
  }

  // "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT": in a line all in capitals only the
  // names of countries (one or two words) are safe to read; a city's or a company's name there is
  // too often a word ("SURPRISE", "WIN").
  void countries_in_capitals(const Sentence& se, std::uint32_t from) {
    for (std::uint32_t k = from; k < se.last; ++k) {
      if (covered(k) || !ex_.tokens[k].has(kWord) || !ex_.tokens[k].has(kAllCaps) || tok(k).size() < 2) continue;
      for (std::uint32_t n = std::min<std::uint32_t>(2, se.last - k); n >= 1; --n) {
        const auto g = lx_.gazetteer(title_case(join(k, k + n)));
        if (!g || g->type != EntityType::Country || g->role == GazRole::Capital || g->role == GazRole::Seat) continue;
        push_gaz(k, k + n, *g);
        k += n - 1;
        break;
      }
    }
  }

  // "PHOTO EPA/JANE DOE": an agency and a photographer.
  void photo_credit(const Sentence& se) {
    std::uint32_t i = se.first;
    std::string_view first = lower(i);
    if (first != "photo" && first != "photos" && first != "credit") return;
    ++i;
    if (i < se.last && (tok(i) == ":" || tok(i) == "-")) ++i;
    std::uint32_t slash = i;
    while (slash < se.last && tok(slash) != "/") ++slash;
    if (slash >= se.last || slash == i || slash + 1 >= se.last) return;
    const std::string org = join(i, slash);
    const std::optional<GazetteerEntry> g = lx_.gazetteer(org);
    RawMention o = make(i, slash, EntityType::Organization);
    if (g) {
      o.name = g->canonical;
      o.gazetteer = true;
      o.type = g->type;
    }
    push(std::move(o));
    std::uint32_t e = se.last;
    if (e - (slash + 1) >= 2 && e - (slash + 1) <= 4) {
      RawMention p = make(slash + 1, e, EntityType::Person);
      p.name = title_case(p.surface(ex_.doc.text));
      push(std::move(p));
    }
  }

  bool connector(std::uint32_t k, std::uint32_t a, std::uint32_t end) const {
    if (k + 1 >= end) return false;
    std::string_view l = lower(k);
    if (ex_.tokens[k].has(kCap)) return false;
    if (ex_.is(k, kNameParticle)) {
      // "bin Saad", "von der Leyen": a particle (or two) before a capitalised word
      std::uint32_t n = k + 1;
      if (n < end && ex_.is(n, kNameParticle)) ++n;
      return n < end && cap(n);
    }
    // "Council on Foreign Relations"; not a name the gazetteer knows whole: "sanctions imposed by
    // the European Union on Iran"
    if (l == "on" && has_org_head(a, k)) return k + 1 < end && name_word(k + 1) && !lx_.gazetteer(join(a, k));
    if (known_across(k, a, end)) return true;
    if (l == "and") return and_in_name(k, a, end);
    if (l == "of" || l == "for" || l == "&") {
      std::uint32_t n = k + 1;
      if (n < end && (lower(n) == "the" || (l == "for" && lower(n) == "a"))) ++n;
      if (n >= end || !name_word(n)) return false;
      if (l == "&") return true;  // "Procter & Gamble"
      const std::string* kind = nullptr;
      // not "the Democrats of Barack Obama": a body named by its members is not a person's
      if (l == "of" && n == k + 1 && lower(k - 1).ends_with('s') && org_head_at(k - 1) &&
          chunk_plain_end(n, end) == n + 2 && !lx_.gazetteer(join(n, n + 2)) &&
          (given_and_surname(n) || (person_word(n) && person_word(n + 1))))
        return false;
      if (has_org_head(a, k) || (l == "of" && has_place_head(a, k))) return true;  // not "Stadium for"
      for (std::uint32_t t = a; t < k; ++t)
        if (title_len(t, k, &kind) == k - t) return true;  // "Emir of Qatar", "Secretary of State"
      // "Teachers for Fair Schools": an advocacy group named by whom it gathers and what for
      if (l == "for" && gathers_for(a, k)) {
        // not "a bid from Rangers for Scotland captain Tom Brae": a title after the words opens a
        // person's name
        const std::uint32_t e = chunk_plain_end(n, end);
        return !(e < end && !ex_.tokens[e].has(kCap) && ex_.is(e, kTitleWord));
      }
      if (l == "of" && plural_of_common_words(a, k)) {  // "United Farmers of Eastland"
        std::optional<GazetteerEntry> g;
        const std::uint32_t e = chunk_plain_end(n, end);
        if (e > n && gaz_len(n, e, &g) == e - n && is_place(g->type) && g->role == GazRole::Name) return true;
      }
      return false;
    }
    return false;
  }

  // Lower-case words from token k (one, or "of the") inside a name the gazetteer knows, which starts
  // in [a, k) and ends in the capitalised words after them: "Bosnia and Herzegovina", "Newcastle
  // upon Tyne", "Strait of Hormuz", "Isle of the Blest".
  bool known_across(std::uint32_t k, std::uint32_t a, std::uint32_t end) const {
    std::uint32_t n = k + 1;
    if (n < end && lower(n) == "the") ++n;
    if (n >= end || !cap(n)) return false;
    for (std::uint32_t e = chunk_plain_end(n, end); e > n; --e)
      for (std::uint32_t s = a; s < k; ++s)
        if (lx_.gazetteer(join(s, e))) return true;
    return false;
  }

  // "and" at token k inside the name that starts at a, when the capitalised words after it (up to
  // the next lower-case word) are the rest of one organisation's name, not a second name:
  //   the field an organisation's "of" or "for" opens ("Party of Eastland and Westmark", "Institute
  //   for Peace and Reconciliation"), when the words after "and" are common words or places;
  //   the modifiers of an organisation word ("Social Democratic and Labour Party", "Iron and Steel
  //   Community"), when the words before "and" are common words or demonyms and hold no head.
  // Not "Ministry of Defence and Home Office" (a head after "and" opens a name of its own), nor
  // "Labour and Conservative Party" ("Labour" is a known organisation).
  bool and_in_name(std::uint32_t k, std::uint32_t a, std::uint32_t end) const {
    const std::uint32_t n = k + 1, e = chunk_plain_end(n, end);
    if (e == n || k == a || lower(n) == "the") return false;  // "the Herald and The Courier"
    for (std::uint32_t t = a; t < k; ++t)
      if (lower(t) == "and") return false;  // one "and" a name
    const auto all = [&](std::uint32_t from, std::uint32_t to, auto&& ok) {
      for (std::uint32_t t = from; t < to; ++t)
        if (ex_.tokens[t].has(kAllCaps) || !ok(t)) return false;
      return true;
    };
    std::uint32_t field = 0;  // an organisation word, then "of" or "for"
    for (std::uint32_t t = a + 1; t < k && !field; ++t)
      if ((lower(t) == "of" || lower(t) == "for") && has_org_head(a, t)) field = t + 1;
    if (field) {
      const std::string* kind = nullptr;
      for (std::uint32_t t = field; t < k; ++t)
        if (title_len(t, k, &kind) > 0) return false;  // "Office of the Deputy Prime Minister and ..."
      return !has_org_head(n, e) && all(n, e, [&](std::uint32_t t) {
        if (common_word(t)) return true;
        const auto g = gaz_single(t);
        return g && is_place(g->type) && g->role == GazRole::Name;
      });
    }
    const int head = org_head_at(e - 1);
    if ((head != 1 && head != 2) || e - 1 == n || has_org_head(a, k) || has_org_head(n, e - 1) ||
        has_place_head(a, k) || lx_.gazetteer(join(a, k)))
      return false;
    // "Paramount, Universal and Warner Brothers": the last two of a list
    const Sentence& se = ex_.sentences[cur_sentence_];
    if (a >= se.first + 2 && tok(a - 1) == "," && cap(a - 2)) return false;
    // "Apple Computer and Cisco Systems": the words before "and" name something elsewhere in the
    // document on their own
    if (stands_alone(a, k, e)) return false;
    return all(a, k, [&](std::uint32_t t) {
      if (common_word(t)) return true;
      const auto g = gaz_single(t);
      return g && g->role == GazRole::Demonym;
    });
  }

  // "People's Party", "Workers' Union", "Women's Institute": a possessive (token k) after a
  // capitalised common word (after common words or places' words only), with capitalised words
  // after it up to an organisation word, is inside one name (not "Britain's Labour Party" or "Tom
  // Brae's Harbour Party": names own those)
  bool possessive_in_name(std::uint32_t a, std::uint32_t k, std::uint32_t end) const {
    if (k + 1 >= end || k == a || !cap(k - 1) || ex_.tokens[k - 1].has(kAllCaps) || !common_word(k - 1) ||
        gaz_single(k - 1))
      return false;
    for (std::uint32_t t = a; t + 1 < k; ++t)  // the words before: common words or places' words
      if (!common_word(t) && !gaz_single(t)) return false;
    // the owner is a plural ("Workers'", "People's"), or a noun for people after another word
    // of the name ("Socialist Worker's"; not "Guy's", "Carter's": surnames too; nor a title's:
    // "Lord Chancellor's Department")
    const std::string_view w = tok(k);
    const std::string_view owner = lower(k - 1);
    const bool apostrophe_after_s = (w == "'" || w == "\xE2\x80\x99") && owner.size() > 3 && owner.back() == 's';
    const bool plural =
        is_possessive_s(w) &&
        (is_any(owner, "people", "women", "men", "children") ||
         (k - 1 > a && lx_.is_person_noun(owner) && !ex_.is(k - 1, kTitleWord) && !ex_.is(a, kTitleWord)));
    if (!apostrophe_after_s && !plural) return false;
    if (has_org_head(a, k) || lx_.gazetteer(join(a, k))) return false;  // "Harbour Bank's Policy Committee"
    const std::uint32_t e = chunk_plain_end(k + 1, end);
    if (e == k + 1) return false;
    const int head = org_head_at(e - 1);
    return head == 1 || head == 2;
  }

  // A word that looks like a plural in -s ("Gulls", "Farmers"; not "Ross", nor a short "Bus").
  static bool plural_s(std::string_view w) { return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's'; }

  // Tokens [a, k) are capitalised common words, the last a plural ("United Farmers").
  // "Teachers for Fair Schools", "Americans for Honest Budgets": people named by a plural (one
  // or two common words ending in a noun for people, or a demonym), "for" and their cause, a
  // group that campaigns; not "Simple Rules for Dating", "X-rays for TB"
  bool advocacy_group(std::uint32_t a, std::uint32_t b) const {
    std::uint32_t f = a + 1;
    while (f < b && f <= a + 2 && lower(f) != "for") ++f;
    return f + 1 < b && lower(f) == "for" && gathers_for(a, f);
  }
  // Tokens [a, f) before a "for" name people: a demonym's plural, or one or two capitalised
  // common words ending in a noun for people.
  bool gathers_for(std::uint32_t a, std::uint32_t f) const {
    if (f <= a || f > a + 2) return false;
    if (demonym_plural(f - 1)) return f == a + 1;
    return plural_of_common_words(a, f) && lx_.is_person_plural(lower(f - 1));
  }

  // "Peterson", "O'Neill": a capital, then lower-case letters (an apostrophe or a hyphen between
  // them); not "U21", "Under-21", "NHS"
  static bool surname_shape(std::string_view w) {
    if (w.size() < 3 || w[0] < 'A' || w[0] > 'Z') return false;
    for (std::size_t i = 1; i < w.size(); ++i) {
      const char c = w[i];
      if (c >= 'a' && c <= 'z') continue;
      if ((c == '\'' || c == '-') && i + 1 < w.size() && w[i + 1] >= 'A' && w[i + 1] <= 'Z') continue;
      if (i > 1 && w[i - 1] == '\'' && c >= 'A' && c <= 'Z') continue;
      if (i > 1 && w[i - 1] == '-' && c >= 'A' && c <= 'Z') continue;
      return false;
    }
    return true;
  }

  // "Scottish", "Welsh", "Bavarian", "Maltese": a capitalised adjective of origin by its ending
  bool origin_adjective(std::uint32_t t) const {
    const std::string_view w = lower(t);
    if (w.size() < 5 || !cap(t) || ex_.tokens[t].has(kAllCaps)) return false;
    for (std::string_view suffix : {"ian", "ean", "ese", "ish", "lsh", "ic"})
      if (w.ends_with(suffix)) return true;
    return false;
  }

  bool demonym(std::uint32_t t) const {
    const auto g = gaz_single(t);
    return g && (g->role == GazRole::Demonym || g->role == GazRole::DemonymPlural);
  }
  bool demonym_plural(std::uint32_t t) const {
    const auto g = gaz_single(t);
    return g && g->role == GazRole::DemonymPlural;
  }

  bool plural_of_common_words(std::uint32_t a, std::uint32_t k) const {
    if (k <= a || !plural_s(tok(k - 1))) return false;
    for (std::uint32_t t = a; t < k; ++t)
      if (!cap(t) || ex_.tokens[t].has(kAllCaps) || !common_word(t)) return false;
    return true;
  }

  // True when the document writes tokens [a, k) as a whole more often than as the start of [a, e).
  bool stands_alone(std::uint32_t a, std::uint32_t k, std::uint32_t e) const {
    const std::string_view text = ex_.doc.text;
    const auto count = [&](std::string_view what) {
      std::size_t n = 0;
      for (std::size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + 1)) {
        const std::size_t after = at + what.size();
        const auto letter = [&](std::size_t i) { return std::isalnum(static_cast<unsigned char>(text[i])) != 0; };
        if ((at == 0 || !letter(at - 1)) && (after >= text.size() || !letter(after))) ++n;
      }
      return n;
    };
    const std::string_view part = text.substr(ex_.tokens[a].begin, ex_.tokens[k - 1].end - ex_.tokens[a].begin);
    const std::string_view whole = text.substr(ex_.tokens[a].begin, ex_.tokens[e - 1].end - ex_.tokens[a].begin);
    return count(part) > count(whole);
  }

  std::uint32_t chunk_plain_end(std::uint32_t a, std::uint32_t end) const {
    std::uint32_t b = a;
    while (b < end && cap(b)) ++b;
    return b;
  }

  // Lexicon::org_head and place_head of token t, asked of the lexicon only for a word whose lower
  // case some head has (its word class says so): a chunk's words are asked again and again, and
  // few are heads.
  int org_head_at(std::uint32_t t) const {
    if (ex_.tokens[t].has(kWord) && !ex_.is(t, kOrgHeadForm)) return 0;
    if (lx_.legal_form(tok(t)) && !(t > 0 && (cap(t - 1) || is_any(tok(t - 1), "&", ","))))
      return 0;  // a legal form ends a company's name: "Vantor AG", "Vantor & Co", not "AG Vantor"
    return lx_.org_head(tok(t));
  }
  const EntityType* place_head_at(std::uint32_t t) const {
    return ex_.tokens[t].has(kWord) && !ex_.is(t, kPlaceHeadForm) ? nullptr : lx_.place_head(tok(t));
  }

  bool has_org_head(std::uint32_t a, std::uint32_t b) const {
    for (std::uint32_t t = a; t < b; ++t) {
      int h = org_head_at(t);
      if ((h == 1 || h == 2) && !ends_title(a, t)) return true;
    }
    return false;
  }
  // Token t ends a title that starts at or after a ("Chief Executive": the word that heads "the
  // Scottish Executive" is a title's there).
  bool ends_title(std::uint32_t a, std::uint32_t t) const {
    const std::string* kind = nullptr;
    for (std::uint32_t s = t > a + 2 ? t - 2 : a; s < t; ++s)
      if (title_len(s, t + 1, &kind) == t + 1 - s) return true;
    return false;
  }
  // Tokens [a, b) name a body: they end in an organisation's head ("Harbour Trust"), or one comes
  // before a function word ("Council on Coastal Affairs", "Fund for Peace"); not "Energy Tom Brae".
  bool body_named(std::uint32_t a, std::uint32_t b) const {
    for (std::uint32_t t = a; t < b; ++t)
      if (const int h = org_head_at(t); (h == 1 || h == 2) && (t + 1 == b || ex_.is(t + 1, kFunctionWord))) return true;
    return false;
  }
  bool has_place_head(std::uint32_t a, std::uint32_t b) const {
    for (std::uint32_t t = a; t < b; ++t)
      if (place_head_at(t)) return true;
    return false;
  }

  std::uint32_t chunk_end(std::uint32_t a, std::uint32_t end) const {
    std::uint32_t b = a + 1;
    while (b < end) {
      if (cap(b) && !plural_acronym(b) && (name_word(b) || !initial_[b])) {
        ++b;
        continue;
      }
      // "Kestrel Radio 4", "Harbour 9 News": a small number after an organisation word numbers it
      // and ends the name ("Kestrel Radio 1 presenter Tom Palin"), unless another one follows
      if (tok(b).size() <= 2 && std::isdigit(static_cast<unsigned char>(tok(b)[0])) &&
          (org_head_at(b - 1) == 1 || (b + 1 < end && cap(b + 1) && org_head_at(b + 1) == 1))) {
        ++b;
        if (b < end && cap(b) && org_head_at(b) == 1) continue;
        break;
      }
      if (possessive_in_name(a, b, end)) {
        b += 1;
        continue;
      }
      if (connector(b, a, end)) {
        std::uint32_t n = b + 1;
        while (n < end && !cap(n)) ++n;  // "the", second particle
        b = n;
        continue;
      }
      break;
    }
    return b;
  }

  // A one-word title ending the chunk [a, b) after a name's word is that name's surname: "Stephen
  // King", "Oona King", "Marcus Bishop" (not "Harbour Lord": a common word names no one, unless the
  // corpus writes it as a given name).
  bool surname_title(std::uint32_t a, std::uint32_t t, std::size_t n, std::uint32_t b, const std::string& kind) const {
    if (n != 1 || t + 1 != b || t == a || !is_any(kind, "royal", "religious", "military", "peerage")) return false;
    const std::uint32_t p = t - 1;
    return !ex_.is(p, kTitleWord) && !gaz_single(p) && !ex_.tokens[p].has(kAllCaps) && !org_head_at(p) &&
           (!common_word(p) || given_name(p));
  }

  bool title_qualifier(std::uint32_t t) const {
    return is_any(lower(t), "shadow", "acting", "interim", "deputy", "former");
  }

  // A lower-case title right before [a, ...): "envoy", "foreign policy chief", "chief executive ,".
  // The longest one: extends the phrase leftwards while it is still the end of some title.
  std::size_t title_before(std::uint32_t a, std::string* role, std::string* kind_out, std::uint32_t* start) const {
    const Sentence& se = ex_.sentences[cur_sentence_];
    std::uint32_t e = a;
    if (e > se.first && tok(e - 1) == ",") --e;  // apposition: "its chief executive, Igor Belov"
    if (e > se.first && !could_start(e - 1, kTitleEnd)) return 0;
    std::size_t best = 0;
    const std::string* best_kind = nullptr;
    std::string k;
    const std::size_t max = std::min<std::size_t>(lx_.max_title_tokens(), e - se.first);
    for (std::size_t n = 1; n <= max; ++n) {
      const std::uint32_t s = e - static_cast<std::uint32_t>(n);
      if (ex_.tokens[s].has(kCap)) break;
      if (n > 1) k.insert(0, 1, ' ');
      k.insert(0, lower(s));
      if (const std::string* t = lx_.title(k)) {
        best = n;
        best_kind = t;
      }
      if (!lx_.title_suffix(k)) break;
    }
    if (best == 0) return 0;
    std::uint32_t s = e - static_cast<std::uint32_t>(best);
    // "shadow chancellor", "Shadow chancellor", "acting president": the qualifier is part of the
    // role (the shadow chancellor is not "the chancellor")
    if (s > se.first && title_qualifier(s - 1)) {
      --s;
      ++best;
    }
    *role = join(s, e);
    *kind_out = *best_kind;
    *start = s;
    return best;
  }

  // True when the words right before token `a` are a capture frame's verb (frames.tsv) and the
  // words its target's path and needs name ("seized", "took control of", "took over"): what
  // follows is a place taken.
  bool after_capture_verb(std::uint32_t a) const {
    const std::uint32_t first = ex_.sentences[cur_sentence_].first;
    for (std::uint32_t n = 1; n <= 3 && a >= first + n; ++n) {
      const std::uint32_t start = a - n;
      if (!ex_.is(start, kFrameWord)) continue;
      for (std::size_t f : *lx_.frames_of_form(lower(start))) {
        const RelationFrame& fr = lx_.frames()[f];
        if (fr.relation != RelationType::Captured || fr.noun || fr.adjective) continue;
        for (const std::vector<std::string>& path : fr.target) {
          if (path.front() != "obj") continue;
          // each word between is a step of the path or a word the frame needs, which is there
          bool match = true, needed = fr.needs.empty();
          for (std::uint32_t k = start + 1; k < a && match; ++k) {
            const std::string_view w = lower(k);
            const bool need = std::find(fr.needs.begin(), fr.needs.end(), w) != fr.needs.end();
            needed |= need;
            match = need || std::find(path.begin() + 1, path.end(), w) != path.end();
          }
          if (match && needed) return true;
        }
      }
    }
    return false;
  }

  // "Qatar's Emir", "Taiwan's Vice Foreign Minister" with no name after: the office holder, named
  // "Emir of Qatar" as the office would be.
  void office_of_country(std::uint32_t ta, std::uint32_t tb, const std::string& role, const std::string& kind) {
    const Sentence& se = ex_.sentences[cur_sentence_];
    if (ta < se.first + 2 || !possessive_at(ta - 1)) return;
    if (tb < se.last && ex_.tokens[tb].has(kCap)) return;  // a name follows after all
    const int c = mention_ending_at(ta - 1);
    if (c < 0 || out_[static_cast<std::size_t>(c)].type != EntityType::Country) return;
    out_[static_cast<std::size_t>(c)].modifier = true;
    const std::uint64_t country = key_of(out_[static_cast<std::size_t>(c)]);
    const std::string country_name = out_[static_cast<std::size_t>(c)].name;
    RawMention p = make(ta, tb, EntityType::Person);
    p.name = role + " of " + country_name;
    p.role = role;
    p.role_kind = kind;
    p.aff_key = country;
    push(std::move(p));
  }

  // The name that modifies a title starting at `role_start`: right before it ("U.S. envoy"), or
  // before up to two lower-case qualifiers ("Tory shadow chancellor", "Labour former minister").
  int modifier_of_title(std::uint32_t role_start) const {
    const Sentence& se = ex_.sentences[cur_sentence_];
    std::uint32_t k = role_start;
    for (int skipped = 0; skipped < 3; ++skipped) {
      if (const int m = mention_ending_at(k); m >= 0) return m;
      if (skipped == 2 || k <= se.first) break;
      const Token& q = ex_.tokens[k - 1];
      std::string_view w = lower(k - 1);
      // a qualifier, not a verb: "met deputy minister Y" keeps X as the one who met
      if (!q.has(kWord) || q.has(kCap) || q.has(kNumber) || ex_.is(k - 1, kFunctionWord) || lx_.is_participle(w) ||
          ex_.is(k - 1, kFrameWord) || w.back() == 's' || ex_.is(k - 1, kTitleWord))
        break;
      --k;
    }
    return -1;
  }

  // The name before a title is the office's ("U.S. envoy", "Microsoft boss"): a modifier, and the
  // person's affiliation. A name known only by default ("Microsoft", typed a person as any unknown
  // word) before a title of someone who runs something ("executive": boss, founder, chairman) is
  // an organisation's. Returns the affiliation key.
  std::uint64_t affiliate(int m, const std::string& kind) {
    RawMention& r = out_[static_cast<std::size_t>(m)];
    r.modifier = true;
    if (kind == "executive" && r.weak && r.type == EntityType::Person) r.type = EntityType::Organization;
    // "Chelsea manager", "Leeds boss": a city's name before such a title is a club's or a firm's
    if (kind == "executive" && r.gazetteer && r.type == EntityType::City) {
      r.type = EntityType::Organization;
      r.gazetteer = false;
      r.kind = MentionKind::Name;
      r.link.clear();
    }
    return key_of(r);
  }

  // The mention that ends right before token `t` (a modifier such as "U.S." in "U.S. envoy").
  int mention_ending_at(std::uint32_t t) const {
    for (int k = static_cast<int>(out_.size()) - 1; k >= 0; --k) {
      if (out_[k].last == t && out_[k].sentence == cur_sentence_) return k;
      if (out_[k].last < t) break;
    }
    return -1;
  }

  // "Mr", "Mrs.", "Dr" right before token a (not "DR Congo"): what follows is a person's name.
  bool honorific_before(std::uint32_t a) const {
    if (a <= ex_.sentences[cur_sentence_].first || !ex_.is(a - 1, kTitleWord) || ex_.tokens[a - 1].has(kAllCaps))
      return false;
    const std::string* kind = lx_.title(lower(a - 1));
    return kind && (*kind == "honorific" || *kind == "peerage");
  }

  // "the 1979 Eastland general election", "the 2016 Westmark referendum": a place between a year
  // and an election names the event, not a place anything happens in or to
  bool in_election_name(std::uint32_t a, std::uint32_t b) const {
    const Sentence& se = ex_.sentences[cur_sentence_];
    if (a == se.first || !ex_.tokens[a - 1].has(kNumber) || tok(a - 1).size() != 4) return false;
    std::uint32_t k = b;
    if (k < se.last && is_any(lower(k), "general", "federal", "presidential", "parliamentary", "state", "provincial",
                              "local", "municipal", "legislative", "assembly", "leadership"))
      ++k;
    return k < se.last && is_any(lower(k), "election", "elections", "referendum", "by-election");
  }

  void process_chunk(std::uint32_t a, std::uint32_t b) {
    // split off a possessive-free, title-aware structure
    std::optional<GazetteerEntry> g;
    if (b - a == 1 && hyphen_parts(a)) return;
    // "Mr Mann", "Mrs Jordan", "Mr Jordan Smith": after an honorific, a place's name is a person's
    if (honorific_before(a) && !has_org_head(a, b)) {
      // "Mr Justice Penhaligon": an honorific that begins a style ("mr justice", peerage in
      // titles.tsv) is part of how the holder is named
      const std::string* style = nullptr;
      const bool styled = a + 1 < b && title_len(a - 1, b, &style) > 1 && *style == "peerage";
      person(styled ? a - 1 : a, b, {}, {}, 0);
      return;
    }
    std::string role, kind;
    std::uint32_t role_start = 0;
    std::uint64_t affiliation = 0;
    if (title_before(a, &role, &kind, &role_start) > 0) {
      if (const int m = modifier_of_title(role_start); m >= 0) affiliation = affiliate(m, kind);
    }
    // whole chunk in a gazetteer
    if (gaz_len(a, b, &g) == b - a) {
      if (is_place(g->type) && in_election_name(a, b)) return;
      int idx = push_gaz(a, b, *g);
      after_head(idx, b);
      acronym_after(idx, b);
      return;
    }
    // last title inside the chunk: modifiers, title, name
    std::uint32_t ta = b, tb = b;
    for (std::uint32_t t = a; t < b; ++t) {
      const std::string* k = nullptr;
      std::size_t n = title_len(t, b, &k);
      if (n > 0 && ex_.tokens[t].has(kCap) && !surname_title(a, t, n, b, *k)) {
        // "General Assembly", "Chief Executive Officer": a title inside an organisation's name is not one
        if (has_org_head(t, b) && !has_org_head(t + static_cast<std::uint32_t>(n), b)) {
        } else if (!(has_org_head(t, t + static_cast<std::uint32_t>(n)))) {
          ta = t;
          tb = t + static_cast<std::uint32_t>(n);
          kind = *k;
          t = tb - 1;
        }
      }
    }
    if (ta < b && ta > a && title_qualifier(ta - 1)) --ta;  // "Shadow Home Secretary"
    if (ta < b) {
      int last_mod = -1;
      if (ta > a) {
        last_mod = modifiers(a, ta);
        if (last_mod >= 0) affiliation = key_of(out_[last_mod]);
      }
      const bool style = kind == "honorific" || kind == "peerage";
      role = style ? std::string() : join(ta, tb);  // "Mr." is no role
      std::uint32_t na = tb;
      if (na < b && lower(na) == "of") {
        // "Prime Minister of Eastland Tom Brae": the holder named after the office and its place
        const std::size_t n = na + 1 < b ? gaz_len(na + 1, b, &g) : 0;
        const std::uint32_t pe = na + 1 + static_cast<std::uint32_t>(n);
        if (n > 0 && pe < b && is_place(g->type) && !ex_.is(pe, kTitleWord) && !has_org_head(pe, b) &&
            !has_place_head(pe, b)) {
          const int place = push_gaz(na + 1, pe, *g);
          out_[place].modifier = true;
          person(pe, b, join(ta, pe), kind, key_of(out_[place]));
          return;
        }
        // "Secretary of Harbours Tom Brae": the holder's name after the office's field of common
        // words (the first word that is none begins it; two words at least)
        std::uint32_t holder = na + 1;
        while (holder < b && common_word(holder) && !ex_.tokens[holder].has(kAllCaps)) ++holder;
        if (holder > na + 1 && holder + 2 <= b && !has_org_head(na + 1, b) && !has_place_head(na + 1, b) &&
            !gaz_len(holder, b, &g)) {
          person(holder, b, join(ta, holder), kind, affiliation);
          return;
        }
        // "Emir of Qatar": the office holder, named by the office; but after a copula or "as" the
        // office says what someone is or was ("he was then Prime Minister of Eastland")
        const bool predicate = predicative(ta);
        if (!predicate) {
          RawMention p = make(ta, b, EntityType::Person);
          p.role = role;
          p.role_kind = kind;
          p.aff_key = affiliation;
          push(std::move(p));
        }
        if (na + 1 < b && gaz_len(na + 1, b, &g) == b - na - 1) {
          int idx = push_gaz(na + 1, b, *g);
          out_[idx].nested = !predicate;
        } else if (std::uint32_t oa = na + 1 < b && lower(na + 1) == "the" ? na + 2 : na + 1;
                   oa < b && cap(oa) && body_named(oa, b)) {
          // "Chairman of the Harbour Trust", "President of the Council on Coastal Affairs": the body
          // is named too
          out_[push(make(oa, b, EntityType::Organization))].nested = !predicate;
        }
        return;
      }
      if (na >= b) {  // a bare title: "Taiwan's Vice Foreign Minister" names its holder
        // "Tobias Wrenfield QC", "Delia Farrowby MP": an abbreviation after two or more words that are
        // nothing known (no place, no organisation) is the letters after a person's name; not
        // after an article ("the Hollin Vale MP": the words say whose), nor after words that are
        // both common ("Liberal Democrat MP": a party's, like the names typed so below)
        const bool article = a > ex_.sentences[cur_sentence_].first && is_article(lower(a - 1));
        if (tb - ta == 1 && ta >= a + 2 && last_mod < 0 && !article && ex_.tokens[ta].has(kAllCaps) &&
            !has_org_head(a, ta) && !(common_word(a) && common_word(ta - 1))) {
          person(a, ta, role, kind, affiliation);
          return;
        }
        if (style) return;
        if (ta > a && last_mod < 0 && mention_ending_at(ta) < 0)
          office_of_country(a, tb, join(a, tb), kind);  // "Vice" of "Vice Foreign Minister"
        else if (ta == a)
          office_of_country(ta, tb, role, kind);
        return;
      }
      while (na < b && ex_.is(na, kTitleWord)) ++na;  // "Mr. Dr."
      if (na >= b) return;
      // "Lord Goldsmith", "Baroness Morgan": the peer is named with the style; "Lord Peter
      // Goldsmith" names the person by the name
      std::uint32_t end = b;
      if (kind == "peerage" && b - na == 1) {
        na = ta;
        // "Lord Ashworth of Hollinbury": the territorial part of a peer's title is part of the
        // name and names no place
        const Sentence& se = ex_.sentences[cur_sentence_];
        if (b + 1 < se.last && lower(b) == "of")
          for (std::uint32_t k = b + 1; k < se.last && cap(k) && !covered(k); ++k) covered_[k] = true, end = k + 1;
      }
      person(na, end, role, kind, affiliation);
      return;
    }
    if (!role.empty()) {
      // "U.S. envoy Steve Whitkoff": a person
      if (has_org_head(a, b)) {
        organization(a, b);
        return;
      }
      person(a, b, role, kind, affiliation);
      return;
    }
    if (has_org_head(a, b)) {
      organization(a, b);
      return;
    }
    if (advocacy_group(a, b)) {
      int idx = push(make(a, b, EntityType::Organization));
      acronym_after(idx, b);
      return;
    }
    if (has_place_head(a, b)) {
      EntityType t = EntityType::Location;
      for (std::uint32_t k = a; k < b; ++k)
        if (auto* p = place_head_at(k)) t = *p;
      push(make(a, b, t));
      return;
    }
    // "United Farmers of Eastland": common words ending in a plural, "of" and a place name a body
    std::uint32_t of = a + 1;
    while (of + 1 < b && lower(of) != "of") ++of;
    if (of + 1 < b && plural_of_common_words(a, of) && gaz_len(of + 1, b, &g) == b - of - 1 && is_place(g->type) &&
        g->role == GazRole::Name) {
      int idx = push(make(a, b, EntityType::Organization));
      acronym_after(idx, b);
      return;
    }
    // gazetteer pieces and unknown runs
    std::uint32_t k = a;
    std::uint32_t unknown_start = a;
    std::uint32_t name_start = a;  // where a person's name may start: the chunk's start, or after a party
    while (k < b) {
      std::size_t n = gaz_len(k, b, &g);
      // "Abraham Lincoln", "Sarwar Danish", "Middle Congo": a place name or demonym after unknown words
      const bool absorb = n > 0 && k > unknown_start && g->role != GazRole::Acronym && g->role != GazRole::Seat &&
                          g->type != EntityType::Organization;
      // "Jordan Peterson", "Vladimir Putin": a country or city name opening a longer name; a city's
      // after an organisation too ("Lib Dem Norman Baker"; not "BBC Wales Sport", nor a place before
      // an organisation's name: "London Tory")
      std::optional<GazetteerEntry> next;
      const bool lead_name =
          n > 0 && k == name_start && k + n < b && (g->role == GazRole::Name || g->role == GazRole::Capital) &&
          (g->type == EntityType::City ||
           (k == a && (g->type == EntityType::Country || g->type == EntityType::Location))) &&
          !ex_.tokens[k].has(kAllCaps) &&
          !(gaz_len(k + static_cast<std::uint32_t>(n), b, &next) > 0 && next->type == EntityType::Organization);
      if (lead_name && g->type == EntityType::Location) {
        push(make(a, b, EntityType::Location));  // "Asia Minor"
        return;
      }
      // "Belfast North", "Leeds Central": a city and a point of the compass, a constituency or a
      // district, no one's name
      if (lead_name && k == a && k + n + 1 == b &&
          ((compass(lower(b - 1)) && !lower(b - 1).ends_with("ern")) || lower(b - 1) == "central")) {
        push(make(a, b, EntityType::Location));
        return;
      }
      if (absorb && b == k + n && k == a + 1 && compass(lower(a)) && g->role == GazRole::Demonym)
        return;  // "South Asian", "Western Australian": an adjective of origin, no entity
      if (absorb && b == k + n && k == a + 1 && common_word(a) && is_place(g->type) && g->role != GazRole::Demonym &&
          tok(a).size() > 1 && !given_name(a)) {  // not "John Kerry", "B Douglas": a person's
        // "East Mediterranean", "Middle Congo": a part of the place, when the word is a point of
        // the compass or begins other places' names; else a body named for it ("Global Britain",
        // "Sustainable Eastland")
        RawMention m = make(a, b, EntityType::Location);
        if (!compass(lower(a)) && !lx_.gazetteer_step(tok(a)).prefix) {
          m.type = EntityType::Organization;
          m.weak = true;
        }
        push(std::move(m));
        return;
      }
      if (n == 0 || absorb || lead_name) {
        k += n ? static_cast<std::uint32_t>(n) : 1;
        continue;
      }
      // "Scottish Labour", "Welsh Conservatives": an adjective of origin the gazetteer does not
      // know before an organisation that ends the chunk names that organisation's branch
      if (k == unknown_start + 1 && k + n == b && g->type == EntityType::Organization && g->role != GazRole::Acronym &&
          origin_adjective(unknown_start)) {
        int idx = push(make(unknown_start, b, EntityType::Organization));
        acronym_after(idx, b);
        return;
      }
      // "Republican Left of Catalonia", "Labour Friends of Israel": a party's one-word alias and a
      // common word before "of" are another body's name, not the party's (not "Tory Bill Marsh")
      if (k == a && n == 1 && k + 2 == b && g->type == EntityType::Organization && g->role == GazRole::Alias &&
          common_word(k + 1) && !given_name(k + 1) && b < ex_.sentences[cur_sentence_].last && lower(b) == "of") {
        RawMention m = make(a, b, EntityType::Organization);
        m.weak = true;
        int idx = push(std::move(m));
        acronym_after(idx, b);
        return;
      }
      if (k > unknown_start) unknown(unknown_start, k);
      int idx = push_gaz(k, k + static_cast<std::uint32_t>(n), *g);
      k += static_cast<std::uint32_t>(n);
      if (g->type == EntityType::Organization) name_start = k;
      if (k < b)
        out_[idx].modifier = out_[idx].modifier || g->role != GazRole::Name || g->type != EntityType::City;
      else {
        after_head(idx, b);
        acronym_after(idx, b);
      }
      unknown_start = k;
    }
    if (unknown_start < b) unknown(unknown_start, b);
  }

  // Gazetteer modifiers before a title ("US", "Saudi", "Russian Defence"): returns the last one.
  int modifiers(std::uint32_t a, std::uint32_t b) {
    std::optional<GazetteerEntry> g;
    int last = -1;
    std::uint32_t k = a;
    while (k < b) {
      std::size_t n = gaz_len(k, b, &g);
      if (n == 0) {
        ++k;
        continue;
      }
      last = push_gaz(k, k + static_cast<std::uint32_t>(n), *g);
      out_[last].modifier = true;
      k += static_cast<std::uint32_t>(n);
    }
    if (last < 0 && has_org_head(a, b)) {
      // "Harbour Office Minister Lord X": the office's title after the organisation is no part of it
      const std::string* kind = nullptr;
      while (b > a + 1 && !org_head_at(b - 1) && title_len(b - 1, b, &kind) == 1) --b;
      RawMention m = make(a, b, EntityType::Organization);
      m.modifier = true;
      last = push(std::move(m));
    }
    return last;
  }

  void person(std::uint32_t a, std::uint32_t b, const std::string& role, const std::string& kind,
              std::uint64_t affiliation) {
    RawMention m = make(a, b, EntityType::Person);
    m.role = role;
    m.role_kind = kind;
    m.aff_key = affiliation;
    int idx = push(std::move(m));
    acronym_after(idx, b);
  }

  void organization(std::uint32_t a, std::uint32_t b) {
    // "Liberal Party of Canada Jeff Watson": a name after the organisation's last word is someone else
    std::uint32_t head = b;
    for (std::uint32_t k = a; k < b; ++k) {
      const int h = org_head_at(k);
      if (h == 1 || h == 2) head = k;
    }
    if (head < b) {
      std::uint32_t end = head + 1;
      std::optional<GazetteerEntry> g;
      if (end + 1 < b && lower(end) == "of") {
        std::size_t n = gaz_len(end + 1, b, &g);
        if (n > 0) end += 1 + static_cast<std::uint32_t>(n);
      }
      // (not at a capitalised preposition: "Society Against Noisy Harbours" is one name)
      if (end + 2 <= b && cap(end) && !org_head_at(end) && !place_head_at(end) && !ex_.is(end, kFunctionWord)) {
        int idx = push(make(a, end, EntityType::Organization));
        acronym_after(idx, end);
        process_chunk(end, b);
        return;
      }
    }
    int idx = push(make(a, b, EntityType::Organization));
    acronym_after(idx, b);
  }

  // "the Houthi movement", "the Myanmar army": a name and a lower-case organisation word.
  void after_head(int idx, std::uint32_t b) {
    const Sentence& se = ex_.sentences[cur_sentence_];
    if (b >= se.last || (ex_.tokens[b].has(kWord) && !ex_.is(b, kOrgHeadForm)) || !lx_.org_head_after(tok(b))) return;
    RawMention& m = out_[idx];
    if (m.kind == MentionKind::Demonym) return;                     // "Russian army": the country acts (agent nouns)
    if (m.gazetteer && m.type == EntityType::Organization) return;  // "the Labour party" is Labour
    m.nested = true;
    m.modifier = true;
    const std::uint64_t named = key_of(m);
    std::uint32_t start = m.first;
    if (start >= se.first + 3 && lower(start - 1) == "and") {
      // "the Law and Justice party": one body's name of two words joined, after "the"
      if (const int c = mention_ending_at(start - 1);
          c >= 0 && c != idx && !out_[c].gazetteer && out_[c].first > se.first && lower(out_[c].first - 1) == "the") {
        out_[c].nested = true;
        out_[c].modifier = true;
        start = out_[c].first;
      }
    }
    // "the Conservative party": the body the gazetteer knows with its head capitalised
    std::string known = key(start, m.last - start) + ' ';
    const std::size_t head_at = known.size();
    known += tok(b);
    known[head_at] = static_cast<char>(std::toupper(static_cast<unsigned char>(known[head_at])));
    if (const auto g = lx_.gazetteer(known); g && g->type == EntityType::Organization) {
      push_gaz(start, b + 1, *g);
      return;
    }
    RawMention org = make(start, b + 1, EntityType::Organization);
    org.aff_key = named;
    push(std::move(org));
  }

  // "Institute for the Study of War (ISW)", "Party of Free Farmers (Agrava)": an alias in brackets.
  void acronym_after(int idx, std::uint32_t b) {
    const Sentence& se = ex_.sentences[cur_sentence_];
    if (b + 2 >= se.last || tok(b) != "(" || tok(b + 2) != ")") return;
    // an acronym, or a body's short name the gazetteer does not know ("Party of Free Farmers
    // (Agrava)"), is the name before it
    const RawMention& named = out_[idx];
    if (!ex_.tokens[b + 1].has(kAllCaps) &&
        !(named.type == EntityType::Organization && named.last >= named.first + 2 && cap(b + 1) &&
          surname_shape(tok(b + 1)) && !gaz_single(b + 1) && !ex_.is(b + 1, kFunctionWord)))
      return;
    RawMention m = make(b + 1, b + 2, out_[idx].type);
    m.same_key = key_of(out_[idx]);
    push(std::move(m));
  }

  // ", the largest nationalist party" / ", a port city" / ", a former minister" after a name.
  std::optional<EntityType> apposition_type(std::uint32_t b) const {
    const Sentence& se = ex_.sentences[cur_sentence_];
    // ", the largest party", "(a region of ...)"
    if (b + 2 >= se.last || (tok(b) != "," && tok(b) != "(")) return std::nullopt;
    std::string_view det = lower(b + 1);
    if (!is_article(det)) {
      // "Jack Law, chief executive of ...", "Ann Lee, spokeswoman for ...": a title in lower case
      // with no article, then "of", "for", "at" or the apposition's end
      std::string phrase;
      for (std::uint32_t k = b + 1; k < se.last && k < b + 4; ++k) {
        if (!ex_.tokens[k].has(kWord) || ex_.tokens[k].has(kCap)) break;
        if (k > b + 1) phrase += ' ';
        phrase += lower(k);
        const std::string* kind = lx_.title(phrase);
        if (kind && *kind != "descriptor" && k + 1 < se.last &&
            is_any(lower(k + 1), "of", "for", "at", ",", ".", "and"))
          return EntityType::Person;
      }
      return std::nullopt;
    }
    for (std::uint32_t k = b + 2; k < se.last && k < b + 7; ++k) {
      const Token& t = ex_.tokens[k];
      if (!t.has(kWord) || t.has(kCap)) return std::nullopt;
      std::string_view w = lower(k);
      // not the head yet while a lower-case word follows that is no function word, adverb or
      // participle ("a region presently straddling ...", "a party founded in ...")
      if (k + 1 < se.last && ex_.tokens[k + 1].has(kWord) && !ex_.tokens[k + 1].has(kCap) &&
          !ex_.is(k + 1, kFunctionWord) && !lower(k + 1).ends_with("ly") && !lx_.is_participle(lower(k + 1)))
        continue;
      if (lx_.org_head(w) == 3) return EntityType::Organization;
      if (const EntityType* p = place_word(w)) return *p;
      if (lx_.title(w)) return EntityType::Person;
      return std::nullopt;
    }
    return std::nullopt;
  }

  // A bracket at token b glosses the name before it with a place's name of today: "(now Norway)",
  // "(formerly Oslo)", "(modern Oslo)", "(present-day Norway)", "(today's Norway)".
  bool place_gloss_after(std::uint32_t b) const {
    const Sentence& se = ex_.sentences[cur_sentence_];
    if (b + 3 >= se.last || tok(b) != "(") return false;
    std::uint32_t k = b + 1;
    if (is_any(lower(k), "now", "formerly", "modern"))
      ++k;
    else if (const std::uint32_t n = of_today(k); n > 0)
      k += n;
    else
      return false;
    if (k < se.last && lower(k) == "the") ++k;
    std::optional<GazetteerEntry> g;
    return k < se.last && gaz_len(k, se.last, &g) > 0 && is_place(g->type) && g->role != GazRole::Demonym;
  }

  // The tokens from k that say "of today" before a place's name: "present-day", "modern-day" (one
  // token), "present day", "modern day", "today's" (two); 0 if none.
  std::uint32_t of_today(std::uint32_t k) const {
    const std::uint32_t last = ex_.sentences[cur_sentence_].last;
    if (k >= last) return 0;
    if (is_any(lower(k), "present-day", "modern-day")) return 1;
    if (k + 1 < last && ((is_any(lower(k), "present", "modern") && lower(k + 1) == "day") ||
                         (lower(k) == "today" && possessive_at(k + 1))))
      return 2;
    return 0;
  }

  // Token a opens a bracket's gloss of the place named before it: "Oslo (formerly Kelvar)",
  // "Oslo (now Kelvar)".
  bool glosses_place_before(std::uint32_t a) const {
    const Sentence& se = ex_.sentences[cur_sentence_];
    if (a < se.first + 3 || tok(a - 2) != "(" || !is_any(lower(a - 1), "formerly", "now")) return false;
    const int c = mention_ending_at(a - 2);
    if (c < 0) return false;
    const RawMention& place = out_[static_cast<std::size_t>(c)];
    return is_place(place.type) && (place.kind == MentionKind::Name || place.kind == MentionKind::Capital);
  }

  // A lower-case place word ("town", "island") and the type it gives a name after "of".
  const EntityType* place_word(std::string_view lower_word) const {
    if (lower_word.empty()) return nullptr;
    std::string w(lower_word);
    w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
    return lx_.place_head(w);
  }

  // True when tokens [a, b) contain a country's name, alias or demonym (up to three tokens).
  bool names_a_country(std::uint32_t a, std::uint32_t b) const {
    for (std::uint32_t k = a; k < b; ++k)
      for (std::size_t n = 1; n <= 3 && k + n <= b; ++n)
        if (const auto g = lx_.gazetteer(key(k, n)); g && g->type == EntityType::Country) return true;
    return false;
  }

  // An unknown name after "leader of", "members of", "spokesman for" or "joined" is a body
  // people belong to, not a person.
  bool member_of_before(std::uint32_t a) const {
    const Sentence& se = ex_.sentences[cur_sentence_];
    if (a < se.first + 1) return false;
    std::string_view w = lower(a - 1);
    if (w == "joined" || w == "joins" || w == "joining") return true;
    if ((w != "of" && w != "for") || a < se.first + 2) return false;
    static constexpr std::string_view kMemberNouns[] = {
        "leader",  "leaders",  "leadership", "member",      "members",      "head",      "chairman",   "chairwoman",
        "founder", "founders", "spokesman",  "spokeswoman", "spokesperson", "candidate", "candidates", "deputies",
        "ranks",   "wing",     "executive",  "executives",  "director",     "directors", "boss",       "bosses",
        "owner",   "owners",   "employees",  "staff",       "shareholders"};
    std::string_view noun = lower(a - 2);
    for (std::string_view x : kMemberNouns)
      if (noun == x) return true;
    return false;
  }

  // A capital inside a word after two lower-case letters ("EduVision", "SoftBank"): a brand's
  // spelling, not a person's ("McFadden", "DiCaprio", "MacDonald" are excluded).
  static bool camel_case(std::string_view w) {
    const auto upper = [&](std::size_t k) { return k < w.size() && w[k] >= 'A' && w[k] <= 'Z'; };
    // "PDeCAT", "NCa": capitals, then small letters, but no plural of an acronym ("MPs", "CDs")
    if (upper(0) && upper(1) && !(w.size() >= 3 && w.back() == 's' && upper(w.size() - 2)))
      for (std::size_t k = 2; k < w.size(); ++k)
        if (w[k] >= 'a' && w[k] <= 'z') return true;
    if (w.size() < 5 || w[0] < 'A' || w[0] > 'Z' || w.starts_with("Mac")) return false;
    std::size_t lower = 0;
    for (std::size_t k = 1; k < w.size(); ++k) {
      const char c = w[k];
      if (c >= 'a' && c <= 'z') {
        ++lower;
      } else if (c >= 'A' && c <= 'Z') {
        return lower >= 2 && k + 1 < w.size() && w[k + 1] >= 'a' && w[k + 1] <= 'z';
      } else {
        return false;  // hyphens, apostrophes, digits: other shapes
      }
    }
    return false;
  }

  // Token t's word used on its own as a person's surname in the document: after an honorific ("Mr
  // Straw", "Dr Hall") or as the subject of a verb of saying ("Hall said"), with no other
  // capitalised word next to it ("the Hall said" and "Town Hall said" are something else; nor is
  // the name that asks, whose other word stands next to it).
  bool surname_elsewhere(std::uint32_t t) const {
    const std::string_view w = tok(t);
    if (!surname_shape(w) || ex_.is(t, kFunctionWord)) return false;  // not "S&P", "Everybody"
    if (!surnames_) {  // the document's surnames, gathered on the first question
      surnames_.emplace();
      for (const Sentence& se : ex_.sentences)
        for (std::uint32_t k = se.first; k < se.last; ++k) {
          if (!cap(k) || (k + 1 < se.last && cap(k + 1))) continue;
          const std::string* kind = nullptr;
          if ((k > se.first && title_len(k - 1, k, &kind) == 1 && kind && *kind == "honorific") ||
              (k + 1 < se.last && is_any(lower(k + 1), "said", "says", "told", "added") &&
               (k == se.first || (!cap(k - 1) && lower(k - 1) != "the"))))
            surnames_->insert(tok(k));
        }
    }
    return surnames_->contains(w);
  }
  mutable std::optional<StringSet> surnames_;

  // The name [a, b) is a company's: its shares or stock right after it ("Vantor shares rose",
  // "Vantor's shares"), or it after "shares in", "a stake in", "shares of".
  bool traded(std::uint32_t a, std::uint32_t b, const Sentence& se) const {
    const auto stock = [](std::string_view w) {
      return is_any(w, "shares", "share", "stock", "stocks", "shareholders", "stake", "stakes");
    };
    std::uint32_t k = b;
    if (k < se.last && possessive_at(k)) ++k;
    // (not the verb: "Tom Brae shares his view")
    if (k < se.last && stock(lower(k)) &&
        !(k + 1 < se.last && is_any(lower(k + 1), "of", "in", "the", "a", "an", "his", "her", "their", "its", "this",
                                    "that", "these", "those", "our", "my", "your", "some", "many", "no", "with")) &&
        // (a place's market is no company: "the Frankfurt stock exchange", "London share prices")
        !(k + 1 < se.last &&
          is_any(lower(k + 1), "exchange", "exchanges", "market", "markets", "index", "indices", "prices")))
      return true;
    return a >= se.first + 2 && is_any(lower(a - 1), "in", "of") && is_any(lower(a - 2), "shares", "stake", "stakes");
  }

  // The title at token t is said of someone: after a copula or "as" (and "then", "the", an
  // ordinal): "was then Prime Minister of X", "chosen as First Vice President of X".
  bool predicative(std::uint32_t t) const {
    const std::uint32_t first = ex_.sentences[cur_sentence_].first;
    while (t > first &&
           is_any(lower(t - 1), "the", "then", "first", "second", "former", "also", "still", "later", "now"))
      --t;
    return t > first && is_any(lower(t - 1), "is", "was", "are", "were", "be", "been", "being", "became", "become",
                               "becomes", "becoming", "remains", "remained", "as");
  }

  // A capitalised word that may be part of a person's name: no common word, place, title or
  // organisation word ("Barack", "Obama").
  bool person_word(std::uint32_t t) const {
    return cap(t) && !common_word(t) && !gaz_single(t) && !org_head_at(t) && !place_head_at(t) &&
           !ex_.is(t, kTitleWord) && surname_shape(tok(t));
  }
  // Tokens a and a + 1 as a given name and a surname by how a large raw corpus writes them: the
  // first capitalised nearly always and often seen ("John", "Robin"; not "Bill", "Royal"), the
  // second mostly capitalised ("Terry", "Cook"; not "Video", "Energy"), neither a place's name.
  bool given_and_surname(std::uint32_t a) const {
    return given_name(a) && !gaz_single(a + 1) && surname_shape(tok(a + 1)) &&
           ner::CorpusCase::capitalised(corpus_.info_of(tok(a + 1))) >= ner::CorpusCase::kMostly;
  }
  // Token t's word is capitalised nearly always in the corpus and often seen, and names no place.
  bool given_name(std::uint32_t t) const {
    const std::string_view w = tok(t);
    if (corpus_.empty() || w.size() < 2 || w[1] < 'a' || w[1] > 'z' || gaz_single(t)) return false;  // not "S", "TV"
    const std::uint32_t info = corpus_.info_of(tok(t));
    return ner::CorpusCase::capitalised(info) == ner::CorpusCase::kAlways && ner::CorpusCase::often(info) >= 2;
  }

  // After a point of the compass, words that may name a part of somewhere: no acronym ("Northern
  // Irish FA"), no hyphenated word ("North Carolina-based"), no man ("Northern Irishman").
  bool part_of_somewhere(std::uint32_t a, std::uint32_t b) const {
    for (std::uint32_t t = a + 1; t < b; ++t)
      if (ex_.tokens[t].has(kAllCaps) || tok(t).find('-') != std::string_view::npos) return false;
    return !lower(b - 1).ends_with("man");
  }
  static bool compass(std::string_view w) {
    return is_any(w, "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern",
                  "southern", "eastern", "western");
  }

  void unknown(std::uint32_t a, std::uint32_t b) {
    // strip honorifics that slipped in, and a possessive left by the split of a longer name
    while (a < b && (ex_.is(a, kTitleWord) || is_possessive_s(tok(a)) || tok(a) == "'")) ++a;
    // "Frenchman Arnaud Clement", "Dane Kenneth Carlsen": one of a people before a person's given
    // name and surname describes them (not "American Express 20"; not "Gael" of "Gael Garcia
    // Bernal", which the corpus does not know as a given name: only a people's word in "-man" or
    // "-woman" goes before a name the corpus does not know)
    if (b >= a + 3 && lx_.is_people(lower(a)) && !given_name(a) &&
        (given_name(a + 1) || ((lower(a).ends_with("man") || lower(a).ends_with("woman")) && !common_word(a + 1))))
      ++a;
    if (a >= b) return;
    const std::string_view shape = b == a + 1 ? lx_.name_shape(lower(a)) : std::string_view();
    if (shape == "skip") return;                               // "Assyrians", "Hittites"
    if (b == a + 1 && lx_.is_people_plural(lower(a))) return;  // "Muslims", "Kurds": a group, no one
    if (b == a + 1) {
      // "American-made", "Median-dominated": a hyphenated adjective ending in a lower-case word
      std::string_view w = tok(a);
      const std::size_t dash = w.rfind('-');
      if (dash != std::string_view::npos && dash + 1 < w.size() && w[dash + 1] >= 'a' && w[dash + 1] <= 'z') return;
    }
    if (b == a + 1 && b < ex_.sentences[cur_sentence_].last && ex_.tokens[b].has(kWord) && !ex_.tokens[b].has(kCap)) {
      // "the Korean shipping firm", "Kurdish fighters": an adjective of origin, not a name
      std::string_view w = lower(a);
      for (const char* suffix : {"ian", "ean", "ese", "ish", "ic"})
        if (w.size() > 4 && w.compare(w.size() - std::strlen(suffix), std::strlen(suffix), suffix) == 0) return;
    }
    const Sentence& se = ex_.sentences[cur_sentence_];
    RawMention m = make(a, b, EntityType::Person);
    std::string role, kind;
    std::uint32_t rs = 0;
    const std::size_t n = b - a;
    auto prev = [&](std::uint32_t back) -> std::string_view {
      return a >= se.first + back ? lower(a - back) : std::string_view();
    };
    auto descriptor_org = [&](std::uint32_t at) { return at >= se.first && at < se.last && org_head_at(at) == 3; };
    if (title_before(a, &role, &kind, &rs) > 0) {
      m.type = EntityType::Person;
      m.role = role;
      m.role_kind = kind;
      if (const int mod = modifier_of_title(rs); mod >= 0) m.aff_key = affiliate(mod, kind);
    } else if (prev(1) == "of" && place_word(prev(2))) {
      m.type = *place_word(prev(2));  // "the town of X", "the island of X"
    } else if (place_gloss_after(b) || glosses_place_before(a)) {
      // "Vellmark (now Norway)", "Kelvar (present-day Oslo, Norway)", "Oslo (formerly Kelvar)"
      m.type = EntityType::Location;
    } else if (const EntityType* head =
                   b < se.last && !ex_.tokens[b].has(kCap) && !common_word(b - 1) && !plural_s(tok(b - 1))
                       ? place_head_at(b)
                       : nullptr) {
      // "the Zelvenka region", "the Orlan river": a kind of land or water after it (not "the Welsh
      // region", "the Harbour Gulls region": a team's)
      m.type = *head;
    } else if (a > se.first && (descriptor_org(a - 1) || (tok(a - 1) == "," && descriptor_org(a - 2)))) {
      m.type = EntityType::Organization;
    } else if (n >= 2 && ((n == 2 && given_and_surname(a)) || surname_elsewhere(b - 1))) {
      // "..., Scott Emmet and Sarah Hale": a given name and a surname whatever they are listed
      // with; "Lawless World, Philippe Sands, ..." with "Mr Sands" elsewhere
      m.type = EntityType::Person;
    } else if (a > se.first + 1 && (prev(1) == "and" || prev(1) == ",") && !out_.empty() && out_.back().last + 1 == a &&
               out_.back().sentence == cur_sentence_ && !out_.back().gazetteer && !out_.back().shaped &&
               !the_body(out_.back()) && !out_.back().nested && out_.back().type != EntityType::Person) {
      m.type = out_.back().type;  // list continuation: "banks, Promsvyazbank and VTB"
    } else if (ex_.tokens[a].has(kAllCaps) && n == 1) {
      m.type = EntityType::Organization;  // an acronym
      m.weak = true;
    } else if (auto t = apposition_type(b)) {
      m.type = *t;  // "Sinn Fein, the largest nationalist party"
    } else if (member_of_before(a)) {
      m.type = EntityType::Organization;  // "leader of Fianna Fail", "members of Likud", "joined Mapai"
      m.weak = true;
    } else if (results_line_) {
      m.type = EntityType::Organization;  // a team in a match result
      m.weak = true;
      teams_.insert(m.name);
    } else if (b < se.last && ex_.is(b, kAgentNoun) && !ex_.tokens[a].has(kAllCaps)) {
      m.type = EntityType::Organization;  // "Labour MPs", "Hamas fighters": the body they act for
      m.weak = true;
    } else if (traded(a, b, se)) {
      m.type = EntityType::Organization;  // "Norsk Hydro shares rose", "a stake in Vantor": a company
      m.weak = true;
    } else if (n == 1 && shape == "Location") {
      m.type = EntityType::Location;
      m.weak = true;
    } else if (n == 1 && shape == "Person") {
      m.type = EntityType::Person;
      m.weak = true;
    } else if (n == 1 && (shape == "Organization" || camel_case(tok(a)))) {
      m.type = EntityType::Organization;  // "Omnicom", "EduVision", "PlayStation"
      m.weak = true;
      m.shaped = true;
    } else if (m.locative && n == 1 && !(b < se.last && possessive_at(b))) {
      m.type = EntityType::Location;
      m.weak = true;
    } else if (n == 1 && prev(1) == "the" && (common_word(a) || the_plural(a, m))) {
      // "the Treasury", "the Commons": a body, never a person; "the Velandines": a body of people
      // (an order, a band, a team), never one
      m.type = EntityType::Organization;
      m.weak = true;
    } else if ((a >= se.first + 1 && of_today(a - 1) == 1) || (a >= se.first + 2 && of_today(a - 2) == 2)) {
      m.type = EntityType::Location;  // "present-day Patna", "today's Slovakia": where something was
      m.weak = true;
    } else if (n >= 2 && lx_.is_person_plural(lower(b - 1))) {
      m.type = EntityType::Organization;  // "Adorno Fathers", "Christian Brothers": a body of people
      m.weak = true;
    } else if (n >= 2 && compass(lower(a)) && part_of_somewhere(a, b)) {
      m.type = EntityType::Location;  // "East Anglia", "North Atlantic", "West Country": a part of somewhere
      m.weak = true;
    } else if (n >= 2) {
      // a country's name or demonym inside ("United Future New Zealand", "Scottish Labour"):
      // a party or a body, not a person
      // (but "Jordan Hendry", "Chad Okoro": a country's name as a first name, before a word that
      // is no common word, names a person; "China Telecom" does not)
      const auto g = gaz_single(a);
      const bool first_name = n == 2 && g && g->type == EntityType::Country && g->role == GazRole::Name &&
                              !common_word(a + 1) && surname_shape(tok(a + 1));
      // (after a party's name, as after a title, a person: "Tory Rob Marsh")
      const bool after_party = !out_.empty() && out_.back().last == a && out_.back().gazetteer &&
                               out_.back().type == EntityType::Organization && out_.back().sentence == cur_sentence_ &&
                               out_.back().last == out_.back().first + 1 && out_.back().name.ends_with(" Party");
      m.type = !first_name && !after_party && ((common_word(a) && common_word(b - 1)) || names_a_country(a, b))
                   ? EntityType::Organization
                   : EntityType::Person;
      m.weak = true;
    } else {
      m.type = EntityType::Person;
      m.weak = true;
    }
    int idx = push(std::move(m));
    after_head(idx, b);
    acronym_after(idx, b);
  }
};

}  // namespace

std::vector<RawMention> find_mentions(const Extraction& ex, const Lexicon& lx, const ner::CorpusCase& corpus) {
  return Recognizer(ex, lx, corpus).run();
}

}  // namespace newskg
