#include "syntax/perceptron.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <map>

namespace newskg::syntax {
namespace {

struct TableHeader {
  std::uint32_t classes;
  float scale;  // a weight is its 16-bit integer times this
  std::uint64_t slots;
  std::uint64_t entries;  // 16-bit values in the record stream
  std::uint64_t features;
};

constexpr std::size_t align8(std::size_t n) {
  return (n + 7) & ~std::size_t{7};
}

}  // namespace

Result<WeightTable> WeightTable::view(std::string_view bytes) {
  auto bad = [](const char* what) { return make_error(ErrorKind::Input, std::string("weight table: ") + what); };
  if (reinterpret_cast<std::uintptr_t>(bytes.data()) % 8 != 0) return bad("not aligned");
  if (bytes.size() < sizeof(TableHeader)) return bad("truncated header");
  TableHeader h;
  std::memcpy(&h, bytes.data(), sizeof h);
  if (h.classes == 0 || h.classes > kMaxClasses) return bad("bad class count");
  if (!(h.scale > 0.0f) || !std::isfinite(h.scale)) return bad("bad scale");
  if (h.slots == 0 || (h.slots & (h.slots - 1)) != 0 || h.slots > (1ULL << 32)) return bad("bad slot count");
  if (h.entries >= (1ULL << 32) || h.features >= h.slots) return bad("bad entry count");
  const std::size_t slots_at = sizeof(TableHeader);
  const std::size_t stream_at = slots_at + h.slots * sizeof(Slot);
  if (stream_at + align8(h.entries * 2) != bytes.size()) return bad("size does not match its counts");
  WeightTable t;
  t.slots_ = reinterpret_cast<const Slot*>(bytes.data() + slots_at);
  t.stream_ = reinterpret_cast<const std::uint16_t*>(bytes.data() + stream_at);
  t.mask_ = h.slots - 1;
  t.features_ = h.features;
  t.entries_ = h.entries;
  t.classes_ = h.classes;
  t.scale_ = h.scale;
  // the cache lines a dense record can touch (2 bytes a class and the count, unaligned start)
  t.prefetch_lines_ = std::min<std::uint32_t>(8, static_cast<std::uint32_t>((2 * (h.classes + 1) + 62) / 64 + 1));
  // Records are not walked here (that would read the whole table at every start): score()
  // bounds every record it reads by the stream's end and every class by the class count,
  // so a damaged table gives wrong scores, never a read or write out of bounds.
  return t;
}

namespace {

// Half the lookups of a parse land on dense records (a weight for each of ~100 classes: the
// most frequent features), so adding 16-bit weights to 32-bit sums is much of score()'s time. A
// copy for AVX2 adds 8 or 16 at a time where the baseline x86-64 (SSE2) adds 4; the loader picks
// the copy the machine can run. (A free function with one declaration: Clang multiversions
// nothing else.)
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define NEWSKG_SIMD_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define NEWSKG_SIMD_CLONES
#endif

// What score() reads of a table: its slots as (check, offset) pairs of 32-bit values.
struct TableParts {
  const std::uint32_t* slots;
  const std::uint16_t* stream;
  std::uint64_t mask;
  std::uint64_t entries;
  std::uint32_t classes;
  std::uint32_t prefetch_lines;
  float scale;
};

NEWSKG_SIMD_CLONES void score_parts(const TableParts& t, std::span<const std::uint64_t> keys, float* scores) noexcept {
  // The slots and their records are spread over megabytes: each lookup is a cache miss or
  // several (a dense record of the parser's ~100 classes spans four lines). Ask for every slot
  // first, then for every line of the records of those found, then add: the misses overlap
  // instead of following one another.
  constexpr std::size_t kBatch = 128;
  std::uint32_t found[kBatch];
  // one sum per class, and one more that a damaged record's classes out of range go to
  std::int32_t sum[WeightTable::kMaxClasses + 1];
  std::fill(sum, sum + t.classes + 1, 0);
  for (std::size_t from = 0; from < keys.size(); from += kBatch) {
    const std::size_t n = std::min(kBatch, keys.size() - from);
    const std::uint64_t* k = keys.data() + from;
    for (std::size_t j = 0; j < n; ++j) __builtin_prefetch(t.slots + 2 * (k[j] & t.mask));
    std::size_t hits = 0;
    for (std::size_t j = 0; j < n; ++j) {
      const auto check = static_cast<std::uint32_t>(k[j] >> 32);
      for (std::uint64_t i = k[j] & t.mask;; i = (i + 1) & t.mask) {
        const std::uint32_t offset = t.slots[2 * i + 1];
        if (offset == WeightTable::kEmpty) break;
        if (t.slots[2 * i] == check) {
          if (offset >= t.entries) break;
          // a record spans up to a dense one's bytes: ask for all its cache lines
          const char* at = reinterpret_cast<const char*>(t.stream + offset);
          for (std::uint32_t line = 0; line < t.prefetch_lines; ++line) __builtin_prefetch(at + 64 * line);
          found[hits++] = offset;
          break;
        }
      }
    }
    for (std::size_t j = 0; j < hits; ++j) {
      const std::uint16_t* r = t.stream + found[j];
      const std::uint16_t count = r[0];
      const std::uint64_t size = 1 + (count == WeightTable::kDense ? t.classes : 2 * std::uint64_t{count});
      if (found[j] + size > t.entries) continue;
      if (count == WeightTable::kDense) {  // a weight for every class: added in SIMD
        const auto* w = reinterpret_cast<const std::int16_t*>(r + 1);
        for (std::uint32_t c = 0; c < t.classes; ++c) sum[c] += w[c];
        continue;
      }
      const std::uint16_t* c = r + 1;
      const auto* w = reinterpret_cast<const std::int16_t*>(r + 1 + count);
      for (std::uint32_t e = 0; e < count; ++e) sum[std::min<std::uint32_t>(c[e], t.classes)] += w[e];
    }
  }
  for (std::uint32_t c = 0; c < t.classes; ++c) scores[c] += static_cast<float>(sum[c]) * t.scale;
}

}  // namespace

void WeightTable::score(std::span<const std::uint64_t> keys, float* scores) const noexcept {
  if (!slots_) return;
  static_assert(sizeof(Slot) == 8 && offsetof(Slot, check) == 0 && offsetof(Slot, offset) == 4);
  const TableParts parts{
      reinterpret_cast<const std::uint32_t*>(slots_), stream_, mask_, entries_, classes_, prefetch_lines_, scale_};
  score_parts(parts, keys, scores);
}

PerceptronTrainer::PerceptronTrainer(std::uint32_t classes) : classes_(classes) {
  keys_.assign(1 << 16, 0);
  index_.assign(1 << 16, kNone);
}

std::uint32_t PerceptronTrainer::find(std::uint64_t key) const noexcept {
  const std::uint64_t mask = keys_.size() - 1;
  for (std::uint64_t i = key & mask;; i = (i + 1) & mask) {
    if (keys_[i] == key) return index_[i];
    if (keys_[i] == 0) return kNone;
  }
}

void PerceptronTrainer::grow() {
  std::vector<std::uint64_t> keys(keys_.size() * 2, 0);
  std::vector<std::uint32_t> index(keys.size(), kNone);
  const std::uint64_t mask = keys.size() - 1;
  for (std::size_t j = 0; j < keys_.size(); ++j) {
    if (keys_[j] == 0) continue;
    std::uint64_t i = keys_[j] & mask;
    while (keys[i] != 0) i = (i + 1) & mask;
    keys[i] = keys_[j];
    index[i] = index_[j];
  }
  keys_.swap(keys);
  index_.swap(index);
}

std::uint32_t PerceptronTrainer::find_or_add(std::uint64_t key) {
  if ((rows_.size() + 1) * 10 > keys_.size() * 7) grow();
  const std::uint64_t mask = keys_.size() - 1;
  std::uint64_t i = key & mask;
  for (; keys_[i] != 0; i = (i + 1) & mask)
    if (keys_[i] == key) return index_[i];
  keys_[i] = key;
  index_[i] = static_cast<std::uint32_t>(rows_.size());
  rows_.emplace_back();
  updates_.push_back(0);
  return index_[i];
}

void PerceptronTrainer::score(std::span<const std::uint64_t> keys, float* scores) const {
  for (const std::uint64_t key : keys) {
    const std::uint32_t r = find(key);
    if (r == kNone) continue;
    for (const Entry& e : rows_[r]) scores[e.cls] += e.weight;
  }
}

void PerceptronTrainer::update(std::span<const std::uint64_t> keys, std::uint32_t truth, std::uint32_t guess) {
  if (truth == guess) return;
  auto bump = [this](std::vector<Entry>& row, std::uint32_t cls, float by) {
    for (Entry& e : row) {
      if (e.cls == cls) {
        e.total += static_cast<double>(clock_ - e.stamp) * e.weight;
        e.stamp = clock_;
        e.weight += by;
        return;
      }
    }
    row.push_back(Entry{static_cast<std::uint16_t>(cls), by, 0.0, clock_});
  };
  for (const std::uint64_t key : keys) {
    const std::uint32_t r = find_or_add(key);
    ++updates_[r];
    auto& row = rows_[r];
    bump(row, truth, 1.0f);
    bump(row, guess, -1.0f);
  }
}

std::string PerceptronTrainer::freeze(std::uint32_t min_updates, float min_weight) const {
  const PerceptronTrainer* self = this;
  return freeze_average({&self, 1}, min_updates, min_weight);
}

std::string PerceptronTrainer::freeze_average(std::span<const PerceptronTrainer* const> runs, std::uint32_t min_updates,
                                              float min_weight) {
  // averaged weights, averaged again over the runs, feature by feature in key order (the same
  // bytes whatever the insertion order)
  const std::uint32_t classes = runs.front()->classes_;
  std::map<std::uint64_t, std::vector<std::pair<std::uint16_t, double>>> merged;
  for (const PerceptronTrainer* run : runs) {
    const double now = static_cast<double>(std::max<std::uint64_t>(run->clock_, 1));
    for (std::size_t i = 0; i < run->keys_.size(); ++i) {
      if (run->keys_[i] == 0) continue;
      const std::uint32_t r = run->index_[i];
      if (run->updates_[r] < min_updates) continue;
      auto& row = merged[run->keys_[i]];
      for (const Entry& e : run->rows_[r]) {
        const double total = e.total + static_cast<double>(run->clock_ - e.stamp) * e.weight;
        row.emplace_back(e.cls, total / now / static_cast<double>(runs.size()));
      }
    }
  }
  // rows summed by class, small weights dropped; the largest weight sets the 16-bit scale
  std::vector<std::pair<std::uint64_t, std::vector<std::pair<std::uint16_t, float>>>> rows;
  double top = 0;
  for (auto& [key, row] : merged) {
    std::sort(row.begin(), row.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::pair<std::uint16_t, float>> out;
    for (std::size_t j = 0; j < row.size();) {
      double w = 0;
      const std::uint16_t c = row[j].first;
      for (; j < row.size() && row[j].first == c; ++j) w += row[j].second;
      if (std::fabs(w) >= min_weight) out.emplace_back(c, static_cast<float>(w)), top = std::max(top, std::fabs(w));
    }
    if (!out.empty()) rows.emplace_back(key, std::move(out));
  }
  const double scale = top > 0 ? top / 32767.0 : 1.0;
  std::vector<std::uint16_t> stream;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> kept;  // key, record
  for (auto& [key, row] : rows) {
    std::vector<std::pair<std::uint16_t, std::int16_t>> q;
    for (const auto& [c, w] : row) {
      const auto v = static_cast<std::int16_t>(std::lround(w / scale));
      if (v != 0) q.emplace_back(c, v);
    }
    if (q.empty()) continue;
    kept.emplace_back(key, static_cast<std::uint32_t>(stream.size()));
    if (q.size() * 3 >= classes) {  // dense: faster to add, and not much bigger
      stream.push_back(WeightTable::kDense);
      const std::size_t at = stream.size();
      stream.resize(at + classes, 0);
      for (const auto& [c, v] : q) stream[at + c] = static_cast<std::uint16_t>(v);
      continue;
    }
    stream.push_back(static_cast<std::uint16_t>(q.size()));
    for (const auto& [c, v] : q) stream.push_back(c);
    for (const auto& [c, v] : q) stream.push_back(static_cast<std::uint16_t>(v));
  }
  // Slots hold 32 bits of the key (the other bits chose the slot). Two features whose keys share
  // those bits and meet in one run of probing could not be told apart: the later one is left out
  // (its record stays in the stream, unused).
  std::uint64_t slots = 16;
  while (slots * 7 < kept.size() * 10) slots *= 2;
  std::vector<WeightTable::Slot> table(slots, WeightTable::Slot{0, WeightTable::kEmpty});
  std::uint64_t features = 0;
  std::vector<bool> used(stream.size(), false);
  for (const auto& [key, offset] : kept) {
    const auto check = static_cast<std::uint32_t>(key >> 32);
    std::uint64_t i = key & (slots - 1);
    bool clash = false;
    for (; table[i].offset != WeightTable::kEmpty; i = (i + 1) & (slots - 1)) clash |= table[i].check == check;
    if (clash) continue;
    table[i] = WeightTable::Slot{check, offset};
    used[offset] = true;
    ++features;
  }
  if (features != kept.size()) {  // drop the records of the features left out
    std::vector<std::uint16_t> s2;
    std::vector<std::uint32_t> moved(stream.size(), 0);
    for (std::size_t at = 0; at < stream.size();) {
      const std::size_t n = 1 + (stream[at] == WeightTable::kDense ? classes : 2 * std::size_t{stream[at]});
      if (used[at]) {
        moved[at] = static_cast<std::uint32_t>(s2.size());
        s2.insert(s2.end(), stream.begin() + static_cast<std::ptrdiff_t>(at),
                  stream.begin() + static_cast<std::ptrdiff_t>(at + n));
      }
      at += n;
    }
    for (auto& sl : table)
      if (sl.offset != WeightTable::kEmpty) sl.offset = moved[sl.offset];
    stream.swap(s2);
  }
  TableHeader h{classes, static_cast<float>(scale), slots, stream.size(), features};
  std::string out;
  out.append(reinterpret_cast<const char*>(&h), sizeof h);
  out.append(reinterpret_cast<const char*>(table.data()), table.size() * sizeof(WeightTable::Slot));
  out.append(reinterpret_cast<const char*>(stream.data()), stream.size() * 2);
  out.resize(align8(out.size()), '\0');
  return out;
}

}  // namespace newskg::syntax
