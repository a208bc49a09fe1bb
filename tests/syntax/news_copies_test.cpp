// News-shaped training copies (syntax/news_copies): titles before names, attached as UD does.
#include "syntax/news_copies.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "support.hpp"
#include "syntax/conllu.hpp"
#include "syntax/parser.hpp"
#include "syntax/tiny_treebank.hpp"

namespace newskg::syntax {
namespace {

NewsVocabulary vocabulary() {
  NewsVocabulary v;
  v.titles = {"prime minister", "secretary of state", "leader", "president"};
  v.demonyms = {"Zimbabwean", "Russian"};
  v.countries = {"Chile", "Peru"};
  return v;
}

std::string text(const ConlluSentence& s) {
  std::string t;
  for (const Word& w : s.words) t += (t.empty() ? "" : " ") + w.form;
  return t;
}

// Every copy is a tree (heads in range, one root, no cycle) that the transition system can
// reach, holds its sentence's words in order with the title's words inserted before one name,
// and attaches the title's head to that name as nmod:desc.
TEST(NewsCopies, TitlesBeforeNamesFormValidTrees) {
  auto train = parse_conllu(test::tiny_treebank(), "tiny");
  ASSERT_TRUE(train) << train.error().message;
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    const auto copies = news_copies(*train, vocabulary(), seed, 1);
    ASSERT_FALSE(copies.empty());
    for (const ConlluSentence& c : copies) {
      int roots = 0;
      for (std::size_t i = 0; i < c.words.size(); ++i) {
        const int h = c.words[i].head;
        ASSERT_GE(h, 0) << text(c);
        ASSERT_LE(h, static_cast<int>(c.words.size())) << text(c);
        roots += h == 0;
        // no cycle: climbing from each word ends at the root
        int at = static_cast<int>(i) + 1, steps = 0;
        while (at != 0 && steps++ <= static_cast<int>(c.words.size()))
          at = c.words[static_cast<std::size_t>(at) - 1].head;
        EXPECT_EQ(at, 0) << text(c);
      }
      EXPECT_EQ(roots, 1) << text(c);
      // the transition system rebuilds it (the copies keep their sentence projective)
      std::vector<int> heads;
      std::vector<std::uint32_t> labels, got_labels;
      for (const Word& w : c.words) {
        heads.push_back(w.head);
        labels.push_back(w.deprel == "nmod:desc" ? 1u : 2u);
      }
      EXPECT_EQ(oracle_parse(heads, labels, 0, got_labels), heads) << text(c);
      int desc = 0;
      for (const Word& w : c.words)
        if (w.deprel == "nmod:desc") {
          ++desc;
          EXPECT_EQ(c.words[static_cast<std::size_t>(w.head) - 1].upos, "PROPN") << text(c);
        }
      EXPECT_EQ(desc, 1) << text(c);
    }
  }
}

TEST(NewsCopies, SecretaryOfStateAndDemonymsAttachToTheTitle) {
  auto train = parse_conllu(test::tiny_treebank(), "tiny");
  ASSERT_TRUE(train);
  NewsVocabulary v = vocabulary();
  v.titles = {"secretary of state"};
  bool seen_of = false;
  for (std::uint64_t seed = 1; seed <= 20; ++seed)
    for (const ConlluSentence& c : news_copies(*train, v, seed, 1))
      for (std::size_t i = 0; i < c.words.size(); ++i) {
        const Word& w = c.words[i];
        if (w.lemma != "of") continue;
        seen_of = true;
        // "of" -> "State" (case), "State" -> "Secretary" (nmod), "Secretary" -> the name (nmod:desc)
        ASSERT_EQ(w.deprel, "case");
        const Word& state = c.words[static_cast<std::size_t>(w.head) - 1];
        EXPECT_EQ(state.deprel, "nmod");
        const Word& secretary = c.words[static_cast<std::size_t>(state.head) - 1];
        EXPECT_EQ(secretary.deprel, "nmod:desc") << text(c);
        if (i >= 2 && (c.words[i - 2].form == "Zimbabwean" || c.words[i - 2].form == "Chile")) {
          EXPECT_EQ(c.words[i - 2].head, static_cast<int>(i)) << text(c);  // onto "Secretary"
        }
      }
  EXPECT_TRUE(seen_of);
}

TEST(NewsCopies, SameSeedSameCopiesAndNoneWithoutVocabulary) {
  auto train = parse_conllu(test::tiny_treebank(), "tiny");
  ASSERT_TRUE(train);
  const auto a = news_copies(*train, vocabulary(), 7, 1);
  const auto b = news_copies(*train, vocabulary(), 7, 1);
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) EXPECT_EQ(text(a[i]), text(b[i]));
  EXPECT_TRUE(news_copies(*train, NewsVocabulary{}, 7, 1).empty());
  EXPECT_TRUE(news_copies(*train, vocabulary(), 7, 0).empty());
}

TEST(NewsCopies, VocabularyComesFromTheLexiconFiles) {
  auto v = read_news_vocabulary(test::source_dir() + "/ontology/lexicon");
  ASSERT_TRUE(v) << v.error().message;
  EXPECT_NE(std::find(v->titles.begin(), v->titles.end(), "prime minister"), v->titles.end());
  EXPECT_NE(std::find(v->demonyms.begin(), v->demonyms.end(), "Russian"), v->demonyms.end());
  EXPECT_NE(std::find(v->countries.begin(), v->countries.end(), "Chile"), v->countries.end());
  auto missing = read_news_vocabulary("/nonexistent-dir");
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().message.find("/nonexistent-dir/titles.tsv"), std::string::npos);
}

}  // namespace
}  // namespace newskg::syntax
