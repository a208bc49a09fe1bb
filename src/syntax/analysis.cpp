#include "syntax/analysis.hpp"

namespace newskg::syntax {

std::vector<ParsedSentence> analyse_text(std::string_view text, const Tokenizer& tokenizer,
                                         const SyntaxModels& models) {
  return analyse_text(text, tokenizer, models.tagger, &models.parser);
}

std::vector<ParsedSentence> analyse_text(std::string_view text, const Tokenizer& tokenizer, const Tagger& tagger,
                                         const Parser* parser) {
  std::vector<ParsedSentence> out;
  for (const SentenceSpan& s : ud_sentences(text, tokenizer)) {
    ParsedSentence p;
    p.begin = s.begin;
    p.end = s.end;
    p.words.resize(s.words.size());
    p.space_after.resize(s.words.size());
    for (std::size_t i = 0; i < s.words.size(); ++i) {
      p.words[i].form = std::string(text.substr(s.words[i].begin, s.words[i].end - s.words[i].begin));
      p.words[i].begin = s.words[i].begin;
      p.words[i].end = s.words[i].end;
      p.space_after[i] = s.words[i].space_after;
    }
    tagger.tag(p.words);
    if (parser) parser->parse(p.words);
    out.push_back(std::move(p));
  }
  return out;
}

ConlluSentence to_conllu(const ParsedSentence& s, std::string_view text, const std::string& doc_id, std::size_t number,
                         bool new_document) {
  (void)text;
  ConlluSentence c;
  if (new_document) c.comments.push_back("newdoc id = " + doc_id);
  c.comments.push_back("sent_id = " + doc_id + "-" + std::to_string(number));
  std::string joined;
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    joined += s.words[i].form;
    if (s.space_after[i] && i + 1 < s.words.size()) joined += ' ';
  }
  c.comments.push_back("text = " + joined);
  c.text = joined;
  c.words = s.words;
  for (std::size_t i = 0; i < c.words.size(); ++i) {
    Word& w = c.words[i];
    std::string misc;
    if (!s.space_after[i]) misc = "SpaceAfter=No|";
    misc += "TokenRange=" + std::to_string(w.begin) + ":" + std::to_string(w.end);
    w.misc = misc;
  }
  return c;
}

}  // namespace newskg::syntax
