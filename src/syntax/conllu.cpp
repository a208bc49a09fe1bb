#include "syntax/conllu.hpp"

#include <charconv>
#include <fstream>
#include <ostream>
#include <sstream>

namespace newskg::syntax {
namespace {

bool to_int(std::string_view s, int& out) {
  const auto* end = s.data() + s.size();
  auto [p, ec] = std::from_chars(s.data(), end, out);
  return ec == std::errc() && p == end;
}

Error bad(const std::string& name, std::size_t line, const std::string& what) {
  return make_error(ErrorKind::Input, name + ":" + std::to_string(line) + ": " + what);
}

// Checks a finished sentence's heads and appends it.
Status finish(std::vector<ConlluSentence>& out, ConlluSentence& s, const std::string& name) {
  if (s.words.empty()) {
    if (!s.comments.empty() || !s.multiword.empty()) return bad(name, s.line, "a sentence without words");
    return {};
  }
  const int n = static_cast<int>(s.words.size());
  for (const auto& w : s.words)
    if (w.head < 0 || w.head > n)
      return bad(name, s.line, "head " + std::to_string(w.head) + " out of range in the sentence");
  out.push_back(std::move(s));
  s = ConlluSentence();
  return {};
}

}  // namespace

Result<std::vector<ConlluSentence>> parse_conllu(std::string_view text, const std::string& name) {
  std::vector<ConlluSentence> out;
  ConlluSentence cur;
  std::size_t line_no = 0;
  std::size_t pos = 0;
  std::vector<std::string_view> cols;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    const bool last = nl == text.size();
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      if (auto st = finish(out, cur, name); !st) return st.error();
      if (last) break;
      continue;
    }
    if (cur.words.empty() && cur.comments.empty() && cur.multiword.empty()) cur.line = line_no;
    if (line[0] == '#') {
      std::string_view c = line.substr(1);
      if (!c.empty() && c[0] == ' ') c.remove_prefix(1);
      if (c.starts_with("text = ")) cur.text = std::string(c.substr(7));
      cur.comments.emplace_back(c);
      if (last) break;
      continue;
    }
    cols.clear();
    for (std::size_t b = 0;;) {
      const std::size_t t = line.find('\t', b);
      cols.push_back(line.substr(b, t == std::string_view::npos ? std::string_view::npos : t - b));
      if (t == std::string_view::npos) break;
      b = t + 1;
    }
    if (cols.size() != 10)
      return bad(name, line_no, "expected 10 tab-separated columns, found " + std::to_string(cols.size()));
    const std::string_view id = cols[0];
    if (id.find('.') != std::string_view::npos) continue;  // an empty node of the enhanced graph
    if (const auto dash = id.find('-'); dash != std::string_view::npos) {
      MultiwordToken m;
      if (!to_int(id.substr(0, dash), m.first) || !to_int(id.substr(dash + 1), m.last) || m.first > m.last ||
          m.first != static_cast<int>(cur.words.size()) + 1)
        return bad(name, line_no, "bad multiword token range '" + std::string(id) + "'");
      m.form = std::string(cols[1]);
      m.misc = std::string(cols[9]);
      cur.multiword.push_back(std::move(m));
      continue;
    }
    int n = 0;
    if (!to_int(id, n) || n != static_cast<int>(cur.words.size()) + 1)
      return bad(name, line_no, "word id '" + std::string(id) + "' out of sequence");
    Word w;
    w.form = std::string(cols[1]);
    w.lemma = std::string(cols[2]);
    w.upos = std::string(cols[3]);
    w.xpos = std::string(cols[4]);
    w.feats = std::string(cols[5]);
    if (cols[6] == "_") {
      w.head = -1;
    } else if (!to_int(cols[6], w.head) || w.head < 0) {
      return bad(name, line_no, "bad head '" + std::string(cols[6]) + "'");
    }
    w.deprel = std::string(cols[7]);
    w.misc = std::string(cols[9]);
    if (w.form.empty()) return bad(name, line_no, "empty form");
    cur.words.push_back(std::move(w));
    if (last) break;
  }
  if (auto st = finish(out, cur, name); !st) return st.error();
  return out;
}

Result<std::vector<ConlluSentence>> read_conllu(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(ErrorKind::Input, path + ": cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return make_error(ErrorKind::Input, path + ": read failed");
  return parse_conllu(ss.str(), path);
}

bool align_words_to_text(ConlluSentence& s) {
  std::size_t pos = 0;
  std::size_t m = 0;  // next multiword token
  const std::string& t = s.text;
  auto skip_space = [&] {
    while (pos < t.size() && (t[pos] == ' ' || t[pos] == '\t' || t[pos] == '\n' || t[pos] == '\r')) ++pos;
  };
  for (std::size_t i = 0; i < s.words.size();) {
    skip_space();
    if (m < s.multiword.size() && s.multiword[m].first == static_cast<int>(i) + 1) {
      const auto& mw = s.multiword[m++];
      if (t.compare(pos, mw.form.size(), mw.form) != 0) return false;
      // the words of "don't" are do + n't: place each where its form is, else share the span
      std::size_t p = pos;
      for (int k = mw.first; k <= mw.last; ++k) {
        Word& w = s.words[static_cast<std::size_t>(k - 1)];
        if (t.compare(p, w.form.size(), w.form) == 0 && p + w.form.size() <= pos + mw.form.size()) {
          w.begin = static_cast<std::uint32_t>(p);
          w.end = static_cast<std::uint32_t>(p + w.form.size());
          p += w.form.size();
        } else {
          w.begin = static_cast<std::uint32_t>(pos);
          w.end = static_cast<std::uint32_t>(pos + mw.form.size());
        }
      }
      pos += mw.form.size();
      i = static_cast<std::size_t>(mw.last);
      continue;
    }
    Word& w = s.words[i];
    if (t.compare(pos, w.form.size(), w.form) != 0) return false;
    w.begin = static_cast<std::uint32_t>(pos);
    w.end = static_cast<std::uint32_t>(pos + w.form.size());
    pos += w.form.size();
    ++i;
  }
  return true;
}

std::vector<Word> forms_only(const ConlluSentence& s) {
  std::vector<Word> out(s.words.size());
  for (std::size_t i = 0; i < out.size(); ++i) out[i].form = s.words[i].form;
  return out;
}

void write_conllu(std::ostream& out, const ConlluSentence& s) {
  for (const auto& c : s.comments) out << "# " << c << '\n';
  std::size_t m = 0;
  auto field = [](const std::string& v) -> const std::string& {
    static const std::string kEmpty = "_";
    return v.empty() ? kEmpty : v;
  };
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    if (m < s.multiword.size() && s.multiword[m].first == static_cast<int>(i) + 1) {
      const auto& mw = s.multiword[m++];
      out << mw.first << '-' << mw.last << '\t' << mw.form << "\t_\t_\t_\t_\t_\t_\t_\t" << field(mw.misc) << '\n';
    }
    const Word& w = s.words[i];
    out << i + 1 << '\t' << w.form << '\t' << field(w.lemma) << '\t' << field(w.upos) << '\t' << field(w.xpos) << '\t'
        << field(w.feats) << '\t';
    if (w.head < 0)
      out << '_';
    else
      out << w.head;
    out << '\t' << field(w.deprel) << "\t_\t" << field(w.misc) << '\n';
  }
  out << '\n';
}

}  // namespace newskg::syntax
