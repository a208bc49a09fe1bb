#include "extract/ner_data.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "syntax/word_shape.hpp"

namespace newskg::ner {
namespace {

std::optional<NameType> uner_type(std::string_view t) {
  if (t == "PER") return NameType::Person;
  if (t == "ORG") return NameType::Organization;
  if (t == "LOC") return NameType::Place;
  return std::nullopt;
}

std::optional<NameType> gum_type(std::string_view t) {
  if (t == "person") return NameType::Person;
  if (t == "organization") return NameType::Organization;
  if (t == "place") return NameType::Place;
  return std::nullopt;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  for (std::size_t at = 0;;) {
    const std::size_t next = s.find(sep, at);
    out.push_back(s.substr(at, next == std::string_view::npos ? std::string_view::npos : next - at));
    if (next == std::string_view::npos) return out;
    at = next + 1;
  }
}

// A GUM mention: words [first, last] (inclusive) of one sentence and its entity type.
struct Mention {
  std::size_t first, last;
  std::string type;
};

// The mentions of a sentence from the words' `Entity=` values: "(ID-type-...": opens, "(ID-...)"
// is a one-word mention, "ID)" closes the innermost open mention of that id.
std::vector<Mention> mentions_of(const syntax::ConlluSentence& s) {
  std::vector<Mention> out;
  std::vector<std::pair<std::string, Mention>> open;
  for (std::size_t k = 0; k < s.words.size(); ++k) {
    for (const std::string_view field : split(s.words[k].misc, '|')) {
      if (!field.starts_with("Entity=")) continue;
      const std::string_view v = field.substr(7);
      for (std::size_t i = 0; i < v.size();) {
        if (v[i] == '(') {
          std::size_t j = i + 1;
          while (j < v.size() && v[j] != '(' && v[j] != ')') ++j;
          const auto parts = split(v.substr(i + 1, j - i - 1), '-');
          Mention m{k, k, parts.size() > 1 ? std::string(parts[1]) : std::string()};
          if (j < v.size() && v[j] == ')') {
            out.push_back(m);
            ++j;
          } else {
            open.emplace_back(std::string(parts[0]), m);
          }
          i = j;
        } else if (v[i] >= '0' && v[i] <= '9') {
          std::size_t j = i;
          while (j < v.size() && v[j] >= '0' && v[j] <= '9') ++j;
          const std::string id(v.substr(i, j - i));
          for (auto it = open.rbegin(); it != open.rend(); ++it)
            if (it->first == id) {
              it->second.last = k;
              out.push_back(it->second);
              open.erase(std::next(it).base());
              break;
            }
          i = j < v.size() && v[j] == ')' ? j + 1 : j;
        } else {
          ++i;
        }
      }
    }
  }
  return out;
}

bool capitalised(std::string_view w) {
  return !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
}

// A word that can be part of a name: a proper noun, or a capitalised content word ("Spanish
// Netherlands", "Royal Society", "Johann II"; GUM tags "United" in "United States" a verb).
bool name_like(const syntax::Word& w) {
  if (w.upos == "PROPN") return true;
  static const std::vector<std::string_view> function = {"DET",   "ADP", "PRON", "PUNCT", "CCONJ",
                                                         "SCONJ", "AUX", "PART", "SYM"};
  return capitalised(w.form) && std::find(function.begin(), function.end(), w.upos) == function.end();
}

// A word a name may have inside it, between name words ("Bank of England", "AT&T",
// "Pierre-Simon").
bool bridge(const syntax::Word& w) {
  static const std::vector<std::string_view> words = {"of",  "for", "the", "de", "du", "des", "la", "le", "von",
                                                      "van", "der", "den", "di", "da", "al",  "el", "&",  "-"};
  const std::string l = syntax::lower_ascii(w.form);
  return std::find(words.begin(), words.end(), l) != words.end();
}

// The named span of a mention, or none: [first, last) in words.
std::optional<NamedSpan> name_of(const syntax::ConlluSentence& s, const Mention& m, NameType type,
                                 const Lexicon& lexicon) {
  const auto& w = s.words;
  const auto inside = [&](int head) {
    return head >= static_cast<int>(m.first) + 1 && head <= static_cast<int>(m.last) + 1;
  };
  std::size_t head = m.first;
  while (head <= m.last && inside(w[head].head)) ++head;
  if (head > m.last || w[head].upos != "PROPN") return std::nullopt;
  std::size_t l = head, r = head;
  // rightwards: name words, or up to two bridge words followed by a name word
  for (;;) {
    std::size_t k = r + 1, bridges = 0;
    while (k <= m.last && bridges < 2 && bridge(w[k])) ++k, ++bridges;
    if (k <= m.last && name_like(w[k]))
      r = k;
    else
      break;
  }
  for (;;) {
    if (l == m.first) break;
    std::size_t k = l - 1, bridges = 0;
    while (k > m.first && bridges < 2 && bridge(w[k])) --k, ++bridges;
    if (name_like(w[k]) && !bridge(w[k]))
      l = k;
    else
      break;
  }
  if (type == NameType::Person) {
    // titles ("President", "Prime Minister", "Mr") and places or demonyms before a person's name
    for (bool trimmed = true; trimmed && l < r;) {
      trimmed = false;
      for (std::size_t n = std::min<std::size_t>(lexicon.max_title_tokens(), r - l); n >= 1 && !trimmed; --n) {
        std::string phrase;
        for (std::size_t k = l; k < l + n; ++k) phrase += (k > l ? " " : "") + syntax::lower_ascii(w[k].form);
        if (lexicon.title(phrase)) l += n, trimmed = true;
      }
      for (std::size_t n = std::min<std::size_t>(lexicon.max_gazetteer_tokens(), r - l); n >= 1 && !trimmed; --n) {
        std::string phrase;
        for (std::size_t k = l; k < l + n; ++k) phrase += (k > l ? " " : "") + w[k].form;
        const auto e = lexicon.gazetteer(phrase);
        if (e && e->type != EntityType::Person) l += n, trimmed = true;
      }
    }
  }
  return NamedSpan{static_cast<std::uint32_t>(l), static_cast<std::uint32_t>(r + 1), type};
}

// Keeps the longest of overlapping spans (the first of equally long ones), in text order.
std::vector<NamedSpan> without_overlaps(std::vector<NamedSpan> spans) {
  std::stable_sort(spans.begin(), spans.end(),
                   [](const NamedSpan& a, const NamedSpan& b) { return a.last - a.first > b.last - b.first; });
  std::vector<NamedSpan> kept;
  for (const auto& s : spans)
    if (std::none_of(kept.begin(), kept.end(),
                     [&](const NamedSpan& k) { return s.first < k.last && k.first < s.last; }))
      kept.push_back(s);
  std::sort(kept.begin(), kept.end(), [](const NamedSpan& a, const NamedSpan& b) { return a.first < b.first; });
  return kept;
}

}  // namespace

const char* to_string(NameType t) noexcept {
  switch (t) {
    case NameType::Person:
      return "PER";
    case NameType::Organization:
      return "ORG";
    case NameType::Place:
      return "LOC";
  }
  return "?";
}

Result<std::vector<NerDocument>> parse_iob2(std::string_view text, const std::string& name) {
  std::vector<NerDocument> docs;
  NerSentence sentence;
  std::optional<NameType> open;
  auto end_sentence = [&] {
    if (sentence.words.empty()) return;
    if (docs.empty()) docs.push_back(NerDocument{name, {}});
    docs.back().sentences.push_back(std::move(sentence));
    sentence = NerSentence{};
    open.reset();
  };
  std::size_t line_no = 0;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t nl = text.find('\n', at);
    std::string_view line = text.substr(at, nl == std::string_view::npos ? std::string_view::npos : nl - at);
    at = nl == std::string_view::npos ? text.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      end_sentence();
      continue;
    }
    if (line[0] == '#') {
      if (line.starts_with("# newdoc id = ")) {
        end_sentence();
        docs.push_back(NerDocument{std::string(line.substr(14)), {}});
      }
      continue;
    }
    const auto cols = split(line, '\t');
    if (cols.size() < 3 || cols[1].empty())
      return make_error(ErrorKind::Input, name + ":" + std::to_string(line_no) + ": expected id, form and tag columns");
    syntax::Word w;
    w.form = std::string(cols[1]);
    const std::string_view tag = cols[2];
    const auto k = static_cast<std::uint32_t>(sentence.words.size());
    sentence.words.push_back(std::move(w));
    if (tag == "O" || tag.size() < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I')) {
      if (tag != "O" && tag != "_")
        return make_error(ErrorKind::Input,
                          name + ":" + std::to_string(line_no) + ": bad tag '" + std::string(tag) + "'");
      open.reset();
      continue;
    }
    const auto type = uner_type(tag.substr(2));
    if (!type) {
      open.reset();
      continue;
    }
    if (tag[0] == 'I' && open == type && !sentence.names.empty() && sentence.names.back().last == k) {
      sentence.names.back().last = k + 1;
    } else {
      sentence.names.push_back(NamedSpan{k, k + 1, *type});
    }
    open = type;
  }
  end_sentence();
  return docs;
}

