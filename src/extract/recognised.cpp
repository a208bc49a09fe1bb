#include "extract/recognised.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "extract/pipeline.hpp"
#include "syntax/perceptron.hpp"
#include "text/reader.hpp"

namespace newskg {
namespace {

// The recogniser's name overlapping bytes [begin, end) the most, or null.
const RecognisedName* best_overlap(const std::vector<RecognisedName>& names, std::uint32_t begin, std::uint32_t end) {
  auto it = std::lower_bound(names.begin(), names.end(), begin,
                             [](const RecognisedName& n, std::uint32_t b) { return n.end <= b; });
  const RecognisedName* best = nullptr;
  std::uint32_t most = 0;
  for (; it != names.end() && it->begin < end; ++it) {
    const std::uint32_t overlap = std::min(end, it->end) - std::max(begin, it->begin);
    if (overlap > most) most = overlap, best = &*it;
  }
  return best;
}

}  // namespace

std::vector<std::vector<std::uint64_t>> rule_hints(const std::vector<RawMention>& raw,
                                                   std::span<const std::vector<syntax::Word>* const> sentences) {
  std::vector<std::vector<std::uint64_t>> hints(sentences.size());
  struct At {
    std::uint32_t begin, end, sentence, word;
  };
  std::vector<At> words;
  for (std::uint32_t s = 0; s < sentences.size(); ++s) {
    hints[s].assign(sentences[s]->size(), 0);
    for (std::uint32_t i = 0; i < sentences[s]->size(); ++i)
      words.push_back(At{(*sentences[s])[i].begin, (*sentences[s])[i].end, s, i});
  }
  std::sort(words.begin(), words.end(), [](const At& a, const At& b) { return a.begin < b.begin; });
  std::vector<std::uint32_t> length(words.size(), 0);  // of the mention that set each word's hint
  for (const RawMention& r : raw) {
    auto first =
        std::lower_bound(words.begin(), words.end(), r.begin, [](const At& a, std::uint32_t b) { return a.end <= b; });
    auto last = first;
    while (last != words.end() && last->begin < r.end) ++last;
    const auto n = static_cast<std::size_t>(last - first);
    const std::uint32_t len = r.end - r.begin;
    const std::uint64_t flags =
        (r.gazetteer ? 1 : 0) | (r.shaped ? 2 : 0) | (r.weak ? 4 : 0) | (r.role.empty() ? 0 : 8);
    for (auto it = first; it != last; ++it) {
      const auto k = static_cast<std::size_t>(it - words.begin());
      if (length[k] >= len) continue;
      length[k] = len;
      const std::size_t j = static_cast<std::size_t>(it - first);
      const std::uint64_t where = n == 1 ? 3 : j == 0 ? 0 : j + 1 == n ? 2 : 1;
      hints[it->sentence][it->word] = syntax::feature(
          0x4e11, where, static_cast<std::uint64_t>(r.type) * 8 + static_cast<std::uint64_t>(r.kind), flags);
    }
  }
  return hints;
}

void add_rule_hints(std::vector<ner::NerDocument>& documents, const Lexicon& lx, const ner::CorpusCase& corpus) {
  PipelineModels models;
  models.corpus_case = &corpus;
  const Pipeline pipeline(lx, models);
  for (auto& d : documents) {
    std::string text;
    for (auto& s : d.sentences) {
      if (!text.empty()) text += "\n\n";
      for (std::size_t i = 0; i < s.words.size(); ++i) {
        if (i > 0) text += ' ';
        s.words[i].begin = static_cast<std::uint32_t>(text.size());
        text += s.words[i].form;
        s.words[i].end = static_cast<std::uint32_t>(text.size());
      }
    }
    const Extraction ex = pipeline.prepare(make_document(d.id, "training", text));
    std::vector<const std::vector<syntax::Word>*> words;
    for (const auto& s : d.sentences) words.push_back(&s.words);
    auto hints = rule_hints(find_mentions(ex, lx, corpus), words);
    for (std::size_t s = 0; s < d.sentences.size(); ++s) d.sentences[s].hints = std::move(hints[s]);
  }
}

void apply_recognised_names(const Extraction& ex, std::vector<RawMention>& raw) {
  std::vector<int> moved(raw.size(), -1);
  std::vector<RawMention> kept;
  kept.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    RawMention& r = raw[i];
    if (r.kind == MentionKind::Name && !r.gazetteer && !r.dateline && r.role.empty() && (r.weak || r.shaped)) {
      const RecognisedName* n = best_overlap(ex.names, r.begin, r.end);
      if (!n) continue;
      if (r.weak || r.shaped) {
        r.type = n->type;
        r.weak = r.shaped = false;
      }
    }
    moved[i] = static_cast<int>(kept.size());
    kept.push_back(std::move(r));
  }
  for (RawMention& r : kept) {
    if (r.affiliation >= 0) r.affiliation = moved[static_cast<std::size_t>(r.affiliation)];
    if (r.same_as >= 0) r.same_as = moved[static_cast<std::size_t>(r.same_as)];
  }
  raw = std::move(kept);
}

}  // namespace newskg
