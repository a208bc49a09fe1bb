#include "syntax/evaluate.hpp"

#include <map>
#include <utility>

namespace newskg::syntax {

double SyntaxScores::f1(std::size_t right, std::size_t predicted, std::size_t gold) {
  if (predicted + gold == 0) return 0.0;
  return 200.0 * static_cast<double>(right) / static_cast<double>(predicted + gold);
}

void score_same_tokens(const ConlluSentence& gold, const ConlluSentence& predicted, SyntaxScores& scores) {
  ++scores.sentences;
  for (std::size_t i = 0; i < gold.words.size() && i < predicted.words.size(); ++i) {
    const Word& g = gold.words[i];
    const Word& p = predicted.words[i];
    ++scores.gold, ++scores.predicted, ++scores.matched;
    scores.upos += g.upos == p.upos;
    scores.xpos += g.xpos == p.xpos;
    scores.lemma += g.lemma == p.lemma;
    if (g.upos == "PUNCT") continue;
    ++scores.gold_scored, ++scores.predicted_scored;
    if (g.head == p.head) {
      ++scores.uas;
      // labels compared without their subtype, as the CoNLL 2018 LAS does
      const auto base = [](const std::string& l) { return l.substr(0, l.find(':')); };
      scores.las += base(g.deprel) == base(p.deprel);
    }
  }
}

void score_aligned(const ConlluSentence& gold, const ConlluSentence& predicted, SyntaxScores& scores) {
  ++scores.sentences;
  using Span = std::pair<std::uint32_t, std::uint32_t>;
  std::map<Span, std::size_t> predicted_at;
  for (std::size_t i = 0; i < predicted.words.size(); ++i)
    predicted_at[{predicted.words[i].begin, predicted.words[i].end}] = i;
  auto span_of = [](const ConlluSentence& s, int head) -> Span {
    if (head <= 0) return {0xffffffffu, 0xffffffffu};
    const Word& w = s.words[static_cast<std::size_t>(head - 1)];
    return {w.begin, w.end};
  };
  scores.gold += gold.words.size();
  scores.predicted += predicted.words.size();
  for (const auto& p : predicted.words) scores.predicted_scored += p.upos != "PUNCT";
  for (const Word& g : gold.words) {
    scores.gold_scored += g.upos != "PUNCT";
    const auto it = predicted_at.find({g.begin, g.end});
    if (it == predicted_at.end()) continue;
    const Word& p = predicted.words[it->second];
    ++scores.matched;
    scores.upos += g.upos == p.upos;
    scores.xpos += g.xpos == p.xpos;
    scores.lemma += g.lemma == p.lemma;
    if (g.upos == "PUNCT") continue;
    if (span_of(gold, g.head) == span_of(predicted, p.head)) {
      ++scores.uas;
      const auto base = [](const std::string& l) { return l.substr(0, l.find(':')); };
      scores.las += base(g.deprel) == base(p.deprel);
    }
  }
}

std::vector<std::string> document_ids(const std::vector<ConlluSentence>& sentences) {
  std::vector<std::string> out;
  std::string doc;
  for (const auto& s : sentences) {
    for (const auto& c : s.comments)
      if (c.starts_with("newdoc id = ")) doc = c.substr(12);
    out.push_back(doc);
  }
  return out;
}

}  // namespace newskg::syntax
