#include "extract/lexicon.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <future>
#include <set>
#include <unordered_map>

#include "text/utf8.hpp"

namespace newskg {
namespace {

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (true) {
    std::size_t j = s.find(sep, i);
    out.emplace_back(s.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i));
    if (j == std::string_view::npos) break;
    i = j + 1;
  }
  return out;
}

/// The tab-separated fields of a line as views into it, without a string or a vector per line
/// (the gazetteers have thousands of lines): size() counts every field, the first kMax are kept.
class Fields {
 public:
  static constexpr std::size_t kMax = 8;
  explicit Fields(std::string_view line) {
    for (std::size_t i = 0;; ++n_) {
      const std::size_t j = line.find('\t', i);
      if (n_ < kMax) f_[n_] = line.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i);
      if (j == std::string_view::npos) break;
      i = j + 1;
    }
    ++n_;
  }
  std::size_t size() const { return n_; }
  std::string_view operator[](std::size_t k) const { return k < kMax ? f_[k] : std::string_view(); }

 private:
  std::array<std::string_view, kMax> f_{};
  std::size_t n_ = 0;
};

// blank, tab and carriage return separate words; a table, so that scanning a word is one test
// a byte
constexpr auto kWordSeparator = [] {
  std::array<bool, 256> t{};
  t[' '] = t['\t'] = t['\r'] = true;
  return t;
}();
bool separates(char c) {
  return kWordSeparator[static_cast<unsigned char>(c)];
}

/// Calls f(word) for every blank-separated word of `s`.
template <class F>
void for_each_word(std::string_view s, F f) {
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    while (i < n && separates(s[i])) ++i;
    std::size_t j = i;
    while (j < n && !separates(s[j])) ++j;
    if (j > i) f(s.substr(i, j - i));
    i = j;
  }
}

std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  for_each_word(s, [&](std::string_view w) { out.emplace_back(w); });
  return out;
}

// Short endings compared inline (std::string_view::ends_with calls memcmp).
bool ends_with(std::string_view w, std::string_view suffix) {
  if (w.size() < suffix.size()) return false;
  for (std::size_t k = 1; k <= suffix.size(); ++k)
    if (w[w.size() - k] != suffix[suffix.size() - k]) return false;
  return true;
}

bool blank(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t') return false;
  return true;
}

/// Reads the data lines of a lexicon file (skipping blanks and # comments), calling
/// fn(line, line_number); fn returns an error message or empty. The file is read whole.
template <class Fn>
Status read_lines(const std::filesystem::path& path, Fn fn) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(ErrorKind::Lexicon, path.string() + ": cannot open lexicon file");
  std::string text;
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size > 0) {
    text.resize(static_cast<std::size_t>(size));
    in.read(text.data(), size);
  }
  if (!in) return make_error(ErrorKind::Lexicon, path.string() + ": cannot read lexicon file");
  const bool valid = utf8::is_valid(text);  // the whole file at once; lines only to find an error
  std::size_t n = 0;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t eol = text.find('\n', at);
    if (eol == std::string::npos) eol = text.size();
    std::string_view line(text.data() + at, eol - at);
    at = eol + 1;
    ++n;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#' || blank(line)) continue;
    if (!valid && !utf8::is_valid(line)) {
      return make_error(ErrorKind::Lexicon, path.string() + ":" + std::to_string(n) + ": invalid UTF-8");
    }
    std::string msg = fn(line, n);
    if (!msg.empty()) return make_error(ErrorKind::Lexicon, path.string() + ":" + std::to_string(n) + ": " + msg);
  }
  return {};
}

std::size_t count_tokens(std::string_view s) {
  std::size_t n = 0;
  for_each_word(s, [&](std::string_view) { ++n; });
  return n;
}

std::optional<GazRole> gaz_role(std::string_view s) {
  if (s == "name") return GazRole::Name;
  if (s == "alias") return GazRole::Alias;
  if (s == "acronym") return GazRole::Acronym;
  if (s == "demonym") return GazRole::Demonym;
  if (s == "demonym-plural") return GazRole::DemonymPlural;
  if (s == "capital") return GazRole::Capital;
  if (s == "seat") return GazRole::Seat;
  return std::nullopt;
}

}  // namespace

