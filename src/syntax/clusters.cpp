#include "syntax/clusters.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <ostream>
#include <unordered_map>

#include "syntax/perceptron.hpp"

namespace newskg::syntax {
namespace {

double xlogx(double x) {
  return x > 0 ? x * std::log(x) : 0.0;
}

}  // namespace

std::vector<std::uint16_t> exchange_clusters(const std::vector<std::uint32_t>& text, std::uint32_t vocabulary,
                                             std::uint32_t classes, int iterations, std::ostream* log) {
  // successor counts of each word (sparse), sorted by successor
  std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> next(vocabulary);
  {
    std::unordered_map<std::uint64_t, std::uint32_t> bigrams;
    for (std::size_t i = 0; i + 1 < text.size(); ++i)
      if (text[i] < vocabulary && text[i + 1] < vocabulary)
        ++bigrams[(static_cast<std::uint64_t>(text[i]) << 32) | text[i + 1]];
    for (const auto& [k, n] : bigrams)
      next[static_cast<std::uint32_t>(k >> 32)].emplace_back(static_cast<std::uint32_t>(k), n);
    for (auto& v : next) std::sort(v.begin(), v.end());
  }
  std::vector<std::uint16_t> cls(vocabulary);
  for (std::uint32_t v = 0; v < vocabulary; ++v) cls[v] = static_cast<std::uint16_t>(v % classes);
  // N(c, w): how often word w follows a word of class c; N(c): words of class c followed by any
  std::vector<double> ncw(static_cast<std::size_t>(classes) * vocabulary, 0.0), nc(classes, 0.0);
  std::vector<double> nv(vocabulary, 0.0);
  for (std::uint32_t v = 0; v < vocabulary; ++v)
    for (const auto& [w, n] : next[v]) {
      ncw[static_cast<std::size_t>(cls[v]) * vocabulary + w] += n;
      nc[cls[v]] += n;
      nv[v] += n;
    }
  std::vector<double> gain(classes);
  for (int it = 0; it < iterations; ++it) {
    std::size_t moved = 0;
    for (std::uint32_t v = 0; v < vocabulary; ++v) {
      if (next[v].empty()) continue;
      const std::uint32_t a = cls[v];
      // take v out of its class, then put it where the objective gains most
      for (const auto& [w, n] : next[v]) ncw[static_cast<std::size_t>(a) * vocabulary + w] -= n;
      nc[a] -= nv[v];
      for (std::uint32_t b = 0; b < classes; ++b) {
        double g = 0;
        const double* row = ncw.data() + static_cast<std::size_t>(b) * vocabulary;
        for (const auto& [w, n] : next[v]) g += xlogx(row[w] + n) - xlogx(row[w]);
        gain[b] = g - (xlogx(nc[b] + nv[v]) - xlogx(nc[b]));
      }
      const auto best = static_cast<std::uint32_t>(std::max_element(gain.begin(), gain.end()) - gain.begin());
      const std::uint32_t to = gain[best] > gain[a] + 1e-9 ? best : a;
      for (const auto& [w, n] : next[v]) ncw[static_cast<std::size_t>(to) * vocabulary + w] += n;
      nc[to] += nv[v];
      moved += to != a;
      cls[v] = static_cast<std::uint16_t>(to);
    }
    if (log) *log << "clusters (" << classes << "): pass " << it + 1 << ", " << moved << " words moved" << std::endl;
    if (moved == 0) break;
  }
  return cls;
}

WordClusters::WordClusters(std::string_view section) {
  valid_ = section.size() % sizeof(Entry) == 0;
  if (!valid_) return;
  entries_ = reinterpret_cast<const Entry*>(section.data());
  n_ = section.size() / sizeof(Entry);
  for (std::size_t i = 1; i < n_ && valid_; ++i) valid_ = entries_[i - 1].word < entries_[i].word;
  if (!valid_) entries_ = nullptr, n_ = 0;
}

std::uint32_t WordClusters::of(std::uint64_t word_hash) const {
  const Entry* end = entries_ + n_;
  const Entry* it =
      std::lower_bound(entries_, end, word_hash, [](const Entry& e, std::uint64_t w) { return e.word < w; });
  return it != end && it->word == word_hash ? (std::uint32_t{it->coarse} << 16) | it->fine : 0;
}

std::string WordClusters::learn(const std::vector<std::vector<std::string>>& sentences, std::uint32_t min_count,
                                std::ostream* log) {
  std::map<std::string, std::uint32_t> counts;
  for (const auto& s : sentences)
    for (const auto& w : s) ++counts[w];
  // ids by frequency (then by the word: deterministic)
  std::vector<std::pair<std::uint32_t, std::string>> by_count;
  for (const auto& [w, n] : counts)
    if (n >= min_count) by_count.emplace_back(n, w);
  std::sort(by_count.begin(), by_count.end(),
            [](const auto& x, const auto& y) { return x.first != y.first ? x.first > y.first : x.second < y.second; });
  std::unordered_map<std::string, std::uint32_t> id;
  for (std::size_t i = 0; i < by_count.size(); ++i) id.emplace(by_count[i].second, static_cast<std::uint32_t>(i));
  const auto vocabulary = static_cast<std::uint32_t>(by_count.size());
  std::vector<std::uint32_t> text;
  for (const auto& s : sentences) {
    for (const auto& w : s) {
      const auto it = id.find(w);
      text.push_back(it == id.end() ? vocabulary : it->second);
    }
    text.push_back(vocabulary);
  }
  if (log)
    *log << "clusters: " << vocabulary << " words seen " << min_count << "+ times in " << text.size() << " tokens\n";
  const auto coarse = exchange_clusters(text, vocabulary, 64, 12, log);
  const auto fine = exchange_clusters(text, vocabulary, 512, 12, log);
  std::vector<Entry> entries;
  for (std::uint32_t v = 0; v < vocabulary; ++v)
    entries.push_back(Entry{hash_bytes(by_count[v].second), static_cast<std::uint16_t>(coarse[v] + 1),
                            static_cast<std::uint16_t>(fine[v] + 1), 0});
  std::sort(entries.begin(), entries.end(), [](const Entry& x, const Entry& y) { return x.word < y.word; });
  entries.erase(
      std::unique(entries.begin(), entries.end(), [](const Entry& x, const Entry& y) { return x.word == y.word; }),
      entries.end());
  return std::string(reinterpret_cast<const char*>(entries.data()), entries.size() * sizeof(Entry));
}

}  // namespace newskg::syntax