Result<std::vector<NerDocument>> gum_entities(const std::vector<syntax::ConlluSentence>& sentences,
                                              const Lexicon& lexicon, const std::string& name) {
  std::vector<NerDocument> docs;
  for (const auto& s : sentences) {
    for (const auto& c : s.comments)
      if (c.starts_with("newdoc id = ")) docs.push_back(NerDocument{c.substr(12), {}});
    if (docs.empty()) docs.push_back(NerDocument{name, {}});
    NerSentence out;
    std::vector<NamedSpan> spans;
    for (const Mention& m : mentions_of(s)) {
      const auto type = gum_type(m.type);
      if (!type) continue;
      if (auto span = name_of(s, m, *type, lexicon)) spans.push_back(*span);
    }
    out.names = without_overlaps(std::move(spans));
    out.words = s.words;
    docs.back().sentences.push_back(std::move(out));
  }
  return docs;
}

Status find_name_files(const std::string& dir, NameFiles& files) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return make_error(ErrorKind::Input, dir + ": not a directory");
  // a CoNLL-U file carries entities when its first comments declare them
  auto annotated = [](const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::string head(4096, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    return head.find("Entity") != std::string::npos;
  };
  for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::follow_directory_symlink, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.ends_with("-dev.iob2")) files.train.push_back(it->path().string());
    if (name.ends_with("-train.conllu") && annotated(it->path())) files.train.push_back(it->path().string());
    if (name.ends_with("-dev.conllu") && annotated(it->path())) files.dev.push_back(it->path().string());
  }
  if (ec) return make_error(ErrorKind::Input, dir + ": " + ec.message());
  if (files.train.empty()) return make_error(ErrorKind::Input, dir + ": no named-entity training file in it");
  std::sort(files.train.begin(), files.train.end());
  std::sort(files.dev.begin(), files.dev.end());
  return {};
}

Result<std::vector<NerDocument>> read_ner_file(const std::string& path, const Lexicon& lexicon) {
  if (path.ends_with(".iob2")) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return make_error(ErrorKind::Input, path + ": cannot open");
    std::ostringstream ss;
    ss << in.rdbuf();
    return parse_iob2(ss.str(), path);
  }
  auto s = syntax::read_conllu(path);
  if (!s) return s.error();
  return gum_entities(*s, lexicon, path);
}

}  // namespace newskg::ner