void Lexicon::add_gazetteer(std::string_view surface, GazetteerEntry e) {
  max_gaz_tokens_ = std::max(max_gaz_tokens_, count_tokens(surface));
  for (std::size_t p = surface.find(' '); p != std::string_view::npos; p = surface.find(' ', p + 1))
    gaz_[surface.substr(0, p)].flags |= kGazPrefix;
  GazRecord& record = gaz_[surface];
  if (record.flags & kGazEntry) return;  // the first entry wins
  // the names may view this lexicon's own names, which appending may move: copied first
  const std::string names = std::string(e.canonical) + std::string(e.link);
  const auto at = static_cast<std::uint32_t>(gaz_names_.size());
  gaz_names_.append(names.data(), names.size());
  record = GazRecord{e.type,
                     e.role,
                     static_cast<std::uint8_t>(record.flags | kGazEntry),
                     at,
                     static_cast<std::uint32_t>(e.canonical.size()),
                     static_cast<std::uint32_t>(at + e.canonical.size()),
                     static_cast<std::uint32_t>(e.link.size())};
}

Status Lexicon::load_gazetteers(const std::filesystem::path& dir) {
  // hand-curated files first, so that they win over generated rows
  static constexpr const char* kFiles[] = {"places-extra.tsv", "organizations.tsv", "countries.tsv", "cities.tsv",
                                           "regions.tsv"};
  std::size_t bytes = 0;  // a line holds 35-40 bytes: room for every entry, so the table never grows
  for (const char* file : kFiles) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(dir / file, ec);
    if (!ec) bytes += static_cast<std::size_t>(size);
  }
  gaz_.reserve(gaz_.size() + bytes / 32, bytes / 3);
  for (const char* file : kFiles) {
    Status st = read_lines(dir / file, [&](std::string_view line, std::size_t) -> std::string {
      const Fields f(line);
      if (f.size() < 4) return "expected: surface, type, canonical name, role[, stands for]";
      auto type = entity_type_from(f[1]);
      if (!type) return "unknown entity type '" + std::string(f[1]) + "'";
      auto role = gaz_role(f[3]);
      if (!role) return "unknown role '" + std::string(f[3]) + "'";
      if (f[0].empty() || f[2].empty()) return "empty surface or canonical name";
      add_gazetteer(f[0], GazetteerEntry{*type, f[2], *role, f[4]});
      return {};
    });
    if (!st) return st;
  }
  return {};
}

