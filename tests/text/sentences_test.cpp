#include "text/sentences.hpp"

#include <gtest/gtest.h>

using namespace newskg;

namespace {
std::vector<std::string> split(const std::string& text) {
  Tokenizer t({"Mr.", "Dr.", "Gen."});
  auto toks = t.tokenize(text);
  std::vector<std::string> out;
  for (const Sentence& s : split_sentences(text, toks)) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}
}  // namespace

TEST(Sentences, SplitsAtFullStopsButNotAfterTitles) {
  EXPECT_EQ(split("Mr. Whitkoff met Putin. He left. Dr. Smith stayed!"),
            (std::vector<std::string>{"Mr. Whitkoff met Putin.", "He left.", "Dr. Smith stayed!"}));
}

TEST(Sentences, InitialismAtTheEndOfASentence) {
  EXPECT_EQ(split("Sanctions came from the U.S. The talks went on in the U.S. capital."),
            (std::vector<std::string>{"Sanctions came from the U.S.", "The talks went on in the U.S. capital."}));
}

TEST(Sentences, ClosingQuotesStayWithTheirSentence) {
  EXPECT_EQ(split("He said \"we are ready.\" Then he left."),
            (std::vector<std::string>{"He said \"we are ready.\"", "Then he left."}));
}

TEST(Sentences, HeadlinesAndParagraphsAreSentences) {
  EXPECT_EQ(split("Envoy meets minister\n\nRIYADH - The envoy met the minister on Monday.\nNo deal was made."),
            (std::vector<std::string>{"Envoy meets minister", "RIYADH - The envoy met the minister on Monday.",
                                      "No deal was made."}));
}

TEST(Sentences, LowerCaseAfterFullStopDoesNotSplit) {
  EXPECT_EQ(split("Some issues (...) others drew criticism."),
            (std::vector<std::string>{"Some issues (...) others drew criticism."}));
}
