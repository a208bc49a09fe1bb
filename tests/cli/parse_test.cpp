// `newskg parse` and `newskg eval-syntax` as a user runs them; the CoNLL-U they write checked
// against the UD validator's format rules.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "support.hpp"

namespace newskg::test {
namespace {

std::vector<std::string> split(const std::string& s, char c) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, c)) out.push_back(cur);
  return out;
}

// The format rules of the UD validator (level 1-2): ten tab-separated columns, ids 1..n in
// order, heads in range, exactly one root, no cycles, sent_id unique, # text equal to the forms
// joined as SpaceAfter says. Returns the problems found.
std::vector<std::string> validate_conllu(const std::string& text, std::size_t& sentences) {
  std::vector<std::string> problems;
  std::set<std::string> ids;
  sentences = 0;
  std::vector<std::vector<std::string>> rows;
  std::string sent_id, sent_text;
  auto finish = [&]() {
    if (rows.empty()) return;
    ++sentences;
    if (sent_id.empty() || !ids.insert(sent_id).second) problems.push_back("missing or repeated sent_id " + sent_id);
    int roots = 0;
    std::string joined;
    std::vector<int> heads;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const auto& r = rows[i];
      if (r[0] != std::to_string(i + 1)) problems.push_back(sent_id + ": id " + r[0] + " out of order");
      const int h = std::stoi(r[6]);
      if (h < 0 || h > static_cast<int>(rows.size())) problems.push_back(sent_id + ": head out of range");
      roots += h == 0;
      if ((h == 0) != (r[7] == "root")) problems.push_back(sent_id + ": root label and head 0 disagree");
      heads.push_back(h);
      for (std::size_t c = 1; c < 8; ++c)
        if (r[c].empty()) problems.push_back(sent_id + ": empty column");
      joined += r[1];
      if (r[9].find("SpaceAfter=No") == std::string::npos && i + 1 < rows.size()) joined += ' ';
    }
    if (roots != 1) problems.push_back(sent_id + ": " + std::to_string(roots) + " roots");
    for (std::size_t i = 0; i < heads.size(); ++i) {  // every word reaches the root
      int w = static_cast<int>(i) + 1;
      for (std::size_t steps = 0; w != 0 && steps <= heads.size(); ++steps) w = heads[static_cast<std::size_t>(w - 1)];
      if (w != 0) problems.push_back(sent_id + ": a cycle");
    }
    if (joined != sent_text) problems.push_back(sent_id + ": text '" + sent_text + "' but words '" + joined + "'");
    rows.clear();
    sent_id.clear();
    sent_text.clear();
  };
  for (const auto& line : split(text, '\n')) {
    if (line.empty()) {
      finish();
      continue;
    }
    if (line.starts_with("# sent_id = ")) sent_id = line.substr(12);
    if (line.starts_with("# text = ")) sent_text = line.substr(9);
    if (line[0] == '#') continue;
    auto cols = split(line, '\t');
    if (line.back() == '\t') cols.emplace_back();
    if (cols.size() != 10) {
      problems.push_back("line with " + std::to_string(cols.size()) + " columns: " + line);
      continue;
    }
    rows.push_back(cols);
  }
  finish();
  return problems;
}

