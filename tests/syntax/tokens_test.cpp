#include "syntax/tokens.hpp"

#include <gtest/gtest.h>

#include "support.hpp"

namespace newskg::syntax {
namespace {

std::vector<std::string> words_of(const std::string& text, const SentenceSpan& s) {
  std::vector<std::string> out;
  for (const auto& w : s.words) out.emplace_back(text.substr(w.begin, w.end - w.begin));
  return out;
}

std::vector<std::vector<std::string>> analyse(const std::string& text) {
  const Tokenizer tokenizer(test::lexicon().abbreviations());
  std::vector<std::vector<std::string>> out;
  for (const auto& s : ud_sentences(text, tokenizer)) out.push_back(words_of(text, s));
  return out;
}

using W = std::vector<std::string>;

TEST(UdTokens, Clitics) {
  EXPECT_EQ(analyse("I'm sure they don't know Russia's plan.")[0],
            (W{"I", "'m", "sure", "they", "do", "n't", "know", "Russia", "'s", "plan", "."}));
  EXPECT_EQ(analyse("We've said we'll go, and you're right: I'd cannot.")[0],
            (W{"We", "'ve", "said", "we", "'ll", "go", ",", "and", "you", "'re", "right", ":", "I", "'d", "can", "not",
               "."}));
  EXPECT_EQ(analyse("They\xE2\x80\x99re gonna win.")[0], (W{"They", "\xE2\x80\x99re", "gon", "na", "win", "."}));
}

TEST(UdTokens, HyphensSplitButPrefixesStay) {
  EXPECT_EQ(analyse("A Moscow-based, non-profit group re-elected its US-born head.")[0],
            (W{"A", "Moscow", "-", "based", ",", "non-profit", "group", "re-elected", "its", "US", "-", "born", "head",
               "."}));
  EXPECT_EQ(analyse("Call 944-3737 now.")[0], (W{"Call", "944-3737", "now", "."}));
}

TEST(UdTokens, WebAddressesAreOneWord) {
  EXPECT_EQ(analyse("See https://www.bbc.co.uk/news/world-123. Then go.")[0],
            (W{"See", "https://www.bbc.co.uk/news/world-123", "."}));
}

TEST(UdTokens, AddressesFileNamesAndRepeatedPunctuation) {
  EXPECT_EQ(analyse("Mail franz371@gmail.com or see bbc.co.uk and report.pdf now!!! Really??")[0],
            (W{"Mail", "franz371@gmail.com", "or", "see", "bbc.co.uk", "and", "report.pdf", "now", "!!!"}));
  // not dotted names: initialisms, numbers, a full stop before a capital
  EXPECT_EQ(analyse("The U.S. grew 3.5 per cent.")[0], (W{"The", "U.S.", "grew", "3.5", "per", "cent", "."}));
  EXPECT_EQ(analyse("Wait... what -- now?")[0], (W{"Wait", "...", "what", "--", "now", "?"}));
}

TEST(UdTokens, OffsetsPointIntoTheText) {
  const std::string text = "Putin's aides didn't  meet anyone.";
  const Tokenizer tokenizer(test::lexicon().abbreviations());
  const auto s = ud_sentences(text, tokenizer);
  ASSERT_EQ(s.size(), 1u);
  for (const auto& w : s[0].words) EXPECT_LT(w.begin, w.end);
  EXPECT_EQ(s[0].words[1].begin, 5u);  // 's
  EXPECT_EQ(s[0].words[1].end, 7u);
  EXPECT_FALSE(s[0].words[0].space_after);
  EXPECT_TRUE(s[0].words[1].space_after);
  EXPECT_EQ(text.substr(s[0].words[4].begin, 3), "n't");
  EXPECT_EQ(s[0].begin, 0u);
  EXPECT_EQ(s[0].end, text.size());
}

TEST(UdTokens, DatelinesAreSentencesOfTheirOwn) {
  auto a = analyse("GENEVA, March 4 - Russian and US officials met on Tuesday.");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0], (W{"GENEVA", ",", "March", "4", "-"}));
  EXPECT_EQ(a[1].front(), "Russian");
  auto b = analyse("LONDON (Reuters) - The Bank of England held rates.");
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0], (W{"LONDON", "(", "Reuters", ")", "-"}));
  auto c = analyse("WASHINGTON \xE2\x80\x94 The talks ended.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0], (W{"WASHINGTON", "\xE2\x80\x94"}));
  // a sentence that merely starts with an acronym keeps its dash
  auto d = analyse("NATO said the talks - long delayed - would resume.");
  EXPECT_EQ(d.size(), 1u);
}

TEST(UdTokens, HeadlinesAndAbbreviations) {
  auto a = analyse(
      "Putin and Trump to meet in Geneva\n\nMr. Putin said on Monday that the U.S. delegation had arrived. "
      "\"We are ready,\" he said.");
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].back(), "Geneva");
  EXPECT_EQ(a[1].front(), "Mr.");
  EXPECT_EQ(a[2].front(), "\"");
}

}  // namespace
}  // namespace newskg::syntax
