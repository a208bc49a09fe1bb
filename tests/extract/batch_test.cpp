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
  std::vector<std::string> errors;
  BatchProgress totals;
  int progress_calls = 0;
  Status status;
};

Outcome run_corpus(const std::string& path, unsigned jobs, std::size_t stop_after = 0) {
  Outcome r;
  CorpusReader reader({InputSource{path, InputFormat::Jsonl, 0}},
                      [&](const Error& e) { r.errors.push_back(e.message); });
  Pipeline pipeline(test::lexicon());
  r.status = run_batches(
      reader, pipeline, jobs,
      [&](Extraction&& ex) -> Status {
        if (stop_after && r.ids.size() == stop_after) return make_error(ErrorKind::Output, "disk full");
        r.ids.push_back(ex.doc.id);
        r.relations.push_back(ex.relations.size());
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
  }
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