std::string temp_dir() {
  const auto d = std::filesystem::temp_directory_path() / ("newskg-parse-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(d);
  return d.string();
}

TEST(ParseCommand, WritesValidConlluForTheSampleArticle) {
  const auto r = run(bin() + " parse " + shell_quote(source_dir() + "/samples/sample-article.txt"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::size_t sentences = 0;
  const auto problems = validate_conllu(r.out, sentences);
  EXPECT_TRUE(problems.empty()) << problems.front();
  EXPECT_GT(sentences, 10u);
  EXPECT_NE(r.out.find("# newdoc id = sample-article\n"), std::string::npos);
  EXPECT_NE(r.out.find("TokenRange="), std::string::npos);
}

TEST(ParseCommand, OffsetsAndAnalysesOfAKnownSentence) {
  const std::string dir = temp_dir();
  std::ofstream(dir + "/a.txt") << "GENEVA, March 4 - The minister didn't meet Putin's envoy.\n";
  const std::string out = dir + "/a.conllu";
  const auto r = run(bin() + " parse " + shell_quote(dir + "/a.txt") + " -o " + shell_quote(out));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string text = read_file(out);
  std::size_t sentences = 0;
  const auto problems = validate_conllu(text, sentences);
  EXPECT_TRUE(problems.empty()) << problems.front();
  EXPECT_EQ(sentences, 2u);  // the dateline, then the sentence
  // the clitics are words of their own, with their own offsets; the verb is the root
  EXPECT_NE(text.find("\tdid\tdo\tAUX\tVBD\t"), std::string::npos) << text;
  EXPECT_NE(text.find("\tn't\tnot\tPART\tRB\t"), std::string::npos) << text;
  EXPECT_NE(text.find("\tmeet\tmeet\tVERB\tVB\t_\t0\troot\t"), std::string::npos) << text;
  EXPECT_NE(text.find("\t's\t's\tPART\tPOS\t"), std::string::npos) << text;
  EXPECT_NE(text.find("TokenRange=31:34"), std::string::npos) << text;  // "did"
  std::filesystem::remove_all(dir);
}

TEST(ParseCommand, BadModelsAndInputsAreReported) {
  const std::string dir = temp_dir();
  std::ofstream(dir + "/a.txt") << "Putin met Trump.\n";
  std::ofstream(dir + "/en-tagger.nkm") << "not a model";
  auto r = run(bin() + " parse --models " + shell_quote(dir) + " " + shell_quote(dir + "/a.txt"));
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find(dir + "/en-tagger.nkm"), std::string::npos) << r.err;
  r = run(bin() + " parse " + shell_quote(dir + "/missing.txt"));
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("missing.txt"), std::string::npos) << r.err;
  r = run(bin() + " eval-syntax --treebank " + shell_quote(dir + "/a.txt"));
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("a.txt:1:"), std::string::npos) << r.err;
  std::filesystem::remove_all(dir);
}

TEST(ParseCommand, RefusesToWriteOverItsInput) {
  const std::string dir = temp_dir();
  const std::string article = "Putin met Trump in Geneva.\n";
  std::ofstream(dir + "/a.txt") << article;
  const auto r = run(bin() + " parse " + shell_quote(dir + "/a.txt") + " -o " + shell_quote(dir + "/a.txt"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("the output is one of the inputs"), std::string::npos) << r.err;
  EXPECT_EQ(read_file(dir + "/a.txt"), article);
  std::filesystem::remove_all(dir);
}

TEST(EvalSyntaxCommand, ScoresATreebankWithGoldAndOwnTokens) {
  const std::string dir = temp_dir();
  std::ofstream(dir + "/t.conllu") << "# sent_id = 1\n# text = Putin met Trump.\n"
                                      "1\tPutin\tPutin\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                      "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                      "3\tTrump\tTrump\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n"
                                      "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  const auto r = run(bin() + " eval-syntax --treebank " + shell_quote(dir + "/t.conllu"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("gold tokens"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("UAS 100.00"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("words 100.00"), std::string::npos) << r.out;
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace newskg::test

namespace newskg::test {
namespace {

TEST(ExtractWithParse, SameGraphAndBadModelsReported) {
  const std::string sample = shell_quote(source_dir() + "/samples/sample-article.txt");
  const auto plain = run(bin() + " extract -q -f ntriples " + sample);
  const auto parsed = run(bin() + " extract -q --parse -f ntriples " + sample);
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  ASSERT_EQ(parsed.exit_code, 0) << parsed.err;
  EXPECT_EQ(plain.out, parsed.out);  // the parse feeds nothing yet: the graph is the same
  const auto bad = run(bin() + " extract -q --parse --models /nonexistent/models " + sample);
  EXPECT_EQ(bad.exit_code, 3);
  EXPECT_NE(bad.err.find("/nonexistent/models/en-tagger.nkm"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace newskg::test

namespace newskg::test {
namespace {

TEST(ParseCommand, DamagedModelIsRefusedAndNothingWritten) {
  const std::string dir = temp_dir();
  for (const char* f : {"en-tagger.nkm", "en-parser.nkm"})
    std::filesystem::copy_file(source_dir() + "/src/syntax/models/" + f, dir + "/" + f);
  flip_middle_bit(dir + "/en-parser.nkm");  // inside the weights: only the checksum can tell
  std::ofstream(dir + "/a.txt") << "Putin met Trump in Geneva.\n";
  const auto r = run(bin() + " parse --models " + shell_quote(dir) + " -o " + shell_quote(dir + "/out.conllu") + " " +
                     shell_quote(dir + "/a.txt"));
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("en-parser.nkm: not a usable newskg model: checksum mismatch"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir + "/out.conllu"));
  const auto x = run(bin() + " extract -q --parse --models " + shell_quote(dir) + " -o " +
                     shell_quote(dir + "/out.nt") + " " + shell_quote(dir + "/a.txt"));
  EXPECT_EQ(x.exit_code, 3);
  EXPECT_FALSE(std::filesystem::exists(dir + "/out.nt"));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace newskg::test
