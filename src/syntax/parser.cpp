#include "syntax/parser.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <memory>
#include <ostream>

#include "syntax/shuffle.hpp"
#include "syntax/word_shape.hpp"

namespace newskg::syntax {
namespace {

constexpr std::string_view kKind = "PARS";
constexpr std::uint32_t kShift = 0, kReduce = 1;
constexpr std::uint32_t left_action(std::uint32_t label) {
  return 2 + 2 * label;
}
constexpr std::uint32_t right_action(std::uint32_t label) {
  return 3 + 2 * label;
}
constexpr std::uint64_t kNone = 0x9d1e, kRootWord = 0x7007;

// A parser configuration: stack, buffer front, the arcs built so far and what the features read
// of them (outermost children, valency, label sets). Words are 1..n; the root is n + 1, at the
// end of the buffer (Ballesteros & Nivre 2013: an arc-eager parser then decides the root last,
// when it has seen the whole sentence).
struct State {
  explicit State(int words)
      : n(words),
        root(words + 1),
        head(static_cast<std::size_t>(words) + 2, -1),
        label(head.size(), -1),
        l1(head),
        l2(head),
        r1(head),
        r2(head),
        nl(head.size(), 0),
        nr(head.size(), 0),
        lset(head.size(), 0),
        rset(head.size(), 0),
        in_stack(head.size(), 0) {
    stack.reserve(head.size());
  }
  int n, root;
  std::vector<int> stack;
  int b = 1;
  std::vector<int> head, label, l1, l2, r1, r2;
  std::vector<std::uint8_t> nl, nr;
  std::vector<std::uint64_t> lset, rset;
  std::vector<char> in_stack;

  bool terminal() const { return b == root && stack.empty(); }
  int top() const { return stack.empty() ? -1 : stack.back(); }
  void arc(int h, int d, int l) {
    const auto H = static_cast<std::size_t>(h), D = static_cast<std::size_t>(d);
    head[D] = h;
    label[D] = l;
    if (d < h) {
      if (l1[H] < 0 || d < l1[H])
        l2[H] = l1[H], l1[H] = d;
      else if (l2[H] < 0 || d < l2[H])
        l2[H] = d;
      nl[H] = static_cast<std::uint8_t>(std::min(nl[H] + 1, 255));
      lset[H] |= 1ULL << (l & 63);
    } else {
      if (r1[H] < 0 || d > r1[H])
        r2[H] = r1[H], r1[H] = d;
      else if (r2[H] < 0 || d > r2[H])
        r2[H] = d;
      nr[H] = static_cast<std::uint8_t>(std::min(nr[H] + 1, 255));
      rset[H] |= 1ULL << (l & 63);
    }
  }
  void push(int w) {
    stack.push_back(w);
    in_stack[static_cast<std::size_t>(w)] = 1;
  }
  void pop() {
    in_stack[static_cast<std::size_t>(stack.back())] = 0;
    stack.pop_back();
  }
  bool valid(std::uint32_t a, std::uint32_t root_label) const {
    if (terminal()) return false;
    if (a == kShift) return b < root;
    if (stack.empty()) return false;
    const int s = stack.back();
    if (a == kReduce) return head[static_cast<std::size_t>(s)] >= 0;
    const std::uint32_t l = (a - 2) / 2;
    if ((a - 2) % 2 == 0) return head[static_cast<std::size_t>(s)] < 0 && (b == root) == (l == root_label);
    return b < root && l != root_label;
  }
  void apply(std::uint32_t a) {
    const int s = top();
    if (a == kShift) {
      push(b++);
    } else if (a == kReduce) {
      pop();
    } else if ((a - 2) % 2 == 0) {
      arc(b, s, static_cast<int>((a - 2) / 2));
      pop();
    } else {
      arc(s, b, static_cast<int>((a - 2) / 2));
      push(b++);
    }
  }
  // One root: when several words hang from it, the first that is not punctuation stays and the
  // others hang from that one (punct, or parataxis).
  void finish(int punct, int parataxis, const std::vector<bool>& is_punct) {
    int main = -1;
    for (int w = 1; w <= n && main < 0; ++w)
      if (head[static_cast<std::size_t>(w)] == root && !is_punct[static_cast<std::size_t>(w)]) main = w;
    for (int w = 1; w <= n && main < 0; ++w)
      if (head[static_cast<std::size_t>(w)] == root) main = w;
    for (int w = 1; w <= n; ++w)
      if (w != main && head[static_cast<std::size_t>(w)] == root)
        head[static_cast<std::size_t>(w)] = main,
        label[static_cast<std::size_t>(w)] = is_punct[static_cast<std::size_t>(w)] ? punct : parataxis;
  }
  // The head of word w as CoNLL-U numbers it (0: the root).
  int conllu_head(int w) const {
    const int h = head[static_cast<std::size_t>(w)];
    return h == root ? 0 : h;
  }
};

// The gold tree and the costs of the four kinds of action (Goldberg & Nivre 2012's arc-eager
// dynamic oracle): how many gold arcs each makes unreachable. Gold heads number the root n + 1.
struct Oracle {
  const std::vector<int>& gh;  // index 0 unused
  const std::vector<std::uint32_t>& gl;

