// The bad-input table: every case gives a clear message, the documented exit code, and never a
// partial output file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "export/raptor.hpp"
#include "support.hpp"

using namespace newskg;
using test::bin;
using test::run;
using test::shell_quote;

namespace {
std::size_t files_in(const std::string& dir) {
  return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(dir), {}));
}
}  // namespace

TEST(BadInput, MissingPath) {
  auto r = run(bin() + " extract /no/such/article.txt");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("/no/such/article.txt: No such file or directory"), std::string::npos) << r.err;
}

TEST(BadInput, UnreadableFile) {
  // /proc/self/mem opens but fails on read (permissions do not stop root, which CI runs as)
  auto r = run(bin() + " extract /proc/self/mem");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("/proc/self/mem: read error"), std::string::npos) << r.err;
}

TEST(BadInput, EmptyFileIsADocumentWithAWarning) {
  test::TempDir d;
  auto r = run(bin() + " extract -f ntriples " + shell_quote(d.file("empty.txt", "")));
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.err.find("empty.txt: empty document"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("document/empty>"), std::string::npos);
}

TEST(BadInput, BinaryFileIsRepairedAndNamed) {
  test::TempDir d;
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk.push_back(static_cast<char>((i * 37 + 11) % 256));
  auto r = run(bin() + " extract -f ntriples " + shell_quote(d.file("blob.bin", junk)));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("blob.bin: invalid UTF-8 at byte"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("NUL byte"), std::string::npos);
  EXPECT_TRUE(parse_rdf(r.out, "ntriples").ok());
}

TEST(BadInput, BomAndCrLf) {
  test::TempDir d;
  auto r = run(bin() + " extract -f ntriples " +
               shell_quote(d.file("w.txt", "\xEF\xBB\xBFHeadline\r\n\r\nChile accused Peru of spying.\r\n")));
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("country/Chile> <https://w3id.org/newskg/ontology#accused>"), std::string::npos);
  EXPECT_NE(r.out.find("\"Chile accused Peru of spying.\"@en"), std::string::npos) << "no CR, no BOM";
  EXPECT_EQ(r.out.find("\\r"), std::string::npos);
  EXPECT_NE(r.out.find("#char=16,23>"), std::string::npos) << "offsets count characters of the repaired text";
}

TEST(BadInput, FiftyMegabyteLine) {
  test::TempDir d;
  const std::string path = d.path() + "/line.txt";
  {
    std::ofstream f(path, std::ios::binary);
    const std::string s = "the talks went on for hours and nothing was agreed about the land or the ships ";
    for (std::size_t n = 0; n < 50'000'000; n += s.size()) f << s;
    f << "Chile accused Peru of spying";  // and still no full stop or line end
  }
  auto r = run(bin() + " extract -q -f ntriples " + shell_quote(path));
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("ontology#accused>"), std::string::npos);
}

TEST(BadInput, EnormousSentence) {
  std::string s;
  const char* words[] = {"Minister", "Anna", "Kovacs", "met", "Chile", "and",  "Peru", "accused",
                         "of",       "Bank", "Group",  ",",   "in",    "Lima", "the",  "Orka"};
  for (int i = 0; i < 200000; ++i) s += std::string(words[(i * 7 + i / 3) % 16]) + " ";
  test::TempDir d;
  auto r = run(bin() + " extract -q -f ntriples " + shell_quote(d.file("s.txt", s)));
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(parse_rdf(r.out, "ntriples").ok());
}

TEST(BadInput, FullDiskAndFileSizeLimitLeaveNoPartialFile) {
  test::TempDir d;
  const std::string input = d.file("a.txt", test::read_file(test::source_dir() + "/samples/sample-article.txt"));
  auto full = run(bin() + " extract -f ntriples " + shell_quote(input) + " > /dev/full");
  EXPECT_EQ(full.exit_code, 5);
  EXPECT_NE(full.err.find("<stdout>: write failed: No space left on device"), std::string::npos) << full.err;
  const std::string out_dir = d.path() + "/out";
  std::filesystem::create_directories(out_dir);
  std::ofstream(out_dir + "/g.nt") << "previous good output\n";
  auto limited = run("ulimit -f 2; " + bin() + " extract -f ntriples -o " + shell_quote(out_dir + "/g.nt") + " " +
                     shell_quote(input));
  EXPECT_EQ(limited.exit_code, 5) << limited.err;
  EXPECT_NE(limited.err.find("g.nt: write failed: File too large"), std::string::npos) << limited.err;
  EXPECT_EQ(test::read_file(out_dir + "/g.nt"), "previous good output\n") << "the old file is untouched";
  EXPECT_EQ(files_in(out_dir), 1u) << "no temporary file left behind";
}

TEST(BadInput, UnwritableOutputDirectory) {
  test::TempDir d;
  const std::string input = d.file("a.txt", "Chile accused Peru.");
  // a regular file where a directory should be: no one, root included, can create the output
  const std::string out = input + "/out.ttl";
  auto r = run(bin() + " extract -o " + shell_quote(out) + " " + shell_quote(input));
  EXPECT_EQ(r.exit_code, 5);
  EXPECT_NE(r.err.find(out + ": cannot create output file: Not a directory"), std::string::npos) << r.err;
}
