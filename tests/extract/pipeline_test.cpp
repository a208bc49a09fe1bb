// Pipeline::prepare: tokens, their lower case and word classes, sentences.
#include "extract/pipeline.hpp"

#include <gtest/gtest.h>

#include "support.hpp"
#include "text/utf8.hpp"

using namespace newskg;

namespace {
Extraction prepared(std::string text) {
  Document d;
  d.id = "t";
  d.text = std::move(text);
  return Pipeline(test::lexicon()).prepare(std::move(d));
}
}  // namespace

TEST(Pipeline, EveryTokenHasItsLowerCaseAndWordClasses) {
  const Extraction ex = prepared("The U.S. Envoy MET them in KYIV.");
  std::vector<std::string> lower;
  for (std::uint32_t i = 0; i < ex.tokens.size(); ++i) lower.emplace_back(ex.lower(i));
  EXPECT_EQ(lower, (std::vector<std::string>{"the", "u.s.", "envoy", "met", "them", "in", "kyiv", "."}));
  EXPECT_TRUE(ex.is(0, kDefiniteArticle));
  EXPECT_TRUE(ex.is(2, kTitleWord));
  EXPECT_TRUE(ex.is(3, kFrameWord));
  EXPECT_TRUE(ex.is(4, kPluralPronoun));
  EXPECT_EQ(ex.word_class[7], 0);  // punctuation has none
  ASSERT_EQ(ex.sentences.size(), 1u);
}

TEST(Pipeline, NonAsciiTokensAreLoweredWholeAndTheRestKeepsItsOffsets) {
  // a non-ASCII capital changes the byte length of nothing here, but the lower case of such a
  // token is built apart from the text; the tokens around it still read their own bytes
  const Extraction ex = prepared("ÉTATS-UNIS and Zürich: Ökonomie, OK? İstanbul.");
  std::vector<std::string> lower;
  for (std::uint32_t i = 0; i < ex.tokens.size(); ++i) lower.emplace_back(ex.lower(i));
  ASSERT_GE(lower.size(), 8u);
  EXPECT_EQ(lower[0], "états-unis");
  EXPECT_EQ(lower[1], "and");
  EXPECT_EQ(lower[2], "zürich");
  EXPECT_EQ(lower[3], ":");
  EXPECT_EQ(lower[4], "ökonomie");
  EXPECT_EQ(lower[6], "ok");
  EXPECT_TRUE(ex.is(1, kFunctionWord));
  for (std::uint32_t i = 0; i < ex.tokens.size(); ++i) EXPECT_EQ(ex.lower(i), utf8::lower(ex.token(i))) << i;
}

TEST(Pipeline, LowerCaseIsRightAtEveryByteOffsetAndAroundTheLetterRanges) {
  // the text is lowered eight bytes at a time: letters next to the ranges' ends (@ A Z [ ` a z {)
  // at every position of an eight-byte word, before, inside and after non-ASCII bytes
  std::string text;
  for (int shift = 0; shift < 9; ++shift) {
    text += std::string(static_cast<std::size_t>(shift), ' ');
    text += "@AZ[`az{ MiXeD QUIET Zürich ÄBC-Déf x@Y Z[A ";
  }
  const Extraction ex = prepared(text);
  ASSERT_GT(ex.tokens.size(), 50u);
  for (std::uint32_t i = 0; i < ex.tokens.size(); ++i) EXPECT_EQ(ex.lower(i), utf8::lower(ex.token(i))) << i;
  // an all-ASCII text (no token lowered apart from it) too, of a length that is no multiple of 8
  const Extraction plain = prepared("Abc DEF gHi @Z[ `A{ Q");
  for (std::uint32_t i = 0; i < plain.tokens.size(); ++i) EXPECT_EQ(plain.lower(i), utf8::lower(plain.token(i))) << i;
}

TEST(Pipeline, NamesAndAliasesAreCutToTheBoundAtACharacterBoundary) {
  Extraction ex;
  Entity e;
  e.name = std::string(kMaxNameBytes - 1, 'a') + "\xC3\xA9" + "tail";  // é straddles the bound
  e.aliases = {"short", std::string(kMaxNameBytes + 500, 'b')};
  ex.entities.push_back(e);
  cap_names(ex);
  const Entity& c = ex.entities[0];
  EXPECT_EQ(c.name, std::string(kMaxNameBytes - 1, 'a'));
  EXPECT_TRUE(utf8::is_valid(c.name));
  EXPECT_EQ(c.aliases, (std::set<std::string>{"short", std::string(kMaxNameBytes, 'b')}));
}