  int deps_in_buffer(const State& st, int h) const {
    int c = 0;
    for (int k = st.b; k <= st.n; ++k) c += gh[static_cast<std::size_t>(k)] == h;
    return c;
  }
  int headless_deps_in_stack(const State& st, int h) const {
    int c = 0;
    for (const int k : st.stack) c += gh[static_cast<std::size_t>(k)] == h && st.head[static_cast<std::size_t>(k)] < 0;
    return c;
  }
  // The cost of every action into `out` (invalid ones: INT_MAX). The structural part of an arc's
  // cost is the same for every label; only the arc to the gold head compares its label.
  void costs(const State& st, std::uint32_t root_label, std::vector<int>& out) const {
    constexpr int kInvalid = std::numeric_limits<int>::max();
    std::fill(out.begin(), out.end(), kInvalid);
    if (st.terminal()) return;
    const int s = st.top(), b = st.b;
    const auto B = static_cast<std::size_t>(b);
    const auto labels = static_cast<std::uint32_t>((out.size() - 2) / 2);
    const int b_stack_deps = b < st.root ? headless_deps_in_stack(st, b) : 0;
    if (st.valid(kShift, root_label))
      out[kShift] = b_stack_deps + (st.in_stack[static_cast<std::size_t>(gh[B])] ? 1 : 0);
    if (s < 0) return;
    const auto S = static_cast<std::size_t>(s);
    const int s_buffer_deps = deps_in_buffer(st, s);
    if (st.valid(kReduce, root_label)) out[kReduce] = s_buffer_deps;
    if (st.head[S] < 0) {  // left: b -> s
      const int base = s_buffer_deps + (gh[S] != b && gh[S] > b ? 1 : 0);
      for (std::uint32_t l = 0; l < labels; ++l)
        if ((b == st.root) == (l == root_label)) out[left_action(l)] = base + (gh[S] == b && gl[S] != l ? 1 : 0);
    }
    if (b < st.root) {  // right: s -> b
      const int base =
          b_stack_deps + (gh[B] != s && (st.in_stack[static_cast<std::size_t>(gh[B])] || gh[B] > b) ? 1 : 0);
      for (std::uint32_t l = 0; l < labels; ++l)
        if (l != root_label) out[right_action(l)] = base + (gh[B] == s && gl[B] != l ? 1 : 0);
    }
  }
};

std::uint64_t distance_bucket(int d) {
  if (d <= 4) return static_cast<std::uint64_t>(d);
  if (d <= 7) return 5;
  if (d <= 10) return 6;
  return 7;
}

// Per-word values the features read (index 0: the root).
struct Sentence {
  std::vector<std::uint64_t> w, p, suf, u, lem, cc, cf;
  std::vector<int> commas;  // commas before each word
};

Sentence sentence_of(std::span<const Word> words) {
  Sentence s;
  s.w.reserve(words.size() + 1);
  s.p.reserve(words.size() + 1);
  s.w.push_back(kNone);  // index 0 unused: words are 1..n, the root n + 1
  s.p.push_back(kNone);
  s.suf.push_back(kNone);
  s.u.push_back(kNone);
  s.lem.push_back(kNone);
  s.cc.push_back(kNone);
  s.cf.push_back(kNone);
  s.commas.push_back(0);
  int commas = 0;
  for (const auto& x : words) {
    const std::string n = normalise(x.form);
    s.w.push_back(hash_bytes(n));
    s.p.push_back(hash_bytes(x.upos + "\t" + x.xpos));
    s.suf.push_back(hash_bytes(suffix(n, 3)));
    s.u.push_back(hash_bytes(x.upos));
    s.lem.push_back(hash_bytes(lower_ascii(x.lemma.empty() ? x.form : x.lemma)));
    s.cc.push_back(x.cluster >> 16);
    s.cf.push_back((x.cluster & 0xffff) | 0x10000);
    s.commas.push_back(commas);
    commas += x.form == "," || x.form == ";" || x.form == ":";
  }
  s.w.push_back(kRootWord);
  s.p.push_back(kRootWord);
  s.suf.push_back(kRootWord);
  s.u.push_back(kRootWord);
  s.lem.push_back(kRootWord);
  s.cc.push_back(kRootWord);
  s.cf.push_back(kRootWord);
  s.commas.push_back(commas);
  return s;
}

void features(const State& st, const Sentence& x, std::vector<std::uint64_t>& f) {
  f.clear();
  const int s0 = st.top();
  const int s1 = st.stack.size() > 1 ? st.stack[st.stack.size() - 2] : -1;
  const int n0 = st.b;
  const int n1 = st.b + 1 <= st.root ? st.b + 1 : -1;
  const int n2 = st.b + 2 <= st.root ? st.b + 2 : -1;
  const int n3 = st.b + 3 <= st.root ? st.b + 3 : -1;
  auto W = [&](int i) { return i < 0 ? kNone : x.w[static_cast<std::size_t>(i)]; };
  auto P = [&](int i) { return i < 0 ? kNone : x.p[static_cast<std::size_t>(i)]; };
  auto L = [&](int i) { return i < 0 ? kNone : static_cast<std::uint64_t>(st.label[static_cast<std::size_t>(i)] + 1); };
  auto at = [&](const std::vector<int>& v, int i) { return i < 0 ? -1 : v[static_cast<std::size_t>(i)]; };
  const int s0h = at(st.head, s0), s0h2 = s0h < 0 ? -1 : at(st.head, s0h);
  const int s0l = at(st.l1, s0), s0l2 = at(st.l2, s0), s0r = at(st.r1, s0), s0r2 = at(st.r2, s0);
  const int n0l = at(st.l1, n0), n0l2 = at(st.l2, n0);
  const std::uint64_t s0w = W(s0), s0p = P(s0), n0w = W(n0), n0p = P(n0), n1w = W(n1), n1p = P(n1), n2w = W(n2),
                      n2p = P(n2);
  const std::uint64_t d = s0 < 0 ? 0 : n0 == st.root ? 8 : distance_bucket(n0 - s0);
  const auto S0 = static_cast<std::size_t>(std::max(s0, 0)), N0 = static_cast<std::size_t>(n0);
  const std::uint64_t s0vl = s0 < 0 ? 99 : st.nl[S0], s0vr = s0 < 0 ? 99 : st.nr[S0];
  const std::uint64_t n0vl = st.nl[N0];
  const std::uint64_t s0sl = s0 < 0 ? 1 : st.lset[S0], s0sr = s0 < 0 ? 1 : st.rset[S0];
  const std::uint64_t n0sl = st.lset[N0];
  std::uint64_t t = 0;
  auto add = [&](std::uint64_t a, std::uint64_t b2 = 0, std::uint64_t c = 0) { f.push_back(feature(++t, a, b2, c)); };
  // single words
  add(s0w, s0p), add(s0w), add(s0p), add(n0w, n0p), add(n0w), add(n0p);
  add(n1w, n1p), add(n1w), add(n1p), add(n2w, n2p), add(n2w), add(n2p);
  // pairs
  add(s0w, s0p, feature(0, n0w, n0p)), add(s0w, s0p, n0w), add(s0w, n0w, n0p), add(s0w, s0p, n0p);
  add(s0p, n0w, n0p), add(s0w, n0w), add(s0p, n0p), add(n0p, n1p);
  // three words
  add(n0p, n1p, n2p), add(s0p, n0p, n1p), add(P(s0h), s0p, n0p), add(s0p, P(s0l), n0p), add(s0p, P(s0r), n0p);
  add(s0p, n0p, P(n0l));
  // distance
  add(s0w, d), add(s0p, d), add(n0w, d), add(n0p, d), add(s0w, n0w, d), add(s0p, n0p, d);
  // valency
  add(s0w, s0vr), add(s0p, s0vr), add(s0w, s0vl), add(s0p, s0vl), add(n0w, n0vl), add(n0p, n0vl);
  // unigrams of heads and children
  add(W(s0h)), add(P(s0h)), add(L(s0)), add(W(s0l)), add(P(s0l)), add(L(s0l));
  add(W(s0r)), add(P(s0r)), add(L(s0r)), add(W(n0l)), add(P(n0l)), add(L(n0l));
  // third order
  add(W(s0h2)), add(P(s0h2)), add(L(s0h)), add(W(s0l2)), add(P(s0l2)), add(L(s0l2));
  add(W(s0r2)), add(P(s0r2)), add(L(s0r2)), add(W(n0l2)), add(P(n0l2)), add(L(n0l2));
  add(s0p, P(s0l), P(s0l2)), add(s0p, P(s0r), P(s0r2)), add(s0p, P(s0h), P(s0h2)), add(n0p, P(n0l), P(n0l2));
  // label sets
  add(s0w, s0sr), add(s0p, s0sr), add(s0w, s0sl), add(s0p, s0sl), add(n0w, n0sl), add(n0p, n0sl);
  // the second stack word, and more of the buffer
  add(W(s1), P(s1)), add(P(s1)), add(P(s1), s0p, n0p), add(P(s1), s0p), add(W(s1), s0w);
  add(n0p, n1p, P(n3)), add(L(s0), s0p, n0p), add(s0 < 0 ? 2 : st.head[S0] >= 0, s0p, n0p);
  add(s0w, s0p, L(s0)), add(n0w, n1w), add(s0w, n1w), add(s0p, n1p);
  // punctuation between the two words (coordination, apposition, parentheticals)
  auto S = [&](int i) { return i < 0 ? kNone : x.suf[static_cast<std::size_t>(i)]; };
  const std::uint64_t between = s0 < 0 ? 9 : static_cast<std::uint64_t>(std::min(x.commas[N0] - x.commas[S0], 2));
  add(between, s0p, n0p), add(between, d), add(between, L(s0), n0p);
  // suffixes, for words seen rarely
  add(S(s0), s0p), add(S(n0), n0p), add(S(n1), n1p), add(S(s0), S(n0));
  // coarse tags (UPOS) and lemmas: the same decisions for related words
  auto U = [&](int i) { return i < 0 ? kNone : x.u[static_cast<std::size_t>(i)]; };
  auto M = [&](int i) { return i < 0 ? kNone : x.lem[static_cast<std::size_t>(i)]; };
  add(U(s0), U(n0)), add(U(s0), U(n0), U(n1)), add(U(s0h), U(s0), U(n0)), add(U(s0), U(s0r), U(n0));
  add(U(s1), U(s0), U(n0)), add(U(s0), U(n0), d), add(M(s0), U(n0)), add(U(s0), M(n0)), add(M(s0), M(n0));
  add(M(s0), L(s0)), add(M(n0), U(n1)), add(M(s0), s0vr, s0vl);
  // learnt word classes (from raw text), for words the treebanks hardly know
  auto CC = [&](int i) { return i < 0 ? kNone : x.cc[static_cast<std::size_t>(i)]; };
  auto CF = [&](int i) { return i < 0 ? kNone : x.cf[static_cast<std::size_t>(i)]; };
  add(CF(s0), n0p), add(s0p, CF(n0)), add(CF(s0), CF(n0)), add(CC(s0), CC(n0), d), add(CC(s0), n0p, n1p);
  add(s0p, CC(n0), n1p), add(CF(n1), n0p), add(CC(s0h), s0p, n0p), add(CF(s0), L(s0)), add(CC(n0), CC(n1));
}

template <class Scorer>
void scores_of(const Scorer& model, const std::vector<std::uint64_t>& f, std::vector<float>& scores) {
  std::fill(scores.begin(), scores.end(), 0.0f);
  model.score(f, scores.data());
}

std::uint32_t best_valid(const State& st, const std::vector<float>& scores, std::uint32_t root) {
  // which kinds of action are valid, worked out once (the same for every label)
  const bool any = !st.terminal();
  const int s = st.top();
  const bool shift = any && st.b < st.root;
  const bool reduce = any && s >= 0 && st.head[static_cast<std::size_t>(s)] >= 0;
  const bool left = any && s >= 0 && st.head[static_cast<std::size_t>(s)] < 0;
  const bool left_root = st.b == st.root;  // from the root only the root label, else never it
  const bool right = any && s >= 0 && st.b < st.root;
  std::uint32_t best = kShift;
  float best_score = -std::numeric_limits<float>::infinity();
  if (shift) best_score = scores[kShift];
  if (reduce && scores[kReduce] > best_score) best = kReduce, best_score = scores[kReduce];
  const auto labels = static_cast<std::uint32_t>((scores.size() - 2) / 2);
  for (std::uint32_t l = 0; l < labels; ++l) {
    if (left && (l == root) == left_root && scores[left_action(l)] > best_score)
      best = left_action(l), best_score = scores[left_action(l)];
    if (right && l != root && scores[right_action(l)] > best_score)
      best = right_action(l), best_score = scores[right_action(l)];
  }
  return best;
}

int label_index(const std::vector<std::string>& labels, std::string_view name, int fallback) {
  for (std::size_t i = 0; i < labels.size(); ++i)
    if (labels[i] == name) return static_cast<int>(i);
  return fallback;
}

struct Finishing {
  std::uint32_t root;
  int punct, parataxis;
};

// Greedy parse of one sentence with `model`; heads and labels into `words`.
template <class Scorer>
void greedy(const Scorer& model, std::span<Word> words, const std::vector<std::string>& labels, const Finishing& fin) {
  const Sentence x = sentence_of(words);
  State st(static_cast<int>(words.size()));
  std::vector<std::uint64_t> f;
  std::vector<float> scores(2 + 2 * labels.size());
  while (!st.terminal()) {
    features(st, x, f);
    scores_of(model, f, scores);
    st.apply(best_valid(st, scores, fin.root));
  }
  std::vector<bool> is_punct(words.size() + 2, false);
  for (std::size_t i = 0; i < words.size(); ++i) is_punct[i + 1] = words[i].upos == "PUNCT";
  st.finish(fin.punct, fin.parataxis, is_punct);
  for (std::size_t i = 0; i < words.size(); ++i) {
    words[i].head = st.conllu_head(static_cast<int>(i) + 1);
    words[i].deprel = labels[static_cast<std::size_t>(st.label[i + 1])];
  }
}

}  // namespace

std::vector<int> projectivise(std::vector<int> heads) {
  const int n = static_cast<int>(heads.size());
  auto H = [&](int w) { return heads[static_cast<std::size_t>(w - 1)]; };
  auto dominates = [&](int h, int w) {  // h is w or an ancestor of w
    for (int k = 0; w != 0 && k <= n; ++k) {
      if (w == h) return true;
      w = H(w);
    }
    return w == h;
  };
  for (int guard = 0; guard < n * n + 1; ++guard) {
    int worst = -1, worst_len = n + 1;
    for (int d = 1; d <= n; ++d) {
      const int h = H(d);
      const int lo = std::min(h, d), hi = std::max(h, d);
      for (int k = lo + 1; k < hi; ++k)
        if (!dominates(h, k)) {
          if (hi - lo < worst_len) worst = d, worst_len = hi - lo;
          break;
        }
    }
    if (worst < 0) break;
    heads[static_cast<std::size_t>(worst - 1)] = H(H(worst));
  }
  return heads;
}

std::vector<int> oracle_parse(const std::vector<int>& gold_heads, const std::vector<std::uint32_t>& gold_labels,
                              std::uint32_t root_label, std::vector<std::uint32_t>& labels_out) {
  const int n = static_cast<int>(gold_heads.size());
  std::vector<int> gh(1, 0);
  for (const int h : gold_heads) gh.push_back(h == 0 ? n + 1 : h);
  gh.push_back(-1);  // the root
  std::vector<std::uint32_t> gl(1, 0);
  gl.insert(gl.end(), gold_labels.begin(), gold_labels.end());
  std::uint32_t labels = root_label + 1;
  for (const auto l : gold_labels) labels = std::max(labels, l + 1);
  Oracle oracle{gh, gl};
  State st(n);
  std::vector<int> costs(2 + 2 * labels);
  while (!st.terminal()) {
    oracle.costs(st, root_label, costs);
    st.apply(static_cast<std::uint32_t>(std::min_element(costs.begin(), costs.end()) - costs.begin()));
  }
  st.finish(0, 0, std::vector<bool>(static_cast<std::size_t>(n) + 2, false));
  labels_out.clear();
  std::vector<int> heads;
  for (int w = 1; w <= n; ++w) {
    heads.push_back(st.conllu_head(w));
    labels_out.push_back(static_cast<std::uint32_t>(st.label[static_cast<std::size_t>(w)]));
  }
  return heads;
}

Result<Parser> Parser::load(const std::string& path) {
  auto f = ModelFile::open(path, kKind);
  if (!f) return f.error();
  return from_model(std::move(*f));
}

Result<Parser> Parser::from_model(ModelFile file) {
  Parser p;
  p.file_ = std::move(file);
  auto w = WeightTable::view(p.file_.section("weights"));
  if (!w) return make_error(ErrorKind::Input, p.file_.path() + ": " + w.error().message);
  p.weights_ = *w;
  p.labels_ = section_lines(p.file_.section("labels"));
  const int root = label_index(p.labels_, "root", -1);
  if (root < 0 || p.labels_.size() > 64 || p.weights_.classes() != 2 + 2 * p.labels_.size())
    return make_error(ErrorKind::Input, p.file_.path() + ": label list does not match the weights");
  p.root_label_ = static_cast<std::uint32_t>(root);
  p.punct_label_ = label_index(p.labels_, "punct", 0);
  p.parataxis_label_ = label_index(p.labels_, "parataxis", 0);
  return p;
}

void Parser::parse(std::span<Word> words) const {
  if (words.empty()) return;
  const Finishing fin{root_label_, punct_label_, parataxis_label_};
  greedy(weights_, words, labels_, fin);
}

std::string train_parser(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>& dev,
                         const ParserTraining& options, std::ostream* log) {
  std::map<std::string, std::uint32_t> index;
  for (const auto& s : train)
    for (const auto& w : s.words) index.emplace(w.deprel, 0);
  index.emplace("root", 0);
  index.emplace("punct", 0);
  index.emplace("parataxis", 0);
  std::vector<std::string> labels;
  for (auto& [name, i] : index) i = static_cast<std::uint32_t>(labels.size()), labels.push_back(name);
  const std::uint32_t root = index.at("root");
  const auto classes = static_cast<std::uint32_t>(2 + 2 * labels.size());

  // gold trees, made projective; sentences whose tree is not one tree with one root are left out
  struct Gold {
    std::size_t sentence;
    std::vector<int> heads;  // with a dummy at 0
    std::vector<std::uint32_t> labels;
    Sentence x;
  };
  std::vector<Gold> gold;
  std::size_t skipped = 0;
  for (std::size_t s = 0; s < train.size(); ++s) {
    std::vector<int> h;
    int roots = 0;
    for (const auto& w : train[s].words) h.push_back(w.head), roots += w.head == 0;
    if (roots != 1) {
      ++skipped;
      continue;
    }
    Gold g{s, {0}, {0}, sentence_of(train[s].words)};
    const int n = static_cast<int>(h.size());
    for (const int x : projectivise(h)) g.heads.push_back(x == 0 ? n + 1 : x);
    g.heads.push_back(-1);  // the root, at the end
    for (const auto& w : train[s].words) g.labels.push_back(index.at(w.deprel));
    gold.push_back(std::move(g));
  }
  if (log && skipped) *log << "parser: " << skipped << " training sentences without exactly one root left out\n";

  std::vector<std::unique_ptr<PerceptronTrainer>> runs;
  std::vector<std::uint64_t> f;
  std::vector<float> scores(classes);
  std::vector<int> costs(classes);
  auto model_bytes = [&]() {
    ModelWriter m(kKind);
    m.add("labels", join_lines(labels));
    std::vector<const PerceptronTrainer*> done;
    for (const auto& r : runs) done.push_back(r.get());
    m.add("weights", PerceptronTrainer::freeze_average(done, options.min_updates));
    return m.bytes();
  };
  for (int run = 0; run < std::max(options.runs, 1); ++run) {
    runs.push_back(std::make_unique<PerceptronTrainer>(classes));
    PerceptronTrainer& p = *runs.back();
    SplitMix rng(options.seed + static_cast<std::uint64_t>(run) * 7919);
    std::vector<std::size_t> order(gold.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
      shuffle(order, rng);
      std::size_t right = 0, total = 0;
      for (const std::size_t gi : order) {
        const Gold& g = gold[gi];
        Oracle oracle{g.heads, g.labels};
        State st(static_cast<int>(g.heads.size()) - 2);
        while (!st.terminal()) {
          features(st, g.x, f);
          scores_of(p, f, scores);
          const std::uint32_t guess = best_valid(st, scores, root);
          oracle.costs(st, root, costs);
          const int min_cost = *std::min_element(costs.begin(), costs.end());
          std::uint32_t best_gold = guess;
          float best_score = -std::numeric_limits<float>::infinity();
          for (std::uint32_t a = 0; a < classes; ++a)
            if (costs[a] == min_cost && scores[a] > best_score) best_gold = a, best_score = scores[a];
          p.tick();
          if (costs[guess] != min_cost) p.update(f, best_gold, guess);
          right += costs[guess] == min_cost;
          ++total;
          const bool explore = epoch >= options.explore_from && rng.below(10) != 0;
          st.apply(explore ? guess : best_gold);
        }
      }
      if (log) {
        *log << "parser run " << run + 1 << " epoch " << epoch << ": train actions "
             << 100.0 * static_cast<double>(right) / static_cast<double>(total) << "% (" << p.features()
             << " features)";
        if (!dev.empty() && (epoch == options.epochs || epoch % 3 == 0)) {
          auto parser = Parser::from_model(std::move(*ModelFile::from_bytes(model_bytes(), kKind, "trained")));
          std::size_t uas = 0, las = 0, n = 0;
          for (const auto& s : dev) {
            std::vector<Word> w = s.words;
            parser->parse(w);
            for (std::size_t i = 0; i < w.size(); ++i) {
              if (s.words[i].upos == "PUNCT") continue;
              ++n;
              if (w[i].head == s.words[i].head) {
                ++uas;
                las += w[i].deprel == s.words[i].deprel;
              }
            }
          }
          const double d = static_cast<double>(std::max<std::size_t>(n, 1)) / 100.0;
          *log << "; dev UAS " << static_cast<double>(uas) / d << "% LAS " << static_cast<double>(las) / d << "%";
        }
        *log << std::endl;
      }
    }
  }
  return model_bytes();
}

}  // namespace newskg::syntax
