#include "syntax/conllu.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "syntax/tiny_treebank.hpp"

namespace newskg::syntax {
namespace {

TEST(Conllu, ReadsSentencesWordsAndText) {
  auto s = parse_conllu(test::tiny_treebank(), "tiny");
  ASSERT_TRUE(s.ok()) << s.error().message;
  ASSERT_EQ(s->size(), 5u);
  const auto& first = (*s)[0];
  EXPECT_EQ(first.text, "Putin met Trump in Geneva.");
  ASSERT_EQ(first.words.size(), 6u);
  EXPECT_EQ(first.words[1].form, "met");
  EXPECT_EQ(first.words[1].lemma, "meet");
  EXPECT_EQ(first.words[1].head, 0);
  EXPECT_EQ(first.words[0].deprel, "nsubj");
  EXPECT_EQ((*s)[3].words[1].deprel, "nsubj:pass");
}

TEST(Conllu, WritesWhatItReads) {
  auto s = parse_conllu(test::tiny_treebank(), "tiny");
  ASSERT_TRUE(s.ok());
  std::ostringstream out;
  for (const auto& x : *s) write_conllu(out, x);
  auto again = parse_conllu(out.str(), "again");
  ASSERT_TRUE(again.ok()) << again.error().message;
  std::ostringstream out2;
  for (const auto& x : *again) write_conllu(out2, x);
  EXPECT_EQ(out.str(), out2.str());
  EXPECT_NE(out.str().find("# text = Putin met Trump in Geneva.\n1\tPutin\tPutin\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"),
            std::string::npos);
}

TEST(Conllu, MultiwordTokensAndEmptyNodes) {
  const std::string text =
      "# text = I don't know.\n"
      "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
      "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
      "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
      "3.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t4:x\t_\n"
      "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
      "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
  auto s = parse_conllu(text, "mwt");
  ASSERT_TRUE(s.ok()) << s.error().message;
  ASSERT_EQ((*s)[0].words.size(), 5u);
  ASSERT_EQ((*s)[0].multiword.size(), 1u);
  ASSERT_TRUE(align_words_to_text((*s)[0]));
  EXPECT_EQ((*s)[0].words[1].begin, 2u);
  EXPECT_EQ((*s)[0].words[1].end, 4u);
  EXPECT_EQ((*s)[0].words[2].begin, 4u);
  EXPECT_EQ((*s)[0].words[2].end, 7u);
  EXPECT_EQ((*s)[0].words[4].begin, 12u);
}

TEST(Conllu, ErrorsNameFileAndLine) {
  auto bad_columns = parse_conllu("# text = x\n1\tx\tx\tX\n\n", "a.conllu");
  ASSERT_FALSE(bad_columns.ok());
  EXPECT_NE(bad_columns.error().message.find("a.conllu:2:"), std::string::npos) << bad_columns.error().message;
  auto bad_head = parse_conllu("1\tx\tx\tX\tX\t_\t7\tdep\t_\t_\n\n", "b.conllu");
  ASSERT_FALSE(bad_head.ok());
  EXPECT_NE(bad_head.error().message.find("b.conllu:1:"), std::string::npos);
  EXPECT_NE(bad_head.error().message.find("head 7"), std::string::npos);
  auto bad_order = parse_conllu("2\tx\tx\tX\tX\t_\t0\troot\t_\t_\n\n", "c.conllu");
  ASSERT_FALSE(bad_order.ok());
  EXPECT_NE(bad_order.error().message.find("out of sequence"), std::string::npos);
  auto missing = read_conllu("/nonexistent/x.conllu");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message.find("/nonexistent/x.conllu"), std::string::npos);
}

}  // namespace
}  // namespace newskg::syntax
