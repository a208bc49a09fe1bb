// The corpus case table: built from raw sentences, read back through CorpusCase.
#include "extract/corpus_case.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/recogniser.hpp"

using newskg::ner::CorpusCase;

TEST(CorpusCase, BandsOfHowWordsAreWritten) {
  std::vector<std::vector<std::string>> sentences;
  // "Tamsin" always capitalised inside sentences, "harbour" never, "Marsh" twice in three; the
  // first word of a sentence and a sentence in capitals say nothing
  for (int i = 0; i < 30; ++i) sentences.push_back({"Then", "Tamsin", "left", "the", "harbour"});
  for (int i = 0; i < 2; ++i) sentences.push_back({"We", "saw", "Marsh", "and", "marsh"});
  sentences.push_back({"so", "the", "Marsh"});
  sentences.push_back({"Harbour", "news"});
  sentences.push_back({"THE", "HARBOUR", "CLOSED"});
  const std::string bytes = newskg::ner::case_table(sentences);
  const CorpusCase table = CorpusCase::view(bytes);
  ASSERT_FALSE(table.empty());
  const auto tamsin = table.info_of("Tamsin");
  EXPECT_EQ(CorpusCase::capitalised(tamsin), CorpusCase::kAlways);
  EXPECT_EQ(CorpusCase::often(tamsin), 2);     // 30 times: 20 to 99
  EXPECT_EQ(table.info_of("tamsin"), tamsin);  // looked up by the word's normalised form
  EXPECT_EQ(CorpusCase::capitalised(table.info_of("harbour")), 0);
  EXPECT_EQ(CorpusCase::capitalised(table.info_of("marsh")), 2);  // 3 of 5: 30 to 70 %
  EXPECT_EQ(CorpusCase::often(table.info_of("marsh")), 1);
  // a word not seen twice inside a sentence is unknown: no band at all
  EXPECT_EQ(table.info_of("news"), 0U);
  EXPECT_EQ(CorpusCase::capitalised(0), -1);
  EXPECT_EQ(CorpusCase().info_of("Tamsin"), 0U);
}
