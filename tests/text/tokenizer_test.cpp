#include "text/tokenizer.hpp"

#include <gtest/gtest.h>

using namespace newskg;

namespace {
std::vector<std::string> words(const std::string& text) {
  Tokenizer t({"Mr.", "Dr.", "Inc."});
  std::vector<std::string> out;
  for (const Token& tok : t.tokenize(text)) out.emplace_back(token_text(text, tok));
  return out;
}
}  // namespace

TEST(Tokenizer, InitialismsAndTitlesKeepTheirFullStops) {
  EXPECT_EQ(words("U.S. envoy Mr. Whitkoff met M. Rubio."),
            (std::vector<std::string>{"U.S.", "envoy", "Mr.", "Whitkoff", "met", "M.", "Rubio", "."}));
}

TEST(Tokenizer, PossessivesAndNegationsAreSplit) {
  EXPECT_EQ(words("Trump's son-in-law didn't go"),
            (std::vector<std::string>{"Trump", "'s", "son-in-law", "did", "n't", "go"}));
  EXPECT_EQ(words("Kyiv\xE2\x80\x99s troops"), (std::vector<std::string>{"Kyiv", "\xE2\x80\x99s", "troops"}));
}

TEST(Tokenizer, NumbersHyphensAndNames) {
  EXPECT_EQ(words("5,660 drones (+2%) hit Agence France-Presse and O'Brien"),
            (std::vector<std::string>{"5,660", "drones", "(", "+", "2", "%", ")", "hit", "Agence", "France-Presse",
                                      "and", "O'Brien"}));
}

TEST(Tokenizer, FlagsAndOffsets) {
  const std::string text = "NATO chief\n\nRutte";
  Tokenizer t;
  auto toks = t.tokenize(text);
  ASSERT_EQ(toks.size(), 3u);
  EXPECT_TRUE(toks[0].has(kAllCaps));
  EXPECT_TRUE(toks[0].has(kCap));
  EXPECT_FALSE(toks[1].has(kCap));
  EXPECT_TRUE(toks[2].has(kBlankLine));
  EXPECT_EQ(toks[2].begin, 12u);
  EXPECT_EQ(toks[2].end, 17u);
}

TEST(Tokenizer, EmptyAndWhitespaceOnly) {
  EXPECT_TRUE(words("").empty());
  EXPECT_TRUE(words(" \n\t ").empty());
}

TEST(Tokenizer, HyphenatedWordsAreFlagged) {
  const std::string text = "al-Zawahiri and pro\xE2\x80\x91Russian troops - not this - or 3-2";
  Tokenizer t;
  std::vector<std::string> flagged;
  for (const Token& tok : t.tokenize(text))
    if (tok.has(kHyphenated)) flagged.emplace_back(token_text(text, tok));
  EXPECT_EQ(flagged, (std::vector<std::string>{"al-Zawahiri", "pro\xE2\x80\x91Russian", "3-2"}));
}

// All capitals: two or more capitals and no lower-case letter, however the word ends (white
// space, punctuation, the end of the text, a full stop, a non-ASCII letter or mark).
TEST(Tokenizer, AllCapitalsAndCapitalisedFlags) {
  const std::string text = "AB A1B A1 Ab aB NATO, EU. G7 X A1-B USA\xE2\x80\x99s \xC3\x89TAT CAF\xC3\x89 ab";
  Tokenizer t({"Mr."});
  std::vector<std::pair<std::string, std::uint16_t>> got;
  for (const Token& tok : t.tokenize(text))
    if (tok.has(kWord)) got.emplace_back(token_text(text, tok), tok.flags & (kCap | kAllCaps));
  const std::uint16_t caps = kCap | kAllCaps;
  EXPECT_EQ(got, (std::vector<std::pair<std::string, std::uint16_t>>{{"AB", caps},
                                                                     {"A1B", caps},
                                                                     {"A1", kCap},
                                                                     {"Ab", kCap},
                                                                     {"aB", 0},
                                                                     {"NATO", caps},
                                                                     {"EU", caps},
                                                                     {"G7", kCap},
                                                                     {"X", kCap},
                                                                     {"A1-B", caps},
                                                                     {"USA", caps},
                                                                     {"\xE2\x80\x99s", 0},
                                                                     {"\xC3\x89TAT", caps},
                                                                     {"CAF\xC3\x89", caps},
                                                                     {"ab", 0}}));
}

TEST(Tokenizer, WordsEndAtTheTextsEndAndKeepAnAbbreviationsFullStop) {
  EXPECT_EQ(words("Mr. Smith met Dr"), (std::vector<std::string>{"Mr.", "Smith", "met", "Dr"}));
  EXPECT_EQ(words("Dr."), (std::vector<std::string>{"Dr."}));
  EXPECT_EQ(words("M"), (std::vector<std::string>{"M"}));
  EXPECT_EQ(words("met M. Rubio"), (std::vector<std::string>{"met", "M.", "Rubio"}));
  EXPECT_EQ(words("met M."), (std::vector<std::string>{"met", "M", "."}));  // at the end: a full stop
  EXPECT_EQ(words("ends here."), (std::vector<std::string>{"ends", "here", "."}));
  EXPECT_EQ(words("x;y(z)\"q\""), (std::vector<std::string>{"x", ";", "y", "(", "z", ")", "\"", "q", "\""}));
  EXPECT_EQ(words("caf\xC3\xA9s d'Ivoire"), (std::vector<std::string>{"caf\xC3\xA9s", "d'Ivoire"}));
}
