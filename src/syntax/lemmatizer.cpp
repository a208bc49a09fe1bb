#include "syntax/lemmatizer.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "syntax/word_shape.hpp"

namespace newskg::syntax {
namespace {

std::vector<std::string_view> lines_of(std::string_view s) {
  std::vector<std::string_view> out;
  for (std::size_t b = 0; b < s.size();) {
    std::size_t e = s.find('\n', b);
    if (e == std::string_view::npos) e = s.size();
    if (e > b) out.push_back(s.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

bool vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// WordNet's part of speech for a Penn tag's family, as in word-forms.tsv.
std::string_view wordnet_class(std::string_view xpos) {
  if (xpos.starts_with("NN")) return "noun";
  if (xpos.starts_with("VB") || xpos == "MD") return "verb";
  if (xpos.starts_with("JJ")) return "adj";
  if (xpos.starts_with("RB")) return "adv";
  return "";
}

}  // namespace

Lemmatizer::Lemmatizer(std::string_view exceptions, std::string_view known)
    : exceptions_(lines_of(exceptions)), known_(lines_of(known)) {}

bool Lemmatizer::known(std::string_view lemma) const {
  return std::binary_search(known_.begin(), known_.end(), lemma);
}

std::string_view Lemmatizer::find(std::string_view form, std::string_view xpos) const {
  std::string key;
  key.reserve(form.size() + xpos.size() + 2);
  key.append(form).append("\t").append(xpos).append("\t");
  auto it = std::lower_bound(exceptions_.begin(), exceptions_.end(), std::string_view(key));
  if (it != exceptions_.end() && it->starts_with(key)) return it->substr(key.size());
  return {};
}

std::string Lemmatizer::rules(std::string_view form, std::string_view xpos) const {
  if (xpos == "NNP") return std::string(form);
  std::string w = lower_ascii(form);
  if (xpos == "NNPS") {
    std::string f(form);
    if (f.size() > 3 && f.ends_with("ies")) return f.substr(0, f.size() - 3) + "y";
    if (f.size() > 2 && f.ends_with("s")) return f.substr(0, f.size() - 1);
    return f;
  }
  auto strip = [&](std::size_t n) { return w.substr(0, w.size() - n); };
  // a stem with or without a final e ("liked" -> like, "walked" -> walk): the one the treebank knows
  auto stem_or_e = [&](std::string stem) {
    if (stem.size() >= 2 && stem[stem.size() - 1] == stem[stem.size() - 2] && !vowel(stem.back()) &&
        stem.back() != 's' && stem.back() != 'l' && !known(stem) && known(stem.substr(0, stem.size() - 1)))
      return stem.substr(0, stem.size() - 1);  // "stopped" -> stop
    if (!known(stem) && known(stem + "e")) return stem + "e";
    return stem;
  };
  if (xpos == "NNS" || xpos == "VBZ") {
    if (w.size() > 4 && w.ends_with("ies")) return strip(3) + "y";
    if (w.size() > 3 && (w.ends_with("ses") || w.ends_with("xes") || w.ends_with("zes") || w.ends_with("ches") ||
                         w.ends_with("shes") || w.ends_with("oes"))) {
      std::string s = strip(2);
      if (!known(s) && known(s + "e")) return s + "e";
      return s;
    }
    if (w.size() > 2 && w.ends_with("s") && !w.ends_with("ss")) return strip(1);
    return w;
  }
  if (xpos == "VBD" || xpos == "VBN") {
    if (w.size() > 4 && w.ends_with("ied")) return strip(3) + "y";
    if (w.size() > 3 && w.ends_with("ed")) return stem_or_e(strip(2));
    return w;
  }
  if (xpos == "VBG") {
    if (w.size() > 4 && w.ends_with("ying") && !known(strip(3))) return strip(4) + "ie";
    if (w.size() > 4 && w.ends_with("ing")) return stem_or_e(strip(3));
    return w;
  }
  if (xpos == "JJR" || xpos == "RBR") {
    if (w.size() > 4 && w.ends_with("ier")) return strip(3) + "y";
    if (w.size() > 3 && w.ends_with("er")) return stem_or_e(strip(2));
    return w;
  }
  if (xpos == "JJS" || xpos == "RBS") {
    if (w.size() > 5 && w.ends_with("iest")) return strip(4) + "y";
    if (w.size() > 4 && w.ends_with("est")) return stem_or_e(strip(3));
    return w;
  }
  return w;
}

std::string Lemmatizer::lemma(std::string_view form, std::string_view upos, std::string_view xpos) const {
  (void)upos;
  if (auto e = find(form, xpos); !e.empty()) return std::string(e);
  const std::string lower = lower_ascii(form);
  if (lower != form && xpos != "NNP" && xpos != "NNPS")
    if (auto e = find(lower, xpos); !e.empty()) return std::string(e);
  if (auto c = wordnet_class(xpos); !c.empty() && xpos != "NNP" && xpos != "NNPS" && xpos != "NN" && xpos != "VB" &&
                                    xpos != "VBP" && xpos != "JJ" && xpos != "RB")
    if (auto e = find(lower, c); !e.empty()) return std::string(e);
  return rules(form, xpos);
}

void Lemmatizer::build_tables(const std::vector<ConlluSentence>& train, std::string_view wordnet,
                              std::string& exceptions, std::string& known) {
  std::set<std::string> lemmas;
  for (const auto& s : train)
    for (const auto& w : s.words)
      if (w.upos != "PROPN") lemmas.insert(lower_ascii(w.lemma));
  known.clear();
  for (const auto& l : lemmas) known += l + "\n";
  Lemmatizer rules_only({}, known);
  // most frequent lemma of each (form, xpos), kept where the rules give something else
  std::map<std::string, std::map<std::string, int>> counts;
  for (const auto& s : train)
    for (const auto& w : s.words) {
      const std::string form = w.xpos == "NNP" || w.xpos == "NNPS" ? w.form : lower_ascii(w.form);
      ++counts[form + "\t" + w.xpos][w.lemma];
    }
  std::vector<std::string> out;
  for (const auto& [key, by] : counts) {
    const auto best = std::max_element(by.begin(), by.end(), [](const auto& a, const auto& b) {
      return a.second < b.second || (a.second == b.second && a.first > b.first);
    });
    const auto tab = key.find('\t');
    if (rules_only.rules(std::string_view(key).substr(0, tab), std::string_view(key).substr(tab + 1)) != best->first)
      out.push_back(key + "\t" + best->first);
  }
  // WordNet's irregular forms, under their WordNet class ("noun", "verb", ...)
  for (auto line : lines_of(wordnet)) {
    if (line.starts_with("#")) continue;
    const auto t1 = line.find('\t');
    const auto t2 = line.find('\t', t1 + 1);
    if (t1 == std::string_view::npos || t2 == std::string_view::npos) continue;
    out.push_back(std::string(line.substr(0, t1)) + "\t" + std::string(line.substr(t2 + 1)) + "\t" +
                  std::string(line.substr(t1 + 1, t2 - t1 - 1)));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end(),
                        [](const std::string& a, const std::string& b) {
                          return a.substr(0, a.rfind('\t')) == b.substr(0, b.rfind('\t'));
                        }),
            out.end());
  exceptions.clear();
  for (const auto& l : out) exceptions += l + "\n";
}

}  // namespace newskg::syntax
