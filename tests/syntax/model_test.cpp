// Model files: training is deterministic, a model survives the trip through its file, damage is
// refused with a message naming the file.
#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>

#include "support.hpp"
#include "syntax/model_file.hpp"
#include "syntax/parser.hpp"
#include "syntax/tagger.hpp"
#include "syntax/tiny_treebank.hpp"

namespace newskg::syntax {
namespace {

std::vector<ConlluSentence> tiny() {
  return *parse_conllu(test::tiny_treebank(), "tiny");
}

std::string temp_path(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / ("newskg-model-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  return (dir / name).string();
}

TEST(Models, TrainingIsDeterministicGivenTheSeed) {
  TaggerTraining t;
  t.epochs = 5;
  const std::string a = train_tagger(tiny(), {}, t, nullptr);
  const std::string b = train_tagger(tiny(), {}, t, nullptr);
  EXPECT_EQ(a, b);
  ParserTraining p;
  p.epochs = 5;
  p.min_updates = 1;
  const std::string c = train_parser(tiny(), {}, p, nullptr);
  EXPECT_EQ(c, train_parser(tiny(), {}, p, nullptr));
  p.seed = 2;
  EXPECT_NE(c, train_parser(tiny(), {}, p, nullptr));  // the seed decides the order of examples
}

TEST(Models, LearnTheTinyTreebankAndRoundTripThroughTheirFiles) {
  TaggerTraining to;
  to.epochs = 10;
  const std::string tagger_bytes = train_tagger(tiny(), {}, to, nullptr);
  ParserTraining po;
  po.epochs = 10;
  po.min_updates = 1;
  const std::string parser_bytes = train_parser(tiny(), {}, po, nullptr);
  const std::string tp = temp_path("t.nkm"), pp = temp_path("p.nkm");
  ASSERT_TRUE(ModelWriter::write_bytes(tp, tagger_bytes).ok());
  ASSERT_TRUE(ModelWriter::write_bytes(pp, parser_bytes).ok());
  auto mapped_tagger = Tagger::load(tp);
  auto mapped_parser = Parser::load(pp);
  ASSERT_TRUE(mapped_tagger.ok()) << mapped_tagger.error().message;
  ASSERT_TRUE(mapped_parser.ok()) << mapped_parser.error().message;
  auto memory_tagger = Tagger::from_model(std::move(*ModelFile::from_bytes(tagger_bytes, "TAGR", "m")));
  auto memory_parser = Parser::from_model(std::move(*ModelFile::from_bytes(parser_bytes, "PARS", "m")));
  ASSERT_TRUE(memory_tagger.ok() && memory_parser.ok());
  for (const auto& gold : tiny()) {
    std::vector<Word> a = forms_only(gold), b = a;
    mapped_tagger->tag(a);
    mapped_parser->parse(a);
    memory_tagger->tag(b);
    memory_parser->parse(b);
    for (std::size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(a[i].upos, b[i].upos);
      EXPECT_EQ(a[i].head, b[i].head);
      EXPECT_EQ(a[i].deprel, b[i].deprel);
      // ten passes over five sentences learn them by heart
      EXPECT_EQ(a[i].upos, gold.words[i].upos) << gold.text << " word " << i;
      EXPECT_EQ(a[i].xpos, gold.words[i].xpos) << gold.text << " word " << i;
      EXPECT_EQ(a[i].head, gold.words[i].head) << gold.text << " word " << i;
      EXPECT_EQ(a[i].deprel, gold.words[i].deprel) << gold.text << " word " << i;
    }
  }
  std::filesystem::remove_all(std::filesystem::path(tp).parent_path());
}

TEST(Models, DamagedOrForeignFilesAreRefused) {
  TaggerTraining to;
  to.epochs = 2;
  std::string bytes = train_tagger(tiny(), {}, to, nullptr);
  ASSERT_TRUE(ModelFile::from_bytes(bytes, "TAGR", "ok").ok());
  // a flipped byte anywhere after the header
  for (std::size_t at : {std::size_t{40}, bytes.size() / 2, bytes.size() - 1}) {
    std::string damaged = bytes;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x10);
    auto m = ModelFile::from_bytes(damaged, "TAGR", "damaged.nkm");
    ASSERT_FALSE(m.ok()) << at;
    EXPECT_NE(m.error().message.find("damaged.nkm"), std::string::npos);
  }
  auto truncated = ModelFile::from_bytes(bytes.substr(0, bytes.size() - 8), "TAGR", "t.nkm");
  ASSERT_FALSE(truncated.ok());
  EXPECT_NE(truncated.error().message.find("truncated"), std::string::npos);
  auto wrong_kind = ModelFile::from_bytes(bytes, "PARS", "t.nkm");
  ASSERT_FALSE(wrong_kind.ok());
  EXPECT_NE(wrong_kind.error().message.find("TAGR"), std::string::npos);
  std::string future = bytes;
  future[8] = 9;  // format version 9
  auto v = ModelFile::from_bytes(future, "TAGR", "f.nkm");
  ASSERT_FALSE(v.ok());
  EXPECT_NE(v.error().message.find("version 9"), std::string::npos);
  auto missing = Tagger::load("/nonexistent/en-tagger.nkm");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message.find("/nonexistent/en-tagger.nkm"), std::string::npos);
  EXPECT_FALSE(Tagger::load("/tmp").ok());  // a directory
}

TEST(Models, WeightTableRefusesInconsistentLayouts) {
  PerceptronTrainer p(3);
  const std::uint64_t f[] = {feature(1, 2), feature(3, 4)};
  p.tick();
  p.update(f, 1, 2);
  p.tick();  // averaged over two examples: the weights count for one of them
  std::string table = p.freeze();
  alignas(8) char buffer[4096];
  ASSERT_LT(table.size(), sizeof buffer);
  std::memcpy(buffer, table.data(), table.size());
  ASSERT_TRUE(WeightTable::view({buffer, table.size()}).ok());
  float scores[3] = {0, 0, 0};
  WeightTable::view({buffer, table.size()})->score(f, scores);
  EXPECT_GT(scores[1], 0.0f);
  EXPECT_LT(scores[2], 0.0f);
  EXPECT_EQ(scores[0], 0.0f);
  EXPECT_FALSE(WeightTable::view({buffer, table.size() - 8}).ok());
  buffer[0] = 0;  // zero classes
  EXPECT_FALSE(WeightTable::view({buffer, table.size()}).ok());
}

TEST(Models, ADamagedRecordsClassesStayInsideTheSums) {
  // view() does not walk the records (a start would read the whole table): a class number out
  // of range in a damaged record must go nowhere, not past the sums (ASan checks the CI build).
  PerceptronTrainer p(12);  // two weights of twelve classes: a sparse record
  const std::uint64_t f[] = {feature(5, 6)};
  p.update(f, 1, 2);
  p.tick();
  std::string table = p.freeze();
  std::uint64_t slots = 0;
  std::memcpy(&slots, table.data() + 8, 8);  // header: classes, scale, slots, entries, features
  const std::size_t stream = 32 + slots * 8;
  ASSERT_LE(stream + 6, table.size());
  std::uint16_t count = 0;
  std::memcpy(&count, table.data() + stream, 2);
  ASSERT_EQ(count, 2);  // the feature's one record: two classes (1 and 2), then their weights
  const std::uint16_t out_of_range[] = {40000, 1100};  // beyond the classes, and beyond kMaxClasses
  std::memcpy(table.data() + stream + 2, out_of_range, 4);
  alignas(8) char buffer[4096];
  ASSERT_LT(table.size(), sizeof buffer);
  std::memcpy(buffer, table.data(), table.size());
  auto t = WeightTable::view({buffer, table.size()});
  ASSERT_TRUE(t.ok());
  float scores[12] = {};
  t->score(f, scores);
  for (const float s : scores) EXPECT_EQ(s, 0.0f);
}

}  // namespace
}  // namespace newskg::syntax