Result<Lexicon> Lexicon::load(const std::filesystem::path& dir) {
  Lexicon lx;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    return make_error(ErrorKind::Lexicon, dir.string() + ": lexicon directory not found (use --ontology DIR)");
  }
  // The gazetteers (about half of the loading time) load on a second thread while this one
  // reads the word lists; the two touch disjoint members. Errors are reported in file order.
  std::future<Status> gazetteers;
  try {
    gazetteers = std::async(std::launch::async, [&lx, &dir] { return lx.load_gazetteers(dir); });
  } catch (const std::system_error&) {  // no thread to be had: load them here
    gazetteers = std::async(std::launch::deferred, [&lx, &dir] { return lx.load_gazetteers(dir); });
  }
  // waits for the gazetteer thread before any return (it writes into lx); the gazetteer files
  // come first in file order, so their error wins
  const auto fail = [&](Status st) -> Result<Lexicon> {
    if (Status g = gazetteers.get(); !g) return g.error();
    return st.error();
  };
  Status st = read_lines(dir / "titles.tsv", [&](std::string_view line, std::size_t) -> std::string {
    auto f = split(line, '\t');
    if (f.size() < 2) return "expected: title, kind";
    lx.max_title_tokens_ = std::max(lx.max_title_tokens_, count_tokens(f[0]));
    std::string t = utf8::lower(f[0]);
    for (std::size_t p = t.find(' '); p != std::string::npos; p = t.find(' ', p + 1)) {
      lx.title_prefixes_.insert(t.substr(0, p));
      lx.title_suffixes_.insert(t.substr(p + 1));
    }
    lx.titles_.emplace(std::move(t), f[1]);
    return {};
  });
  if (!st) return fail(std::move(st));
  st = read_lines(dir / "org-heads.tsv", [&](std::string_view line, std::size_t) -> std::string {
    auto f = split(line, '\t');
    if (f.size() < 2 ||
        (f[1] != "head" && f[1] != "after" && f[1] != "descriptor" && f[1] != "thing" && f[1] != "legal")) {
      return "expected: word, head|after|descriptor|thing|legal";
    }
    lx.org_heads_.emplace(f[0], f[1] == "after"        ? 2
                                : f[1] == "descriptor" ? 3
                                : f[1] == "thing"      ? kThingHead
                                : f[1] == "legal"      ? kLegalForm
                                                       : 1);
    if (f[1] == "after") lx.org_after_.insert(f[0]);
    return {};
  });
  if (!st) return fail(std::move(st));
  st = read_lines(dir / "place-heads.tsv", [&](std::string_view line, std::size_t) -> std::string {
    auto f = split(line, '\t');
    auto type = f.size() >= 2 ? entity_type_from(f[1]) : std::nullopt;
    if (!type) return "expected: word, entity type";
    lx.place_heads_.emplace(f[0], *type);
    return {};
  });
  if (!st) return fail(std::move(st));
  auto word_list = [&](const char* file, auto& into) {
    std::error_code size_ec;
    const auto bytes = std::filesystem::file_size(dir / file, size_ec);
    if (!size_ec) into.reserve(static_cast<std::size_t>(bytes / 9));  // about ten bytes a word
    return read_lines(dir / file, [&](std::string_view line, std::size_t) -> std::string {
      for_each_word(line, [&](std::string_view w) { into.insert(std::string(w)); });
      return {};
    });
  };
  for (auto [file, set] :
       {std::pair{"function-words.txt", &lx.function_words_}, std::pair{"name-particles.txt", &lx.particles_},
        std::pair{"agent-nouns.txt", &lx.agent_nouns_}, std::pair{"group-nouns.txt", &lx.group_nouns_},
        std::pair{"nonstate-nouns.txt", &lx.nonstate_nouns_}}) {
    st = word_list(file, *set);
    if (!st) return fail(std::move(st));
  }
  {
    std::error_code size_ec;
    const auto bytes = std::filesystem::file_size(dir / "common-words.txt", size_ec);
    if (!size_ec) lx.common_words_.reserve(static_cast<std::size_t>(bytes / 9));
    st = read_lines(dir / "common-words.txt", [&](std::string_view line, std::size_t) -> std::string {
      for_each_word(line, [&](std::string_view w) { lx.common_words_[w] |= kListed; });
      return {};
    });
    if (!st) return fail(std::move(st));
    lx.function_words_.for_each([&](std::string_view w) { lx.common_words_[w] |= kOther; });
    st = read_lines(dir / "person-nouns.txt", [&](std::string_view line, std::size_t) -> std::string {
      for_each_word(line, [&](std::string_view w) { lx.common_words_[w] |= kPerson; });
      return {};
    });
    if (!st) return fail(std::move(st));
  }
  st = read_lines(dir / "peoples.txt", [&](std::string_view line, std::size_t) -> std::string {
    for_each_word(line, [&](std::string_view w) { lx.peoples_.insert(utf8::lower(w)); });
    return {};
  });
  if (!st) return fail(std::move(st));
  st = word_list("abbreviations.txt", lx.abbreviations_);
  if (!st) return fail(std::move(st));
  {
    StringTable<std::vector<std::string>> forms;  // form -> lemmas, then each form's lemmas together
    st = read_lines(dir / "word-forms.tsv", [&](std::string_view line, std::size_t) -> std::string {
      const Fields f(line);
      if (f.size() < 2) return "expected: form, lemma";
      forms[f[0]].emplace_back(f[1]);
      lx.common_words_[f[0]] |= kOther;
      return {};
    });
    if (!st) return fail(std::move(st));
    lx.forms_.reserve(forms.size());
    for (const auto& [form, lemmas] : forms) {
      const auto at = static_cast<std::uint32_t>(lx.lemmas_.size());
      for (const std::string& l : lemmas) lx.lemmas_.append(l.c_str(), l.size() + 1);  // with its '\0'
      lx.forms_.emplace(form, Span{at, static_cast<std::uint32_t>(lx.lemmas_.size() - at)});
    }
  }
  st = read_lines(dir / "name-shapes.tsv", [&](std::string_view line, std::size_t) -> std::string {
    auto f = split(line, '\t');
    if (f.size() < 2 || f[0].empty() ||
        (f[1] != "Person" && f[1] != "Location" && f[1] != "Organization" && f[1] != "skip")) {
      return "expected: ending, Person|Location|Organization|skip";
    }
    lx.shapes_.emplace_back(utf8::lower(f[0]), f[1]);
    return {};
  });
  if (!st) return fail(std::move(st));
  std::stable_sort(lx.shapes_.begin(), lx.shapes_.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  st = read_lines(dir / "descriptions.tsv", [&](std::string_view line, std::size_t) -> std::string {
    auto f = split(line, '\t');
    if (f.size() < 4) return "expected: head, type, match, number[, bare]";
    if (f.size() > 4 && f[4] != "bare" && !f[4].empty()) return "unknown option '" + f[4] + "' (expected: bare)";
    auto type = entity_type_from(f[1]);
    if (!type) return "unknown entity type '" + f[1] + "'";
    Description d;
    d.type = *type;
    d.plural = f[3] == "plural";
    d.bare = f.size() > 4 && f[4] == "bare";
    if (f[2].rfind("role:", 0) == 0) {
      d.role_kinds = split(f[2].substr(5), '|');
    } else if (f[2].rfind("title:", 0) == 0) {
      d.role_words = split(utf8::lower(f[2].substr(6)), '|');
      if (std::any_of(d.role_words.begin(), d.role_words.end(), [](const std::string& w) { return w.empty(); }))
        return "empty title in '" + f[2] + "'";
    } else if (f[2] != "*") {
      d.name_words = split(f[2], '|');
    }
    lx.descriptions_.emplace(f[0], std::move(d));
    return {};
  });
  if (!st) return fail(std::move(st));
  // every inflected form of a verb: the regular ones the lexicon accepts, and the irregular ones
  // of word-forms.tsv (for the frame index)
  std::unordered_map<std::string, std::vector<std::string>> irregular;  // lemma -> forms
  for (const auto& [form, lemmas] : lx.forms_)
    lx.each_lemma(lemmas, [&, form = form](std::string_view l) { irregular[std::string(l)].emplace_back(form); });
  const auto add_verb_forms = [&](const std::string& w, std::set<std::string>& forms) {
    if (w.empty()) return;
    const std::string stem_e = w.back() == 'e' ? w.substr(0, w.size() - 1) : w;
    const std::string stem_y = w.back() == 'y' ? w.substr(0, w.size() - 1) + "i" : w;
    const std::string doubled = w + w.back();
    for (const std::string& f : {w + "s", w + "es", w + "ed", w + "d", w + "ing", stem_e + "ing", stem_e + "ed",
                                 stem_y + "es", stem_y + "ed", doubled + "ed", doubled + "ing"})
      if (lx.inflects(f, w)) forms.insert(f);
    for (const std::string& f : irregular[w]) forms.insert(f);
  };
  st = read_lines(dir / "frames.tsv", [&](std::string_view line, std::size_t) -> std::string {
    auto f = split(line, '\t');
    if (f.size() < 6) return "expected: relation, trigger, pos, agent, target, object [, options]";
    RelationFrame fr;
    auto rel = relation_type_from(f[0]);
    if (!rel) return "unknown relation '" + f[0] + "'";
    fr.relation = *rel;
    fr.lemmas = split(utf8::lower(f[1]), '|');
    if (f[2] != "verb" && f[2] != "noun" && f[2] != "adj")
      return "unknown part of speech '" + f[2] + "' (expected: verb, noun or adj)";
    fr.noun = f[2] == "noun";
    fr.adjective = f[2] == "adj";
    for (int side = 0; side < 2; ++side) {
      auto& roles = side == 0 ? fr.agent : fr.target;
      for (const std::string& alt : split(f[3 + side], '|')) {
        auto path = split(alt, '/');
        if (std::any_of(path.begin(), path.end(), [](const std::string& x) { return x.empty(); }))
          return "empty role in '" + f[3 + side] + "'";
        roles.push_back(std::move(path));
      }
    }
    if (f[5] == "agent") {
      fr.object = TargetKind::Agent;
    } else if (f[5] == "place") {
      fr.object = TargetKind::Place;
    } else if (f[5] == "known-place") {
      fr.object = TargetKind::KnownPlace;
    } else {
      return "object must be agent, place or known-place";
    }
    if (f.size() > 6) {
      for (const std::string& opt : words(f[6])) {
        if (opt.rfind("needs=", 0) == 0) {
          fr.needs = split(utf8::lower(opt.substr(6)), '|');
        } else if (opt.rfind("via=", 0) == 0) {
          fr.via = split(utf8::lower(opt.substr(4)), '|');
        } else if (opt.rfind("cameo=", 0) == 0) {
          fr.cameo = opt.substr(6);
          if (fr.cameo.size() < 3 || fr.cameo.size() > 4 ||
              !std::all_of(fr.cameo.begin(), fr.cameo.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return "a CAMEO code is three or four digits: '" + opt + "'";
        } else if (opt == "mutual") {
          fr.mutual = true;
        } else {
          return "unknown option '" + opt + "' (needs=, via=, cameo=, mutual)";
        }
      }
    }
    if (fr.lemmas.empty() || std::any_of(fr.lemmas.begin(), fr.lemmas.end(), [](auto& x) { return x.empty(); }))
      return "empty trigger";
    fr.source = std::string(line);
    lx.frames_.push_back(std::move(fr));
    return {};
  });
  if (!st) return fail(std::move(st));
  // index the frames by lemma, and every form of their lemmas for the sentence filter
  for (std::size_t i = 0; i < lx.frames_.size(); ++i)
    for (const std::string& w : lx.frames_[i].lemmas) {
      auto& at = lx.frame_index_[w];
      if (at.empty() || at.back() != i) at.push_back(i);
      std::set<std::string> forms{w};
      if (lx.frames_[i].noun) {  // nouns: the plural
        forms.insert(w.back() == 'y' ? w.substr(0, w.size() - 1) + "ies" : w + "s");
        forms.insert(w + "es");
      } else if (!lx.frames_[i].adjective) {
        add_verb_forms(w, forms);
      }
      for (const std::string& f : forms) {
        auto& fs = lx.frame_forms_[f];
        if (fs.empty() || fs.back() != i) fs.push_back(i);
      }
    }
  st = read_lines(dir / "modality.tsv", [&](std::string_view line, std::size_t) -> std::string {
    auto f = split(line, '\t');
    if (f.size() < 2) return "expected: kind, cue";
    Cue c;
    if (f[0] == "negated") {
      c.kind = CueKind::Negated;
    } else if (f[0] == "planned") {
      c.kind = CueKind::Planned;
    } else if (f[0] == "reported") {
      c.kind = CueKind::Reported;
    } else if (f[0] == "unconfirmed") {
      c.kind = CueKind::Unconfirmed;
    } else {
      return "unknown cue kind '" + f[0] + "'";
    }
    c.words = words(utf8::lower(f[1]));
    if (c.words.empty()) return "empty cue";
    if (c.words.size() > 2 ||
        (c.words.size() == 2 && c.words[1] != "to" && c.words[1] != "for" && c.words[1] != "from"))
      return "a cue is one word, or a word and \"to\", \"for\" or \"from\": '" + f[1] + "'";
    lx.cue_index_[c.words[0]].push_back(lx.cues_.size());
    lx.cues_.push_back(std::move(c));
    return {};
  });
  if (!st) return fail(std::move(st));
  if (Status g = gazetteers.get(); !g) return g.error();
  lx.index_word_classes();
  return lx;
}

void Lexicon::index_word_classes() {
  word_classes_ = {};
  auto mark = [&](std::string_view w, WordClass c) { word_classes_[w] |= c; };
  function_words_.for_each([&](std::string_view w) { mark(w, kFunctionWord); });
  particles_.for_each([&](std::string_view w) { mark(w, kNameParticle); });
  agent_nouns_.for_each([&](std::string_view w) { mark(w, kAgentNoun); });
  for (const auto& [w, _] : frame_forms_) mark(w, kFrameWord);
  for (const auto& [w, _] : descriptions_) mark(w, kDescriptionHead);
  for (const auto& [w, _] : org_heads_) mark(utf8::lower(w), kOrgHeadForm);
  for (const auto& [w, _] : place_heads_) mark(utf8::lower(w), kPlaceHeadForm);
  for (const auto& [w, _] : titles_) {
    if (w.find(' ') == std::string::npos) mark(w, kTitleWord);
    mark(std::string_view(w).substr(0, w.find(' ')), kTitleStart);
    mark(std::string_view(w).substr(w.rfind(' ') + 1), kTitleEnd);  // (npos + 1: the whole title)
  }
  for (const char* w : {"he", "him", "his", "she", "her", "hers"}) mark(w, kPersonPronoun);
  for (const char* w : {"it", "its"}) mark(w, kThingPronoun);
  for (const char* w : {"they", "them", "their"}) mark(w, kPluralPronoun);
  mark("the", kDefiniteArticle);
}

Lexicon::GazetteerStep Lexicon::gazetteer_step(std::string_view tokens) const {
  const GazRecord* r = gaz_.find(tokens);
  if (!r) return {};
  GazetteerStep step{std::nullopt, (r->flags & kGazPrefix) != 0};
  if (r->flags & kGazEntry) {
    const std::string_view names(gaz_names_.data(), gaz_names_.size());
    step.entry = GazetteerEntry{r->type, names.substr(r->canonical_at, r->canonical_size), r->role,
                                names.substr(r->link_at, r->link_size)};
  }
  return step;
}

std::optional<GazetteerEntry> Lexicon::gazetteer(std::string_view surface) const {
  return gazetteer_step(surface).entry;
}

const std::string* Lexicon::title(std::string_view lower_phrase) const {
  return titles_.find(lower_phrase);
}

int Lexicon::org_head(std::string_view word) const {
  const int* v = org_heads_.find(word);
  return !v || *v == kThingHead ? 0 : *v == kLegalForm ? 1 : *v;
}

bool Lexicon::legal_form(std::string_view word) const {
  const int* v = org_heads_.find(word);
  return v && *v == kLegalForm;
}

bool Lexicon::names_a_thing(std::string_view word) const {
  const int* v = org_heads_.find(word);
  return v && *v == kThingHead;
}

const EntityType* Lexicon::place_head(std::string_view word) const {
  return place_heads_.find(word);
}

bool Lexicon::form_of(std::string_view w, std::string_view suffix, std::string_view add, std::uint8_t flags,
                      std::size_t min_stem) const {
  char stem[64];  // words longer than this are not in the list
  if (!ends_with(w, suffix) || w.size() < suffix.size() + min_stem ||
      w.size() - suffix.size() + add.size() > sizeof stem)
    return false;
  const std::size_t n = w.size() - suffix.size();
  std::memcpy(stem, w.data(), n);
  std::memcpy(stem + n, add.data(), add.size());
  const std::uint8_t* c = common_words_.find(std::string_view(stem, n + add.size()));
  return c && (*c & flags);
}

bool Lexicon::is_common_word(std::string_view w) const {
  if (const std::uint8_t* c = common_words_.find(w); c && (*c & (kListed | kOther)))
    return true;  // listed, a function word or a known form
  auto strip = [&](std::string_view suffix, std::string_view add) { return form_of(w, suffix, add, kListed, 3); };
  // -es follows a hissing sound or an o ("watches", "taxes", "heroes"): "James" is no form of "jam"
  const auto es_stem = [&] {
    const std::string_view stem_view = w.substr(0, w.size() - 2);
    return ends_with(stem_view, "s") || ends_with(stem_view, "x") || ends_with(stem_view, "z") ||
           ends_with(stem_view, "ch") || ends_with(stem_view, "sh") || ends_with(stem_view, "o");
  };
  return strip("s", "") || (ends_with(w, "es") && w.size() > 2 && es_stem() && strip("es", "")) || strip("ies", "y") ||
         strip("ed", "") || strip("ed", "e") || strip("ing", "") || strip("ing", "e") || strip("ly", "") ||
         strip("ers", "") || strip("er", "");
}

bool Lexicon::is_people_plural(std::string_view w) const {
  if (w.size() < 4) return false;
  if (w.ends_with("men")) return peoples_.contains(std::string(w.substr(0, w.size() - 3)) + "man");  // "Dutchmen"
  return w.back() == 's' && peoples_.contains(w.substr(0, w.size() - 1));
}

bool Lexicon::is_person_plural(std::string_view w) const {
  if (w.size() < 4) return false;
  // a singular of three letters at least ("Paes" is no plural of "pa")
  const auto person = [&](std::string_view suffix, std::string_view add) {
    return w.size() + add.size() >= suffix.size() + 3 && form_of(w, suffix, add, kPerson, 1);
  };
  return person("men", "man") || person("s", "") || person("ies", "y") || person("es", "");  // "women", "firemen"
}

bool Lexicon::capital_only(const Entity& e) const {
  return e.typed_by_default && e.name.find(' ') == std::string::npos && is_common_word(utf8::lower(e.name));
}

std::string_view Lexicon::name_shape(std::string_view w) const {
  for (const auto& [ending, type] : shapes_) {
    if (w.size() > ending.size() + 2 && w.back() == ending.back() &&
        w.compare(w.size() - ending.size(), ending.size(), ending) == 0)
      return type;
  }
  return {};
}

const Description* Lexicon::description(std::string_view lower_head) const {
  return descriptions_.find(lower_head);
}

bool Lexicon::inflects(std::string_view word, std::string_view lemma) const {
  if (word == lemma) return true;
  if (const Span* lemmas = forms_.find(word)) {
    bool found = false;
    each_lemma(*lemmas, [&](std::string_view l) { found = found || l == lemma; });
    if (found) return true;
  }
  if (word.size() <= lemma.size() || lemma.empty()) return false;
  // word == stem + ending, without building either: "meets", "seized", "slapped", "carries"
  const auto is = [&](std::string_view stem, std::string_view extra, std::string_view ending) {
    return word.size() == stem.size() + extra.size() + ending.size() && word.starts_with(stem) &&
           word.substr(stem.size(), extra.size()) == extra && ends_with(word, ending);
  };
  const char last = lemma.back();
  const std::string_view l = lemma, but_last = lemma.substr(0, lemma.size() - 1);
  const std::string_view stem_e = last == 'e' ? but_last : l;  // "seize" -> "seiz"
  const std::string_view doubled(&lemma.back(), 1);            // "slap" -> "slap" + "p"
  for (std::string_view ending : {"s", "es", "ed", "d", "ing"})
    if (is(l, {}, ending)) return true;
  if (is(stem_e, {}, "ing") || is(stem_e, {}, "ed")) return true;
  if (last == 'y' ? is(but_last, "i", "es") || is(but_last, "i", "ed") : is(l, {}, "es") || is(l, {}, "ed"))
    return true;
  return is(l, doubled, "ed") || is(l, doubled, "ing");
}

bool Lexicon::is_participle(std::string_view word) const {
  if (word.size() > 3 && word.substr(word.size() - 2) == "ed") return true;
  if (word.size() > 4 && word.substr(word.size() - 3) == "ing") return false;
  if (!forms_.contains(word)) return false;
  // irregular verb forms that are not plain present tense
  return !(word.size() > 1 && word.back() == 's');
}

std::filesystem::path lexicon_dir(const std::string& explicit_dir) {
  std::filesystem::path base;
  if (!explicit_dir.empty()) {
    base = explicit_dir;
  } else if (const char* env = std::getenv("NEWSKG_ONTOLOGY"); env && *env) {
    base = env;
  } else {
    base = NEWSKG_DEFAULT_ONTOLOGY_DIR;
  }
  std::error_code ec;
  if (std::filesystem::is_directory(base / "lexicon", ec)) return base / "lexicon";
  return base;
}

bool Lexicon::consistent() const noexcept {
  if (!gaz_.consistent() || !titles_.consistent() || !title_prefixes_.consistent() || !title_suffixes_.consistent() ||
      !org_heads_.consistent() || !org_after_.consistent() || !peoples_.consistent() || !place_heads_.consistent() ||
      !function_words_.consistent() || !particles_.consistent() || !agent_nouns_.consistent() ||
      !group_nouns_.consistent() || !nonstate_nouns_.consistent() || !common_words_.consistent() ||
      !descriptions_.consistent() || !frame_index_.consistent() || !frame_forms_.consistent() ||
      !cue_index_.consistent() || !forms_.consistent() || !word_classes_.consistent())
    return false;
  for (const auto& [key, g] : gaz_)
    if (std::uint64_t{g.canonical_at} + g.canonical_size > gaz_names_.size() ||
        std::uint64_t{g.link_at} + g.link_size > gaz_names_.size())
      return false;
  for (const auto& [key, span] : forms_)  // each lemma ends with its '\0', the span too
    if (std::uint64_t{span.at} + span.size > lemmas_.size() || (span.size && lemmas_[span.at + span.size - 1] != '\0'))
      return false;
  for (const auto& [key, frames] : frame_index_)
    for (std::size_t i : frames)
      if (i >= frames_.size()) return false;
  for (const auto& [key, frames] : frame_forms_)
    for (std::size_t i : frames)
      if (i >= frames_.size()) return false;
  for (const auto& [key, cues] : cue_index_)
    for (std::size_t i : cues)
      if (i >= cues_.size()) return false;
  return true;
}

}  // namespace newskg
