// run_batches: input order whatever the number of workers, bounded memory, early stop, errors.
#include "extract/batch.hpp"

#include <gtest/gtest.h>

#include "support.hpp"

using namespace newskg;

namespace {

// A JSONL corpus of `n` short articles (every seventh line broken), in a temporary directory.
std::string corpus(test::TempDir& d, int n) {
  std::string lines;
  for (int i = 0; i < n; ++i) {
    if (i % 7 == 3) {
      lines += "{broken json\n";
      continue;
    }
    lines += R"({"id": "a)" + std::to_string(i) +
             R"(", "text": "Minister Ana Lopes of Chile met Jan Novak in Prague on )" + "day " + std::to_string(i) +
             R"(. Chile accused Peru of spying."})" + "\n";
  }
  return d.file("c.jsonl", lines);
}

struct Outcome {
  std::vector<std::string> ids;
  std::vector<std::size_t> relations;
  std::vector<std::string> first_sentences;  ///< the sentence of each document's first relation
  std::size_t tokens_left = 0;               ///< tokens and mentions the consumer still saw
  std::vector<std::string> errors;
  BatchProgress totals;
  int progress_calls = 0;
  Status status;
};

Outcome run_corpus(const std::string& path, unsigned jobs, std::size_t stop_after = 0) {
  Outcome r;
  CorpusReader reader({InputSource{path, InputFormat::Jsonl, 0, ""}},
                      [&](const Error& e) { r.errors.push_back(e.message); });
  Pipeline pipeline(test::lexicon(), test::models().view());
  r.status = run_batches(
      reader, pipeline, jobs,
      [&](Extraction&& ex) -> Status {
        if (stop_after && r.ids.size() == stop_after) return make_error(ErrorKind::Output, "disk full");
        r.ids.push_back(ex.doc.id);
        r.relations.push_back(ex.relations.size());
        if (!ex.relations.empty()) r.first_sentences.emplace_back(ex.sentence_text(ex.relations[0].sentence));
        r.tokens_left += ex.tokens.size() + ex.mentions.size() + ex.word_class.size();
        return {};
      },
      [&](const BatchProgress&) { ++r.progress_calls; }, [&](const Error& e) { r.errors.push_back(e.message); },
      r.totals);
  return r;
}

}  // namespace

TEST(Batch, SameResultsInInputOrderWhateverTheJobs) {
  test::TempDir d;
  const std::string path = corpus(d, 200);
  const Outcome one = run_corpus(path, 1);
  ASSERT_TRUE(one.status.ok());
  ASSERT_EQ(one.ids.size(), 200u - 29u);  // 29 broken lines
  EXPECT_EQ(one.ids.front(), "a0");
  EXPECT_EQ(one.ids.back(), "a198");  // a199 is broken
  EXPECT_EQ(one.errors.size(), 29u);
  EXPECT_EQ(one.totals.documents, one.ids.size());
  EXPECT_GE(one.progress_calls, 1);
  EXPECT_GT(one.relations.front(), 0u);
  for (unsigned jobs : {2u, 3u, 8u}) {
    const Outcome many = run_corpus(path, jobs);
    ASSERT_TRUE(many.status.ok()) << jobs;
    EXPECT_EQ(many.ids, one.ids) << jobs;
    EXPECT_EQ(many.relations, one.relations) << jobs;
    EXPECT_EQ(many.errors, one.errors) << jobs;
    EXPECT_EQ(many.totals.documents, one.totals.documents) << jobs;
    EXPECT_EQ(many.totals.bytes, one.totals.bytes) << jobs;
    EXPECT_EQ(many.first_sentences, one.first_sentences) << jobs;
    EXPECT_EQ(many.tokens_left, 0u) << jobs;
  }
}

// The consumer gets what a graph takes (document, sentences, entities, relations); the
// token-level working data is freed before, on the thread that extracted the document.
TEST(Batch, ExtractionsArriveWithoutTheirWorkingData) {
  test::TempDir d;
  const Outcome one = run_corpus(corpus(d, 3), 1);
  ASSERT_TRUE(one.status.ok());
  EXPECT_EQ(one.tokens_left, 0u);
  ASSERT_EQ(one.first_sentences.size(), 3u);
  EXPECT_EQ(one.first_sentences[0], "Minister Ana Lopes of Chile met Jan Novak in Prague on day 0.");
}

TEST(Batch, StopsAtTheFirstConsumerError) {
  test::TempDir d;
  const std::string path = corpus(d, 300);
  for (unsigned jobs : {1u, 2u, 4u}) {
    const Outcome r = run_corpus(path, jobs, 10);
    ASSERT_FALSE(r.status.ok()) << jobs;
    EXPECT_EQ(r.status.error().kind, ErrorKind::Output);
    EXPECT_EQ(r.ids.size(), 10u) << jobs;
    EXPECT_EQ(r.ids.back(), "a11") << jobs;  // a3 and a10 are broken lines
  }
}
