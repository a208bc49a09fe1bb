#include "syntax/news_copies.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <random>
#include <sstream>

namespace newskg::syntax {
namespace {

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, sep)) out.push_back(cur);
  return out;
}

std::string capitalised(std::string w) {
  if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') w[0] = static_cast<char>(w[0] - 'a' + 'A');
  return w;
}

bool one_of(const std::string& w, std::initializer_list<const char*> words) {
  return std::any_of(words.begin(), words.end(), [&](const char* x) { return w == x; });
}

Word word(std::string form, const char* upos, const char* xpos, int head, const char* rel) {
  Word w;
  w.lemma = form;  // a proper noun's lemma is its form; the others' their lower case
  if (upos != std::string_view("PROPN"))
    std::transform(w.lemma.begin(), w.lemma.end(), w.lemma.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  w.form = std::move(form);
  w.upos = upos;
  w.xpos = xpos;
  w.head = head;
  w.deprel = rel;
  return w;
}

// A name the copies can put a title before: a proper noun heading its phrase (a subject, object,
// oblique, conjunct, apposition, possessor), whose dependents before it are at most a
// preposition or punctuation.
bool bare_name(const ConlluSentence& s, std::size_t i) {
  const Word& w = s.words[i];
  if (w.upos != "PROPN" || w.xpos == "NNPS") return false;
  const std::string base = w.deprel.substr(0, w.deprel.find(':'));
  if (!one_of(base, {"nsubj", "obj", "iobj", "obl", "conj", "appos", "nmod"})) return false;
  if (i > 0) {
    const Word& before = s.words[i - 1];
    if (before.upos == "PROPN" || before.upos == "ADJ" || before.upos == "NOUN" || before.upos == "NUM" ||
        before.upos == "DET" || before.upos == "PRON")
      return false;
  }
  for (std::size_t k = 0; k < i; ++k)
    if (s.words[k].head == static_cast<int>(i) + 1 && s.words[k].upos != "ADP" && s.words[k].upos != "PUNCT" &&
        s.words[k].upos != "CCONJ")
      return false;
  return true;
}

}  // namespace

Result<NewsVocabulary> read_news_vocabulary(const std::string& lexicon_dir) {
  NewsVocabulary v;
  auto lines = [&](const std::string& name, auto&& each) -> Status {
    const std::string path = lexicon_dir + "/" + name;
    std::ifstream in(path);
    if (!in) return make_error(ErrorKind::Lexicon, path + ": cannot open");
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      each(split(line, '\t'));
    }
    return {};
  };
  if (auto st = lines("titles.tsv",
                      [&](const std::vector<std::string>& f) {
                        // people's titles only; "descriptor" rows ("striker", "counterpart") too
                        if (f.size() >= 2 && !f[0].empty() && f[0].find('.') == std::string::npos &&
                            !one_of(f[1], {"honorific"}))
                          v.titles.push_back(f[0]);
                      });
      !st)
    return st.error();
  if (auto st = lines("countries.tsv",
                      [&](const std::vector<std::string>& f) {
                        if (f.size() < 4 || f[1] != "Country") return;
                        if (f[3] == "demonym" && f[0].find(' ') == std::string::npos) v.demonyms.push_back(f[0]);
                        if (f[3] == "name" && f[0].find(' ') == std::string::npos && f[0] == f[2])
                          v.countries.push_back(f[0]);
                      });
      !st)
    return st.error();
  if (v.titles.empty()) return make_error(ErrorKind::Lexicon, lexicon_dir + "/titles.tsv: no titles");
  return v;
}

std::vector<ConlluSentence> news_copies(const std::vector<ConlluSentence>& train, const NewsVocabulary& vocabulary,
                                        std::uint64_t seed, int every) {
  std::vector<ConlluSentence> out;
  if (vocabulary.empty() || every <= 0) return out;
  std::mt19937_64 rng(seed ^ 0x6e657773ULL);
  auto pick = [&](const std::vector<std::string>& from) -> const std::string& {
    return from[static_cast<std::size_t>(rng() % from.size())];
  };
  std::size_t qualifying = 0;
  for (const ConlluSentence& s : train) {
    std::vector<std::size_t> names;
    for (std::size_t i = 0; i < s.words.size(); ++i)
      if (bare_name(s, i)) names.push_back(i);
    if (names.empty() || qualifying++ % static_cast<std::size_t>(every) != 0) continue;
    const std::size_t at = names[static_cast<std::size_t>(rng() % names.size())];
    // the title: its words, capitalised before a name as news writes "Prime Minister", in lower
    // case for roles ("leader", "chief")
    const std::vector<std::string> title = split(pick(vocabulary.titles), ' ');
    const bool upper = (rng() % 3) != 0;
    const int before = static_cast<int>(rng() % 4);  // 0: none, 1: demonym, 2: country, 3: none
    std::vector<Word> inserted;
    const std::size_t of = static_cast<std::size_t>(std::find(title.begin(), title.end(), "of") - title.begin());
    // positions (1-based, in the copy) of the inserted words start at at + 1
    const int first = static_cast<int>(at) + 1;
    const int lead = (before == 1 && !vocabulary.demonyms.empty()) || (before == 2 && !vocabulary.countries.empty());
    const int title_head = first + lead + (of < title.size() ? 0 : static_cast<int>(title.size()) - 1);
    const int name = first + lead + static_cast<int>(title.size());  // the name's new position
    if (lead) {
      if (before == 1)
        inserted.push_back(word(pick(vocabulary.demonyms), "ADJ", "JJ", title_head, "amod"));
      else
        inserted.push_back(word(pick(vocabulary.countries), "PROPN", "NNP", title_head, "compound"));
    }
    for (std::size_t k = 0; k < title.size(); ++k) {
      const std::string form = upper && title[k] != "of" ? capitalised(title[k]) : title[k];
      const int pos = first + lead + static_cast<int>(k);
      if (title[k] == "of") {
        inserted.push_back(word(form, "ADP", "IN", pos + 1, "case"));
      } else if (pos == title_head) {
        inserted.push_back(word(form, upper ? "PROPN" : "NOUN", upper ? "NNP" : "NN", name, "nmod:desc"));
      } else if (k > of) {
        inserted.push_back(word(form, upper ? "PROPN" : "NOUN", upper ? "NNP" : "NN", title_head, "nmod"));
      } else if (one_of(title[k], {"prime", "foreign", "deputy", "vice", "supreme", "crown", "chief", "senior",
                                   "former", "acting", "general"})) {
        inserted.push_back(word(form, "ADJ", "JJ", title_head, "amod"));
      } else {
        inserted.push_back(word(form, upper ? "PROPN" : "NOUN", upper ? "NNP" : "NN", title_head, "compound"));
      }
    }
    ConlluSentence copy;
    copy.comments = {"sent_id = news-copy-" + std::to_string(out.size() + 1)};
    copy.line = s.line;
    const int n = static_cast<int>(inserted.size());
    for (std::size_t i = 0; i < s.words.size(); ++i) {
      if (i == at)
        for (const Word& w : inserted) copy.words.push_back(w);
      Word w = s.words[i];
      if (w.head > static_cast<int>(at)) w.head += n;
      w.misc = "_";
      copy.words.push_back(std::move(w));
    }
    out.push_back(std::move(copy));
  }
  return out;
}

}  // namespace newskg::syntax
