// `newskg train recogniser`, `newskg eval-ner` and `extract --recogniser` as a user runs them.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "support.hpp"

namespace newskg::test {
namespace {

const std::string kIob2 =
    "# newdoc id = d1\n"
    "1\tAnna\tB-PER\t-\t-\n2\tVoss\tI-PER\t-\t-\n3\tvisited\tO\t-\t-\n4\tOslo\tB-LOC\t-\t-\n5\t.\tO\t-\t-\n\n"
    "1\tAcme\tB-ORG\t-\t-\n2\thired\tO\t-\t-\n3\tOlav\tB-PER\t-\t-\n4\tBrekke\tI-PER\t-\t-\n5\t.\tO\t-\t-\n\n";

std::string models_copy(const TempDir& dir) {
  const std::string m = dir.path() + "/models";
  std::filesystem::create_directories(m);
  for (const char* f : {"en-tagger.nkm", "en-names.nkm"})
    std::filesystem::copy_file(source_dir() + "/src/syntax/models/" + f, m + "/" + f);
  // extract reads relations from parses: the parser too (76 MB: a link, never written to)
  std::filesystem::create_symlink(source_dir() + "/src/syntax/models/en-parser.nkm", m + "/en-parser.nkm");
  return m;
}

TEST(EvalNerCommand, ScoresByTypeAndShowsDifferences) {
  TempDir dir;
  const std::string data = dir.file("tiny-test.iob2", kIob2);
  const auto r = run(bin() + " eval-ner --errors --data " + shell_quote(data));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* row : {"\nPER          2 ", "\nORG          1 ", "\nLOC          1 ", "\nall          4 "})
    EXPECT_NE(r.out.find(row), std::string::npos) << r.out;  // gold names by type
  // with --errors, each sentence where the names differ: gold in [...], found in {...}
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);)
    if (line.starts_with("d1:")) {
      EXPECT_NE(line.find_first_of("[{"), std::string::npos) << line;
    }
  const auto bad = run(bin() + " eval-ner --data " + shell_quote(dir.file("bad.iob2", "1\tAnna\tQ-PER\t-\t-\n")));
  EXPECT_EQ(bad.exit_code, 3);
  EXPECT_NE(bad.err.find("bad.iob2:1:"), std::string::npos) << bad.err;
  const auto missing = run(bin() + " eval-ner --data " + shell_quote(dir.path() + "/none.iob2"));
  EXPECT_NE(missing.exit_code, 0);
  EXPECT_NE(missing.err.find("none.iob2"), std::string::npos) << missing.err;
}

TEST(TrainRecogniserCommand, TrainsFromATreebankDirectoryIntoTheModelsDirectory) {
  TempDir dir;
  const std::string models = models_copy(dir);
  std::filesystem::remove(models + "/en-names.nkm");
  std::filesystem::create_directories(dir.path() + "/tb");
  dir.file("tb/tiny-dev.iob2", kIob2);
  const std::string cmd = bin() + " train recogniser --treebank " + shell_quote(dir.path() + "/tb") +
                          " --ner-epochs 2 --ner-runs 1 --output-dir " + shell_quote(models);
  const auto r = run(cmd);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("wrote " + models + "/en-names.nkm"), std::string::npos) << r.err;
  const std::string first = read_file(models + "/en-names.nkm");
  ASSERT_EQ(run(cmd).exit_code, 0);
  EXPECT_TRUE(first == read_file(models + "/en-names.nkm"));  // deterministic
  const auto eval = run(bin() + " eval-ner --models " + shell_quote(models) + " --data " +
                        shell_quote(dir.path() + "/tb/tiny-dev.iob2"));
  EXPECT_EQ(eval.exit_code, 0) << eval.err;
  // nothing to learn from: a clear error naming the directory
  std::filesystem::create_directories(dir.path() + "/empty");
  const auto none = run(bin() + " train recogniser --treebank " + shell_quote(dir.path() + "/empty") +
                        " --output-dir " + shell_quote(models));
  EXPECT_EQ(none.exit_code, 3);
  EXPECT_NE(none.err.find("no named-entity training file"), std::string::npos) << none.err;
}

TEST(ExtractWithRecogniser, RunsOnTheSampleAndRefusesADamagedModel) {
  const std::string sample = shell_quote(source_dir() + "/samples/sample-article.txt");
  const auto r = run(bin() + " extract -q --recogniser -f ntriples " + sample);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("metWith"), std::string::npos);
  TempDir dir;
  const std::string models = models_copy(dir);
  flip_middle_bit(models + "/en-names.nkm");  // inside the weights: only the checksum can tell
  const auto x = run(bin() + " extract -q --recogniser --models " + shell_quote(models) + " -o " +
                     shell_quote(dir.path() + "/out.nt") + " " + sample);
  EXPECT_EQ(x.exit_code, 3);
  EXPECT_NE(x.err.find("en-names.nkm: not a usable newskg model: checksum mismatch"), std::string::npos) << x.err;
  EXPECT_FALSE(std::filesystem::exists(dir.path() + "/out.nt"));
}

}  // namespace
}  // namespace newskg::test
