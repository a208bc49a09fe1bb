#include "extract/recogniser.hpp"

#include <algorithm>
#include <memory>
#include <ostream>
#include <unordered_map>

#include "syntax/shuffle.hpp"
#include "syntax/word_shape.hpp"

namespace newskg::ner {
namespace {

using syntax::feature;
using syntax::hash_bytes;

constexpr std::string_view kKind = "NERM";
// Labels: 0 is outside any name; then Begin, Inside, Last, Unit of each name type.
constexpr std::uint32_t kLabels = 1 + 4 * kNameTypes;
enum Position : std::uint32_t { kBegin = 0, kInside = 1, kLast = 2, kUnit = 3 };
constexpr std::uint32_t label_of(NameType t, Position p) {
  return 1 + 4 * static_cast<std::uint32_t>(t) + p;
}
constexpr std::uint32_t position_of(std::uint32_t label) {
  return (label - 1) % 4;
}
constexpr NameType type_of(std::uint32_t label) {
  return static_cast<NameType>((label - 1) / 4);
}
constexpr bool opens(std::uint32_t label) {
  return label != 0 && (position_of(label) == kBegin || position_of(label) == kInside);
}

// Whether `next` may follow `prev` (BILOU: a name that is open goes on or ends with its own
// type; a closed one cannot go on; nothing is open after a sentence's last word).
bool allowed(std::uint32_t prev, std::uint32_t next, bool last_word) {
  if (opens(prev))
    return next != 0 && type_of(next) == type_of(prev) &&
           (position_of(next) == kLast || (position_of(next) == kInside && !last_word));
  if (next == 0) return true;
  const std::uint32_t p = position_of(next);
  return p == kUnit || (p == kBegin && !last_word);
}

constexpr std::uint64_t kStart = 0x5747, kEnd = 0xe1d, kNothing = 0;

bool has_lower(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}
bool has_upper(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}
bool capitalised(std::string_view w) {
  return !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
}

// "WARSAW" -> "Warsaw" (ASCII), for looking up names written in capitals.
std::string title_case(std::string_view w) {
  std::string out(w);
  for (std::size_t i = 1; i < out.size(); ++i)
    if (out[i] >= 'A' && out[i] <= 'Z') out[i] = static_cast<char>(out[i] - 'A' + 'a');
  return out;
}

// "tampa" -> "Tampa" (ASCII).
std::string title_case_first(std::string_view w) {
  std::string out(w);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

// A sentence written in capitals (a headline, a dateline): at least two words with letters,
// none of them with a lower-case letter.
bool in_capitals(const std::vector<syntax::Word>& words) {
  std::size_t upper = 0;
  for (const auto& w : words) {
    if (has_lower(w.form)) return false;
    upper += has_upper(w.form);
  }
  return upper >= 2;
}

// What the features read of one word, worked out once.
struct WordView {
  std::uint64_t lower, form, shape, suf2, suf3, suf4, pre3, upos, xpos, fine, coarse, gaz, folded_gaz, title, org,
      common;
  std::uint64_t case_class = 0;   // how the document writes this word elsewhere
  std::uint64_t corpus_case = 0;  // how a large raw corpus writes it (0: not seen)
  std::uint64_t hint = 0;         // what the rules made of it
  bool cap = false;
};

// The gazetteer's longest matches in a sentence, as one value per word: where in the match the
// word is, and the entry's type and role.
std::vector<std::uint64_t> gazetteer_tags(const std::vector<syntax::Word>& w, bool capitals, const Lexicon& lx) {
  std::vector<std::uint64_t> tags(w.size(), kNothing);
  for (std::size_t i = 0; i < w.size();) {
    std::string phrase;
    std::size_t best = 0;
    GazetteerEntry entry;
    for (std::size_t k = i; k < w.size() && k - i < lx.max_gazetteer_tokens(); ++k) {
      if (k > i) phrase += ' ';
      phrase += capitals ? title_case(w[k].form) : w[k].form;
      const auto step = lx.gazetteer_step(phrase);
      if (step.entry) best = k - i + 1, entry = *step.entry;
      if (!step.prefix) break;
    }
    if (best == 0) {
      ++i;
      continue;
    }
    for (std::size_t k = 0; k < best; ++k) {
      const std::uint64_t where = best == 1 ? kUnit : k == 0 ? kBegin : k + 1 == best ? kLast : kInside;
      tags[i + k] =
          1 + where + 8 * static_cast<std::uint64_t>(entry.type) + 64 * static_cast<std::uint64_t>(entry.role);
    }
    i += best;
  }
  return tags;
}

// The document-wide facts about each word: written capitalised inside a sentence (not first,
// not in a sentence in capitals), written in lower case.
using CaseSeen = std::unordered_map<std::uint64_t, std::uint8_t>;

CaseSeen case_seen(std::span<const std::vector<syntax::Word>* const> doc) {
  CaseSeen seen;
  for (const auto* s : doc) {
    if (in_capitals(*s)) continue;
    for (std::size_t i = 0; i < s->size(); ++i) {
      const std::string& f = (*s)[i].form;
      if (!has_upper(f) && !has_lower(f)) continue;
      std::uint8_t& c = seen[hash_bytes(syntax::lower_ascii(f))];
      if (!has_upper(f)) c |= 1;
      if (i > 0 && capitalised(f)) c |= 2;
    }
  }
  return seen;
}

std::vector<WordView> views_of(const std::vector<syntax::Word>& words, const std::vector<std::uint64_t>& hints,
                               const CaseSeen& seen, const Lexicon& lx, const CorpusCase& corpus) {
  const bool capitals = in_capitals(words);
  const auto gaz = gazetteer_tags(words, capitals, lx);
  // the same in title case for words written in lower case ("tampa bay"): a weaker hint
  std::vector<syntax::Word> titled(words.size());
  for (std::size_t i = 0; i < words.size(); ++i)
    titled[i].form = has_upper(words[i].form) ? words[i].form : title_case_first(words[i].form);
  const auto folded = gazetteer_tags(titled, false, lx);
  std::vector<WordView> out(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto& w = words[i];
    WordView& v = out[i];
    const std::string l = syntax::lower_ascii(w.form);
    const std::string n = syntax::normalise(w.form);
    v.lower = hash_bytes(n);
    v.form = hash_bytes(w.form);
    v.shape = hash_bytes(syntax::shape(w.form));
    v.suf2 = hash_bytes(syntax::suffix(n, 2));
    v.suf3 = hash_bytes(syntax::suffix(n, 3));
    v.suf4 = hash_bytes(syntax::suffix(n, 4));
    v.pre3 = hash_bytes(syntax::prefix(n, 3));
    v.upos = hash_bytes(w.upos);
    v.xpos = hash_bytes(w.xpos);
    v.fine = (w.cluster & 0xffff) | 0x10000;
    v.coarse = w.cluster >> 16;
    v.gaz = gaz[i];
    v.folded_gaz = folded[i] == gaz[i] ? kNothing : folded[i];
    v.common = lx.is_common_word(l) ? 1 : 2;
    const std::string* title = lx.title(l);
    v.title = title ? hash_bytes(*title) : kNothing;
    v.org = static_cast<std::uint64_t>(lx.org_head(l));
    const auto it = seen.find(hash_bytes(l));
    v.case_class = 1 + (it == seen.end() ? 0 : it->second) + (capitals ? 4 : 0) + (i == 0 ? 8 : 0);
    v.cap = capitalised(w.form);
    v.corpus_case = corpus.info(v.lower);
    v.hint = i < hints.size() ? hints[i] : 0;
  }
  return out;
}

// Kinds of name each word was part of earlier in the document (the last one).
using Memory = std::unordered_map<std::uint64_t, std::uint64_t>;

void features(const std::vector<WordView>& w, std::size_t i, std::uint64_t y1, std::uint64_t y2, const Memory& memory,
              std::vector<std::uint64_t>& f) {
  f.clear();
  const auto at = [&](std::ptrdiff_t k) -> const WordView* {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + k;
    return j < 0 || j >= static_cast<std::ptrdiff_t>(w.size()) ? nullptr : &w[static_cast<std::size_t>(j)];
  };
  const auto get = [&](std::ptrdiff_t k, std::uint64_t WordView::*field) {
    const WordView* v = at(k);
    return v ? v->*field : (k < 0 ? kStart : kEnd);
  };
  const WordView& c = w[i];
  const auto remembered = [&](std::ptrdiff_t k) {
    const WordView* v = at(k);
    if (!v) return kNothing;
    const auto it = memory.find(v->lower);
    return it == memory.end() ? kNothing : it->second;
  };
  std::uint64_t t = 0;
  auto add = [&](std::uint64_t a, std::uint64_t b = 0, std::uint64_t d = 0) { f.push_back(feature(++t, a, b, d)); };
  add(0);
  add(c.lower), add(c.form), add(c.shape), add(c.suf2), add(c.suf3), add(c.suf4), add(c.pre3);
  add(c.upos), add(c.xpos), add(c.fine), add(c.coarse);
  add(get(-1, &WordView::lower)), add(get(1, &WordView::lower)), add(get(-2, &WordView::lower)),
      add(get(2, &WordView::lower));
  add(get(-1, &WordView::form)), add(get(1, &WordView::form));
  add(get(-1, &WordView::upos), c.upos), add(c.upos, get(1, &WordView::upos)), add(get(-1, &WordView::xpos)),
      add(get(1, &WordView::xpos));
  add(get(-1, &WordView::shape), c.shape), add(c.shape, get(1, &WordView::shape));
  add(get(-1, &WordView::fine)), add(get(1, &WordView::fine)), add(get(1, &WordView::coarse), c.coarse);
  add(c.gaz), add(get(-1, &WordView::gaz)), add(get(1, &WordView::gaz)), add(c.gaz, c.shape);
  add(c.title), add(get(-1, &WordView::title)), add(get(-2, &WordView::title)), add(c.org), add(get(1, &WordView::org));
  add(y1), add(y1, y2), add(y1, c.lower), add(y1, c.shape), add(y1, c.upos);
  add(c.case_class), add(c.case_class, c.shape), add(c.case_class, c.lower), add(c.case_class, c.upos);
  add(remembered(0)), add(remembered(0), c.case_class), add(remembered(1), y1), add(remembered(0), c.gaz);
  add(get(-1, &WordView::lower), c.lower), add(c.lower, get(1, &WordView::lower));
  add(get(-1, &WordView::lower), c.shape), add(c.shape, get(1, &WordView::lower));
  add(c.folded_gaz), add(get(-1, &WordView::folded_gaz)), add(get(1, &WordView::folded_gaz));
  add(c.common, c.shape), add(c.common, c.case_class), add(get(-1, &WordView::common), get(-1, &WordView::shape));
  add(get(1, &WordView::common), get(1, &WordView::shape));
  add(get(-2, &WordView::fine)), add(get(2, &WordView::fine)), add(get(-1, &WordView::suf3)),
      add(get(1, &WordView::suf3));
  add(get(1, &WordView::title)), add(get(-1, &WordView::upos), get(-2, &WordView::upos));
  add(c.corpus_case), add(c.corpus_case, c.shape), add(c.corpus_case, c.case_class), add(c.corpus_case, y1);
  add(get(-1, &WordView::corpus_case), get(1, &WordView::corpus_case)), add(get(1, &WordView::corpus_case), c.shape);
  add(get(-1, &WordView::corpus_case), c.corpus_case);
  add(c.hint), add(c.hint, c.shape), add(c.hint, c.corpus_case), add(c.hint, y1), add(get(-1, &WordView::hint)),
      add(get(1, &WordView::hint)), add(c.hint, c.lower), add(c.hint, c.case_class), add(c.hint, c.upos);
  add(c.hint, get(1, &WordView::hint), get(-1, &WordView::hint));
}

template <class Scorer>
std::uint32_t best_allowed(const Scorer& model, std::span<const std::uint64_t> f, std::uint32_t prev, bool last_word,
                           float* scores) {
  std::fill(scores, scores + kLabels, 0.0f);
  model.score(f, scores);
  std::uint32_t best = 0;
  float top = -1e30f;
  for (std::uint32_t y = 0; y < kLabels; ++y)
    if (allowed(prev, y, last_word) && scores[y] > top) best = y, top = scores[y];
  return best;
}

// The label sequence's names.
std::vector<NamedSpan> spans_of(const std::vector<std::uint32_t>& labels) {
  std::vector<NamedSpan> out;
  for (std::uint32_t i = 0; i < labels.size(); ++i) {
    const std::uint32_t y = labels[i];
    if (y == 0) continue;
    if (position_of(y) == kBegin || position_of(y) == kUnit)
      out.push_back(NamedSpan{i, i + 1, type_of(y)});
    else if (!out.empty())
      out.back().last = i + 1;
  }
  return out;
}

// The gold labels of a sentence's names.
std::vector<std::uint32_t> labels_of(const NerSentence& s) {
  std::vector<std::uint32_t> y(s.words.size(), 0);
  for (const auto& n : s.names) {
    if (n.last <= n.first || n.last > y.size()) continue;
    if (n.last - n.first == 1) {
      y[n.first] = label_of(n.type, kUnit);
      continue;
    }
    y[n.first] = label_of(n.type, kBegin);
    for (std::uint32_t k = n.first + 1; k + 1 < n.last; ++k) y[k] = label_of(n.type, kInside);
    y[n.last - 1] = label_of(n.type, kLast);
  }
  return y;
}

void remember(const std::vector<WordView>& v, const std::vector<NamedSpan>& names, Memory& memory) {
  for (const auto& n : names)
    for (std::uint32_t k = n.first; k < n.last; ++k) memory[v[k].lower] = 1 + static_cast<std::uint64_t>(n.type);
}

// Labels one document's sentences (views worked out) with `model`; with a trainer and gold
// labels, learns from each word as it goes (the memory of names is the model's own guesses, as
// it will be when it is used).
template <class Scorer>
std::vector<std::vector<NamedSpan>> label_document(const Scorer& model, const std::vector<std::vector<WordView>>& doc,
                                                   syntax::PerceptronTrainer* trainer,
                                                   const std::vector<std::vector<std::uint32_t>>* gold,
                                                   std::size_t* right = nullptr) {
  std::vector<std::vector<NamedSpan>> out;
  Memory memory;
  std::vector<std::uint64_t> f;
  float scores[kLabels];
  for (std::size_t s = 0; s < doc.size(); ++s) {
    const auto& v = doc[s];
    std::vector<std::uint32_t> y(v.size(), 0);
    std::uint32_t prev = 0, prev2 = 0;
    for (std::size_t i = 0; i < v.size(); ++i) {
      features(v, i, prev, prev2, memory, f);
      const std::uint32_t guess = best_allowed(model, f, prev, i + 1 == v.size(), scores);
      if (trainer) {
        const std::uint32_t truth = (*gold)[s][i];
        trainer->tick();
        trainer->update(f, truth, guess);
        if (right) *right += truth == guess;
      }
      y[i] = guess;
      prev2 = prev;
      // learning, the history is the gold one: after a wrong guess the right label may not be
      // allowed any more, and learning towards it there teaches nothing
      prev = trainer ? (*gold)[s][i] : guess;
    }
    out.push_back(spans_of(y));
    remember(v, out.back(), memory);
  }
  return out;
}

std::vector<std::vector<WordView>> document_views(std::span<const std::vector<syntax::Word>* const> doc,
                                                  std::span<const std::vector<std::uint64_t>> hints,
                                                  const Lexicon& lexicon, const CorpusCase& corpus) {
  const CaseSeen seen = case_seen(doc);
  static const std::vector<std::uint64_t> none;
  std::vector<std::vector<WordView>> views;
  views.reserve(doc.size());
  for (std::size_t s = 0; s < doc.size(); ++s)
    views.push_back(views_of(*doc[s], s < hints.size() ? hints[s] : none, seen, lexicon, corpus));
  return views;
}

std::vector<std::vector<std::uint64_t>> hint_lists(const NerDocument& d) {
  std::vector<std::vector<std::uint64_t>> out;
  for (const auto& s : d.sentences) out.push_back(s.hints);
  return out;
}

std::vector<const std::vector<syntax::Word>*> word_lists(const NerDocument& d) {
  std::vector<const std::vector<syntax::Word>*> out;
  for (const auto& s : d.sentences) out.push_back(&s.words);
  return out;
}

void tag_all(std::vector<NerDocument>& docs, const syntax::Tagger& tagger) {
  for (auto& d : docs)
    for (auto& s : d.sentences) {
      for (auto& w : s.words) {
        const std::string form = std::move(w.form);
        w = syntax::Word{};
        w.form = form;
      }
      tagger.tag(s.words);
    }
}

}  // namespace

Result<Recogniser> Recogniser::load(const std::string& path) {
  auto f = syntax::ModelFile::open(path, kKind);
  if (!f) return f.error();
  return from_model(std::move(*f));
}

Result<Recogniser> Recogniser::from_model(syntax::ModelFile file) {
  Recogniser r;
  r.file_ = std::move(file);
  auto w = syntax::WeightTable::view(r.file_.section("weights"));
  if (!w) return make_error(ErrorKind::Input, r.file_.path() + ": " + w.error().message);
  if (w->classes() != kLabels)
    return make_error(ErrorKind::Input, r.file_.path() + ": the weights do not have the recogniser's labels");
  r.weights_ = *w;
  const std::string_view c = r.file_.section("case");
  if (c.size() % sizeof(CaseEntry) != 0) return make_error(ErrorKind::Input, r.file_.path() + ": bad case table");
  r.case_table_ = CorpusCase::view(c);
  const auto entries = r.case_table_.entries();
  for (std::size_t i = 1; i < entries.size(); ++i)
    if (entries[i - 1].word >= entries[i].word)
      return make_error(ErrorKind::Input, r.file_.path() + ": case table not sorted");
  return r;
}

std::vector<std::vector<NamedSpan>> Recogniser::recognise(std::span<const std::vector<syntax::Word>* const> document,
                                                          std::span<const std::vector<std::uint64_t>> hints,
                                                          const Lexicon& lexicon) const {
  return label_document(weights_, document_views(document, hints, lexicon, case_table_), nullptr, nullptr);
}

std::string train_recogniser(const std::vector<NerDocument>& train, const std::vector<NerDocument>& dev,
                             const Lexicon& lexicon, const syntax::Tagger& tagger, const RecogniserTraining& options,
                             std::ostream* log) {
  std::vector<std::vector<std::vector<WordView>>> views;
  std::vector<std::vector<std::vector<std::uint32_t>>> gold;
  for (const auto& d : train) {
    views.push_back(document_views(word_lists(d), hint_lists(d), lexicon, CorpusCase::view(options.case_table)));
    gold.emplace_back();
    for (const auto& s : d.sentences) gold.back().push_back(labels_of(s));
  }
  std::vector<std::unique_ptr<syntax::PerceptronTrainer>> runs;
  auto model_bytes = [&]() {
    syntax::ModelWriter m(kKind);
    std::vector<std::string> names;
    for (std::uint32_t y = 0; y < kLabels; ++y)
      names.push_back(y == 0 ? "O" : std::string(1, "BILU"[position_of(y)]) + "-" + to_string(type_of(y)));
    m.add("labels", syntax::join_lines(names));
    std::vector<const syntax::PerceptronTrainer*> done;
    for (const auto& r : runs) done.push_back(r.get());
    m.add("weights", syntax::PerceptronTrainer::freeze_average(done));
    m.add("case", options.case_table);
    return m.bytes();
  };
  std::vector<std::size_t> order(train.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  for (int run = 0; run < std::max(options.runs, 1); ++run) {
    runs.push_back(std::make_unique<syntax::PerceptronTrainer>(kLabels));
    syntax::PerceptronTrainer& p = *runs.back();
    syntax::SplitMix rng(options.seed + static_cast<std::uint64_t>(run) * 7919);
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
      syntax::shuffle(order, rng);
      std::size_t right = 0, total = 0;
      for (const std::size_t d : order) {
        label_document(p, views[d], &p, &gold[d], &right);
        for (const auto& s : views[d]) total += s.size();
      }
      if (log) {
        *log << "recogniser run " << run + 1 << " epoch " << epoch << ": train "
             << 100.0 * static_cast<double>(right) / static_cast<double>(std::max<std::size_t>(total, 1)) << "% ("
             << p.features() << " features)";
        if (!dev.empty() && (epoch == options.epochs || epoch % 5 == 0)) {
          auto r = Recogniser::from_model(std::move(*syntax::ModelFile::from_bytes(model_bytes(), kKind, "trained")));
          const NameScores sc = evaluate_recogniser(*r, tagger, dev, lexicon, nullptr);
          *log << "; dev P " << sc.precision() << " R " << sc.recall() << " F1 " << sc.f1();
        }
        *log << std::endl;
      }
    }
  }
  return model_bytes();
}

std::string case_table(const std::vector<std::vector<std::string>>& sentences) {
  std::unordered_map<std::uint64_t, std::pair<std::uint32_t, std::uint32_t>> counts;  // capitalised, lower case
  for (const auto& s : sentences) {
    std::size_t upper_words = 0;
    bool lower_seen = false;
    for (const auto& w : s) lower_seen |= has_lower(w), upper_words += has_upper(w);
    if (!lower_seen && upper_words >= 2) continue;  // a headline in capitals says nothing
    for (std::size_t i = 1; i < s.size(); ++i) {
      const std::string& w = s[i];
      if (!has_lower(w) && !has_upper(w)) continue;
      auto& c = counts[hash_bytes(syntax::normalise(w))];
      if (capitalised(w))
        ++c.first;
      else if (!has_upper(w))
        ++c.second;
    }
  }
  std::vector<CaseEntry> entries;
  for (const auto& [word, c] : counts) {
    const std::uint32_t total = c.first + c.second;
    if (total < 2) continue;
    const double r = static_cast<double>(c.first) / total;
    const std::uint32_t band = r < 0.05 ? 0 : r < 0.3 ? 1 : r < 0.7 ? 2 : r < 0.95 ? 3 : 4;
    const std::uint32_t often = total < 5 ? 0 : total < 20 ? 1 : total < 100 ? 2 : 3;
    entries.push_back(CaseEntry{word, 1 + band * 4 + often, 0});
  }
  std::sort(entries.begin(), entries.end(), [](const CaseEntry& a, const CaseEntry& b) { return a.word < b.word; });
  return std::string(reinterpret_cast<const char*>(entries.data()), entries.size() * sizeof(CaseEntry));
}

double NameScores::precision() const {
  std::size_t r = 0, p = 0;
  for (std::size_t t = 0; t < kNameTypes; ++t) r += right[t], p += predicted[t];
  return p ? static_cast<double>(r) / static_cast<double>(p) : 0.0;
}

double NameScores::recall() const {
  std::size_t r = 0, g = 0;
  for (std::size_t t = 0; t < kNameTypes; ++t) r += right[t], g += gold[t];
  return g ? static_cast<double>(r) / static_cast<double>(g) : 0.0;
}

double NameScores::f1() const {
  const double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

double NameScores::precision(NameType type) const {
  const auto t = static_cast<std::size_t>(type);
  return predicted[t] ? static_cast<double>(right[t]) / static_cast<double>(predicted[t]) : 0.0;
}

double NameScores::recall(NameType type) const {
  const auto t = static_cast<std::size_t>(type);
  return gold[t] ? static_cast<double>(right[t]) / static_cast<double>(gold[t]) : 0.0;
}

double NameScores::f1(NameType type) const {
  const double p = precision(type), r = recall(type);
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

namespace {

// One sentence with the gold names in [...] and the recognised ones in {...}, typed.
void write_differences(std::ostream& out, const std::string& doc, const std::vector<syntax::Word>& words,
                       const std::vector<NamedSpan>& gold, const std::vector<NamedSpan>& found) {
  out << doc << ":";
  for (std::uint32_t k = 0; k < words.size(); ++k) {
    out << ' ';
    for (const auto& n : gold)
      if (n.first == k) out << '[' << to_string(n.type) << ' ';
    for (const auto& n : found)
      if (n.first == k) out << '{' << to_string(n.type) << ' ';
    out << words[k].form;
    for (const auto& n : found)
      if (n.last == k + 1) out << '}';
    for (const auto& n : gold)
      if (n.last == k + 1) out << ']';
  }
  out << '\n';
}

}  // namespace

NameScores evaluate_recogniser(const Recogniser& recogniser, const syntax::Tagger& tagger,
                               std::vector<NerDocument> documents, const Lexicon& lexicon, std::ostream* errors) {
  tag_all(documents, tagger);
  NameScores sc;
  for (const auto& d : documents) {
    const auto found = recogniser.recognise(word_lists(d), hint_lists(d), lexicon);
    for (std::size_t s = 0; s < d.sentences.size(); ++s) {
      const auto& gold = d.sentences[s].names;
      for (const auto& n : gold) ++sc.gold[static_cast<std::size_t>(n.type)];
      if (errors && gold != found[s]) write_differences(*errors, d.id, d.sentences[s].words, gold, found[s]);
      for (const auto& n : found[s]) {
        ++sc.predicted[static_cast<std::size_t>(n.type)];
        sc.right[static_cast<std::size_t>(n.type)] += std::find(gold.begin(), gold.end(), n) != gold.end();
      }
    }
  }
  return sc;
}

void add_capitalised_copies(std::vector<NerDocument>& train, const syntax::Tagger& tagger, int every) {
  if (every <= 0) return;
  std::vector<NerDocument> capitals;
  std::size_t n = 0;
  for (const auto& d : train)
    for (const auto& s : d.sentences)
      if (n++ % static_cast<std::size_t>(every) == 0) {
        NerSentence c;
        c.names = s.names;
        for (const auto& w : s.words) c.words.emplace_back().form = syntax::upper_ascii(w.form);
        tagger.tag(c.words);
        capitals.push_back(NerDocument{d.id + "-capitals", {std::move(c)}});
      }
  for (auto& c : capitals) train.push_back(std::move(c));
}

/// Tags the training documents' words as the recogniser will see them (the tagger's analysis).
void prepare_training_documents(std::vector<NerDocument>& documents, const syntax::Tagger& tagger) {
  tag_all(documents, tagger);
}

}  // namespace newskg::ner
