// Training copies of treebank sentences in the shape news writes names: "Zimbabwean Prime
// Minister Robert Mugabe", "U.S. Secretary of State Warren Christopher", "Tory leader Michael
// Howard". EWT and GUM hold a few dozen such titles; news has them in every other sentence, and a
// parser that never saw them makes the title or the demonym the subject.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/error.hpp"
#include "syntax/conllu.hpp"

namespace newskg::syntax {

/// The words the copies put before names, read from the lexicon's files (titles.tsv: "prime
/// minister", "secretary of state", "leader"; countries.tsv: demonyms and one-word country names).
/// Plain data, no invariants.
struct NewsVocabulary {
  std::vector<std::string> titles;     ///< lower case, one or more words
  std::vector<std::string> demonyms;   ///< "Russian", "Zimbabwean"
  std::vector<std::string> countries;  ///< one-word names: "Russia", "Chile"
  bool empty() const { return titles.empty(); }
};

/// Reads titles.tsv and countries.tsv of a lexicon directory. Errors name the file.
Result<NewsVocabulary> read_news_vocabulary(const std::string& lexicon_dir);

/// Copies of every `every`-th sentence that holds a person-like name (a proper noun with no words
/// of its own before it) with a title, and sometimes a demonym or a country before the title,
/// inserted before that name and attached as UD attaches them (the title's head word nmod:desc
/// to the name; "Prime" amod, "Defence" compound, "of State" nmod to the title; the demonym amod
/// and the country compound to the title). The same sentences, vocabulary and seed give the same
/// copies. Tags are the gold ones (the caller tags copies as it tags the rest).
std::vector<ConlluSentence> news_copies(const std::vector<ConlluSentence>& train, const NewsVocabulary& vocabulary,
                                        std::uint64_t seed, int every = 2);

}  // namespace newskg::syntax
