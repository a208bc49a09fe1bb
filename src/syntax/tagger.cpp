#include "syntax/tagger.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <ostream>

#include "syntax/shuffle.hpp"
#include "syntax/word_shape.hpp"

namespace newskg::syntax {
namespace {

constexpr std::string_view kKind = "TAGR";

// What the features need of each word, computed once per sentence.
struct WordView {
  std::uint64_t norm, lower_suf[4], pre[3], shape, usual, coarse, fine;
  std::uint32_t cluster;
  bool cap, hyphen, digit;
};

// The usual tag of frequent words (learnt from the training data; its ambiguity known to the
// features): sorted (word hash, tag + 1, ambiguous) triples, viewed in a model section.
struct TagDictionary {
  using Entry = Tagger::DictionaryEntry;
  std::span<const Entry> entries;
  std::uint64_t usual(std::uint64_t word) const {
    auto it = std::lower_bound(entries.begin(), entries.end(), word,
                               [](const Entry& e, std::uint64_t w) { return e.word < w; });
    return it != entries.end() && it->word == word ? it->tag : 0;
  }
};

WordView view_of(std::string_view form, const TagDictionary& dict, const WordClusters& clusters) {
  WordView v{};
  const std::string n = normalise(form);
  v.norm = hash_bytes(n);
  for (std::size_t k = 0; k < 4; ++k) v.lower_suf[k] = hash_bytes(suffix(n, k + 1));
  for (std::size_t k = 0; k < 3; ++k) v.pre[k] = hash_bytes(prefix(n, k + 1));
  v.shape = hash_bytes(shape(form));
  v.cap = !form.empty() && form[0] >= 'A' && form[0] <= 'Z';
  v.hyphen = form.find('-') != std::string_view::npos;
  v.digit = std::any_of(form.begin(), form.end(), [](char c) { return c >= '0' && c <= '9'; });
  v.usual = dict.usual(v.norm);
  v.cluster = clusters.of(v.norm);
  v.coarse = v.cluster >> 16;
  v.fine = (v.cluster & 0xffff) | 0x10000;
  return v;
}

constexpr std::uint64_t kStart = 0x51a47, kEnd = 0xe4d;

// Features of word i given the tags already chosen before it.
void features(const std::vector<WordView>& w, std::size_t i, std::uint64_t t1, std::uint64_t t2,
              std::vector<std::uint64_t>& f) {
  f.clear();
  const auto at = [&](std::ptrdiff_t k) -> const WordView* {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + k;
    return j < 0 || j >= static_cast<std::ptrdiff_t>(w.size()) ? nullptr : &w[static_cast<std::size_t>(j)];
  };
  const WordView& c = w[i];
  const auto norm = [&](std::ptrdiff_t k) {
    const WordView* v = at(k);
    return v ? v->norm : (k < 0 ? kStart : kEnd);
  };
  const auto suf3 = [&](std::ptrdiff_t k) {
    const WordView* v = at(k);
    return v ? v->lower_suf[2] : (k < 0 ? kStart : kEnd);
  };
  const auto shp = [&](std::ptrdiff_t k) {
    const WordView* v = at(k);
    return v ? v->shape : (k < 0 ? kStart : kEnd);
  };
  f.push_back(feature(1, 0));
  f.push_back(feature(2, c.norm));
  for (std::uint64_t k = 0; k < 4; ++k) f.push_back(feature(3 + k, c.lower_suf[k]));
  for (std::uint64_t k = 0; k < 3; ++k) f.push_back(feature(7 + k, c.pre[k]));
  f.push_back(feature(10, c.shape));
  f.push_back(feature(11, t1));
  f.push_back(feature(12, t2));
  f.push_back(feature(13, t1, t2));
  f.push_back(feature(14, t1, c.norm));
  f.push_back(feature(15, norm(-1)));
  f.push_back(feature(16, suf3(-1)));
  f.push_back(feature(17, norm(-2)));
  f.push_back(feature(18, norm(1)));
  f.push_back(feature(19, suf3(1)));
  f.push_back(feature(20, norm(2)));
  f.push_back(feature(21, shp(1)));
  f.push_back(feature(22, shp(-1)));
  f.push_back(feature(23, norm(-1), c.norm));
  f.push_back(feature(24, c.norm, norm(1)));
  f.push_back(feature(25, i == 0, c.cap));
  f.push_back(feature(26, t1, c.lower_suf[2]));
  f.push_back(feature(27, c.hyphen, c.digit, c.cap));
  f.push_back(feature(28, norm(1), norm(2)));
  f.push_back(feature(29, norm(-1), norm(1)));
  f.push_back(feature(30, t1, norm(1)));
  // what the dictionary says of this word and the next two (the tagger has not reached them)
  const auto usual = [&](std::ptrdiff_t k) {
    const WordView* v = at(k);
    return v ? v->usual : (k < 0 ? kStart : kEnd);
  };
  f.push_back(feature(31, c.usual));
  f.push_back(feature(32, usual(1)));
  f.push_back(feature(33, usual(2)));
  f.push_back(feature(34, c.usual, usual(1)));
  f.push_back(feature(35, t1, c.usual));
  f.push_back(feature(36, c.usual, c.lower_suf[2]));
  // learnt word classes of this word and its neighbours
  const auto fine = [&](std::ptrdiff_t k) {
    const WordView* v = at(k);
    return v ? v->fine : (k < 0 ? kStart : kEnd);
  };
  const auto coarse = [&](std::ptrdiff_t k) {
    const WordView* v = at(k);
    return v ? v->coarse : (k < 0 ? kStart : kEnd);
  };
  f.push_back(feature(37, c.fine));
  f.push_back(feature(38, c.coarse));
  f.push_back(feature(39, fine(1)));
  f.push_back(feature(40, coarse(1)));
  f.push_back(feature(41, fine(-1)));
  f.push_back(feature(42, coarse(2)));
  f.push_back(feature(43, t1, c.coarse));
  f.push_back(feature(44, c.fine, c.lower_suf[2]));
}

template <class Scorer>
std::uint32_t best(const Scorer& s, std::span<const std::uint64_t> f, std::vector<float>& scores) {
  std::fill(scores.begin(), scores.end(), 0.0f);
  s.score(f, scores.data());
  return static_cast<std::uint32_t>(std::max_element(scores.begin(), scores.end()) - scores.begin());
}

}  // namespace

Result<Tagger> Tagger::load(const std::string& path) {
  auto f = ModelFile::open(path, kKind);
  if (!f) return f.error();
  return from_model(std::move(*f));
}

Result<Tagger> Tagger::from_model(ModelFile file) {
  Tagger t;
  t.file_ = std::move(file);
  auto w = WeightTable::view(t.file_.section("weights"));
  if (!w) return make_error(ErrorKind::Input, t.file_.path() + ": " + w.error().message);
  t.weights_ = *w;
  for (const auto& line : section_lines(t.file_.section("tags"))) {
    const auto tab = line.find('\t');
    if (tab == std::string::npos) return make_error(ErrorKind::Input, t.file_.path() + ": bad tag list");
    t.upos_.push_back(line.substr(0, tab));
    t.xpos_.push_back(line.substr(tab + 1));
    t.tag_hash_.push_back(hash_bytes(line));
  }
  if (t.upos_.size() != t.weights_.classes())
    return make_error(ErrorKind::Input, t.file_.path() + ": tag list does not match the weights");
  t.lemmas_ = Lemmatizer(t.file_.section("lemma-exceptions"), t.file_.section("lemmas"));
  t.clusters_ = WordClusters(t.file_.section("clusters"));
  if (!t.clusters_.valid()) return make_error(ErrorKind::Input, t.file_.path() + ": bad word classes");
  const std::string_view d = t.file_.section("dictionary");
  if (d.size() % sizeof(TagDictionary::Entry) != 0)
    return make_error(ErrorKind::Input, t.file_.path() + ": bad tag dictionary");
  t.dictionary_ = std::span<const TagDictionary::Entry>(reinterpret_cast<const TagDictionary::Entry*>(d.data()),
                                                        d.size() / sizeof(TagDictionary::Entry));
  for (std::size_t i = 1; i < t.dictionary_.size(); ++i)
    if (t.dictionary_[i - 1].word >= t.dictionary_[i].word)
      return make_error(ErrorKind::Input, t.file_.path() + ": tag dictionary not sorted");
  return t;
}

void Tagger::tag(std::span<Word> words) const {
  std::vector<WordView> v;
  v.reserve(words.size());
  const TagDictionary dict{dictionary_};
  for (const auto& w : words) v.push_back(view_of(w.form, dict, clusters_));
  std::vector<std::uint64_t> f;
  std::vector<float> scores(upos_.size());
  std::uint64_t t1 = kStart, t2 = kStart;
  for (std::size_t i = 0; i < words.size(); ++i) {
    features(v, i, t1, t2, f);
    const std::uint32_t t = best(weights_, f, scores);
    words[i].upos = upos_[t];
    words[i].xpos = xpos_[t];
    words[i].lemma = lemmas_.lemma(words[i].form, words[i].upos, words[i].xpos);
    words[i].cluster = v[i].cluster;
    t2 = t1;
    t1 = tag_hash_[t];
  }
}

std::string train_tagger(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
                         const TaggerTraining& options, std::ostream* log) {
  // the tag set, in a fixed order
  std::map<std::string, std::uint32_t> index;
  for (const auto& s : train)
    for (const auto& w : s.words) index.emplace(w.upos + "\t" + w.xpos, 0);
  std::vector<std::string> tags;
  for (auto& [name, i] : index) i = static_cast<std::uint32_t>(tags.size()), tags.push_back(name);
  std::vector<std::uint64_t> tag_hash;
  for (const auto& t : tags) tag_hash.push_back(hash_bytes(t));

  // the dictionary: words seen at least 5 times, with their most frequent tag
  std::map<std::uint64_t, std::map<std::uint32_t, int>> seen;
  for (const auto& s : train)
    for (const auto& w : s.words) ++seen[hash_bytes(normalise(w.form))][index.at(w.upos + "\t" + w.xpos)];
  std::vector<Tagger::DictionaryEntry> dict_entries;
  for (const auto& [word, by_tag] : seen) {
    int total = 0, top = 0;
    std::uint32_t tag = 0;
    for (const auto& [t, n] : by_tag) {
      total += n;
      if (n > top) top = n, tag = t;
    }
    if (total < 5) continue;
    const bool ambiguous = top * 20 < total * 19;
    dict_entries.push_back({word, (tag + 1) | (ambiguous ? 0x80000000u : 0u), 0});
  }
  const TagDictionary dict{dict_entries};
  const std::string& cluster_bytes = options.clusters;
  const WordClusters clusters(cluster_bytes);  // a std::string's buffer is aligned for the entries
  std::vector<std::vector<WordView>> views(train.size());
  std::vector<std::vector<std::uint32_t>> gold(train.size());
  for (std::size_t s = 0; s < train.size(); ++s)
    for (const auto& w : train[s].words) {
      views[s].push_back(view_of(w.form, dict, clusters));
      gold[s].push_back(index.at(w.upos + "\t" + w.xpos));
    }
  std::vector<std::unique_ptr<PerceptronTrainer>> runs;
  std::vector<std::size_t> order(train.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<std::uint64_t> f;
  std::vector<float> scores(tags.size());
  std::string exceptions, known;
  Lemmatizer::build_tables(train, options.wordnet, exceptions, known);
  auto model_bytes = [&]() {
    ModelWriter m(kKind);
    m.add("tags", join_lines(tags));
    std::vector<const PerceptronTrainer*> done;
    for (const auto& r : runs) done.push_back(r.get());
    m.add("weights", PerceptronTrainer::freeze_average(done));
    m.add("lemma-exceptions", exceptions);
    m.add("lemmas", known);
    m.add("clusters", cluster_bytes);
    m.add("dictionary", std::string(reinterpret_cast<const char*>(dict_entries.data()),
                                    dict_entries.size() * sizeof(TagDictionary::Entry)));
    return m.bytes();
  };
  for (int run = 0; run < std::max(options.runs, 1); ++run) {
    runs.push_back(std::make_unique<PerceptronTrainer>(static_cast<std::uint32_t>(tags.size())));
    PerceptronTrainer& p = *runs.back();
    SplitMix rng(options.seed + static_cast<std::uint64_t>(run) * 7919);
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
      shuffle(order, rng);
      std::size_t right = 0, total = 0;
      for (const std::size_t s : order) {
        std::uint64_t t1 = kStart, t2 = kStart;
        for (std::size_t i = 0; i < views[s].size(); ++i) {
          features(views[s], i, t1, t2, f);
          const std::uint32_t guess = best(p, f, scores);
          p.tick();
          p.update(f, gold[s][i], guess);
          right += guess == gold[s][i];
          ++total;
          t2 = t1;
          t1 = tag_hash[guess];  // the tag history the tagger will see: its own
        }
      }
      if (log) {
        *log << "tagger run " << run + 1 << " epoch " << epoch << ": train "
             << 100.0 * static_cast<double>(right) / static_cast<double>(total) << "% (" << p.features()
             << " features)";
        if (!dev.empty() && (epoch == options.epochs || epoch % 4 == 0)) {
          auto t = Tagger::from_model(std::move(*ModelFile::from_bytes(model_bytes(), kKind, "trained")));
          std::size_t up = 0, xp = 0, lem = 0, n = 0;
          for (const auto& s : dev) {
            std::vector<Word> w = s.words;
            t->tag(w);
            for (std::size_t i = 0; i < w.size(); ++i, ++n) {
              up += w[i].upos == s.words[i].upos;
              xp += w[i].xpos == s.words[i].xpos;
              lem += w[i].lemma == s.words[i].lemma;
            }
          }
          const double d = static_cast<double>(std::max<std::size_t>(n, 1)) / 100.0;
          *log << "; dev UPOS " << static_cast<double>(up) / d << "% XPOS " << static_cast<double>(xp) / d << "% lemma "
               << static_cast<double>(lem) / d << "%";
        }
        *log << std::endl;
      }
    }
  }
  return model_bytes();
}

}  // namespace newskg::syntax
